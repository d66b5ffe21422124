import { describe, expect, it } from 'vitest';
import { MAX_DEPTH, MAX_ITEMS, MAX_KEYS, MAX_STRING_CHARS, MAX_TOTAL_CHARS, sanitizeProps } from './sanitize';

describe('sanitizeProps: hostile track() input', () => {
  it('drops cycles instead of recursing forever', () => {
    const a: Record<string, unknown> = { name: 'a' };
    a.self = a;
    a.list = [a, 1];
    expect(sanitizeProps(a)).toEqual({ name: 'a', list: [null, 1] });
  });

  it('keeps a shared (non-cyclic) object in both places', () => {
    const shared = { x: 1 };
    expect(sanitizeProps({ a: shared, b: shared })).toEqual({ a: { x: 1 }, b: { x: 1 } });
  });

  it('truncates huge strings and bounds the whole result', () => {
    const out = sanitizeProps({ big: 'x'.repeat(10_000_000), more: Array.from({ length: 500 }, () => 'y'.repeat(2_000)) });
    expect((out.big as string).length).toBe(MAX_STRING_CHARS);
    expect(JSON.stringify(out).length).toBeLessThan(MAX_TOTAL_CHARS * 1.5);
  });

  it.each([
    ['a string', 'hello'],
    ['a number', 42],
    ['null', null],
    ['undefined', undefined],
    ['an array', [1, 2]],
    ['a function', () => 1],
  ])('turns %s as props into an object', (_name, value) => {
    const out = sanitizeProps(value);
    expect(out !== null && typeof out === 'object' && !Array.isArray(out)).toBe(true);
  });

  it('drops what JSON and structured clone cannot carry, keeps the rest', () => {
    const out = sanitizeProps({
      fn: () => 1,
      sym: Symbol('s'),
      undef: undefined,
      nan: Number.NaN,
      inf: Number.POSITIVE_INFINITY,
      big: 10n ** 30n,
      date: new Date(0),
      bad: new Date(Number.NaN),
      ok: true,
      [Symbol('key')]: 1,
    });
    expect(out).toEqual({
      nan: null,
      inf: null,
      big: '1000000000000000000000000000000',
      date: '1970-01-01T00:00:00.000Z',
      bad: null,
      ok: true,
    });
  });

  it('survives getters, proxies and toJSON that throw', () => {
    const getter = Object.defineProperty({ fine: 1 }, 'boom', {
      enumerable: true,
      get() {
        throw new Error('boom');
      },
    });
    const proxy = new Proxy(
      {},
      {
        ownKeys() {
          throw new Error('nope');
        },
      },
    );
    const { proxy: revocable, revoke } = Proxy.revocable({}, {});
    revoke();
    const toJson = {
      toJSON: () => {
        throw new Error('no');
      },
      v: 1,
    };
    expect(() => sanitizeProps({ getter, proxy, revocable, toJson })).not.toThrow();
    expect(sanitizeProps({ getter })).toEqual({ getter: { fine: 1 } });
    expect(sanitizeProps(toJson)).toEqual({ v: 1 });
  });

  it('caps depth, keys and array items', () => {
    let deep: Record<string, unknown> = { leaf: 1 };
    for (let i = 0; i < 20; i++) deep = { deep };
    expect(JSON.stringify(sanitizeProps(deep)).split('deep').length - 1).toBeLessThanOrEqual(MAX_DEPTH);
    const wide = Object.fromEntries(Array.from({ length: 500 }, (_, i) => [`k${i}`, i]));
    expect(Object.keys(sanitizeProps(wide))).toHaveLength(MAX_KEYS);
    expect((sanitizeProps({ a: Array.from({ length: 500 }, () => 1) }).a as unknown[]).length).toBe(MAX_ITEMS);
  });

  it('never lets __proto__ through', () => {
    const out = sanitizeProps(JSON.parse('{"__proto__": {"polluted": true}, "ok": 1}'));
    expect(out).toEqual({ ok: 1 });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});
