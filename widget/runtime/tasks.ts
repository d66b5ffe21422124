import type { DetectorSettings } from '../detectors/defaults';
import { createHesitation } from '../detectors/hesitation';

export interface Tasks {
  started(task: string, ts: number): void;
  /** Logs task_completed with its duration when the start was seen. */
  completed(task: string, ts: number): void;
  /** The task the user is in, if one was started and not completed. */
  active(): string | undefined;
  interaction(ts: number): void;
}

/**
 * Task starts and completions, and the hesitation detector that runs only while a task is under
 * way and the tab is visible: one timer, re-armed on interaction, no polling.
 */
export function createTasks(
  s: DetectorSettings,
  record: (name: string, props: Record<string, unknown>, ts: number) => unknown,
  onHesitation: () => void,
  doc: Document,
  now: () => number,
): Tasks {
  const starts = new Map<string, number>();
  const order: string[] = [];
  const hesitation = s.hesitation ? createHesitation(s.hesitation) : null;
  let timer: ReturnType<typeof setTimeout> | undefined;

  const active = () => order[order.length - 1];
  const arm = () => {
    if (timer !== undefined) clearTimeout(timer);
    timer = undefined;
    if (hesitation === null || active() === undefined || doc.visibilityState === 'hidden') return;
    timer = setTimeout(() => {
      timer = undefined;
      if (active() !== undefined && hesitation.check(now())) onHesitation();
    }, hesitation.thresholdMs() + 50);
  };
  doc.addEventListener('visibilitychange', () => {
    // Time in another tab is not hesitation: idle time starts over when the user is back.
    if (doc.visibilityState === 'visible') hesitation?.reset(now());
    arm();
  });

  return {
    started(task, ts) {
      starts.set(task, ts);
      const i = order.indexOf(task);
      if (i >= 0) order.splice(i, 1);
      order.push(task);
      hesitation?.reset(ts);
      record('task_started', { task }, ts);
      arm();
    },
    completed(task, ts) {
      const start = starts.get(task);
      starts.delete(task);
      const i = order.indexOf(task);
      if (i >= 0) order.splice(i, 1);
      const props: Record<string, unknown> = { task };
      if (start !== undefined && ts >= start) props.durationMs = ts - start;
      record('task_completed', props, ts);
      arm();
    },
    active,
    interaction(ts) {
      if (hesitation === null || active() === undefined) return;
      hesitation.interaction(ts);
      arm();
    },
  };
}
