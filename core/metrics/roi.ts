import type { Rating, Report } from '../report/report-types';

/** Value-to-cost rated: negative below 1, positive from 1, strong from 3; null with a reason at zero cost. */
export function ratingOf(value: number, cost: number): Rating {
  if (!(cost > 0)) return { valueToCost: null, valueToCostReason: 'no cost recorded: add cost events', rating: null };
  const valueToCost = value / cost;
  return { valueToCost, rating: valueToCost >= 3 ? 'strong' : valueToCost >= 1 ? 'positive' : 'negative' };
}

/** The report's `roi`: realized value over cost, and, apart, realized plus potential over cost. */
export function roiOf(realized: number, potential: number, cost: number): Report['roi'] {
  return { ...ratingOf(realized, cost), withPotential: ratingOf(realized + potential, cost) };
}
