import { describe, expect, it } from 'vitest';
import { type ElementLike, selectorOf } from './selector';

/** A chain of fake elements, outermost first; each is `[tag, attributes]`. Returns the innermost. */
function chain(...levels: Array<[string, Record<string, string>?]>): ElementLike {
  let parent: ElementLike | null = null;
  for (const [tag, attrs = {}] of levels) {
    parent = { tagName: tag.toUpperCase(), id: attrs.id ?? '', getAttribute: (n) => attrs[n] ?? null, parentElement: parent };
  }
  return parent!;
}

describe('selectorOf', () => {
  const cases: Array<[string, ElementLike | null, string | undefined, number?]> = [
    ['nothing', null, undefined],
    ['an element with a stable id is just its id', chain(['button', { id: 'export', class: 'btn' }]), '#export'],
    [
      'anchors at the nearest ancestor with a stable id',
      chain(['form', { id: 'invoice-form' }], ['button']),
      '#invoice-form > button',
    ],
    ['a React-style generated id is not stable', chain(['div', { id: 'x' }], ['button', { id: ':r1a:' }]), '#x > button'],
    ['an id with a long number is generated', chain(['div', { id: 'x' }], ['button', { id: 'item-12345' }]), '#x > button'],
    ['an id with a hex hash is generated', chain(['div', { id: 'x' }], ['button', { id: 'a1b2c3' }]), '#x > button'],
    ['stops at body and html', chain(['html'], ['body'], ['main'], ['button']), 'main > button'],
    ['at most three levels', chain(['section'], ['div'], ['ul'], ['li'], ['a']), 'ul > li > a'],
    ['a shorter depth', chain(['ul'], ['li'], ['a']), 'li > a', 2],
    [
      'the first safe attribute in priority order',
      chain(['button', { 'data-testid': 'save', name: 'n', type: 'submit' }]),
      'button[data-testid="save"]',
    ],
    [
      'the task attribute comes first',
      chain(['button', { 'data-yardstick-task': 'export_report', 'data-testid': 't' }]),
      'button[data-yardstick-task="export_report"]',
    ],
    ['an empty attribute is written bare', chain(['button', { 'data-yardstick-support': '' }]), 'button[data-yardstick-support]'],
    [
      'an unsafe attribute value is skipped for the next one',
      chain(['input', { name: 'a b"c', type: 'search' }]),
      'input[type="search"]',
    ],
    ['up to two stable classes', chain(['button', { class: 'btn  btn-primary large' }]), 'button.btn.btn-primary'],
    ['an id of 64 characters is kept', chain(['button', { id: 'a'.repeat(64) }]), `#${'a'.repeat(64)}`],
    ['a longer id is not', chain(['button', { id: 'a'.repeat(65) }]), 'button'],
    [
      'a class of 41 characters is kept, a longer one is not',
      chain(['i', { class: `${'b'.repeat(42)} ${'c'.repeat(41)}` }]),
      `i.${'c'.repeat(41)}`,
    ],
    [
      'css-in-js and hashed classes are dropped',
      chain(['div', { class: 'css-1x2y3z sc-abc _private e1f2a3b4 card' }]),
      'div.card',
    ],
    ['classes starting with a digit are dropped', chain(['div', { class: '2col row' }]), 'div.row'],
    ['never an href, value or text', chain(['a', { href: '/users/alice', value: 'secret', title: 'Alice' }]), 'a'],
  ];
  it.each(cases)('%s', (_name, el, expected, depth) => expect(selectorOf(el, depth)).toBe(expected));

  it('cuts a deep selector at 512 characters', () => {
    const level: [string, Record<string, string>] = ['div', { 'data-testid': 'z'.repeat(64), class: `c${'x'.repeat(40)}` }];
    const selector = selectorOf(chain(level, level, level, level, level), 5);
    expect(selector).toHaveLength(512);
    expect(selector!.startsWith(`div[data-testid="${'z'.repeat(64)}"].c`)).toBe(true);
  });
});
