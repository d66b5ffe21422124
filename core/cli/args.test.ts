import { describe, expect, it } from 'vitest';
import { parseCommand, parseTime } from './args';

const BASE = ['report', '--model', 'm.json', '--events', 'e.ndjson'];

describe('parseCommand', () => {
  it('parses a full report command', () => {
    const parsed = parseCommand([
      ...BASE,
      '--format',
      'html',
      '--from',
      '2024-11-01',
      '--to',
      '2024-11-30',
      '--explain',
      'deflection.deflected',
      '--out',
      'r.html',
    ]);
    expect(parsed).toEqual({
      ok: true,
      command: {
        kind: 'report',
        args: {
          model: 'm.json',
          events: ['e.ndjson'],
          format: 'html',
          from: Date.UTC(2024, 10, 1),
          to: Date.UTC(2024, 10, 30, 23, 59, 59, 999),
          explain: 'deflection.deflected',
          out: 'r.html',
        },
      },
    });
  });

  it.each([
    [[], 'help'],
    [['help'], 'help'],
    [['--help'], 'help'],
    [['report', '--help'], 'help'],
    [['--version'], 'version'],
  ])('%j is %s', (argv, kind) => {
    const parsed = parseCommand(argv);
    expect(parsed.ok && parsed.command.kind).toBe(kind);
  });

  it('reads stdin with --events - and several files in order', () => {
    const parsed = parseCommand(['report', '--model', 'm.json', '--events', 'a.ndjson', '--events', '-']);
    expect(parsed.ok && parsed.command.kind === 'report' && parsed.command.args.events).toEqual(['a.ndjson', '-']);
  });

  it.each([
    [['--format', 'md'], 'md'],
    [['--format', 'markdown'], 'md'],
    [['--out', 'x.html'], 'html'],
    [['--out', 'x.md'], 'md'],
    [[], 'json'],
  ])('%j gives format %s', (extra, format) => {
    const parsed = parseCommand([...BASE, ...extra]);
    expect(parsed.ok && parsed.command.kind === 'report' && parsed.command.args.format).toBe(format);
  });

  it.each([
    [['reprot'], /Unknown command "reprot". Did you mean "report"\?/],
    [['schema'], /schema needs one of: event, model/],
    [['schema', 'events'], /schema needs one of: event, model/],
    [['report', '--events', 'e.ndjson'], /Missing --model: pass the value model JSON file, e\.g\. --model model\.json/],
    [['report', '--model', 'm.json'], /Missing --events: .*--events events\.ndjson/],
    [[...BASE, '--evnts', 'x'], /Unknown flag --evnts\. Did you mean --events\?/],
    [[...BASE, '--colour'], /Unknown flag --colour\..*takes --model, --events/],
    [[...BASE, '--format'], /--format needs a value right after it, e\.g\. --format html/],
    [[...BASE, '--format', 'pdf'], /--format: expected one of json, html, md, got "pdf"/],
    [[...BASE, '--from', 'last week'], /--from: expected an ISO 8601 date .*got "last week"/],
    [[...BASE, '--from', '2024-12-01', '--to', '2024-11-01'], /--from \(2024-12-01\) is after --to \(2024-11-01\)/],
    [[...BASE, 'extra.ndjson'], /Unexpected argument "extra\.ndjson"/],
    [['report', '--model', '--events', 'e.ndjson'], /--model needs a value right after it, e\.g\. --model model\.json/],
    [[...BASE, '--explain', ' '], /--explain needs a figure path/],
  ])('%j fails with a message naming the flag and the fix', (argv, message) => {
    const parsed = parseCommand(argv);
    expect(parsed.ok).toBe(false);
    expect(!parsed.ok && parsed.message).toMatch(message);
  });
});

describe('parseTime', () => {
  it.each([
    ['2024-11-01', 'start', Date.UTC(2024, 10, 1)],
    ['2024-11-01', 'end', Date.UTC(2024, 10, 2) - 1],
    ['2024-11-01T09:30:00Z', 'end', Date.UTC(2024, 10, 1, 9, 30)],
    ['2024-11-01T09:30:00+01:00', 'start', Date.UTC(2024, 10, 1, 8, 30)],
    ['1730419200000', 'start', 1730419200000],
  ] as const)('%s (%s) is %d', (raw, edge, ms) => {
    expect(parseTime('--from', raw, edge)).toBe(ms);
  });
});

describe('parseCommand schema', () => {
  it.each(['event', 'model'] as const)('schema %s names the schema to print', (name) => {
    expect(parseCommand(['schema', name])).toEqual({ ok: true, command: { kind: 'schema', name } });
  });
});
