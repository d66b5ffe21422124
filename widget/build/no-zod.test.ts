import { existsSync, readFileSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BUNDLES, OUT_DIR, ROOT } from './bundles';

// The widget validates with the compact validator (core/schema/compact), so zod must not reach its
// bundles: checked on the module graph of each entry (runtime imports only), and on the source
// maps of a build when dist/widget holds one.

const IMPORT = /^\s*(?:import|export)\s+(type\s+)?([^'";]*?)\s*from\s*['"]([^'"]+)['"]|^\s*import\s*['"]([^'"]+)['"]/gm;

/** The runtime imports of a source file: `import type` and all-`type` specifier lists are erased. */
function runtimeImports(text: string): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(IMPORT)) {
    const [, typeOnly, names = '', spec, bare] = m;
    if (bare) out.push(bare);
    else if (!typeOnly && !/^\{\s*(type\s+[\w$]+\s*,?\s*)+\}$/.test(names.trim())) out.push(spec!);
  }
  return out;
}

function resolveModule(from: string, spec: string): string {
  const base = resolve(dirname(from), spec);
  const found = [base, `${base}.ts`, `${base}.tsx`, `${base}/index.ts`].find((p) => existsSync(p) && !p.endsWith('/'));
  if (!found || !/\.(ts|tsx)$/.test(found)) throw new Error(`cannot resolve ${spec} from ${from}`);
  return found;
}

/** Every package a bundle entry reaches through runtime imports, with the file that imports it. */
function packagesReached(entry: string): Map<string, string> {
  const packages = new Map<string, string>();
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    for (const spec of runtimeImports(readFileSync(file, 'utf8'))) {
      if (spec.startsWith('.')) visit(resolveModule(file, spec));
      else packages.set(spec, relative(ROOT, file));
    }
  };
  visit(resolve(ROOT, entry));
  return packages;
}

describe('the widget bundles', () => {
  it('reads runtime imports the way the bundler does', () => {
    const text =
      "import type { A } from 'zod/mini';\nimport { type B } from 'zod';\nimport * as z from 'zod/mini';\nimport 'side-effect';";
    expect(runtimeImports(text)).toEqual(['zod/mini', 'side-effect']);
  });

  it.each(BUNDLES.map((b) => [b.fileName, b.entry]))('%s imports no zod module', (_file, entry) => {
    const zod = [...packagesReached(entry)].filter(([spec]) => /^zod(\/|$)/.test(spec));
    expect(zod).toEqual([]);
  });

  it('finds zod in the graph of a module that does import it', () => {
    expect([...packagesReached('widget/api/config-schema.ts').keys()]).toContain('zod/mini');
  });

  const built = BUNDLES.map((b) => resolve(OUT_DIR, `${b.fileName}.map`)).filter(existsSync);
  it.skipIf(built.length === 0)('has no zod source in the source maps of the last build', () => {
    for (const map of built) {
      const sources = (JSON.parse(readFileSync(map, 'utf8')) as { sources: string[] }).sources;
      expect(sources.filter((s) => s.includes('node_modules/zod'))).toEqual([]);
    }
  });
});
