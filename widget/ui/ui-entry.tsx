import { render } from 'preact';
import { Badge, type BadgeSpot } from './badge';
import { createFormatters } from './format';
import { HelpCard } from './help-card';
import { weekStartOf } from './periods';
import type { Rect } from './placement';
import { createShadowHost, type ShadowHost } from './shadow-host';
import { UI_CSS } from './styles';
import type { CreateUi } from './ui-contract';

/**
 * The UI chunk (dist/widget/yardstick-ui.mjs), loaded on demand by the widget: one shadow host for
 * the help card, one for the badge. Nothing here runs until the widget asks.
 */
export const createUi: CreateUi = (host) => {
  const doc = document;
  const fmt = createFormatters(host.locale, host.model.currency);
  // A page's first Intl formatter loads locale data (30-45 ms measured on a busy 2-core machine):
  // pay it in a task of its own, before the badge's first render needs it.
  setTimeout(() => fmt.durationLong(0));
  let weekStart: number | undefined;
  const weekStartsOn = () => {
    weekStart ??= weekStartOf(host.locale);
    return weekStart;
  };
  let card: ShadowHost | undefined;
  let badge: ShadowHost | undefined;
  let badgeEl: HTMLElement | null = null;
  const avoid = (): Rect[] => (badgeEl && !badgeEl.classList.contains('inline') ? [badgeEl.getBoundingClientRect()] : []);

  return {
    showHelp(request) {
      card ??= createShadowHost(doc.body ?? doc.documentElement, UI_CSS, host.own);
      const mount = card.mount;
      render(
        <HelpCard key={request.episodeId} request={request} host={host} avoid={avoid} onClose={() => render(null, mount)} />,
        mount,
      );
    },
    mountBadge(where) {
      badge?.remove();
      const spot: BadgeSpot = typeof where === 'string' ? where : 'inline';
      badge = createShadowHost(typeof where === 'string' ? (doc.body ?? doc.documentElement) : where, UI_CSS, host.own);
      render(
        <Badge host={host} spot={spot} fmt={fmt} weekStartsOn={weekStartsOn} onElement={(el) => (badgeEl = el)} />,
        badge.mount,
      );
    },
    clear() {
      for (const h of [card, badge]) {
        if (!h) continue;
        render(null, h.mount);
        h.remove();
      }
      card = badge = undefined;
      badgeEl = null;
    },
  };
};
