import type { ElementFacts } from '../detectors/click-kind';

/** Things a user may expect to respond to a click, plus fields they type in. */
export const CONTROL_SELECTOR =
  'a[href],button,input,select,textarea,summary,[role=button],[role=link],[role=menuitem],[role=tab],[role=option],[role=switch],[contenteditable]:not([contenteditable=false]),[data-yardstick-repeat]';

/**
 * The facts `classifyClick` needs about a control (the nearest `CONTROL_SELECTOR` of a click, or
 * the clicked element), read from attributes only, never text content or values. `full` adds the
 * stepper hints.
 */
export function factsOf(control: Element, full = true): ElementFacts {
  const attr = (name: string) => control.getAttribute(name) ?? undefined;
  return {
    tag: control.tagName.toLowerCase(),
    type: attr('type')?.toLowerCase(),
    role: attr('role'),
    // The attribute, not isContentEditable: reading that property can force a style recalc.
    editable: control.hasAttribute('contenteditable') && attr('contenteditable') !== 'false',
    // The stepper checks cost a query: only rage clicks (rare) need them, not every dead-click check.
    names: full
      ? [control.id, attr('class'), attr('aria-label'), attr('title'), attr('rel'), attr('name')].filter(Boolean).join(' ')
      : '',
    nearSpinbutton: full && !!control.parentElement?.querySelector('input[type=number],[role=spinbutton]'),
    repeatable: full && !!control.closest('[data-yardstick-repeat]'),
    href: control.hasAttribute('href'),
    leavesPage: control.hasAttribute('download') || attr('target') === '_blank',
  };
}

/** `el.closest(selector)` that treats an invalid selector from the model as no match. */
export function closestSafe(el: Element, selector: string): Element | null {
  try {
    return el.closest(selector);
  } catch {
    return null;
  }
}
