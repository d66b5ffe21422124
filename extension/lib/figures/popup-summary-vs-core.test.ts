import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { timeSavedOf } from '../../../core/metrics/time-saved';
import type { YardstickEvent } from '../../../core/schema/event';
import { parseValueModel, type ValueModel } from '../../../core/schema/value-model';
import { mulberry32 } from '../../../core/stats/prng';
import { commitBatch } from '../store/commit-batch';
import { type ExtDatabase, openExtDb } from '../store/ext-db';
import { learnModel } from '../store/models';
import { writeSettings } from '../store/settings';
import { freshName, ORIGIN, OTHER } from '../testing/protocol-harness';
import { fixtureModel } from '../testing/scripted-session';
import { periodStarts } from './periods';
import { popupSummary } from './popup-summary';
import { pricedAt } from './priced-model';

const NOW = new Date(2026, 10, 18, 15, 0).getTime();
const HOUR = 3_600_000;
const APPS = [
  { origin: ORIGIN, app: 'acme' },
  { origin: ORIGIN, app: 'globex' },
  { origin: OTHER, app: 'acme' },
];
const model = fixtureModel();
const parsed = (parseValueModel(model) as { ok: true; model: ValueModel }).model;

/**
 * Random events for the apps: completions of known and unknown tasks, with and without durations
 * (some longer than the task's manual minutes) and roles, from several users, over the last ~20
 * weeks and a few hours into the future, among starts and identities (with roles, which must not
 * change any minute). Some ids repeat, as a re-delivered event does.
 */
function randomEvents(seed: number, count: number): { origin: string; app: string; event: YardstickEvent }[] {
  const random = mulberry32(seed);
  const pick = <T>(items: readonly T[]) => items[Math.floor(random() * items.length)]!;
  const out: { origin: string; app: string; event: YardstickEvent }[] = [];
  for (let i = 0; i < count; i++) {
    const { origin, app } = pick(APPS);
    if (out.length > 0 && random() < 0.05) {
      out.push({ ...pick(out) });
      continue;
    }
    const ts = Math.round(NOW - random() * 140 * 24 * HOUR + random() * 6 * HOUR);
    const userId = pick(['u1', 'u2', 'u3', 'u4']);
    const name = pick(['task_completed', 'task_completed', 'task_completed', 'task_started', 'identify']);
    const props: Record<string, unknown> =
      name === 'identify'
        ? { traits: { role: pick(['developer', 'manager']) } }
        : { task: pick(['export_report', 'send_invoice', 'unknown_task']) };
    if (name === 'task_completed' && random() < 0.7) props.durationMs = Math.round(random() * 25 * 60_000);
    if (name === 'task_completed' && random() < 0.2) props.role = 'developer';
    out.push({ origin, app, event: { id: `e${i}`, name, ts, appId: app, userId, props } });
  }
  return out;
}

/** Commits through the real commit path, in random batches, from two page databases per origin. */
async function commitAll(db: ExtDatabase, seed: number, events: ReturnType<typeof randomEvents>): Promise<void> {
  const random = mulberry32(seed);
  const seqs = new Map<string, number>();
  for (let i = 0; i < events.length; ) {
    const origin = events[i]!.origin;
    const page = random() < 0.5 ? 'yardstick' : 'yardstick-2';
    let end = i + 1;
    while (end < events.length && end - i < 1 + random() * 40 && events[end]!.origin === origin) end++;
    const fromSeq = seqs.get(`${origin} ${page}`) ?? 0;
    const records = events.slice(i, end).map((e, k) => ({ seq: fromSeq + k + 1, app: e.app, event: e.event }));
    const lastSeq = fromSeq + records.length;
    const result = await commitBatch(db, { origin, db: page, fromSeq, lastSeq, now: NOW, records, rejections: [] });
    expect(result.ok).toBe(true);
    seqs.set(`${origin} ${page}`, lastSeq);
    i = end;
  }
}

/** What core computes over an app's events of [from, to): the first copy of each id, in ts order. */
function coreAmount(
  events: ReturnType<typeof randomEvents>,
  origin: string,
  app: string,
  from: number,
  to: number,
  rate: number | null,
) {
  const seen = new Set<string>();
  const mine: YardstickEvent[] = [];
  for (const e of events) {
    if (e.origin !== origin || seen.has(e.event.id)) continue;
    seen.add(e.event.id);
    if (e.app === app && e.event.ts >= from && e.event.ts < to) mine.push(e.event);
  }
  // The order the popup always summed in (the by-name-ts index's): float sums depend on it.
  mine.sort((a, b) => a.ts - b.ts || (a.id < b.id ? -1 : 1));
  const saved = timeSavedOf(mine, pricedAt(parsed, rate));
  return { minutes: saved.minutes, value: rate === null ? null : saved.value };
}

describe('popupSummary against core', () => {
  for (const seed of [1, 2, 3, 4, 5]) {
    it(`equals core's timeSavedOf per app, week and month (seed ${seed})`, async () => {
      const db = await openExtDb(freshName('popup-vs-core'));
      for (const { origin, app } of APPS) await learnModel(db, origin, app, model, NOW);
      const events = randomEvents(seed, 600);
      await commitAll(db, seed, events);

      for (const rate of [null, 45]) {
        if (rate !== null) await writeSettings(db, { hourlyRate: rate, currency: 'USD' });
        const summary = await popupSummary(db, NOW);
        expect(summary.apps).toHaveLength(APPS.length);
        const monthStart = periodStarts(NOW).month;
        for (const { origin, app } of APPS) {
          const shown = summary.apps.find((a) => a.origin === origin && a.app === app)!;
          expect(shown.month).toEqual(coreAmount(events, origin, app, monthStart, Number.POSITIVE_INFINITY, rate));
          const weekly = summary.weeks.map((start, i) =>
            coreAmount(events, origin, app, start, summary.weeks[i + 1] ?? Number.POSITIVE_INFINITY, rate),
          );
          expect(shown.weekly).toEqual(weekly);
          expect(shown.month.minutes).toBeGreaterThan(0);
        }
      }
    });
  }
});
