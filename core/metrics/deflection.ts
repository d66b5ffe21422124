import type { HelpStats, Report } from '../report/report-types';
import { type DeflectionModel, episodesOf, type Resolution, resolveEpisode } from './episodes';
import type { EpisodeFacts, FactStore } from './facts';
import { roundMoney } from './round';

// Strict deflection over every episode (see episodes.ts for the rule). `episodes` counts the
// episodes of both cohorts (and those without one); `helpShown` counts episodes with at least one
// help card, once each; rate = deflected / helpShown; value = deflected x ticketCost.

export type StrictDeflection = Pick<
  Report['deflection'],
  'episodes' | 'helpShown' | 'deflected' | 'escalated' | 'abandoned' | 'rate' | 'rateReason' | 'value' | 'byHelp'
>;

export function strictDeflectionOf(
  store: FactStore,
  model: DeflectionModel & { ticketCost: number },
  onEpisode?: (ep: EpisodeFacts, r: Resolution) => void,
): StrictDeflection {
  const out: StrictDeflection = {
    episodes: 0,
    helpShown: 0,
    deflected: 0,
    escalated: 0,
    abandoned: 0,
    rate: null,
    value: 0,
    byHelp: {},
  };
  const byHelp = new Map<string, HelpStats>();
  for (const ep of episodesOf(store)) {
    out.episodes++;
    const r = resolveEpisode(ep, store, model);
    onEpisode?.(ep, r);
    if (ep.helpId === undefined) continue;
    out.helpShown++;
    let h = byHelp.get(ep.helpId);
    if (h === undefined) {
      h = { shown: 0, engaged: 0, helpful: 0, notHelpful: 0, deflected: 0, escalated: 0, abandoned: 0 };
      byHelp.set(ep.helpId, h);
    }
    h.shown++;
    if (ep.engaged) h.engaged++;
    if (ep.helpful === true) h.helpful++;
    if (ep.helpful === false) h.notHelpful++;
    if (r.status === 'deflected') {
      out.deflected++;
      h.deflected++;
    } else if (r.status === 'escalated') {
      out.escalated++;
      h.escalated++;
    } else {
      out.abandoned++;
      h.abandoned++;
    }
  }
  if (out.helpShown > 0) out.rate = out.deflected / out.helpShown;
  else out.rateReason = 'no episode was shown help';
  out.value = roundMoney(out.deflected * model.ticketCost);
  for (const key of [...byHelp.keys()].sort()) out.byHelp[key] = byHelp.get(key)!;
  return out;
}
