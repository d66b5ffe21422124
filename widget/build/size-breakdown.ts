import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';

const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

function decodeVlq(segment: string): number[] {
  const out: number[] = [];
  let value = 0;
  let shift = 0;
  for (const ch of segment) {
    let digit = B64.indexOf(ch);
    const more = digit & 32;
    digit &= 31;
    value += digit << shift;
    if (more) shift += 5;
    else {
      out.push(value & 1 ? -(value >> 1) : value >> 1);
      value = 0;
      shift = 0;
    }
  }
  return out;
}

/** Where a source file's bytes are counted: zod, idb, preact, schema descriptors, core, or the widget itself. */
export function groupOf(source: string): string {
  if (source.includes('node_modules/zod')) return 'zod/mini';
  if (source.endsWith('.generated.ts')) return 'schema descriptors';
  if (source.includes('node_modules/idb')) return 'idb';
  if (source.includes('node_modules/preact')) return 'preact';
  if (source.includes('core/schema')) return 'core schemas';
  if (source.includes('core/')) return 'core (other)';
  return 'widget';
}

/**
 * Minified and gzip bytes of a bundle per group of sources, from its source map: each generated
 * segment is attributed to its source, and each group's code is gzipped on its own. The gzip
 * figures do not add up exactly to the whole file's (compression shares context); they show
 * where the weight is.
 */
export function sizeByGroup(jsFile: string, mapFile: string): Record<string, { min: number; gzip: number }> {
  const code = readFileSync(jsFile, 'utf8').split('\n');
  const map = JSON.parse(readFileSync(mapFile, 'utf8')) as { sources: string[]; mappings: string };
  const parts = new Map<string, string[]>();
  let source = 0;
  map.mappings.split(';').forEach((line, lineNo) => {
    const text = code[lineNo] ?? '';
    let col = 0;
    let from = 0;
    let current: string | undefined;
    const flush = (to: number) => {
      if (current === undefined) return;
      const list = parts.get(current) ?? [];
      list.push(text.slice(from, to));
      parts.set(current, list);
    };
    for (const seg of line.split(',').filter(Boolean)) {
      const v = decodeVlq(seg);
      col += v[0] ?? 0;
      flush(col);
      from = col;
      if (v.length > 1) {
        source += v[1] ?? 0;
        current = groupOf(map.sources[source] ?? '');
      }
    }
    flush(text.length);
  });
  const out: Record<string, { min: number; gzip: number }> = {};
  for (const [group, list] of parts) {
    const joined = list.join('');
    out[group] = { min: joined.length, gzip: gzipSync(joined, { level: 9 }).length };
  }
  return out;
}
