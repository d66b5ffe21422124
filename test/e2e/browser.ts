import { resolve } from 'node:path';

/** Debian's Chromium; tests never download a browser. */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const DEMO_PORT = Number(process.env.DEMO_PORT ?? 4173);
/** The same demo server seen as two origins. */
export const DEMO_ORIGIN = `http://localhost:${DEMO_PORT}`;
export const OTHER_ORIGIN = `http://127.0.0.1:${DEMO_PORT}`;
export const EXTENSION_DIR = resolve(import.meta.dirname, '../../.output/chrome-mv3');

// No network here: keep Chromium from phoning home, and resolve nothing but the two local origins.
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE localhost , EXCLUDE 127.0.0.1',
];
