import { describe, expect, it } from 'vitest';
import { isOwnEvent } from './own-events';

describe('isOwnEvent', () => {
  const me = { userId: 'u_1', anonymousId: 'a_1' };
  it.each([
    ['my identified event from another device', { userId: 'u_1', anonymousId: 'a_9' }, true],
    ['this browser before identify()', { anonymousId: 'a_1' }, true],
    ["another user's event in this browser", { userId: 'u_2', anonymousId: 'a_1' }, false],
    ['another anonymous browser', { anonymousId: 'a_2' }, false],
  ])('%s', (_, event, own) => {
    expect(isOwnEvent(event, me)).toBe(own);
  });

  it('an anonymous viewer owns only its anonymous events', () => {
    expect(isOwnEvent({ anonymousId: 'a_1' }, { anonymousId: 'a_1' })).toBe(true);
    expect(isOwnEvent({ userId: 'u_1', anonymousId: 'a_1' }, { anonymousId: 'a_1' })).toBe(false);
  });
});
