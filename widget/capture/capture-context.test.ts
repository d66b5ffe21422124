import { describe, expect, it } from 'vitest';
import { guard } from './capture-context';
import { fakePage } from './fake-page';

describe('capture scope', () => {
  it('a listener that throws stays quiet, and the next event is still heard', () => {
    const { doc, scope, fire } = fakePage();
    const heard: string[] = [];
    scope.on(doc, 'click', (e) => {
      heard.push(e.type);
      throw new Error('capture bug');
    });
    expect(() => fire(doc, 'click')).not.toThrow();
    fire(doc, 'click');
    expect(heard).toEqual(['click', 'click']);
  });

  it('stop removes every listener and runs every cleanup once', () => {
    const { win, doc, scope, fire } = fakePage();
    const heard: string[] = [];
    let cleanups = 0;
    scope.on(win, 'blur', () => heard.push('blur'));
    scope.on(doc, 'scroll', () => heard.push('scroll'));
    scope.onStop(() => cleanups++);
    scope.stop();
    fire(win, 'blur');
    fire(doc, 'scroll');
    expect(heard).toEqual([]);
    expect(cleanups).toBe(1);
  });

  it('guard passes the argument through and swallows what the function throws', () => {
    const seen: number[] = [];
    guard((a: number) => seen.push(a))(3);
    expect(seen).toEqual([3]);
    const throws = guard((a: number) => {
      throw new Error(`bug ${a}`);
    });
    expect(() => throws(1)).not.toThrow();
  });
});
