import { afterEach, describe, expect, it, vi } from 'vitest';
import { randomId } from './ids';

describe('randomId', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('is a UUID where the page has randomUUID (a secure context)', () => {
    expect(randomId()).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });

  it('is 32 hex digits of getRandomValues elsewhere, each byte zero-padded', () => {
    vi.stubGlobal('crypto', { getRandomValues: (a: Uint8Array) => a.set([0, 1, 15, 16, 255], 0) });
    expect(randomId()).toBe(`00010f10ff${'00'.repeat(11)}`);
  });

  it('still gives 32 hex digits without crypto at all', () => {
    vi.stubGlobal('crypto', undefined);
    const ids = new Set(Array.from({ length: 50 }, randomId));
    expect([...ids].every((id) => /^[0-9a-f]{32}$/.test(id))).toBe(true);
    expect(ids.size).toBe(50);
  });
});
