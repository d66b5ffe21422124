import { parseValueModel } from '../../core/schema/compact/value-model';
import type { ValueModel } from '../../core/schema/value-model';

export type ModelLoad = { ok: true; model: ValueModel; raw: unknown } | { ok: false; errors: string[] };

/**
 * Fetches (when given a URL) and validates the value model with core's schema. A failed request is
 * retried once after a short pause; a model that fails the schema is refused with core's messages.
 */
export async function loadModel(source: string | object, fetchJson: (url: string) => Promise<unknown>): Promise<ModelLoad> {
  let raw: unknown = source;
  if (typeof source === 'string') {
    try {
      raw = await fetchJson(source).catch(async () => {
        await new Promise((r) => setTimeout(r, 1000));
        return fetchJson(source);
      });
    } catch (error) {
      return { ok: false, errors: [`model: could not load ${source} (${String(error)}); check the data-model URL`] };
    }
  }
  const result = parseValueModel(raw);
  if (!result.ok) return { ok: false, errors: result.errors.map((e) => `model.${e}`) };
  return { ok: true, model: result.model, raw };
}

export async function fetchJson(url: string): Promise<unknown> {
  const res = await fetch(url, { credentials: 'same-origin', headers: { accept: 'application/json' } });
  if (!res.ok) throw new Error(`HTTP ${res.status}`);
  return res.json();
}
