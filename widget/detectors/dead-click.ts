import type { DeadClickOptions } from './defaults';

/** When the page last showed a sign of life; -Infinity for never. Kept by the capture layer. */
export interface PageActivity {
  mutationAt: number;
  scrollAt: number;
  selectionAt: number;
  navigationAt: number;
}

export type DeadClickVerdict = 'dead' | 'alive' | 'wait';

/**
 * A click on a control is dead when nothing happened after it: no DOM change and no route change
 * within `waitMs`, and no scroll or selection change within `quietMs` (a scroll-to-anchor or a
 * select-all button changes no node). Any DOM change after the click, even a late one, keeps it
 * alive: conservative beats impressive.
 */
export function deadClickVerdict(clickAt: number, a: PageActivity, now: number, o: DeadClickOptions): DeadClickVerdict {
  if (a.mutationAt >= clickAt || a.navigationAt >= clickAt) return 'alive';
  if (within(a.scrollAt, clickAt, o.quietMs) || within(a.selectionAt, clickAt, o.quietMs)) return 'alive';
  return now - clickAt >= o.waitMs ? 'dead' : 'wait';
}

const within = (at: number, from: number, ms: number) => at >= from && at <= from + ms;
