/**
 * zod keeps its settings on a global (globalThis.__zod_globalConfig) that it creates, or adopts,
 * when its core module loads. Left alone, the widget would leak that global into the page, or
 * share (and see changes to) the settings of a page that uses zod itself. The bundles' intro
 * (widget/build/bundles.ts, ZOD_INTRO) runs before any module: it saves the page's value and gives
 * the widget's zod a fresh object. Once the modules have loaded, this puts the page's value back.
 */
declare const __yardstickZodGlobal: [unknown] | null | undefined;

export function restoreZodGlobal(): void {
  if (typeof __yardstickZodGlobal === 'undefined') return; // not a widget bundle (unit tests)
  const g = globalThis as { __zod_globalConfig?: unknown };
  if (__yardstickZodGlobal) g.__zod_globalConfig = __yardstickZodGlobal[0];
  else delete g.__zod_globalConfig;
}
