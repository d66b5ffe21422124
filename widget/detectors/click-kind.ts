/**
 * What a clicked element is, from facts the capture layer reads off its attributes (never its
 * text). Pure, so the false-positive rules are table-tested without a DOM.
 */
export interface ElementFacts {
  /** Lower-case tag of the element, or of its nearest control (button, link, input...). */
  tag: string;
  type?: string | undefined;
  role?: string | undefined;
  /** contenteditable. */
  editable?: boolean | undefined;
  /** id, classes, aria-label, title, rel and name joined by spaces: authored names, never content. */
  names?: string | undefined;
  /** The control sits next to a number input or a spinbutton (a +/- pair). */
  nearSpinbutton?: boolean | undefined;
  /** `data-yardstick-repeat`: the product team says repeated clicks here are normal. */
  repeatable?: boolean | undefined;
  /** A link with an href. */
  href?: boolean | undefined;
  /** Opens elsewhere or downloads (target=_blank, download): no DOM change is expected. */
  leavesPage?: boolean | undefined;
}

export type ClickKind = 'text-field' | 'stepper' | 'control' | 'other';

const TEXT_INPUTS = /^(text|search|email|url|tel|password|number|date|datetime-local|month|week|time)$/;
const BUTTON_INPUTS = /^(submit|button|image|reset)$/;
const CONTROL_ROLES = /^(button|link|menuitem|tab|option|switch)$/;
// Steppers, pagers and carousels are clicked repeatedly on purpose. Word-bounded so that
// "drop-down" or "page-header" do not count.
const STEPPER_NAMES =
  /(^|[\s_-])(next|prev|previous|increment|decrement|increase|decrease|inc|dec|plus|minus|stepper|spin|spinner|pager|pagination|carousel|slider|arrow|chevron)([\s_-]|$)|^[+\u2212-]$/i;

export function classifyClick(f: ElementFacts): ClickKind {
  if (f.editable || f.tag === 'textarea' || f.tag === 'select' || (f.tag === 'input' && TEXT_INPUTS.test(f.type || 'text'))) {
    return 'text-field';
  }
  if (f.repeatable || f.nearSpinbutton || STEPPER_NAMES.test(f.names ?? '')) return 'stepper';
  if (f.tag === 'button' || f.tag === 'summary' || (f.tag === 'a' && f.href)) return 'control';
  if (f.tag === 'input' && BUTTON_INPUTS.test(f.type ?? '')) return 'control';
  if (CONTROL_ROLES.test(f.role ?? '')) return 'control';
  return 'other';
}

/**
 * Rage clicks to ignore: clicks in text fields (placing the caret, selecting words), steppers
 * (next/prev, +/-), and a triple-click that selected text on something that is not a control.
 */
export function isRageExempt(kind: ClickKind, selectedText: boolean): boolean {
  return kind === 'text-field' || kind === 'stepper' || (kind === 'other' && selectedText);
}

/**
 * Dead-click candidates: only things that promise a response (Sentry: links, buttons, submit
 * inputs). Not text fields, not plain text, not links that open a tab or download a file.
 */
export function isDeadClickCandidate(kind: ClickKind, f: ElementFacts): boolean {
  return (kind === 'control' || kind === 'stepper') && !f.leavesPage && f.tag !== 'select';
}
