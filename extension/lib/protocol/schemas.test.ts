import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { contentMessageSchema } from './content-messages';
import { pageHintSchema } from './page-hint';
import { tabMessageSchema } from './tab-messages';

describe('the page hint (untrusted: only a reason to read sooner)', () => {
  it.each([
    [{ source: 'yardstick-widget', type: 'events-stored', appId: 'acme', lastSeq: 12 }, true],
    [{ source: 'yardstick-widget', type: 'events-stored', appId: 'x'.repeat(129), lastSeq: 1 }, false],
    [{ source: 'yardstick-widget', type: 'events-stored', appId: 'acme', lastSeq: 'all' }, false],
    [{ source: 'yardstick-widget', type: 'events-stored', appId: 'acme', lastSeq: -1 }, false],
    [{ source: 'someone', type: 'events-stored', appId: 'acme', lastSeq: 1 }, false],
    ['x'.repeat(1000), false],
    [null, false],
  ])('%#: accepted=%s', (hint, ok) => expect(z.safeParse(pageHintSchema, hint).success).toBe(ok));
});

describe('content messages', () => {
  it('strip an origin a payload claims: the background only ever uses the sender', () => {
    const parsed = z.parse(contentMessageSchema, {
      v: 1,
      type: 'sync/hello',
      db: 'yardstick',
      appId: 'acme',
      lastSeq: 0,
      origin: 'https://bank.example',
    });
    expect(parsed).not.toHaveProperty('origin');
  });

  it.each([
    { v: 1, type: 'sync/hello', db: '', appId: 'acme', lastSeq: 0 },
    { v: 1, type: 'sync/batch', db: 'yardstick', appId: 'acme', fromSeq: -1, records: [] },
    { v: 1, type: 'sync/batch', db: 'yardstick', appId: 'acme', fromSeq: 0, records: 'all' },
    { v: 1, type: 'overlay/prefs', prefs: { hidden: false, collapsed: false, position: { right: 1e9, bottom: 0 } } },
    { v: 1, type: 'overlay/figures' },
    { v: 2, type: 'overlay/figures', appId: 'acme' },
  ])('refuse %j', (message) => expect(z.safeParse(contentMessageSchema, message).success).toBe(false));
});

describe('tab messages', () => {
  it.each([
    [{ type: 'overlay/toggle' }, true],
    [{ type: 'page/highlight', selector: '#export' }, true],
    [{ type: 'page/highlight', selector: null }, true],
    [{ type: 'page/highlight', selector: 'x'.repeat(513) }, false],
    [{ type: 'page/eval', code: 'alert(1)' }, false],
  ])('%j: accepted=%s', (message, ok) => expect(z.safeParse(tabMessageSchema, message).success).toBe(ok));
});
