import { resolve } from 'node:path';
import type { InlineConfig } from 'vite';

export const ROOT = resolve(import.meta.dirname, '../..');
export const OUT_DIR = resolve(ROOT, 'dist/widget');

/** Size budgets in gzip bytes (issue 3): the page pays `main` before any card or badge. */
export const BUDGETS = { main: 10 * 1024, total: 20 * 1024 };

export interface Bundle {
  entry: string;
  fileName: string;
  format: 'iife' | 'es';
}

/**
 * The widget's outputs. Each is its own build, so none shares a chunk with another: the script-tag
 * IIFE and the ES module both load the UI chunk at run time by URL, and the snippet stands alone.
 */
export const BUNDLES: Bundle[] = [
  { entry: 'widget/entries/script-tag.ts', fileName: 'yardstick.js', format: 'iife' },
  { entry: 'widget/index.ts', fileName: 'yardstick.mjs', format: 'es' },
  { entry: 'widget/ui/ui-entry.tsx', fileName: 'yardstick-ui.mjs', format: 'es' },
  { entry: 'widget/snippet/snippet.ts', fileName: 'snippet.js', format: 'iife' },
];

/**
 * The UI chunk's JSX as classic `h(type, props, ...children)` calls, shorter than the automatic
 * runtime's; unmarked as pure, since every element is used and the marks would stay in the output.
 */
const UI_JSX = {
  jsx: { runtime: 'classic', pragma: 'h', pragmaFrag: 'Fragment', pure: false },
  jsxInject: "import { h, Fragment } from 'preact'",
} as const;

export function bundleConfig(b: Bundle, first: boolean): InlineConfig {
  return {
    configFile: false,
    root: ROOT,
    logLevel: 'warn',
    oxc: b.entry.endsWith('.tsx') ? UI_JSX : { jsx: { runtime: 'automatic', importSource: 'preact' } },
    build: {
      outDir: OUT_DIR,
      emptyOutDir: first,
      target: 'es2022',
      minify: true,
      sourcemap: true,
      reportCompressedSize: false,
      copyPublicDir: false,
      lib: { entry: resolve(ROOT, b.entry), formats: [b.format], name: 'yardstick', fileName: () => b.fileName },
      // Library mode keeps whitespace in ES output for consumers' tree-shaking; these files are
      // loaded by browsers as they are, so minify them fully.
      rolldownOptions: { output: { minify: true } },
    },
  };
}
