import { validate } from '../../core/schema/compact/validate';
import { describeIssues } from '../../core/schema/issues';
import { CONFIG } from './config.generated';
import type { YardstickConfig } from './types';

export type ConfigResult = { ok: true; config: YardstickConfig } | { ok: false; errors: string[] };

/** Validates init()'s config against config-schema.ts (compiled, zod-free); each error names the field, what it should be, and what it was. */
export function parseConfig(raw: unknown): ConfigResult {
  const r = validate<YardstickConfig>(CONFIG, raw);
  return r.ok ? { ok: true, config: r.value } : { ok: false, errors: describeIssues(r.issues, raw) };
}

/** The script tag's attributes as config: data-app-id, data-model, data-endpoint, data-badge. */
export function configFromScript(script: { getAttribute(name: string): string | null } | null): Partial<YardstickConfig> {
  const out: Partial<YardstickConfig> = {};
  if (!script) return out;
  const pairs = [
    ['appId', 'data-app-id'],
    ['model', 'data-model'],
    ['endpoint', 'data-endpoint'],
    ['badge', 'data-badge'],
    ['locale', 'data-locale'],
  ] as const;
  for (const [key, attr] of pairs) {
    const v = script.getAttribute(attr);
    if (v !== null) (out as Record<string, string>)[key] = v;
  }
  if (script.getAttribute('data-respect-dnt') !== null) out.respectDoNotTrack = true;
  return out;
}
