import type { ConfusionSignal } from '../../core/schema/event';
import type { HelpEntry } from '../../core/schema/value-model';
import { routeOf } from '../capture/routes';

export interface HelpContext {
  signal: ConfusionSignal;
  /** Current route (pathname). */
  route: string;
  /** Task of the nearest `[data-yardstick-task]` ancestor of the episode's element, or the started task. */
  task?: string | undefined;
  /** Whether the episode's element or one of its ancestors matches a CSS selector. */
  matches?: ((selector: string) => boolean) | undefined;
}

/**
 * The help entry for an episode, most specific first: an entry whose `selectors` match the element
 * (or an ancestor); then one whose `task` is the element's task; then one whose `routes` match the
 * route. Each tier only considers entries whose `signals` (when given) include the signal; within a
 * tier the model's order wins. No match: undefined (the episode is logged, no card is shown).
 */
export function matchHelp(help: Record<string, HelpEntry>, ctx: HelpContext): string | undefined {
  const eligible = Object.entries(help).filter(([, h]) => !h.signals || h.signals.includes(ctx.signal));
  const tiers: Array<(h: HelpEntry) => boolean | undefined> = [
    (h) => ctx.matches && h.selectors?.some(ctx.matches),
    (h) => ctx.task !== undefined && h.task === ctx.task,
    (h) => h.routes?.some((r) => routeMatches(r, ctx.route)),
  ];
  for (const tier of tiers) {
    const hit = eligible.find(([, h]) => tier(h));
    if (hit) return hit[0];
  }
  return undefined;
}

/**
 * Route patterns: `/reports` matches exactly (a trailing slash is ignored); `/reports/*` matches
 * `/reports` and everything under it; `*` elsewhere matches any characters within a segment.
 */
export function routeMatches(pattern: string, route: string): boolean {
  const p = routeOf(pattern);
  const r = routeOf(route);
  if (p.endsWith('/*')) {
    const base = p.slice(0, -2);
    return r === (base || '/') || r.startsWith(`${base}/`);
  }
  if (!p.includes('*')) return p === r;
  const source = p
    .split('*')
    .map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&'))
    .join('[^/]*');
  return new RegExp(`^${source}$`).test(r);
}
