import type { EvidenceGrade, Report } from '../report/report-types';
import type { ValueModel } from '../schema/value-model';
import { weakest } from './grade';
import { roundMoney } from './round';
import { weekIndex, weekLabel } from './week';

// Pricing of value-bearing events and the realized/potential tally. Anything with probability < 1
// (counted at its expected value, amount x probability) and every proxy is potential; the rest is
// realized. Realized value is also kept per ISO week for the "value over time" chart.

/** A priced contribution; `amount` already includes probability and attribution weight. */
export interface Priced {
  type: string;
  amount: number;
  realized: boolean;
  grade: EvidenceGrade;
}

export const isRealized = (type: string, probability: number): boolean => probability >= 1 && type !== 'proxy';

/** An `outcome` event priced by the model's rule; null when the model does not price it. */
export function priceOutcome(model: ValueModel, outcome: string, eventProbability: number | undefined): Priced | null {
  if (!Object.hasOwn(model.outcomes, outcome)) return null;
  const rule = model.outcomes[outcome]!;
  const p = eventProbability ?? rule.probability ?? 1;
  return { type: rule.valueType, amount: rule.amount * p, realized: isRealized(rule.valueType, p), grade: 'assumed' };
}

/** An achieved `goal` realizes the goal's amount (times its rule's probability, if any). */
export function priceGoal(model: ValueModel, goal: string): Priced | null {
  if (!Object.hasOwn(model.goals, goal)) return null;
  const rule = model.goals[goal]!;
  const p = rule.probability ?? 1;
  return { type: rule.valueType, amount: rule.amount * p, realized: isRealized(rule.valueType, p), grade: 'assumed' };
}

/** A `proxy` event: delta x the metric's amount per unit, always potential, type `proxy`. */
export function priceProxy(model: ValueModel, metric: string, delta: number): Priced | null {
  if (!Object.hasOwn(model.proxies, metric)) return null;
  return { type: 'proxy', amount: delta * model.proxies[metric]!.amountPerUnit, realized: false, grade: 'assumed' };
}

/**
 * A `value` event: (amount, or minutes / 60 x hourlyRate) x attributionWeight x probability.
 * An explicit amount is assumed; minutes priced at a model rate are modeled.
 */
export function priceValue(
  type: string,
  base: number,
  fromMinutes: boolean,
  probability: number | undefined,
  weight: number | undefined,
): Priced {
  const p = probability ?? 1;
  return { type, amount: base * (weight ?? 1) * p, realized: isRealized(type, p), grade: fromMinutes ? 'modeled' : 'assumed' };
}

export class ValueTally {
  readonly realized = new Map<string, number>();
  readonly potential = new Map<string, number>();
  readonly grades = new Map<string, EvidenceGrade>();
  readonly potentialGrades = new Map<string, EvidenceGrade>();
  readonly byWeek = new Map<number, Map<string, number>>();

  add(priced: Priced, ts: number): void {
    this.addAmount(priced.type, priced.amount, priced.realized, priced.grade, weekIndex(ts));
  }

  /** Adds to a type's sum; realized amounts also to ISO week `week` (see week.ts). */
  addAmount(type: string, amount: number, realized: boolean, grade: EvidenceGrade, week: number): void {
    const sums = realized ? this.realized : this.potential;
    sums.set(type, (sums.get(type) ?? 0) + amount);
    const grades = realized ? this.grades : this.potentialGrades;
    grades.set(type, weakest(grades.get(type), grade));
    if (!realized) return;
    let types = this.byWeek.get(week);
    if (types === undefined) {
      types = new Map();
      this.byWeek.set(week, types);
    }
    types.set(type, (types.get(type) ?? 0) + amount);
  }

  totalRealized(): number {
    return sum(this.realized);
  }

  totalPotential(): number {
    return sum(this.potential);
  }

  /** The weakest grade among realized (or potential) types; 'measured' when there is nothing. */
  grade(realized: boolean): EvidenceGrade {
    let g: EvidenceGrade | undefined;
    for (const x of (realized ? this.grades : this.potentialGrades).values()) g = weakest(g, x);
    return g ?? 'measured';
  }

  summarize(): Report['value'] {
    const byWeek: Report['value']['byWeek'] = [];
    for (const week of [...this.byWeek.keys()].sort((a, b) => a - b)) {
      byWeek.push({ week: weekLabel(week), byType: roundedRecord(this.byWeek.get(week)!) });
    }
    return {
      realized: roundMoney(this.totalRealized()),
      potential: roundMoney(this.totalPotential()),
      byType: roundedRecord(this.realized),
      potentialByType: roundedRecord(this.potential),
      byWeek,
    };
  }
}

function sum(map: Map<string, number>): number {
  let s = 0;
  for (const v of map.values()) s += v;
  return s;
}

export function roundedRecord(map: Map<string, number>): Record<string, number> {
  const out: Record<string, number> = {};
  for (const key of [...map.keys()].sort()) out[key] = roundMoney(map.get(key)!);
  return out;
}
