import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { timeSavedOf } from '../../../core/metrics/time-saved';
import { parseValueModel, type ValueModel } from '../../../core/schema/value-model';
import { setSeatCost } from '../store/apps';
import { commitBatch } from '../store/commit-batch';
import { openExtDb } from '../store/ext-db';
import { learnModel } from '../store/models';
import { writeSettings } from '../store/settings';
import { freshName, ORIGIN, OTHER } from '../testing/protocol-harness';
import { fixtureModel } from '../testing/scripted-session';
import { overlayFigures } from './overlay-figures';
import { periodStarts } from './periods';

const NOW = new Date(2026, 10, 18, 15, 0).getTime(); // a Wednesday afternoon, local time
const model = (parseValueModel(fixtureModel()) as { ok: true; model: ValueModel }).model;
const completion = (id: string, ts: number, extra: Record<string, unknown> = {}) => ({
  id,
  name: 'task_completed',
  ts,
  appId: 'acme',
  userId: 'u_1',
  props: { task: 'export_report', ...extra },
});

async function storeWith(origin: string, events: ReturnType<typeof completion>[]) {
  const db = await openExtDb(freshName('overlay'));
  await learnModel(db, origin, 'acme', fixtureModel(), NOW);
  await commitBatch(db, {
    origin,
    db: 'yardstick',
    fromSeq: 0,
    lastSeq: events.length,
    now: NOW,
    rejections: [],
    records: events.map((event, i) => ({ seq: i + 1, app: 'acme', event })),
  });
  return db;
}

describe('overlayFigures', () => {
  const starts = periodStarts(NOW);
  const events = [
    completion('today', starts.today + 3_600_000),
    completion('monday', starts.week + 3_600_000, { durationMs: 300_000 }),
    completion('first-of-month', starts.month + 3_600_000),
    completion('last-month', starts.month - 86_400_000),
  ];

  it("prices this origin's periods at the user's rate, with value-to-cost against the seat price", async () => {
    const db = await storeWith(ORIGIN, events);
    await writeSettings(db, { hourlyRate: 80, currency: 'EUR' });
    await setSeatCost(db, ORIGIN, 'acme', 30);
    const figures = await overlayFigures(db, ORIGIN, 'acme', NOW);
    const at80 = { ...model, roles: {}, defaultHourlyRate: 80 };
    const of = (from: number) => timeSavedOf(events.filter((e) => e.ts >= from) as never, at80);
    expect(figures).toMatchObject({ hasModel: true, currency: 'EUR', rateSource: 'yours', hourlyRate: 80, seatCost: 30 });
    expect(figures.today).toEqual({ minutes: of(starts.today).minutes, value: of(starts.today).value });
    expect(figures.week).toEqual({ minutes: 35, value: of(starts.week).value });
    expect(figures.month.minutes).toBe(of(starts.month).minutes);
    expect(figures.valueToCost).toBeCloseTo(figures.month.value / 30, 10);
    expect(figures.rating).toBe('positive');
  });

  it("falls back to the app's own rates (and currency) until the user sets a rate; no ratio then", async () => {
    const db = await storeWith(ORIGIN, events);
    await setSeatCost(db, ORIGIN, 'acme', 30);
    const figures = await overlayFigures(db, ORIGIN, 'acme', NOW);
    expect(figures).toMatchObject({ rateSource: 'app', currency: 'USD', valueToCost: null, rating: null });
    // export_report is a developer task: $90/h in the model.
    expect(figures.today.value).toBe(30);
  });

  it("counts only the signed-in viewer's events, plus what this browser did before identifying", async () => {
    const colleague = { ...completion('colleague', starts.today + 60_000), userId: 'u_2' };
    const before = { ...completion('anonymous', starts.today + 30_000), userId: undefined, anonymousId: 'a_1' };
    const db = await storeWith(ORIGIN, [...events, colleague, before] as ReturnType<typeof completion>[]);
    await writeSettings(db, { hourlyRate: 60, currency: 'USD' });
    const mine = await overlayFigures(db, ORIGIN, 'acme', NOW, { userId: 'u_1', anonymousId: 'a_1' });
    const theirs = await overlayFigures(db, ORIGIN, 'acme', NOW, { userId: 'u_2', anonymousId: 'a_2' });
    const everyone = await overlayFigures(db, ORIGIN, 'acme', NOW);
    // export_report saves 20 manual minutes per completion.
    expect(mine.today.minutes).toBe(40);
    expect(theirs.today.minutes).toBe(20);
    expect(everyone.today.minutes).toBe(60);
    expect(theirs.month.minutes).toBe(20);
  });

  it("never includes another origin's events", async () => {
    const db = await storeWith(OTHER, events);
    const figures = await overlayFigures(db, ORIGIN, 'acme', NOW);
    expect(figures).toMatchObject({ hasModel: false, today: { minutes: 0, value: 0 }, month: { minutes: 0, value: 0 } });
  });
});
