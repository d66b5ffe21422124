import { isDeepStrictEqual } from 'node:util';
import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { bothResults, noiseLevel, sample } from '../../core/schema/compact/test-kit';
import { describeIssues } from '../../core/schema/issues';
import { mulberry32 as prng } from '../../core/stats/prng';
import { parseConfig } from './config';
import { CONFIG } from './config.generated';
import { configSchema } from './config-schema';

// parseConfig validates against the compiled descriptor; zod's verdict on config-schema.ts is the
// reference. Seeded, so a failure names a replayable case.

const withZod = (raw: unknown) => {
  const r = z.safeParse(configSchema, raw);
  return r.success ? { ok: true, config: r.data } : { ok: false, errors: describeIssues(r.error.issues, raw) };
};

describe('the compiled config schema', () => {
  it('agrees with zod on generated configs: verdict, output, issues and messages', () => {
    const rnd = prng(2024);
    for (let i = 0; i < 20000; i++) {
      const input = sample(CONFIG, rnd, noiseLevel(rnd));
      const { zod, compact } = bothResults(configSchema, CONFIG, input);
      if (!isDeepStrictEqual(zod, compact))
        expect({ case: i, input, result: compact }).toStrictEqual({ case: i, input, result: zod });
      const messages = [parseConfig(input), withZod(input)];
      if (!isDeepStrictEqual(messages[0], messages[1]))
        expect({ case: i, input, result: messages[0] }).toStrictEqual({ case: i, input, result: messages[1] });
    }
  });

  it.each([
    {},
    { appId: 'acme', model: '' },
    { appId: 'acme', model: [] },
    { appId: 'acme', model: Object.create(null) },
    { appId: 'acme', model: '/m.json', badge: '' },
    { appId: 'acme', model: '/m.json', badge: { appendChild() {} }, userId: '😀'.repeat(128) },
    { appId: 'acme', model: '/m.json', userId: '😀'.repeat(129) },
    { appId: 'acme', model: '/m.json', detectors: { rageClick: false, deadClick: true, episode: { gapMs: -1 } } },
    { appId: 'acme', model: '/m.json', detectors: { hesitation: { factor: Number.NaN, extra: 1 } } },
    { appId: 'acme', model: '/m.json', detectors: [] },
    JSON.parse('{"appId": "acme", "model": "/m.json", "__proto__": {"debug": true}}'),
  ])('agrees with zod on %j', (input) => {
    expect(parseConfig(input)).toStrictEqual(withZod(input));
  });
});
