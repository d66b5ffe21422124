import { describe, expect, it } from 'vitest';
import type { YardstickEvent } from '../../core/schema/event';
import { parseValueModel } from '../../core/schema/value-model';
import { badgeFigures } from './badge-data';
import { createFormatters, humanize } from './format';
import { periodStart } from './periods';
import { overlap, placeCard } from './placement';

describe('formatting (Intl)', () => {
  const fmt = createFormatters('en-US', 'USD');
  it.each([
    [40, /^40 min$/],
    [0, /^0 min$/],
    [0.3, /^< 1 min$/],
    [200, /^3 hr,? 20 min$/],
    [120, /^2 hr$/],
  ])('%d minutes -> %s', (minutes, text) => expect(fmt.duration(minutes)).toMatch(text));
  it('reads durations in full for labels', () => expect(fmt.durationLong(40)).toBe('40 minutes'));
  it('formats money in the model currency and locale', () => {
    expect(fmt.money(60)).toBe('$60');
    expect(fmt.money(7.5)).toBe('$7.50');
    expect(createFormatters('de-DE', 'EUR').money(1234)).toMatch(/1\.234\s€/);
  });
  it('survives a bad currency code', () => expect(() => createFormatters('en-US', 'XXXX').money(1)).not.toThrow());
  it('humanizes task ids', () => expect(humanize('export_report')).toBe('Export report'));
});

describe('periods (local time)', () => {
  const wed = new Date(2024, 10, 20, 15, 30).getTime(); // Wednesday 20 Nov 2024
  it('today starts at local midnight', () => expect(periodStart('today', wed)).toBe(new Date(2024, 10, 20).getTime()));
  it('a Monday week', () => expect(periodStart('week', wed, 1)).toBe(new Date(2024, 10, 18).getTime()));
  it('a Sunday week', () => expect(periodStart('week', wed, 7)).toBe(new Date(2024, 10, 17).getTime()));
  it('the month', () => expect(periodStart('month', wed)).toBe(new Date(2024, 10, 1).getTime()));
});

describe('help card placement', () => {
  const viewport = { width: 1280, height: 800 };
  const card = { width: 340, height: 220 };
  const corner = (p: { left: number; top: number }) => `${p.left < 640 ? 'left' : 'right'}-${p.top < 400 ? 'top' : 'bottom'}`;
  it.each([
    ['target top-right: bottom-right is free', { left: 1150, top: 110, width: 100, height: 36 }, 'right-bottom'],
    ['target bottom-right: go bottom-left', { left: 1100, top: 700, width: 100, height: 36 }, 'left-bottom'],
    ['target across the bottom: go top-right', { left: 0, top: 600, width: 1280, height: 100 }, 'right-top'],
    ['no target: bottom-right', null, 'right-bottom'],
  ] as const)('%s', (_name, target, expected) => expect(corner(placeCard(target, viewport, card))).toBe(expected));

  it('keeps clear of the badge', () => {
    const badge = { left: 1080, top: 740, width: 184, height: 44 };
    expect(corner(placeCard(null, viewport, card, [badge]))).toBe('left-bottom');
  });

  it('never covers the target when any corner is free', () => {
    for (let x = 0; x < 1280; x += 160) {
      for (let y = 0; y < 800; y += 100) {
        const target = { left: x, top: y, width: 120, height: 40 };
        const p = placeCard(target, viewport, card);
        expect(overlap({ ...p, ...card }, target)).toBe(0);
      }
    }
  });
});

describe('badge figures come from core', () => {
  const parsed = parseValueModel({
    defaultHourlyRate: 50,
    roles: { developer: 90 },
    tasks: { export_report: { manualMinutes: 20, role: 'developer' } },
  });
  if (!parsed.ok) throw new Error('model');
  const now = new Date(2024, 10, 20, 12).getTime();
  const done = (id: string, ts: number): YardstickEvent => ({
    id,
    name: 'task_completed',
    ts,
    anonymousId: 'a',
    props: { task: 'export_report' },
  });
  it('two exports at 20 manual minutes are 40 minutes this month, priced at the task role', () => {
    const f = badgeFigures(
      [done('1', now - 1000), done('2', now - 2000), done('old', new Date(2024, 9, 31).getTime())],
      parsed.model,
      now,
    );
    expect(f.today.minutes).toBe(40);
    expect(f.month.minutes).toBe(40);
    expect(f.month.value).toBe(60);
    expect(f.month.byTask.export_report).toMatchObject({ completions: 2, manualMinutes: 20, grade: 'modeled' });
  });
});
