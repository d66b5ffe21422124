import type { CausalDeflection } from '../report/report-types';
import type { ValueModel } from '../schema/value-model';
import { differenceOfProportionsCi } from '../stats/proportion-ci';
import { episodesOf, firstTicketIn, windowMsOf } from './episodes';
import type { EpisodeFacts, FactStore } from './facts';
import { roundMoney } from './round';

// Causal deflection against the holdout. Control episodes never get help, so there is no help
// time to anchor on: for both cohorts alike, an episode "has a ticket" when the same user opens a
// ticket (carrying this episodeId or none) within the deflection window after the episode's first
// confusion signal, edges included. The difference of ticket rates (control - treatment) times the
// treatment episodes estimates tickets the help prevented; the 95% interval is Agresti–Caffo (see
// proportion-ci.ts). Episodes without a cohort are left out of the comparison.

export const MIN_CONTROL_EPISODES_FOR_CAUSAL_VALUE = 30;

export function causalFromCounts(
  controlEpisodes: number,
  controlTickets: number,
  treatmentEpisodes: number,
  treatmentTickets: number,
  ticketCost: number,
): CausalDeflection {
  const controlTicketRate = controlTickets / controlEpisodes;
  const treatmentTicketRate = treatmentTickets / treatmentEpisodes;
  const difference = controlTicketRate - treatmentTicketRate;
  const ci95 = differenceOfProportionsCi(controlTickets, controlEpisodes, treatmentTickets, treatmentEpisodes);
  const deflections = difference * treatmentEpisodes;
  // The bound nearest zero: the low bound when the whole interval is above zero; else zero (floor).
  const conservativeDifference = Math.max(0, ci95[0]);
  return {
    controlEpisodes,
    treatmentEpisodes,
    controlTicketRate,
    treatmentTicketRate,
    difference,
    ci95,
    deflections,
    value: roundMoney(deflections * ticketCost),
    conservativeValue: roundMoney(conservativeDifference * treatmentEpisodes * ticketCost),
  };
}

export function causalDeflectionOf(
  store: FactStore,
  model: Pick<ValueModel, 'deflectionWindowMinutes' | 'ticketCost'>,
  onEpisode?: (ep: EpisodeFacts, ticket: number) => void,
): { causal: CausalDeflection | null; causalReason?: string } {
  const windowMs = windowMsOf(model);
  let cN = 0;
  let cT = 0;
  let tN = 0;
  let tT = 0;
  for (const ep of episodesOf(store)) {
    if (ep.cohort === undefined) continue;
    const ticket = firstTicketIn(ep, ep.startedAt, ep.startedAt + windowMs);
    onEpisode?.(ep, ticket);
    const hit = ticket >= 0 ? 1 : 0;
    if (ep.cohort === 'control') {
      cN++;
      cT += hit;
    } else {
      tN++;
      tT += hit;
    }
  }
  if (cN === 0 || tN === 0) {
    const missing = cN === 0 && tN === 0 ? 'either cohort' : cN === 0 ? 'the control cohort (holdout)' : 'the treatment cohort';
    return { causal: null, causalReason: `no confusion episode in ${missing}` };
  }
  return { causal: causalFromCounts(cN, cT, tN, tT, model.ticketCost) };
}
