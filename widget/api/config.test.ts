import { describe, expect, it } from 'vitest';
import { configFromScript, parseConfig } from './config';

describe('config', () => {
  it('accepts the script tag attributes', () => {
    const attrs = configFromScript({
      getAttribute: (n) => ({ 'data-app-id': 'acme', 'data-model': '/m.json', 'data-badge': 'off' })[n] ?? null,
    });
    expect(attrs).toEqual({ appId: 'acme', model: '/m.json', badge: 'off' });
    expect(parseConfig(attrs).ok).toBe(true);
  });

  it.each([
    ['a missing app id', { model: '/m.json' }, /^appId: .*data-app-id/],
    ['a bad app id', { appId: 'not ok!', model: '/m.json' }, /^appId: expected an app id .*got "not ok!"/],
    ['a missing model', { appId: 'acme' }, /^model: expected the URL of your value model/],
    ['an unknown option', { appId: 'acme', model: '/m.json', colour: 'red' }, /unknown field "colour"; remove or rename it/],
    [
      'a wrong type',
      { appId: 'acme', model: '/m.json', respectDoNotTrack: 'yes' },
      /^respectDoNotTrack: expected true or false, got "yes"/,
    ],
    ['a bad cohort', { appId: 'acme', model: '/m.json', cohort: 'holdout' }, /^cohort: expected "treatment" or "control"/],
    [
      'an unknown detector threshold',
      { appId: 'acme', model: '/m.json', detectors: { rageClick: { clickz: 4 } } },
      /detectors\.rageClick/,
    ],
  ])('names the field and the fix for %s', (_name, raw, message) => {
    const r = parseConfig(raw);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errors.join('\n')).toMatch(message);
  });

  it('accepts detector overrides and false', () => {
    expect(parseConfig({ appId: 'a', model: {}, detectors: { rageClick: { clicks: 4 }, deadClick: false } }).ok).toBe(true);
  });
});
