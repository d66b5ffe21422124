/**
 * Enforces the one-way import graph: core imports neither widget/ nor extension/; the widget never
 * imports the extension and vice versa; nothing outside test/ imports test/; core's library code stays
 * free of Node built-ins and browser globals so it runs unchanged in a page, a service worker and Node.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';

const ROOT = resolve(import.meta.dirname, '../..');
const PARTS = ['core', 'widget', 'extension', 'test'] as const;
type Part = (typeof PARTS)[number];

const forbiddenParts: Record<Part, Part[]> = {
  core: ['widget', 'extension', 'test'],
  widget: ['extension', 'test'],
  extension: ['widget', 'test'],
  test: [],
};
// Packages each part may not pull in (core must stay small and portable).
const forbiddenPackages: Record<Part, RegExp | null> = {
  core: /^(preact|chart\.js|wxt|@wxt-dev|posthog-js|@playwright)/,
  widget: /^(chart\.js|wxt|@wxt-dev|posthog-js|@playwright)/,
  extension: /^(posthog-js)/,
  test: null,
};
// Where core may touch Node or the browser: the CLI (files, streams) and the one IndexedDB module.
const coreNodeAllowed = (file: string) => file.startsWith(`core${sep}cli${sep}`) || /\.test\.ts$/.test(file);
const coreBrowserAllowed = (file: string) => file.startsWith(`core${sep}storage${sep}`) || /\.test\.ts$/.test(file);

function* sourceFiles(dir: string): Generator<string> {
  for (const name of readdirSync(dir)) {
    if (name === 'node_modules' || name.startsWith('.')) continue;
    const path = join(dir, name);
    if (statSync(path).isDirectory()) yield* sourceFiles(path);
    else if (/\.(ts|tsx|mts|js|mjs)$/.test(name)) yield path;
  }
}

const importPattern =
  /(?:^|[\s;])(?:import|export)\s[^'"]*?from\s*['"]([^'"]+)['"]|import\s*\(\s*['"]([^'"]+)['"]\s*\)|^\s*import\s+['"]([^'"]+)['"]/gm;
const browserGlobal = /(?<![.\w])(window|document|navigator|localStorage|sessionStorage|indexedDB)\s*\./;

function partOf(path: string): Part | undefined {
  const top = relative(ROOT, path).split(sep)[0];
  return PARTS.find((p) => p === top);
}

const problems: string[] = [];
let checked = 0;
for (const part of PARTS) {
  let files: string[];
  try {
    files = [...sourceFiles(join(ROOT, part))];
  } catch {
    continue;
  }
  for (const file of files) {
    checked++;
    const rel = relative(ROOT, file);
    const text = readFileSync(file, 'utf8');
    for (const match of text.matchAll(importPattern)) {
      const spec = match[1] ?? match[2] ?? match[3];
      if (!spec) continue;
      if (spec.startsWith('.')) {
        const target = partOf(resolve(dirname(file), spec));
        if (target && target !== part && forbiddenParts[part].includes(target))
          problems.push(`${rel}: ${part}/ must not import ${target}/ ('${spec}')`);
        continue;
      }
      const aliasTarget = /^(?:@@|~~)\/(\w+)/.exec(spec)?.[1] as Part | undefined;
      if (aliasTarget && forbiddenParts[part].includes(aliasTarget))
        problems.push(`${rel}: ${part}/ must not import ${aliasTarget}/ ('${spec}')`);
      if (forbiddenPackages[part]?.test(spec)) problems.push(`${rel}: ${part}/ must not depend on '${spec}'`);
      if (part === 'core' && spec.startsWith('node:') && !coreNodeAllowed(rel))
        problems.push(`${rel}: core's library code must not import '${spec}' (only core/cli may)`);
    }
    if (part === 'core' && !coreBrowserAllowed(rel) && !coreNodeAllowed(rel)) {
      text.split('\n').forEach((line, i) => {
        if (!/^\s*(\/\/|\*)/.test(line) && browserGlobal.test(line))
          problems.push(`${rel}:${i + 1}: core's library code must not use browser globals`);
      });
    }
  }
}

if (problems.length > 0) {
  console.error(`Import direction: ${problems.length} problem(s)\n${problems.map((p) => `  ${p}`).join('\n')}`);
  process.exit(1);
}
console.log(`Import direction: ${checked} files checked, imports flow core <- widget, core <- extension; nothing imports test/.`);
