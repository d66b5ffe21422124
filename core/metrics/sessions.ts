import type { Report } from '../report/report-types';
import { roundMoney } from './round';

/** Value, cost and net value per distinct session; null with a reason when there is no session. */
export function sessionsOf(count: number, realizedValue: number, cost: number): Report['sessions'] {
  if (count === 0) {
    return {
      count,
      valuePerSession: null,
      costPerSession: null,
      netValuePerSession: null,
      reason: 'no event carries a sessionId',
    };
  }
  return {
    count,
    valuePerSession: roundMoney(realizedValue / count),
    costPerSession: roundMoney(cost / count),
    netValuePerSession: roundMoney((realizedValue - cost) / count),
  };
}
