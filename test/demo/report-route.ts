/**
 * The demo's report: GET /report renders the sample data set plus whatever the demo app captured,
 * through the same code path as `yardstick report` (core/cli/run-report.ts), recomputed per request.
 * /report.json and /report.md serve the same report in the CLI's other formats.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { join, relative } from 'node:path';
import type { Format } from '../../core/cli/args';
import { buildReportFromFiles, renderReport } from '../../core/cli/run-report';
import { isSampleFresh, writeSample } from '../fixtures/write-sample';
import { CACHE_DIR, CAPTURED_FILE, ROOT } from './server';

export const SAMPLE_FILE = join(CACHE_DIR, 'sample-events.ndjson');
export const MODEL_FILE = join(ROOT, 'test/fixtures/acme-model.json');
/** Writes the sample data set unless an up-to-date copy exists (newer than the generator's sources). */
export async function prepareSampleData(path = SAMPLE_FILE): Promise<{ path: string; written: boolean }> {
  if (await isSampleFresh(path)) return { path, written: false };
  const lines = await writeSample(path);
  console.log(`Sample data set: ${lines.toLocaleString('en-US')} lines written to ${relative(process.cwd(), path)}`);
  return { path, written: true };
}

let sampleReady: Promise<unknown> | undefined;

/** The report of the sample plus the captured events (a missing capture file counts as empty). */
export async function reportPage(format: Format = 'html'): Promise<string> {
  // Once per server: concurrent first requests share one write instead of racing on the file.
  sampleReady ??= prepareSampleData().catch((error: unknown) => {
    sampleReady = undefined;
    throw error;
  });
  await sampleReady;
  const { report } = await buildReportFromFiles({
    modelPath: MODEL_FILE,
    events: [SAMPLE_FILE, CAPTURED_FILE],
    optionalEvents: [CAPTURED_FILE],
  });
  const rel = (p: string) => relative(ROOT, p);
  return renderReport(report, format, {
    title: 'acme: value report (sample data + your demo session)',
    generatedAt: Date.now(),
    command: `npx yardstick report --model ${rel(MODEL_FILE)} --events ${rel(SAMPLE_FILE)} --events ${rel(CAPTURED_FILE)} --format ${format}`,
  });
}

const ROUTES: Record<string, [Format, string]> = {
  '/report': ['html', 'text/html; charset=utf-8'],
  '/report.json': ['json', 'application/json; charset=utf-8'],
  '/report.md': ['md', 'text/markdown; charset=utf-8'],
};

/** Route for startDemoServer: answers /report, /report.json and /report.md; false for anything else. */
export async function reportRoute(req: IncomingMessage, res: ServerResponse, url: URL): Promise<boolean> {
  const route = ROUTES[url.pathname];
  if (!route || (req.method !== 'GET' && req.method !== 'HEAD')) return false;
  const [format, type] = route;
  try {
    const body = await reportPage(format);
    res.writeHead(200, { 'content-type': type, 'cache-control': 'no-store' });
    res.end(req.method === 'HEAD' ? undefined : body);
  } catch (error) {
    console.error(error);
    res.writeHead(500, { 'content-type': 'text/plain; charset=utf-8' });
    res.end(`The report could not be built: ${(error as Error).message}\n`);
  }
  return true;
}
