import { writeFile } from 'node:fs/promises';
import type { Readable, Writable } from 'node:stream';
import { eventJsonSchema, valueModelJsonSchema } from '../schema/json-schema';
import { parseCommand, type ReportArgs } from './args';
import { HELP } from './help';
import { buildReportFromFiles, renderReport } from './run-report';
import { summarize } from './summary';
import { UsageError } from './usage-error';

export interface Io {
  stdin: Readable;
  stdout: Writable;
  stderr: Writable;
  /** Epoch ms stamped on HTML and Markdown reports. */
  now: () => number;
}

const processIo = (): Io => ({
  stdin: process.stdin,
  stdout: process.stdout,
  stderr: process.stderr,
  // SOURCE_DATE_EPOCH (seconds) makes the output byte-for-byte reproducible, as in reproducible builds.
  now: () => (process.env.SOURCE_DATE_EPOCH ? Number(process.env.SOURCE_DATE_EPOCH) * 1000 : Date.now()),
});

/** Runs the `yardstick` command and returns its exit status: 0 done, 2 usage problem, 1 unexpected failure. */
export async function main(argv: readonly string[], io: Io = processIo()): Promise<number> {
  const parsed = parseCommand(argv);
  if (!parsed.ok) {
    io.stderr.write(`yardstick: ${parsed.message}\n`);
    return 2;
  }
  const { command } = parsed;
  if (command.kind === 'help') return write(io.stdout, HELP).then(() => 0);
  if (command.kind === 'version') return write(io.stdout, 'yardstick 0.1.0\n').then(() => 0);
  if (command.kind === 'schema') {
    const schema = command.name === 'event' ? eventJsonSchema() : valueModelJsonSchema();
    return write(io.stdout, `${JSON.stringify(schema, null, 2)}\n`).then(() => 0);
  }
  try {
    await report(command.args, io);
    return 0;
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr.write(`yardstick: ${error.message}\n`);
      return error.exitCode;
    }
    io.stderr.write(`yardstick: unexpected failure, please report it: ${(error as Error).stack ?? String(error)}\n`);
    return 1;
  }
}

async function report(args: ReportArgs, io: Io): Promise<void> {
  const { report, sources } = await buildReportFromFiles({
    modelPath: args.model,
    events: args.events,
    from: args.from,
    to: args.to,
    explain: args.explain,
    stdin: io.stdin,
  });
  io.stderr.write(summarize(report, sources));
  const output = await renderReport(report, args.format, { command: commandLine(args), generatedAt: io.now() });
  if (args.out === undefined) return write(io.stdout, output);
  try {
    await writeFile(args.out, output);
  } catch (error) {
    throw new UsageError(`--out: cannot write "${args.out}": ${(error as Error).message}. Check that its folder exists.`);
  }
  io.stderr.write(`yardstick: wrote ${args.format.toUpperCase()} report to ${args.out}\n`);
}

/** The command that reproduces this report, for the report's footer. */
function commandLine(a: ReportArgs): string {
  const parts = ['yardstick', 'report', '--model', a.model, ...a.events.flatMap((e) => ['--events', e]), '--format', a.format];
  if (a.from !== undefined) parts.push('--from', new Date(a.from).toISOString());
  if (a.to !== undefined) parts.push('--to', new Date(a.to).toISOString());
  if (a.explain !== undefined) parts.push('--explain', a.explain);
  return parts.map((p) => (/^[\w./:@=-]+$/.test(p) ? p : `'${p.replace(/'/g, `'\\''`)}'`)).join(' ');
}

/** Writes and waits until the stream took it, so a piped reader gets everything before we exit. */
function write(stream: Writable, text: string): Promise<void> {
  return new Promise((resolve, reject) => {
    stream.write(text, (error) => (error ? reject(error) : resolve()));
  });
}
