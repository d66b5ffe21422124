import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { BUDGETS, OUT_DIR, ROOT } from './bundles.ts';

export const gzipSize = (file: string) => gzipSync(readFileSync(resolve(OUT_DIR, file)), { level: 9 }).length;

/** snippet.html: the built stub inside a <script> tag, ready to paste before the widget's tag. */
export function writeSnippetHtml(): void {
  const code = readFileSync(resolve(OUT_DIR, 'snippet.js'), 'utf8')
    .replace(/\n\/\/# sourceMappingURL=.*$/m, '')
    .trim();
  writeFileSync(resolve(OUT_DIR, 'snippet.html'), `<script>${code}</script>\n`);
}

/** yardstick.d.mts: declarations for the ES module, emitted by tsc from the widget's sources. */
export function writeTypes(): void {
  const tsc = resolve(ROOT, 'node_modules/.bin/tsc');
  const args = ['widget/index.ts', '--ignoreConfig', '--declaration', '--emitDeclarationOnly', '--skipLibCheck', '--strict'];
  args.push('--outDir', 'dist/widget/types', '--rootDir', '.', '--moduleResolution', 'bundler', '--module', 'esnext');
  args.push('--target', 'es2022', '--jsx', 'react-jsx', '--jsxImportSource', 'preact', '--types', 'node');
  const r = spawnSync(tsc, args, { cwd: ROOT, encoding: 'utf8' });
  if (r.status !== 0) {
    console.warn(`[yardstick] types were not emitted:\n${r.stdout}${r.stderr}`);
    return;
  }
  writeFileSync(
    resolve(OUT_DIR, 'yardstick.d.mts'),
    "export * from './types/widget/index';\nexport { default } from './types/widget/index';\n",
  );
}

/** Prints each output's gzip size and the two budgets: what loads before a card or badge, and the whole widget. */
export function printSizes(): { main: number; ui: number; esm: number; snippet: number } {
  const sizes = {
    main: gzipSize('yardstick.js'),
    ui: gzipSize('yardstick-ui.mjs'),
    esm: gzipSize('yardstick.mjs'),
    snippet: gzipSize('snippet.js'),
  };
  const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
  const verdict = (n: number, budget: number) =>
    n <= budget ? `within ${kb(budget)}` : `OVER ${kb(budget)} by ${kb(n - budget)}`;
  console.log(`
  widget sizes (min + gzip -9)
    yardstick.js      ${kb(sizes.main).padStart(8)}   before the first card or badge: ${verdict(sizes.main, BUDGETS.main)}
    yardstick-ui.mjs  ${kb(sizes.ui).padStart(8)}   loaded on demand (Preact, help card, badge)
    script tag total  ${kb(sizes.main + sizes.ui).padStart(8)}   ${verdict(sizes.main + sizes.ui, BUDGETS.total)}
    yardstick.mjs     ${kb(sizes.esm).padStart(8)}   ES module build (same UI chunk)
    snippet.js        ${kb(sizes.snippet).padStart(8)}   queue stub
`);
  return sizes;
}
