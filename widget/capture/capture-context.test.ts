import { describe, expect, it } from 'vitest';
import { guard } from './capture-context';
import { fakePage } from './fake-page';

describe('capture scope', () => {
  it('a listener that throws never reaches the page: the first fault is reported once, and the next event is still heard', () => {
    const { doc, scope, faults, fire } = fakePage();
    const heard: string[] = [];
    scope.on(doc, 'click', (e) => {
      heard.push(e.type);
      throw new Error(`capture bug ${heard.length}`);
    });
    expect(() => fire(doc, 'click')).not.toThrow();
    fire(doc, 'click');
    expect(heard).toEqual(['click', 'click']);
    expect(faults.map(String)).toEqual(['Error: capture bug 1']);
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

  it('guard passes the argument through and hands what the function throws to the fault handler', () => {
    const seen: number[] = [];
    const faults: unknown[] = [];
    guard((a: number) => seen.push(a), faults.push.bind(faults))(3);
    expect(seen).toEqual([3]);
    const throws = guard((a: number) => {
      throw new Error(`bug ${a}`);
    }, faults.push.bind(faults));
    expect(() => throws(1)).not.toThrow();
    expect(seen).toEqual([3]);
    expect(faults.map(String)).toEqual(['Error: bug 1']);
  });
});
