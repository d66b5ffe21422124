/** Starts the demo server (used by `npm start` and by Playwright's webServer). */
import { parseArgs } from 'node:util';
import { prepareSampleData, reportRoute } from './report-route';
import { startDemoServer } from './server';

const { values } = parseArgs({ options: { port: { type: 'string', default: process.env.PORT ?? '4173' } } });
const port = Number(values.port);
if (!Number.isInteger(port) || port <= 0 || port > 65535) {
  console.error(`--port: expected a TCP port number (1-65535), got "${values.port}"`);
  process.exit(2);
}
await prepareSampleData();
const server = await startDemoServer(port, [reportRoute]);
console.log(`Yardstick demo on ${server.url} (also ${server.url.replace('localhost', '127.0.0.1')} as a second origin)`);
