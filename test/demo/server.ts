/**
 * The demo's HTTP server: the demo SaaS app (test/demo/app), the built widget (dist/widget), the HTML
 * report (/report), and the widget's HTTP sink (/collect, appended to .cache/demo/captured.ndjson).
 * Binds 127.0.0.1 so `localhost:PORT` and `127.0.0.1:PORT` are two origins for the same app.
 */
import { createReadStream } from 'node:fs';
import { appendFile, mkdir, stat } from 'node:fs/promises';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { extname, join, normalize, resolve } from 'node:path';

export const ROOT = resolve(import.meta.dirname, '../..');
export const CACHE_DIR = join(ROOT, '.cache/demo');
export const CAPTURED_FILE = join(CACHE_DIR, 'captured.ndjson');
const APP_DIR = join(ROOT, 'test/demo/app');
const WIDGET_DIR = join(ROOT, 'dist/widget');
// The demo app's value model is the same one the sample data set is priced with.
const MODEL_FILE = join(ROOT, 'test/fixtures/acme-model.json');
const MAX_COLLECT_BYTES = 1024 * 1024;

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.map': 'application/json; charset=utf-8',
};
// Pages under /strict/ get the strictest policy a product team might run: no inline script or style.
const STRICT_CSP = "default-src 'self'; script-src 'self'; style-src 'self'; connect-src 'self'; img-src 'self' data:";

async function serveFile(res: ServerResponse, dir: string, urlPath: string): Promise<boolean> {
  const path = normalize(join(dir, decodeURIComponent(urlPath)));
  if (!path.startsWith(dir)) return false;
  let file = path;
  try {
    if ((await stat(file)).isDirectory()) file = join(file, 'index.html');
    await stat(file);
  } catch {
    return false;
  }
  const headers: Record<string, string> = {
    'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
    'cache-control': 'no-store',
  };
  if (urlPath.startsWith('/strict/')) headers['content-security-policy'] = STRICT_CSP;
  res.writeHead(200, headers);
  createReadStream(file).pipe(res);
  return true;
}

/**
 * The demo is a single-page app: a deep link such as /reports or /strict/settings gets the shell of
 * its nearest ancestor folder (index.html), and the app's router takes it from there.
 */
async function serveSpaShell(res: ServerResponse, urlPath: string): Promise<boolean> {
  if (extname(urlPath) !== '') return false;
  const segments = urlPath.split('/').filter(Boolean);
  while (segments.length > 0) {
    segments.pop();
    if (await serveFile(res, APP_DIR, `/${segments.join('/')}${segments.length > 0 ? '/' : ''}`)) return true;
  }
  return false;
}

async function readBody(req: IncomingMessage): Promise<string | null> {
  let size = 0;
  const chunks: Buffer[] = [];
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > MAX_COLLECT_BYTES) return null;
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}

/** Stores what the widget's HTTP sink sends; the report validates each line, so nothing is trusted here. */
async function collect(req: IncomingMessage, res: ServerResponse): Promise<void> {
  const body = await readBody(req);
  if (body === null) {
    res.writeHead(413).end();
    return;
  }
  const lines = body.split('\n').filter((line) => line.trim() !== '');
  await mkdir(CACHE_DIR, { recursive: true });
  if (lines.length > 0) await appendFile(CAPTURED_FILE, `${lines.join('\n')}\n`);
  res.writeHead(204, { 'access-control-allow-origin': '*' }).end();
}

export type ExtraRoute = (req: IncomingMessage, res: ServerResponse, url: URL) => Promise<boolean>;

export function startDemoServer(port: number, extraRoutes: ExtraRoute[] = []): Promise<{ url: string; close(): Promise<void> }> {
  const server = createServer((req, res) => {
    void (async () => {
      const url = new URL(req.url ?? '/', 'http://localhost');
      if (req.method === 'POST' && url.pathname === '/collect') return collect(req, res);
      if (url.pathname === '/health') return void res.writeHead(200, { 'content-type': 'text/plain' }).end('ok');
      for (const route of extraRoutes) if (await route(req, res, url)) return;
      if (url.pathname === '/yardstick-model.json' || url.pathname === '/strict/yardstick-model.json') {
        res.writeHead(200, { 'content-type': TYPES['.json'] ?? '', 'cache-control': 'no-store' });
        return void createReadStream(MODEL_FILE).pipe(res);
      }
      if (url.pathname.startsWith('/widget/') && (await serveFile(res, WIDGET_DIR, url.pathname.slice('/widget'.length)))) return;
      if (await serveFile(res, APP_DIR, url.pathname)) return;
      if (await serveSpaShell(res, url.pathname)) return;
      res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end(`Not found: ${url.pathname}`);
    })().catch((error: unknown) => {
      console.error(error);
      if (!res.headersSent) res.writeHead(500).end();
    });
  });
  return new Promise((resolveStart, rejectStart) => {
    server.once('error', rejectStart);
    server.listen(port, '127.0.0.1', () => {
      resolveStart({
        url: `http://localhost:${port}`,
        close: () => new Promise((done) => server.close(() => done())),
      });
    });
  });
}
