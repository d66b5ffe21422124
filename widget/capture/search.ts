import type { DetectorSettings } from '../detectors/defaults';
import { createRepeat } from '../detectors/repeat';
import type { CaptureScope } from './capture-context';

const SEARCH = 'input[type=search],[role=search] input,[role=searchbox],[data-yardstick-search]';

/**
 * Help searches: each committed search (Enter / change in a search field, or submitting a search
 * form) counts once. Only the count leaves this module: never the query.
 */
export function captureSearch(ctx: CaptureScope, s: DetectorSettings): void {
  if (!s.helpSearch) return;
  const repeat = createRepeat(s.helpSearch);
  let counted = false;
  const used = (el: Element) => {
    // Enter in a search field fires change and submit in the same task: one search.
    if (counted) return;
    counted = true;
    setTimeout(() => (counted = false));
    const count = repeat('search', ctx.now());
    if (count) ctx.signal('help_search', el, { count });
  };
  ctx.on(ctx.doc, 'change', (e) => {
    const el = e.target as Element;
    if (el.matches?.(SEARCH)) used(el);
  });
  ctx.on(ctx.doc, 'submit', (e) => {
    const form = e.target as HTMLFormElement;
    const field = form.querySelector(SEARCH);
    if (field || form.matches('[role=search]')) used(field ?? form);
  });
}
