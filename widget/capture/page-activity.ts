import type { PageActivity } from '../detectors/dead-click';
import type { CaptureScope } from './capture-context';

export interface ActivityWatch {
  activity: PageActivity;
  /** A MutationObserver runs only while a dead-click check is pending: nothing is observed otherwise. */
  watchMutations(on: boolean): void;
}

/** Whether a range of text is selected: a caret (collapsed) is not a selection. */
export const hasSelection = (doc: Document) => doc.getSelection()?.isCollapsed === false;

/**
 * The page's signs of life after a click, as timestamps: DOM changes, scrolls, text selections.
 * Route changes are stamped by the caller, which sees them first.
 */
export function watchActivity(ctx: CaptureScope): ActivityWatch {
  const activity: PageActivity = { mutationAt: -Infinity, scrollAt: -Infinity, selectionAt: -Infinity, navigationAt: -Infinity };
  ctx.on(ctx.doc, 'scroll', () => {
    activity.scrollAt = ctx.now();
  });
  ctx.on(ctx.doc, 'selectionchange', () => {
    // A caret moving is not a response; a selected range (select-all, copy buttons) is.
    if (hasSelection(ctx.doc)) activity.selectionAt = ctx.now();
  });
  // Only our own UI host came or went: not the page responding.
  const foreign = (r: MutationRecord) =>
    !ctx.isOwn(r.target) && (r.type !== 'childList' || [...r.addedNodes, ...r.removedNodes].some((n) => !ctx.isOwn(n)));
  let observer: MutationObserver | undefined;
  const watchMutations = (on: boolean) => {
    if (!on) {
      observer?.disconnect();
      observer = undefined;
    } else if (!observer) {
      observer = new MutationObserver(
        ctx.guard((records: MutationRecord[]) => {
          if (records.some(foreign)) activity.mutationAt = ctx.now();
        }),
      );
      observer.observe(ctx.doc.documentElement, { childList: true, subtree: true, attributes: true, characterData: true });
    }
  };
  ctx.onStop(() => observer?.disconnect());
  return { activity, watchMutations };
}
