import { describe, expect, it } from 'vitest';
import {
  DONE_STRIDE,
  doneApp,
  doneCohort,
  doneDuration,
  doneRole,
  doneTask,
  doneTs,
  FactStore,
  Interner,
  packCompletion,
} from './facts';
import { ev, T0 } from './test-kit';

describe('completion records', () => {
  it.each([
    [0, -1, -1, 0],
    [65_534, 65_534, 65_534, 2],
    [7, 3, 0, 1],
  ])('pack task %d, role %d, app %d, cohort %d exactly', (task, role, app, cohort) => {
    const done = [T0, 1234, packCompletion(task, role, app, cohort)];
    expect([
      doneTs(done, 0),
      doneDuration(done, 0),
      doneTask(done, 0),
      doneRole(done, 0),
      doneApp(done, 0),
      doneCohort(done, 0),
    ]).toEqual([T0, 1234, task, role, app, cohort]);
  });

  it('sorts each user’s records by time when sealed, ids alongside', () => {
    const store = new FactStore({ keepIds: true });
    store.add(ev('task_completed', { task: 'b' }, { id: 'late', ts: T0 + 5 }));
    store.add(ev('task_completed', { task: 'a', durationMs: 3 }, { id: 'early', ts: T0, cohort: 'control', appId: 'x' }));
    store.seal();
    const u = store.users.get('u1')!;
    expect(u.done!.length / DONE_STRIDE).toBe(2);
    expect([
      doneTs(u.done!, 0),
      store.tasks.names[doneTask(u.done!, 0)],
      doneCohort(u.done!, 0),
      doneDuration(u.done!, 0),
    ]).toEqual([T0, 'a', 2, 3]);
    expect(u.doneIds).toEqual(['early', 'late']);
  });
});

describe('Interner', () => {
  it('gives each name one index and folds names past its limit into "(other)"', () => {
    const i = new Interner(3);
    expect([i.of('a'), i.of('b'), i.of('a')]).toEqual([0, 1, 0]);
    expect(i.of('c')).toBe(2);
    expect(i.of('d')).toBe(2);
    expect(i.names).toEqual(['a', 'b', '(other)']);
    expect(i.find('b')).toBe(1);
    expect(i.find('zzz')).toBe(-1);
  });
});
