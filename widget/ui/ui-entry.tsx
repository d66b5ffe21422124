import { render } from 'preact';
import { Badge, type BadgeSpot } from './badge';
import { createFormatters } from './format';
import { HelpCard } from './help-card';
import { weekStartOf } from './periods';
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
  const weekStartsOn = () => (weekStart ??= weekStartOf(host.locale));
  const shadowHost = (parent: Element) => createShadowHost(parent, UI_CSS, host.own);
  // Unmounted before removal, so the badge's subscription and listeners end with it.
  const drop = (h: ShadowHost | undefined) => {
    if (!h) return;
    render(null, h.mount);
    h.remove();
  };
  let card: ShadowHost | undefined;
  let badge: ShadowHost | undefined;
  let floating = false;
  // The card keeps clear of a floating badge (its wrapper exists only while the badge shows).
  const avoid = () => {
    const shown = floating && badge?.mount.firstElementChild;
    return shown ? [shown.getBoundingClientRect()] : [];
  };

  return {
    showHelp(request) {
      card ??= shadowHost(doc.body ?? doc.documentElement);
      const mount = card.mount;
      render(
        <HelpCard key={request.episodeId} request={request} host={host} avoid={avoid} onClose={() => render(null, mount)} />,
        mount,
      );
    },
    mountBadge(where) {
      drop(badge);
      const spot: BadgeSpot = typeof where === 'string' ? where : 'inline';
      floating = spot !== 'inline';
      badge = shadowHost(typeof where === 'string' ? (doc.body ?? doc.documentElement) : where);
      render(<Badge host={host} spot={spot} fmt={fmt} weekStartsOn={weekStartsOn} />, badge.mount);
    },
    clear() {
      drop(card);
      drop(badge);
      card = badge = undefined;
    },
  };
};
