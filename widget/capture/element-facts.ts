import type { ElementFacts } from '../detectors/click-kind';

/** Things a user may expect to respond to a click, plus fields they type in. */
export const CONTROL_SELECTOR =
  'a[href],button,input,select,textarea,summary,[role=button],[role=link],[role=menuitem],[role=tab],[role=option],[role=switch],[contenteditable]:not([contenteditable=false]),[data-yardstick-repeat]';

/**
 * The facts `classifyClick` needs about a clicked element, read from attributes only: its nearest
 * control (or itself), never text content or values. `full` adds the stepper hints.
 */
export function factsOf(target: Element, full = true): { facts: ElementFacts; control: Element } {
  const control = target.closest(CONTROL_SELECTOR) ?? target;
  const attr = (name: string) => control.getAttribute(name) ?? undefined;
  const parent = control.parentElement;
  const facts: ElementFacts = {
    tag: control.tagName.toLowerCase(),
    type: attr('type')?.toLowerCase(),
    role: attr('role'),
    // The attribute, not isContentEditable: reading that property can force a style recalc.
    editable: control.hasAttribute('contenteditable') && attr('contenteditable') !== 'false',
    // The stepper checks cost a query: only rage clicks (rare) need them, not every dead-click check.
    names: full
      ? [control.id, attr('class'), attr('aria-label'), attr('title'), attr('rel'), attr('name')].filter(Boolean).join(' ')
      : '',
    nearSpinbutton: full && parent !== null && parent.querySelector('input[type=number],[role=spinbutton]') !== null,
    repeatable: full && control.closest('[data-yardstick-repeat]') !== null,
    href: control.hasAttribute('href'),
    leavesPage: control.hasAttribute('download') || attr('target') === '_blank',
  };
  return { facts, control };
}

/** `el.closest(selector)` that treats an invalid selector from the model as no match. */
export function closestSafe(el: Element, selector: string): Element | null {
  try {
    return el.closest(selector);
  } catch {
    return null;
  }
}
