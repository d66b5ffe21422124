/**
 * `npm run bench`: runs every test/bench/*.bench.ts module's `run()` in turn (name order).
 * `npm run bench -- report` runs only the modules whose name contains "report". Benchmarks print
 * their figures against their budgets; they never fail the build.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

interface BenchModule {
  run(): Promise<void>;
}

const filters = process.argv.slice(2).filter((a) => !a.startsWith('-'));
const dir = import.meta.dirname;
const files = readdirSync(dir)
  .filter((f) => f.endsWith('.bench.ts'))
  .filter((f) => filters.length === 0 || filters.some((x) => f.includes(x)))
  .sort();

if (files.length === 0)
  console.log(
    `No benchmark matches ${filters.join(', ')}; available: ${readdirSync(dir)
      .filter((f) => f.endsWith('.bench.ts'))
      .join(', ')}`,
  );
for (const file of files) {
  console.log(`\n=== ${file} ===`);
  const started = performance.now();
  try {
    const mod = (await import(pathToFileURL(join(dir, file)).href)) as Partial<BenchModule>;
    if (typeof mod.run !== 'function') throw new Error('exports no run(): Promise<void>');
    await mod.run();
  } catch (error) {
    // One broken benchmark must not hide the others' figures.
    console.error(`${file} failed: ${(error as Error).stack ?? String(error)}`);
    process.exitCode = 1;
  }
  console.log(`(${file}: ${((performance.now() - started) / 1000).toFixed(1)} s)`);
}
