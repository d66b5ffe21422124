import { describe, expect, it } from 'vitest';
import { type ClickKind, classifyClick, type ElementFacts, isDeadClickCandidate, isRageExempt } from './click-kind';

describe('classifyClick', () => {
  const cases: Array<[string, ElementFacts, ClickKind]> = [
    ['a button', { tag: 'button', names: 'btn btn-primary' }, 'control'],
    ['a link with an href', { tag: 'a', href: true }, 'control'],
    ['an anchor without href is not a control', { tag: 'a' }, 'other'],
    ['a submit input', { tag: 'input', type: 'submit' }, 'control'],
    ['a div with role=button', { tag: 'div', role: 'button' }, 'control'],
    ['a text input (repeated clicks place the caret)', { tag: 'input', type: 'text' }, 'text-field'],
    ['an input without type is a text field', { tag: 'input' }, 'text-field'],
    ['a textarea', { tag: 'textarea' }, 'text-field'],
    ['a select', { tag: 'select' }, 'text-field'],
    ['contenteditable', { tag: 'div', editable: true }, 'text-field'],
    ['a "next" pager button', { tag: 'button', names: 'pager-next' }, 'stepper'],
    ['a "previous" button by aria-label', { tag: 'button', names: 'Previous month' }, 'stepper'],
    ['an increment button', { tag: 'button', names: 'qty increment' }, 'stepper'],
    ['a "+" button by aria-label', { tag: 'button', names: '+' }, 'stepper'],
    ['a button beside a number input', { tag: 'button', nearSpinbutton: true }, 'stepper'],
    ['a carousel arrow', { tag: 'button', names: 'carousel-arrow' }, 'stepper'],
    ['data-yardstick-repeat', { tag: 'button', repeatable: true }, 'stepper'],
    ['"drop-down" is not a stepper', { tag: 'button', names: 'drop-down toggle' }, 'control'],
    ['"page-header" is not a stepper', { tag: 'button', names: 'page-header' }, 'control'],
    ['"export" is not a stepper', { tag: 'button', names: 'export btn primary' }, 'control'],
    ['plain text', { tag: 'p' }, 'other'],
  ];
  it.each(cases)('%s', (_name, facts, kind) => expect(classifyClick(facts)).toBe(kind));
});

describe('rage click exemptions (false positives)', () => {
  const cases: Array<[string, ClickKind, boolean, boolean]> = [
    ['triple-click selecting a paragraph', 'other', true, true],
    ['rage on a non-control without a selection still counts', 'other', false, false],
    ['repeated clicks in a text field', 'text-field', false, true],
    ['next/prev and +/- steppers', 'stepper', false, true],
    ['a control, even with a stray selection elsewhere', 'control', true, false],
    ['a control', 'control', false, false],
  ];
  it.each(cases)('%s', (_name, kind, selected, exempt) => expect(isRageExempt(kind, selected)).toBe(exempt));
});

describe('dead click candidates', () => {
  const cases: Array<[string, ElementFacts, boolean]> = [
    ['a button', { tag: 'button' }, true],
    ['a link', { tag: 'a', href: true }, true],
    ['a link opening a new tab', { tag: 'a', href: true, leavesPage: true }, false],
    ['a download link', { tag: 'a', href: true, leavesPage: true }, false],
    ['a text field', { tag: 'input', type: 'email' }, false],
    ['plain text (Sentry: only links, buttons, submit inputs)', { tag: 'span' }, false],
    ['a stepper should respond too', { tag: 'button', names: 'next' }, true],
    ['a select opens a native popup, no DOM change', { tag: 'select' }, false],
  ];
  it.each(cases)('%s', (_name, facts, candidate) => expect(isDeadClickCandidate(classifyClick(facts), facts)).toBe(candidate));
});
