import { describe, expect, it } from 'vitest';
import { safeLocalStore } from './local';

/** Like the browser's Storage: stored keys are own properties, the methods live on the prototype. */
class FakeStorage {
  getItem(key: string): string | null {
    return Object.hasOwn(this, key) ? (this as unknown as Record<string, string>)[key]! : null;
  }
  setItem(key: string, value: string) {
    (this as unknown as Record<string, string>)[key] = value;
  }
  removeItem(key: string) {
    delete (this as unknown as Record<string, string>)[key];
  }
  key(i: number): string | null {
    return Object.keys(this)[i] ?? null;
  }
  get length(): number {
    return Object.keys(this).length;
  }
}

describe('safeLocalStore', () => {
  it('reads, writes, removes and lists keys by prefix', () => {
    const s = new FakeStorage();
    const store = safeLocalStore(() => s as unknown as Storage);
    expect(store.set('yardstick:a:pending:1', 'x')).toBe(true);
    store.set('yardstick:a:pending:2', 'y');
    store.set('yardstick:b:pending:1', 'z');
    expect(store.get('yardstick:a:pending:1')).toBe('x');
    expect(store.keys('yardstick:a:pending:').sort()).toEqual(['yardstick:a:pending:1', 'yardstick:a:pending:2']);
    store.remove('yardstick:a:pending:1');
    expect(store.keys('yardstick:a:')).toEqual(['yardstick:a:pending:2']);
    expect(store.get('nothing')).toBeNull();
  });

  it.each<[string, () => Storage | undefined]>([
    ['missing (a sandboxed iframe)', () => undefined],
    [
      'throwing on access (cookies blocked)',
      (): Storage => {
        throw new DOMException('denied', 'SecurityError');
      },
    ],
    [
      'throwing on every call (full, or broken)',
      () =>
        Object.create({
          getItem: () => {
            throw new Error('x');
          },
          setItem: () => {
            throw new DOMException('full', 'QuotaExceededError');
          },
          removeItem: () => {
            throw new Error('x');
          },
        }) as Storage,
    ],
  ])('never throws when storage is %s', (_name, getStorage) => {
    const store = safeLocalStore(getStorage);
    expect(store.get('k')).toBeNull();
    expect(store.set('k', 'v')).toBe(false);
    expect(() => store.remove('k')).not.toThrow();
    expect(store.keys('')).toEqual([]);
  });
});
