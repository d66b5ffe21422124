/**
 * One measured case of report.bench.ts, run in a fresh process so each case's peak memory is its
 * own: `node --expose-gc --import tsx report-child.ts <parse|report|retained> <events.ndjson> <model.json>`.
 * Prints one JSON line of figures on stdout.
 *
 * - parse: the floor. The CLI's line reader and JSON.parse of every line, nothing else.
 * - report: what `yardstick report` does (model, builder, the same reader), timed as streaming and
 *   finish() separately; peak memory as the process saw it.
 * - retained: the same, plus a forced GC between streaming and finish() to weigh what the builder
 *   really keeps (its state), without garbage the collector had not yet reclaimed.
 */
import { createReadStream } from 'node:fs';
import { forEachLine } from '../../core/cli/read-lines';
import { loadModel } from '../../core/cli/run-report';
import { createReportBuilder } from '../../core/report/build-report';

const [mode, file, modelPath] = process.argv.slice(2);
if ((mode !== 'parse' && mode !== 'report' && mode !== 'retained') || !file || !modelPath) {
  console.error('usage: report-child.ts <parse|report|retained> <events.ndjson> <model.json>');
  process.exit(2);
}

const gc = (globalThis as { gc?: () => void }).gc ?? (() => {});
gc();
const baseline = process.memoryUsage();
let peakRss = baseline.rss;
let peakHeap = baseline.heapUsed;
// Sampled between stream chunks (the reading is asynchronous, so timers get their turn).
const sample = () => {
  const m = process.memoryUsage();
  if (m.rss > peakRss) peakRss = m.rss;
  if (m.heapUsed > peakHeap) peakHeap = m.heapUsed;
};
const sampler = setInterval(sample, 5);

let lines = 0;
let events = 0;
let streamMs = 0;
let finishMs = 0;
let retainedHeap: number | null = null;
if (mode === 'parse') {
  const t = performance.now();
  lines = await forEachLine(createReadStream(file), 1, (line) => {
    if (line.length === 0) return;
    try {
      JSON.parse(line);
      events++;
    } catch {
      // Malformed lines cost the parse attempt, as they do in the report.
    }
  });
  streamMs = performance.now() - t;
} else {
  const builder = createReportBuilder(await loadModel(modelPath));
  const t0 = performance.now();
  lines = await forEachLine(createReadStream(file), 1, (line, lineNo) => builder.addLine(line, lineNo));
  streamMs = performance.now() - t0;
  if (mode === 'retained') {
    gc();
    retainedHeap = process.memoryUsage().heapUsed - baseline.heapUsed;
  }
  const t1 = performance.now();
  const report = builder.finish();
  finishMs = performance.now() - t1;
  events = report.events.accepted;
}
clearInterval(sampler);
sample();

console.log(
  JSON.stringify({
    mode,
    lines,
    events,
    ms: streamMs + finishMs,
    streamMs,
    finishMs,
    peakRss,
    peakHeap,
    retainedHeap,
    // The kernel's high-water mark of resident memory, in bytes (resourceUsage reports KiB).
    maxRss: process.resourceUsage().maxRSS * 1024,
  }),
);
