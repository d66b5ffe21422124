/**
 * Report throughput and memory over 1,000,000 synthetic events, beside a parse-only loop over the
 * same file. Budgets (foundation issue): report time ≤ 2× parse-only time; ≤ 64 bytes of peak
 * memory per extra event between a 250,000- and a 1,000,000-event file. Each case runs in a fresh
 * child process so its peak memory is its own; figures are printed, never asserted.
 */
import { execFileSync } from 'node:child_process';
import { cpus } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { isSampleFresh, writeSample } from '../fixtures/write-sample';

const ROOT = resolve(import.meta.dirname, '../..');
const DIR = join(ROOT, '.cache/bench');
const MODEL = join(ROOT, 'test/fixtures/acme-model.json');
const CHILD = join(import.meta.dirname, 'report-child.ts');
const SMALL = 250_000;
const LARGE = 1_000_000;
// A fixed population whose activity grows with the file: the larger file has the same users over
// more days (more sessions and episodes too), which is how an export grows over time.
const USERS = 20_000;
const RUNS = 2;
const TIME_BUDGET = 2;
const BYTES_BUDGET = 64;

type Mode = 'parse' | 'report' | 'retained';

interface Figures {
  mode: Mode;
  lines: number;
  events: number;
  ms: number;
  streamMs: number;
  finishMs: number;
  peakRss: number;
  peakHeap: number;
  retainedHeap: number | null;
  maxRss: number;
}

async function ensureFile(lines: number): Promise<string> {
  const path = join(DIR, `sample-${lines}.ndjson`);
  if (!(await isSampleFresh(path))) {
    const t = performance.now();
    await writeSample(path, { users: USERS, signupDays: 1, maxLines: lines });
    console.log(`generated ${relative(ROOT, path)} in ${((performance.now() - t) / 1000).toFixed(1)} s`);
  }
  return path;
}

function measure(mode: Mode, file: string): Figures {
  const out = execFileSync(process.execPath, ['--expose-gc', '--import', 'tsx', CHILD, mode, file, MODEL], {
    cwd: ROOT,
    encoding: 'utf8',
    maxBuffer: 1 << 20,
  });
  return JSON.parse(out.trim().split('\n').pop()!) as Figures;
}

/** Best time of RUNS fresh processes; the highest peaks seen (memory is not a race). */
function best(mode: Mode, file: string): Figures {
  const runs = Array.from({ length: RUNS }, () => measure(mode, file));
  const fastest = runs.reduce((a, b) => (b.ms < a.ms ? b : a));
  return {
    ...fastest,
    peakRss: Math.max(...runs.map((r) => r.peakRss)),
    peakHeap: Math.max(...runs.map((r) => r.peakHeap)),
    maxRss: Math.max(...runs.map((r) => r.maxRss)),
  };
}

const mb = (bytes: number) => `${(bytes / 1_048_576).toFixed(1)} MB`;
const sec = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
const perSecond = (n: number, ms: number) => Math.round(n / (ms / 1000)).toLocaleString('en-US');
const verdict = (ok: boolean) => (ok ? 'PASS' : 'OVER');
const perExtra = (small: number, large: number, extra: number) => `${((large - small) / extra).toFixed(1)} B`;

function table(rows: string[][]): void {
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => r[i]!.length)));
  for (const r of rows) console.log(r.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('   '));
}

export async function run(): Promise<void> {
  const small = await ensureFile(SMALL);
  const large = await ensureFile(LARGE);
  const cpu = cpus()[0]?.model.trim() ?? 'unknown CPU';
  console.log(
    `node ${process.version}, ${cpus().length} × ${cpu}; ${USERS.toLocaleString('en-US')} users; best of ${RUNS} fresh processes per case.`,
  );
  console.log(
    "Both cases read lines with the CLI's reader (core/cli/read-lines.ts, bytes cut at line ends, on a file stream); parse-only then only JSON.parses each line.\n",
  );

  const ps = best('parse', small);
  const pl = best('parse', large);
  const rs = best('report', small);
  const rl = best('report', large);
  const ks = measure('retained', small);
  const kl = measure('retained', large);
  table([
    ['', 'parse-only 250k', 'parse-only 1M', 'report 250k', 'report 1M'],
    ['time', sec(ps.ms), sec(pl.ms), sec(rs.ms), sec(rl.ms)],
    ['  of which finish()', '', '', sec(rs.finishMs), sec(rl.finishMs)],
    ['lines/s', perSecond(ps.lines, ps.ms), perSecond(pl.lines, pl.ms), perSecond(rs.lines, rs.ms), perSecond(rl.lines, rl.ms)],
    ['peak RSS', mb(ps.maxRss), mb(pl.maxRss), mb(rs.maxRss), mb(rl.maxRss)],
    ['peak heap used', mb(ps.peakHeap), mb(pl.peakHeap), mb(rs.peakHeap), mb(rl.peakHeap)],
    ['state kept (heap after GC)', '', '', mb(ks.retainedHeap ?? 0), mb(kl.retainedHeap ?? 0)],
  ]);

  const extra = rl.lines - rs.lines;
  const ratio = rl.ms / pl.ms;
  const rssPer = (rl.maxRss - rs.maxRss) / extra;
  console.log(
    `\nReport over ${rl.lines.toLocaleString('en-US')} lines: ${perSecond(rl.events, rl.ms)} events/s (${rl.events.toLocaleString('en-US')} events used).`,
  );
  table([
    ['budget', 'measured', 'limit', ''],
    ['time, report ÷ parse-only (1M)', `${ratio.toFixed(2)}×`, `≤ ${TIME_BUDGET}×`, verdict(ratio <= TIME_BUDGET)],
    ['peak RSS per extra event (250k → 1M)', `${rssPer.toFixed(1)} B`, `≤ ${BYTES_BUDGET} B`, verdict(rssPer <= BYTES_BUDGET)],
  ]);
  console.log(
    `\nFor reading the memory figure: peak heap per extra event ${perExtra(rs.peakHeap, rl.peakHeap, extra)}; state kept per extra event ${perExtra(ks.retainedHeap ?? 0, kl.retainedHeap ?? 0, extra)};`,
  );
  console.log(
    `parse-only's own peak RSS per extra event (GC slack, the noise floor) ${perExtra(ps.maxRss, pl.maxRss, extra)}. Streaming alone, 1M: ${sec(rl.streamMs)} = ${(rl.streamMs / pl.ms).toFixed(2)}× parse-only.`,
  );
}
