import { parseValueModel, type ValueModel } from '../../../core/schema/value-model';
import { jsonSize } from '../json-size';
import { MAX_MODEL_BYTES } from '../protocol/limits';
import { emptyStats, newApp } from './commit-batch';
import type { ExtDatabase, StoredModel } from './ext-db';

export type LearnResult = { accepted: true; changed: boolean } | { accepted: false; errors: string[] };

/**
 * Learns an app's value model from its page: validated with core's schema like any page data;
 * the latest valid one wins; an invalid one is counted and the previous model kept.
 */
export async function learnModel(db: ExtDatabase, origin: string, app: string, raw: unknown, now: number): Promise<LearnResult> {
  const size = jsonSize(raw);
  const parsed =
    size > MAX_MODEL_BYTES
      ? { ok: false as const, errors: [`model of ${size} bytes is over the ${MAX_MODEL_BYTES}-byte cap`] }
      : parseValueModel(raw);
  const tx = db.transaction(['models', 'apps', 'stats'], 'readwrite');
  if (!parsed.ok) {
    const stats = (await tx.objectStore('stats').get(origin)) ?? emptyStats(origin);
    stats.modelsRejected++;
    await tx.objectStore('stats').put(stats);
    await tx.done;
    return { accepted: false, errors: parsed.errors };
  }
  const json = JSON.stringify(parsed.model);
  const stored = await tx.objectStore('models').get([origin, app]);
  const changed = stored?.json !== json;
  if (changed) await tx.objectStore('models').put({ origin, app, model: parsed.model, json, learnedAt: now });
  if ((await tx.objectStore('apps').getKey([origin, app])) === undefined)
    await tx.objectStore('apps').put(newApp(origin, app, now));
  await tx.done;
  return { accepted: true, changed };
}

export async function readModel(db: ExtDatabase, origin: string, app: string): Promise<ValueModel | null> {
  return (await db.get('models', [origin, app]))?.model ?? null;
}

export async function readAllModels(db: ExtDatabase): Promise<StoredModel[]> {
  return db.getAll('models');
}
