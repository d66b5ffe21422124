import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

// The real command, as `npx yardstick` runs it: a child process through the bin shim.
const BIN = resolve(import.meta.dirname, 'bin.mjs');
const dir = mkdtempSync(join(tmpdir(), 'yardstick-cli-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const MODEL = join(dir, 'model.json');
writeFileSync(
  MODEL,
  JSON.stringify({
    currency: 'USD',
    defaultHourlyRate: 60,
    tasks: { export_report: { manualMinutes: 20 } },
    goals: { issue_resolved: { amount: 50, valueType: 'cost_avoided' } },
    ticketCost: 20,
    help: { 'export-help': { task: 'export_report', title: 'Export', body: 'Pick a range first.' } },
  }),
);

const T = Date.UTC(2024, 10, 4, 9);
const ev = (id: string, name: string, minutes: number, user: string, cohort: string, props: object = {}) =>
  JSON.stringify({ id, name, ts: T + minutes * 60_000, appId: 'acme', userId: user, sessionId: `s_${user}`, cohort, props });
const LINES = [
  ev('e1', 'signup', 0, 'u1', 'treatment'),
  '{"id":"broken","name":"signup"', // line 2: cut short
  ev('e2', 'task_completed', 5, 'u1', 'treatment', { task: 'export_report', durationMs: 300_000 }),
  ev('e2', 'task_completed', 5, 'u1', 'treatment', { task: 'export_report', durationMs: 300_000 }), // duplicate id
  ev('e3', 'cost', 6, 'u1', 'treatment', { amount: 10, category: 'seat' }),
  '', // blank lines are not counted
  ev('e4', 'goal', 7, 'u1', 'treatment', { goal: 'issue_resolved', achieved: true }),
  ev('e5', 'task_completed', 8, 'u2', 'control', { task: 42 }), // line 8: wrong prop type
  ev('e6', 'goal', 9, 'u2', 'control', { goal: 'issue_resolved', achieved: false }),
];
const EVENTS = join(dir, 'events.ndjson');
writeFileSync(EVENTS, `${LINES.join('\n')}\n`);

function run(args: string[], input?: string) {
  const result = spawnSync(process.execPath, [BIN, ...args], {
    encoding: 'utf8',
    input,
    cwd: dir,
    env: { ...process.env, SOURCE_DATE_EPOCH: '1733130000' },
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

const REQUIRED_PATHS = [
  'value.realized',
  'value.potential',
  'value.byType.time_saved',
  'timeSaved.minutes',
  'timeSaved.value',
  'costs.total',
  'roi.valueToCost',
  'roi.rating',
  'sessions.count',
  'sessions.valuePerSession',
  'sessions.costPerSession',
  'sessions.netValuePerSession',
  ...['attempts', 'achieved', 'achievementRate', 'expectedValuePerAttempt', 'lift'].map((k) => `goals.issue_resolved.${k}`),
  ...['treatment', 'control', 'reduction'].map((k) => `ttv.${k}`),
  ...['episodes', 'helpShown', 'deflected', 'escalated', 'abandoned', 'rate', 'value', 'causal'].map((k) => `deflection.${k}`),
  ...['read', 'rejected', 'duplicates'].map((k) => `events.${k}`),
];

function has(obj: unknown, path: string): boolean {
  let cur: unknown = obj;
  for (const key of path.split('.')) {
    if (cur === null || typeof cur !== 'object' || !(key in cur)) return false;
    cur = (cur as Record<string, unknown>)[key];
  }
  return true;
}

describe('yardstick report (end to end)', () => {
  it('writes the JSON report with every documented path', () => {
    const { code, stdout } = run(['report', '--model', MODEL, '--events', EVENTS, '--format', 'json']);
    expect(code).toBe(0);
    const report = JSON.parse(stdout);
    for (const path of REQUIRED_PATHS) expect(has(report, path), path).toBe(true);
    expect(report.timeSaved.minutes).toBe(15);
    expect(report.costs.total).toBe(10);
  });

  it('skips, counts and reports malformed lines with their line numbers, on stderr and in the report', () => {
    const { code, stdout, stderr } = run(['report', '--model', MODEL, '--events', EVENTS]);
    expect(code).toBe(0);
    const { events } = JSON.parse(stdout);
    expect(events).toMatchObject({ read: 8, rejected: 2, duplicates: 1 });
    expect(events.rejections.map((r: { line: number }) => r.line)).toEqual([2, 8]);
    expect(events.rejections[1].reason).toMatch(/props\.task/);
    expect(stderr).toMatch(/read 8 lines: 5 events used, 2 rejected, 1 duplicate/);
    expect(stderr).toMatch(/line 2: not valid JSON/);
    expect(stderr).toMatch(/line 8: props\.task: expected a task name, got 42/);
  });

  it('reads stdin with --events -', () => {
    const { code, stdout } = run(['report', '--model', MODEL, '--events', '-'], `${LINES.join('\n')}\n`);
    expect(code).toBe(0);
    expect(JSON.parse(stdout).events.read).toBe(8);
  });

  it('writes a self-contained HTML page with --out', () => {
    const out = join(dir, 'report.html');
    const { code, stderr } = run(['report', '--model', MODEL, '--events', EVENTS, '--out', out]);
    expect(code).toBe(0);
    expect(stderr).toMatch(/wrote HTML report to/);
    const html = readFileSync(out, 'utf8');
    expect(html).toMatch(/^<!doctype html>/);
    expect(html).toContain('<canvas id="chart-ttv"');
    expect(html.length).toBeGreaterThan(150_000); // Chart.js is inlined, no network needed
    expect(html).not.toMatch(/<script[^>]+src=/);
  });

  it('renders Markdown tables', () => {
    const { code, stdout } = run(['report', '--model', MODEL, '--events', EVENTS, '--format', 'md']);
    expect(code).toBe(0);
    expect(stdout).toContain('| Value realized |');
    expect(stdout).toContain('| 8 | props.task: expected a task name, got 42 |');
  });

  it('lists the event ids behind a figure with --explain', () => {
    const { code, stdout } = run(['report', '--model', MODEL, '--events', EVENTS, '--explain', 'costs.total']);
    expect(code).toBe(0);
    expect(JSON.parse(stdout).explain).toEqual({ metric: 'costs.total', eventIds: ['e3'] });
  });

  it('refuses an unknown --explain figure with exit status 2', () => {
    const { code, stderr } = run(['report', '--model', MODEL, '--events', EVENTS, '--explain', 'nope.nothing']);
    expect(code).toBe(2);
    expect(stderr).toMatch(/--explain: .*nope\.nothing/);
  });

  it('refuses an invalid model with every problem named, exit status 2', () => {
    const bad = join(dir, 'bad-model.json');
    writeFileSync(bad, JSON.stringify({ defaultHourlyRate: 'fifty', tasks: { export_report: { manualMinutes: '20m' } } }));
    const { code, stdout, stderr } = run(['report', '--model', bad, '--events', EVENTS]);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toMatch(/is not a valid value model \(2 problems\)/);
    expect(stderr).toMatch(/defaultHourlyRate: expected a positive number, got "fifty"/);
    expect(stderr).toMatch(/tasks\.export_report\.manualMinutes: expected a positive number, got "20m"/);
  });

  it.each([
    [['--events', 'missing.ndjson'], /--events: no such file "missing\.ndjson"/],
    [['--evnts', 'x'], /Unknown flag --evnts\. Did you mean --events\?/],
  ])('fails clearly on %j with exit status 2', (extra, message) => {
    const { code, stderr } = run(['report', '--model', MODEL, ...extra]);
    expect(code).toBe(2);
    expect(stderr).toMatch(message);
  });

  it('refuses a model that is not JSON', () => {
    const broken = join(dir, 'broken.json');
    writeFileSync(broken, '{ "currency": ');
    const { code, stderr } = run(['report', '--model', broken, '--events', EVENTS]);
    expect(code).toBe(2);
    expect(stderr).toMatch(/--model: ".*broken\.json" is not valid JSON/);
  });

  it('prints help', () => {
    const { code, stdout } = run(['help']);
    expect(code).toBe(0);
    expect(stdout).toMatch(/yardstick report --model <model\.json> --events <events\.ndjson>/);
  });
});
