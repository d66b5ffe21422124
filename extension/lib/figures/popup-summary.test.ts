import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { setSeatCost } from '../store/apps';
import { commitBatch } from '../store/commit-batch';
import { openExtDb } from '../store/ext-db';
import { learnModel } from '../store/models';
import { writeSettings } from '../store/settings';
import { freshName, ORIGIN, OTHER } from '../testing/protocol-harness';
import { fixtureModel } from '../testing/scripted-session';
import { periodStarts } from './periods';
import { popupSummary, WEEKS_SHOWN } from './popup-summary';

const NOW = new Date(2026, 10, 18, 15, 0).getTime();
const DAY = 86_400_000;

async function withApps() {
  const db = await openExtDb(freshName('popup'));
  const put = async (origin: string, app: string, days: number[]) => {
    await learnModel(db, origin, app, fixtureModel(), NOW);
    const records = days.map((d, i) => ({
      seq: i + 1,
      app,
      event: {
        id: `${app}-${i}`,
        name: 'task_completed',
        ts: NOW - d * DAY,
        appId: app,
        userId: 'u',
        props: { task: 'export_report' },
      },
    }));
    await commitBatch(db, { origin, db: 'yardstick', fromSeq: 0, lastSeq: records.length, now: NOW, records, rejections: [] });
  };
  await put(ORIGIN, 'acme', [0, 1, 8, 30]);
  await put(OTHER, 'globex', [0, 100]);
  return db;
}

describe('popupSummary', () => {
  it('shows minutes only (no value, no ratio) until the user sets an hourly rate', async () => {
    const summary = await popupSummary(await withApps(), NOW);
    expect(summary.weeks.length).toBe(WEEKS_SHOWN);
    expect(summary.month.value).toBeNull();
    expect(summary.trend.unit).toBe('minutes');
    expect(summary.apps.map((a) => a.app)).toEqual(['acme', 'globex']);
    expect(summary.apps.every((a) => a.month.value === null)).toBe(true);
  });

  it("prices every app at the user's rate and rates value against the seat prices", async () => {
    const db = await withApps();
    await writeSettings(db, { hourlyRate: 60, currency: 'USD' });
    await setSeatCost(db, ORIGIN, 'acme', 10);
    await setSeatCost(db, OTHER, 'globex', 50);
    const summary = await popupSummary(db, NOW);
    const inMonth = (days: number[]) => days.filter((d) => NOW - d * DAY >= periodStarts(NOW).month).length;
    const acme = summary.apps.find((a) => a.app === 'acme')!;
    expect(acme.month).toEqual({ minutes: 20 * inMonth([0, 1, 8, 30]), value: 20 * inMonth([0, 1, 8, 30]) });
    expect(acme.valueToCost).toBeCloseTo(acme.month.value! / 10, 10);
    // The week containing NOW is the last bucket; a 100-day-old completion is outside all of them.
    const globex = summary.apps.find((a) => a.app === 'globex')!;
    expect(globex.weekly.at(-1)).toEqual({ minutes: 20, value: 20 });
    expect(globex.weekly.reduce((n, w) => n + w.minutes, 0)).toBe(20);
    expect(summary.month.cost).toBe(60);
    expect(summary.month.value).toBe(acme.month.value! + globex.month.value!);
    expect(summary.trend.totals.at(-1)).toBe(summary.apps.reduce((n, a) => n + (a.weekly.at(-1)?.value ?? 0), 0));
  });
});
