import { describe, expect, it } from 'vitest';
import { ev, MIN, T0, testModel } from './test-kit';
import { savedMinutes, timeSavedOf } from './time-saved';

const model = testModel();

describe('savedMinutes', () => {
  it.each([
    [20, undefined, 20],
    [20, 5 * MIN, 15],
    [20, 20 * MIN, 0],
    [20, 45 * MIN, 0],
    [20, 0, 20],
  ])('manual %d min, duration %s ms saves %d min', (manual, duration, expected) => {
    expect(savedMinutes(manual, duration)).toBe(expected);
  });
});

describe('timeSavedOf', () => {
  it('prices manual minutes minus the duration at the task role’s rate', () => {
    // export_report: 20 - 5 = 15 min at developer 90/h = 22.50
    const r = timeSavedOf([ev('task_completed', { task: 'export_report', durationMs: 5 * MIN }, { appId: 'acme' })], model);
    expect(r).toMatchObject({ minutes: 15, value: 22.5, completions: 1 });
    expect(r.byTask.export_report).toEqual({ completions: 1, manualMinutes: 20, minutes: 15, value: 22.5, grade: 'modeled' });
    expect(r.byUser.u1).toEqual({ minutes: 15, value: 22.5 });
    expect(r.byApp.acme).toEqual({ minutes: 15, value: 22.5 });
  });

  it('uses the latest identify role of the user for all their completions, before or after it', () => {
    const events = [
      ev('task_completed', { task: 'share' }, { ts: T0 }),
      ev('identify', { traits: { role: 'customer' } }, { ts: T0 + 1 }),
      ev('identify', { traits: { role: 'sales_rep' } }, { ts: T0 + 2 }),
      ev('task_completed', { task: 'share' }, { ts: T0 + 3 }),
    ];
    // 2 x 5 min at sales_rep 60/h = 10.00
    expect(timeSavedOf(events, model)).toMatchObject({ minutes: 10, value: 10 });
    // Order of arrival does not matter: the latest by time wins.
    expect(timeSavedOf([...events].reverse(), model)).toMatchObject({ minutes: 10, value: 10 });
  });

  it('lets the event’s own role beat the identified role', () => {
    const events = [ev('identify', { traits: { role: 'customer' } }), ev('task_completed', { task: 'share', role: 'developer' })];
    expect(timeSavedOf(events, model).value).toBe(7.5); // 5 min at 90/h
  });

  it('ignores completions of tasks the model does not list', () => {
    const r = timeSavedOf([ev('task_completed', { task: 'unknown_task' })], model);
    expect(r).toMatchObject({ minutes: 0, value: 0, completions: 0, byTask: {} });
  });

  it('keeps users and apps apart', () => {
    const r = timeSavedOf(
      [
        ev('task_completed', { task: 'share' }, { userId: 'a', appId: 'x' }),
        ev('task_completed', { task: 'share' }, { userId: 'b', appId: 'y' }),
        ev('task_completed', { task: 'share' }, { userId: undefined, anonymousId: 'anon', appId: 'y' }),
      ],
      model,
    );
    expect(Object.keys(r.byUser)).toEqual(['a', 'anon', 'b']);
    expect(r.byApp.y).toEqual({ minutes: 10, value: 8.33 });
  });
});
