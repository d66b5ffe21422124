import { guard } from '../capture/capture-context';
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
  /** Where an error in the timer or the visibility listener goes: they run outside any page call. */
  fault: (error: unknown) => void,
): Tasks {
  // Start times by task, in the order the tasks were started: the last key is the active task.
  const starts = new Map<string, number>();
  const hesitation = s.hesitation ? createHesitation(s.hesitation) : null;
  let timer: ReturnType<typeof setTimeout> | undefined;

  const active = () => [...starts.keys()].pop();
  const arm = () => {
    clearTimeout(timer);
    if (hesitation === null || starts.size === 0 || doc.visibilityState === 'hidden') return;
    timer = setTimeout(
      guard(() => {
        if (starts.size > 0 && hesitation.check(now())) onHesitation();
      }, fault),
      hesitation.thresholdMs() + 50,
    );
  };
  doc.addEventListener(
    'visibilitychange',
    guard(() => {
      // Time in another tab is not hesitation: idle time starts over when the user is back.
      if (doc.visibilityState === 'visible') hesitation?.reset(now());
      arm();
    }, fault),
  );

  return {
    started(task, ts) {
      starts.delete(task); // a restarted task becomes the latest
      starts.set(task, ts);
      hesitation?.reset(ts);
      record('task_started', { task }, ts);
      arm();
    },
    completed(task, ts) {
      const start = starts.get(task);
      starts.delete(task);
      const props: Record<string, unknown> = { task };
      if (start !== undefined && ts >= start) props.durationMs = ts - start;
      record('task_completed', props, ts);
      arm();
    },
    active,
    interaction(ts) {
      if (hesitation === null || starts.size === 0) return;
      hesitation.interaction(ts);
      arm();
    },
  };
}
