import { describe, expect, it } from 'vitest';
import { cohortFor, hash32 } from './holdout';

describe('holdout assignment', () => {
  it('is deterministic for a user and salt', () => {
    for (const id of ['u_1', 'u_42', 'anon_abc'])
      expect(cohortFor(id, { salt: 'acme-2024', fraction: 0.1 })).toBe(cohortFor(id, { salt: 'acme-2024', fraction: 0.1 }));
  });

  it.each([0.1, 0.12, 0.25, 0.5])('puts %s of 10,000 sequential ids in control (within 1 point)', (fraction) => {
    let control = 0;
    for (let i = 0; i < 10_000; i++) if (cohortFor(`u_${i}`, { salt: 'yardstick', fraction }) === 'control') control++;
    expect(Math.abs(control / 10_000 - fraction)).toBeLessThan(0.01);
  });

  it('another salt reshuffles users', () => {
    let moved = 0;
    for (let i = 0; i < 2_000; i++)
      if (cohortFor(`u_${i}`, { salt: 'a', fraction: 0.5 }) !== cohortFor(`u_${i}`, { salt: 'b', fraction: 0.5 })) moved++;
    expect(moved / 2_000).toBeGreaterThan(0.4);
  });

  it('fraction 0 puts nobody in control', () => {
    for (let i = 0; i < 500; i++) expect(cohortFor(`u_${i}`, { salt: 's', fraction: 0 })).toBe('treatment');
  });

  it('hash32 is an unsigned 32-bit integer', () => {
    const h = hash32('anything');
    expect(Number.isInteger(h) && h >= 0 && h < 2 ** 32).toBe(true);
  });
});
