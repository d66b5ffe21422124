import { describe, expect, it } from 'vitest';
import { cohortFor } from './holdout';
import { loadIdentity, nextSession, readSession, SESSION_TIMEOUT_MS, writeSession } from './identity';
import { memoryLocalStore } from './local';
import { captureAllowed } from './privacy';

const ids = () => {
  let n = 0;
  return () => `id${++n}`;
};

describe('identity', () => {
  it('persists the anonymous id and hashes the user into a cohort', () => {
    const local = memoryLocalStore();
    const a = loadIdentity({ appId: 'acme' }, { salt: 's', fraction: 0.5 }, local, ids());
    const b = loadIdentity({ appId: 'acme' }, { salt: 's', fraction: 0.5 }, local, ids());
    expect(a.anonymousId).toBe(b.anonymousId);
    expect(a.cohort).toBe(cohortFor(a.anonymousId, { salt: 's', fraction: 0.5 }));
  });

  it('uses the configured user, remembers it, and honours a forced cohort', () => {
    const local = memoryLocalStore();
    const a = loadIdentity({ appId: 'acme', userId: 'u_1', cohort: 'control' }, { salt: 's', fraction: 0.1 }, local, ids());
    expect(a).toMatchObject({ userId: 'u_1', cohort: 'control', forced: true });
    const b = loadIdentity({ appId: 'acme' }, { salt: 's', fraction: 0.1 }, local, ids());
    expect(b.userId).toBe('u_1');
    expect(b.cohort).toBe(cohortFor('u_1', { salt: 's', fraction: 0.1 }));
  });

  it('keeps two apps on one origin apart', () => {
    const local = memoryLocalStore();
    const newId = ids();
    const a = loadIdentity({ appId: 'a' }, { salt: 's', fraction: 0.1 }, local, newId);
    const b = loadIdentity({ appId: 'b' }, { salt: 's', fraction: 0.1 }, local, newId);
    expect(a.anonymousId).not.toBe(b.anonymousId);
  });
});

describe('sessions', () => {
  it.each([
    ['continues while active', { id: 's1', seen: 0 }, SESSION_TIMEOUT_MS, 's1'],
    ['ends after 30 idle minutes', { id: 's1', seen: 0 }, SESSION_TIMEOUT_MS + 1, 'new'],
    ['starts when there is none', null, 5, 'new'],
  ] as const)('%s', (_name, prev, now, expected) => {
    expect(nextSession(prev, now, () => 'new').id).toBe(expected);
  });
});

describe('stored session', () => {
  it('round-trips, per app', () => {
    const local = memoryLocalStore();
    writeSession(local, 'acme', { id: 's1', seen: 5 });
    expect(readSession(local, 'acme')).toEqual({ id: 's1', seen: 5 });
    expect(readSession(local, 'other')).toBeNull();
  });

  it.each([
    ['corrupt JSON', '{nope'],
    ['the wrong shape', '{"id":1,"seen":"x"}'],
    ['a bare value', '5'],
    ['null', 'null'],
  ])('reads %s as no session', (_name, stored) => {
    const local = memoryLocalStore();
    local.set('yardstick:acme:session', stored);
    expect(readSession(local, 'acme')).toBeNull();
  });
});

describe('privacy choice', () => {
  const signals = { doNotTrack: true, globalPrivacyControl: false };
  it.each([
    ['an explicit opt-out wins', 'out', false, { doNotTrack: false, globalPrivacyControl: false }, false],
    ['an explicit opt-in wins over DNT', 'in', true, signals, true],
    ['DNT honoured when configured', null, true, signals, false],
    ['GPC honoured when configured', null, true, { doNotTrack: false, globalPrivacyControl: true }, false],
    ['DNT ignored unless configured', null, false, signals, true],
    ['an unreadable stored choice counts as none', 'maybe', true, signals, false],
    ['an unreadable stored choice does not block capture', 'maybe', false, signals, true],
  ] as const)('%s', (_name, choice, respect, s, allowed) => expect(captureAllowed(choice, respect, s)).toBe(allowed));
});
