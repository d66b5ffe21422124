import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

let cached: Promise<string> | undefined;

/**
 * Chart.js's minified UMD build, to inline into the HTML report so the page works offline. chart.js's
 * `exports` map does not expose dist/ files, so resolve the package entry and look beside it.
 */
export function readChartJs(): Promise<string> {
  cached ??= (async () => {
    const entry = createRequire(import.meta.url).resolve('chart.js');
    return readFile(join(dirname(entry), 'chart.umd.min.js'), 'utf8');
  })();
  return cached;
}
