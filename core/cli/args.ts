import { parseArgs } from 'node:util';

/** Argument parsing for the `yardstick` command; every error names the flag and says how to fix it. */

export const FORMATS = ['json', 'html', 'md'] as const;
export type Format = (typeof FORMATS)[number];

export interface ReportArgs {
  model: string;
  /** Files to read in order; `-` is stdin. Line numbers run on across files, as if concatenated. */
  events: string[];
  format: Format;
  from?: number;
  to?: number;
  explain?: string;
  out?: string;
}

export const SCHEMAS = ['event', 'model'] as const;
export type SchemaName = (typeof SCHEMAS)[number];

export type Command =
  | { kind: 'help' }
  | { kind: 'version' }
  | { kind: 'schema'; name: SchemaName }
  | { kind: 'report'; args: ReportArgs };
export type ParsedCommand = { ok: true; command: Command } | { ok: false; message: string };

const REPORT_OPTIONS = {
  model: { type: 'string' },
  events: { type: 'string', multiple: true },
  format: { type: 'string' },
  from: { type: 'string' },
  to: { type: 'string' },
  explain: { type: 'string' },
  out: { type: 'string', short: 'o' },
  help: { type: 'boolean', short: 'h' },
} as const;
const FLAG_NAMES = Object.keys(REPORT_OPTIONS).map((name) => `--${name}`);

const HINT = 'Run `yardstick help` for usage.';

export function parseCommand(argv: readonly string[]): ParsedCommand {
  const [name, ...rest] = argv;
  if (name === undefined || name === 'help' || name === '--help' || name === '-h') return ok({ kind: 'help' });
  if (name === 'version' || name === '--version' || name === '-v') return ok({ kind: 'version' });
  if (name === 'schema') {
    const target = rest[0];
    const schema = SCHEMAS.find((s) => s === target);
    if (schema === undefined || rest.length > 1)
      return fail(`schema needs one of: ${SCHEMAS.join(', ')} (e.g. yardstick schema model). ${HINT}`);
    return ok({ kind: 'schema', name: schema });
  }
  if (name !== 'report') {
    const guess = name.startsWith('-') ? '' : nearest(name, ['report', 'schema', 'help']);
    return fail(`Unknown command "${name}".${guess ? ` Did you mean "${guess}"?` : ''} Commands: report, schema, help. ${HINT}`);
  }
  return parseReport(rest);
}

function parseReport(argv: readonly string[]): ParsedCommand {
  let values: Record<string, string | string[] | boolean | undefined>;
  try {
    ({ values } = parseArgs({ args: [...argv], options: REPORT_OPTIONS, strict: true, allowPositionals: false }));
  } catch (error) {
    return fail(describeParseError(error));
  }
  if (values.help) return ok({ kind: 'help' });
  const model = values.model as string | undefined;
  const events = (values.events as string[] | undefined) ?? [];
  if (model === undefined) return fail(`Missing --model: pass the value model JSON file, e.g. --model model.json. ${HINT}`);
  if (events.length === 0)
    return fail(`Missing --events: pass the NDJSON events file (or - for stdin), e.g. --events events.ndjson. ${HINT}`);
  for (const [flag, value] of [['--model', model], ...events.map((e) => ['--events', e]), ['--out', values.out]] as const) {
    if (typeof value === 'string' && value.startsWith('--'))
      return fail(`${flag} needs a file path, got the flag "${value}". Give the path right after ${flag}.`);
  }
  if (events.filter((e) => e === '-').length > 1) return fail('--events - (stdin) can be given only once.');

  const out = values.out as string | undefined;
  const format = parseFormat(values.format as string | undefined, out);
  if (typeof format === 'object') return fail(format.error);
  const from = parseTime('--from', values.from as string | undefined, 'start');
  if (typeof from === 'object') return fail(from.error);
  const to = parseTime('--to', values.to as string | undefined, 'end');
  if (typeof to === 'object') return fail(to.error);
  if (from !== undefined && to !== undefined && from > to)
    return fail(`--from (${values.from}) is after --to (${values.to}): swap them or widen the range.`);
  const explain = values.explain as string | undefined;
  if (explain !== undefined && explain.trim() === '')
    return fail('--explain needs a figure path, e.g. --explain deflection.deflected or --explain value.realized.');

  const args: ReportArgs = { model, events, format };
  if (from !== undefined) args.from = from;
  if (to !== undefined) args.to = to;
  if (explain !== undefined) args.explain = explain.trim();
  if (out !== undefined) args.out = out;
  return ok({ kind: 'report', args });
}

