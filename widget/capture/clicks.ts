import { classifyClick, isDeadClickCandidate, isRageExempt } from '../detectors/click-kind';
import { deadClickVerdict } from '../detectors/dead-click';
import type { DetectorSettings } from '../detectors/defaults';
import { createRageClick } from '../detectors/rage-click';
import type { CaptureScope } from './capture-context';
import { CONTROL_SELECTOR, factsOf } from './element-facts';
import { watchLaunchers } from './launchers';
import { type ActivityWatch, hasSelection } from './page-activity';

const MARKED = '[data-yardstick-task],[data-yardstick-support]';
const PENDING_MAX = 8;

/**
 * One passive capture-phase click listener for rage clicks, dead clicks and declarative capture.
 * Per click it does two short `closest()` calls and a few comparisons (~2 µs); anything costlier
 * (attribute reads for exemptions, selectors) runs only when a detector fires.
 */
export function captureClicks(ctx: CaptureScope, s: DetectorSettings, watch: ActivityWatch): void {
  const rage = s.rageClick ? createRageClick(s.rageClick) : undefined;
  const dead = s.deadClick;
  let pending: Array<{ t: number; el: Element }> = [];
  let timer: ReturnType<typeof setTimeout> | undefined;
  const launcherAt = watchLaunchers(ctx);

  const evaluate = ctx.guard(() => {
    timer = undefined;
    if (!dead) return;
    const now = ctx.now();
    pending = pending.filter(({ t, el }) => {
      const verdict = deadClickVerdict(t, watch.activity, now, dead);
      if (verdict === 'dead' && el.isConnected) ctx.signal('dead_click', el);
      return verdict === 'wait';
    });
    if (pending[0])
      timer = setTimeout(evaluate, pending[0].t + dead.waitMs - now); // a past time runs at once
    else watch.watchMutations(false);
  });

  ctx.on(ctx.win, 'click', (e) => {
    const target = e.target;
    if (!(target instanceof Element) || ctx.isOwn(target)) return;
    const t = ctx.now();
    ctx.interaction(t);
    const marked = target.closest(MARKED);
    if (marked) declarative(ctx, marked, t);
    else {
      const channel = launcherAt(target, t);
      if (channel) ctx.ticketOpened(channel, t);
    }
    const control = target.closest(CONTROL_SELECTOR);
    const { clientX: x, clientY: y } = e as MouseEvent;
    const el = control ?? target;
    if (rage?.({ t, x, y, target: el }) && !isRageExempt(classifyClick(factsOf(el)), hasSelection(ctx.doc))) {
      ctx.signal('rage_click', el);
    }
    if (dead && control && pending.length < PENDING_MAX) {
      const facts = factsOf(control, false);
      if (!isDeadClickCandidate(classifyClick(facts), facts)) return;
      pending.push({ t, el: control });
      watch.watchMutations(true);
      timer ??= setTimeout(evaluate, dead.waitMs);
    }
  });
  ctx.onStop(() => clearTimeout(timer));
}

/** `data-yardstick-task` on a control completes the task; a support control opens a ticket. */
function declarative(ctx: CaptureScope, marked: Element, t: number): void {
  const support = marked.getAttribute('data-yardstick-support');
  if (support !== null) {
    ctx.ticketOpened(support || 'support_button', t);
    return;
  }
  const task = marked.getAttribute('data-yardstick-task');
  // On a region (a section, a form) the attribute only names the task of what is inside it; a
  // field is not clicked to complete anything, and a disabled control does nothing.
  const completes =
    marked.matches(CONTROL_SELECTOR) &&
    !marked.matches('input:not([type=submit],[type=button],[type=image]),textarea,select,[aria-disabled=true],:disabled');
  if (task && completes) ctx.taskCompleted(task, t);
}
