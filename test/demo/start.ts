/**
 * `npm start`: builds the widget and the extension, prepares the sample data set, and serves the
 * demo SaaS app (widget embedded) with the live report on localhost.
 */
import { spawnSync } from 'node:child_process';
import { join, relative } from 'node:path';
import { prepareSampleData, reportRoute } from './report-route';
import { CAPTURED_FILE, ROOT, startDemoServer } from './server';

const port = Number(process.env.PORT ?? 4173);

const build = spawnSync('npm', ['run', 'build'], { cwd: ROOT, stdio: 'inherit' });
if (build.status !== 0) {
  console.error('\nThe build failed (see above); nothing was started.');
  process.exit(build.status ?? 1);
}
await prepareSampleData();
const server = await startDemoServer(port, [reportRoute]);
const extensionDir = join(ROOT, '.output/chrome-mv3');
const rel = (path: string) => relative(process.cwd(), path) || '.';

console.log(`
  Yardstick demo is running.

  Demo app (widget embedded)   ${server.url}/
  Same app, a second origin    ${server.url.replace('localhost', '127.0.0.1')}/
  Live report (sample + what you captured)   ${server.url}/report

  Load the extension: open chrome://extensions, turn on Developer mode, click
  "Load unpacked" and choose ${extensionDir}

  Report of what you just captured, recomputed from the raw events:
    npx yardstick report --model test/fixtures/acme-model.json --events ${rel(CAPTURED_FILE)} --format html --out report.html

  Press Ctrl+C to stop.
`);
