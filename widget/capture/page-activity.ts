import type { PageActivity } from '../detectors/dead-click';
import { type CaptureContext, listen } from './capture-context';

export interface ActivityWatch {
  activity: PageActivity;
  /** A MutationObserver runs only while a dead-click check is pending: nothing is observed otherwise. */
  watchMutations(on: boolean): void;
  stop(): void;
}

/** The page's signs of life after a click, as timestamps: DOM changes, scrolls, text selections. */
export function watchActivity(ctx: CaptureContext): ActivityWatch {
  const activity: PageActivity = { mutationAt: -Infinity, scrollAt: -Infinity, selectionAt: -Infinity, navigationAt: -Infinity };
  const stops = [
    listen(ctx.doc, 'scroll', () => {
      activity.scrollAt = ctx.now();
    }),
    listen(ctx.doc, 'selectionchange', () => {
      // A caret moving is not a response; a selected range (select-all, copy buttons) is.
      const s = ctx.doc.getSelection();
      if (s !== null && !s.isCollapsed) activity.selectionAt = ctx.now();
    }),
  ];
  let observer: MutationObserver | undefined;
  const foreign = (r: MutationRecord) => {
    if (ctx.isOwn(r.target)) return false;
    if (r.type !== 'childList') return true;
    for (const n of r.addedNodes) if (!ctx.isOwn(n)) return true;
    for (const n of r.removedNodes) if (!ctx.isOwn(n)) return true;
    return false; // only our own UI host came or went
  };
  return {
    activity,
    watchMutations(on) {
      if (on && observer === undefined) {
        observer = new MutationObserver((records) => {
          if (records.some(foreign)) activity.mutationAt = ctx.now();
        });
        observer.observe(ctx.doc.documentElement, { childList: true, subtree: true, attributes: true, characterData: true });
      } else if (!on && observer !== undefined) {
        observer.disconnect();
        observer = undefined;
      }
    },
    stop() {
      for (const s of stops) s();
      observer?.disconnect();
    },
  };
}
