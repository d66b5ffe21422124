import type { Report } from '../report/report-types';
import { roundMoney } from './round';

/**
 * Multi-touch attribution: value records sharing `props.outcome` form one outcome. A record's
 * weight is its `attributionWeight` (1 when absent: full credit); when an outcome's weights add up
 * to more than 1, the same outcome is credited more than once, and the outcome is flagged.
 */
export class AttributionTally {
  private readonly outcomes = new Map<string, { totalWeight: number; value: number }>();

  add(outcome: string, weight: number | undefined, value: number): void {
    let o = this.outcomes.get(outcome);
    if (o === undefined) {
      o = { totalWeight: 0, value: 0 };
      this.outcomes.set(outcome, o);
    }
    o.totalWeight += weight ?? 1;
    o.value += value;
  }

  /** Outcomes whose weights sum above 1 (with a 1e-9 tolerance for float sums such as 0.1 + 0.9). */
  flagged(): string[] {
    return [...this.outcomes.entries()]
      .filter(([, o]) => o.totalWeight > 1 + 1e-9)
      .map(([k]) => k)
      .sort();
  }

  summarize(): Report['attribution'] {
    const outcomes: Report['attribution']['outcomes'] = {};
    for (const key of [...this.outcomes.keys()].sort()) {
      const o = this.outcomes.get(key)!;
      outcomes[key] = {
        totalWeight: Math.round(o.totalWeight * 1e6) / 1e6,
        value: roundMoney(o.value),
        flagged: o.totalWeight > 1 + 1e-9,
      };
    }
    return { outcomes, flagged: this.flagged() };
  }
}
