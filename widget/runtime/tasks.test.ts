import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { resolveDetectors } from '../detectors/defaults';
import { createTasks } from './tasks';

/** A document whose visibility the test sets; its visibilitychange listeners run on `setVisible`. */
function fakeDoc() {
  const listeners: Array<() => void> = [];
  const doc = {
    visibilityState: 'visible' as DocumentVisibilityState,
    addEventListener: (_type: string, cb: () => void) => void listeners.push(cb),
  };
  return {
    doc: doc as unknown as Document,
    setVisible(visible: boolean) {
      doc.visibilityState = visible ? 'visible' : 'hidden';
      for (const cb of listeners) cb();
    },
  };
}

function setup(overrides = {}, onHesitation = () => {}) {
  const recorded: Array<[string, Record<string, unknown>, number]> = [];
  const faults: unknown[] = [];
  let hesitations = 0;
  const page = fakeDoc();
  const tasks = createTasks(
    resolveDetectors(overrides),
    (name, props, ts) => recorded.push([name, props, ts]),
    () => {
      hesitations++;
      onHesitation();
    },
    page.doc,
    () => Date.now(),
    (error) => faults.push(error),
  );
  return { tasks, recorded, page, faults, hesitations: () => hesitations };
}

describe('tasks', () => {
  beforeEach(() => {
    vi.useFakeTimers();
    vi.setSystemTime(0);
  });
  afterEach(() => vi.useRealTimers());

  it('logs the duration when the start was seen, and none when it was not (or ran backwards)', () => {
    const { tasks, recorded } = setup();
    tasks.started('export', 1_000);
    tasks.completed('export', 4_000);
    tasks.completed('import', 5_000);
    tasks.started('late', 9_000);
    tasks.completed('late', 8_000);
    expect(recorded).toEqual([
      ['task_started', { task: 'export' }, 1_000],
      ['task_completed', { task: 'export', durationMs: 3_000 }, 4_000],
      ['task_completed', { task: 'import' }, 5_000],
      ['task_started', { task: 'late' }, 9_000],
      ['task_completed', { task: 'late' }, 8_000],
    ]);
  });

  it('the active task is the latest one started and not completed; a restart makes a task the latest', () => {
    const { tasks } = setup();
    expect(tasks.active()).toBeUndefined();
    tasks.started('a', 1);
    tasks.started('b', 2);
    expect(tasks.active()).toBe('b');
    tasks.started('a', 3);
    expect(tasks.active()).toBe('a');
    tasks.completed('a', 4);
    expect(tasks.active()).toBe('b');
    tasks.completed('b', 5);
    expect(tasks.active()).toBeUndefined();
  });

  it('signals hesitation once after the idle threshold, only while a task is under way', () => {
    const { tasks, hesitations } = setup();
    vi.advanceTimersByTime(120_000);
    expect(hesitations()).toBe(0); // no task
    tasks.started('export', Date.now());
    vi.advanceTimersByTime(59_000);
    tasks.interaction(Date.now()); // re-arms: idle time counts from here
    vi.advanceTimersByTime(59_000);
    expect(hesitations()).toBe(0);
    vi.advanceTimersByTime(2_000);
    expect(hesitations()).toBe(1);
    vi.advanceTimersByTime(300_000);
    expect(hesitations()).toBe(1);
    tasks.completed('export', Date.now());
    tasks.interaction(Date.now());
    vi.advanceTimersByTime(300_000);
    expect(hesitations()).toBe(1);
  });

  it('time in another tab is not hesitation', () => {
    const { tasks, page, hesitations } = setup();
    tasks.started('export', Date.now());
    vi.advanceTimersByTime(30_000);
    page.setVisible(false);
    vi.advanceTimersByTime(600_000);
    expect(hesitations()).toBe(0);
    page.setVisible(true); // idle time starts over
    vi.advanceTimersByTime(59_000);
    expect(hesitations()).toBe(0);
    vi.advanceTimersByTime(2_000);
    expect(hesitations()).toBe(1);
  });

  it('runs no timer when hesitation is turned off', () => {
    const { tasks, hesitations } = setup({ hesitation: false });
    tasks.started('export', Date.now());
    tasks.interaction(Date.now());
    expect(vi.getTimerCount()).toBe(0);
    vi.advanceTimersByTime(600_000);
    expect(hesitations()).toBe(0);
  });

  it('an error in the hesitation timer goes to the fault handler, not to the page', () => {
    const { tasks, faults, hesitations } = setup({}, () => {
      throw new Error('signal failed');
    });
    tasks.started('export', Date.now());
    expect(() => vi.advanceTimersByTime(61_000)).not.toThrow();
    expect(hesitations()).toBe(1);
    expect(faults.map(String)).toEqual(['Error: signal failed']);
  });
});
