import { describe, expect, it } from 'vitest';
import { hourlyRateFor } from './hourly-rate';
import { testModel } from './test-kit';

const model = testModel();

describe('hourlyRateFor', () => {
  it.each([
    ['the event role first', { eventRole: 'sales_rep', userRole: 'customer', taskRole: 'developer' }, 60],
    ['then the user role', { userRole: 'customer', taskRole: 'developer' }, 25],
    ['then the task role', { taskRole: 'developer' }, 90],
    ['then the default', {}, 50],
    ['an unpriced event role falls through to the user role', { eventRole: 'astronaut', userRole: 'customer' }, 25],
    ['an unpriced user role falls through to the task role', { userRole: 'astronaut', taskRole: 'support_agent' }, 40],
    ['unpriced roles everywhere fall through to the default', { eventRole: 'a', userRole: 'b', taskRole: 'c' }, 50],
    ['a role named like an Object method is not a rate', { eventRole: 'toString' }, 50],
  ])('%s', (_, roles, expected) => {
    expect(hourlyRateFor(model, roles)).toBe(expected);
  });
});
