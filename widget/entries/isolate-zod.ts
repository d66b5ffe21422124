// Imported first by each entry point. zod keeps its settings on a global
// (globalThis.__zod_globalConfig), created when its core module loads: without this, the widget
// would leak that global into the page, and share (and change) the settings of a page that uses
// zod itself. Ours gets a fresh object while zod loads; then the page's value comes back.
const g = globalThis as { __zod_globalConfig?: unknown };
const had = Object.hasOwn(g, '__zod_globalConfig');
const pages = g.__zod_globalConfig;
g.__zod_globalConfig = {};

/** Call once the widget's modules have loaded: puts back whatever the page had (or nothing). */
export function restoreZodGlobal(): void {
  if (had) g.__zod_globalConfig = pages;
  else delete g.__zod_globalConfig;
}