function parseFormat(raw: string | undefined, out: string | undefined): Format | { error: string } {
  if (raw === undefined) {
    // Without --format the file extension of --out decides; stdout gets JSON.
    if (out?.endsWith('.html') || out?.endsWith('.htm')) return 'html';
    if (out?.endsWith('.md')) return 'md';
    return 'json';
  }
  const normalized = raw.toLowerCase() === 'markdown' ? 'md' : raw.toLowerCase();
  if ((FORMATS as readonly string[]).includes(normalized)) return normalized as Format;
  return { error: `--format: expected one of ${FORMATS.join(', ')}, got "${raw}".` };
}

const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;
const DAY_MS = 86_400_000;

/**
 * ISO 8601 date or date-time, or epoch milliseconds. A bare date is a whole UTC day: `--from
 * 2024-11-01 --to 2024-11-30` includes all of November 30th, which is what a person typing it means.
 */
export function parseTime(flag: string, raw: string | undefined, edge: 'start' | 'end'): number | undefined | { error: string } {
  if (raw === undefined) return undefined;
  const text = raw.trim();
  if (/^\d{10,}$/.test(text)) return Number(text);
  const ms = Date.parse(text);
  if (!/^\d{4}-\d{2}/.test(text) || Number.isNaN(ms)) {
    return {
      error: `${flag}: expected an ISO 8601 date (e.g. 2024-11-01 or 2024-11-01T09:00:00Z) or epoch milliseconds, got "${raw}".`,
    };
  }
  return DATE_ONLY.test(text) && edge === 'end' ? ms + DAY_MS - 1 : ms;
}

function describeParseError(error: unknown): string {
  const e = error as { code?: string; message?: string };
  const quoted = /'([^']+)'/.exec(e.message ?? '')?.[1] ?? '';
  if (e.code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') {
    const flag = quoted.split('=')[0] ?? quoted;
    const guess = nearest(flag, FLAG_NAMES);
    return `Unknown flag ${flag}.${guess ? ` Did you mean ${guess}?` : ''} yardstick report takes ${FLAG_NAMES.join(', ')}. ${HINT}`;
  }
  if (e.code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') {
    const flag = quoted.split(' ')[0] ?? quoted;
    // "argument missing" at the end of the line; "ambiguous" when the next word is itself a flag.
    if (/argument missing|ambiguous/.test(e.message ?? '')) return `${flag} needs a value right after it, e.g. ${example(flag)}.`;
    return `${flag}: ${e.message}. ${HINT}`;
  }
  if (e.code === 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL') {
    return `Unexpected argument "${quoted}": every input is a flag, e.g. --events ${quoted}. ${HINT}`;
  }
  return `${e.message ?? String(error)} ${HINT}`;
}

function example(flag: string): string {
  const examples: Record<string, string> = {
    '--model': '--model model.json',
    '--events': '--events events.ndjson (or --events - for stdin)',
    '--format': '--format html',
    '--from': '--from 2024-11-01',
    '--to': '--to 2024-11-30',
    '--explain': '--explain deflection.deflected',
    '--out': '--out report.html',
  };
  return examples[flag] ?? `${flag} <value>`;
}

/** The closest known name within two edits, for "did you mean". */
function nearest(input: string, names: readonly string[]): string | undefined {
  let best: string | undefined;
  let bestDistance = 3;
  for (const name of names) {
    const d = editDistance(input, name);
    if (d < bestDistance) [best, bestDistance] = [name, d];
  }
  return best;
}

function editDistance(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++)
      cur[j] = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    prev = cur;
  }
  return prev[b.length]!;
}

const ok = (command: Command): ParsedCommand => ({ ok: true, command });
const fail = (message: string): ParsedCommand => ({ ok: false, message });
