import type { CaptureScope } from './capture-context';

/**
 * Support launchers of common chat tools, by channel. A click on one (or focus moving into its
 * iframe, which is all the page can see of a click inside it) is a `ticket_opened`: conservative,
 * since a chat opened counts against deflection. `[data-yardstick-support]` covers every other
 * support control.
 */
const LAUNCHERS: Record<string, string> = {
  intercom: '.intercom-launcher,.intercom-lightweight-app-launcher,.intercom-launcher-frame,[name=intercom-launcher-frame]',
  zendesk: 'iframe#launcher,#zendesk-launcher,[data-testid=launcher]',
  hubspot: '#hubspot-messages-iframe-container,.hs-chat-launcher',
};

/** The chat tool whose launcher `el` is (`self`) or is inside. */
export function launcherChannel(el: Element, self?: boolean): string | undefined {
  for (const [channel, selector] of Object.entries(LAUNCHERS))
    if (self ? el.matches(selector) : el.closest(selector)) return channel;
  return undefined;
}

const REFRESH_MS = 2000;

/**
 * Hears focus moving into a launcher's iframe, and returns the click check: the chat tool whose
 * launcher a click landed in. Matching every click against the launcher selectors costs ~3 µs;
 * instead the launchers on the page are listed at most every 2 s (the first click after that pays
 * one querySelectorAll) and each click only asks whether one contains it.
 */
export function watchLaunchers(ctx: CaptureScope): (target: Element, now: number) => string | undefined {
  ctx.on(ctx.win, 'blur', () => {
    const el = ctx.doc.activeElement;
    const channel = el?.tagName === 'IFRAME' ? launcherChannel(el, true) : undefined;
    if (channel) ctx.ticketOpened(channel, ctx.now());
  });
  let found: Element[] = [];
  let at = -Infinity;
  return (target, now) => {
    if (now - at > REFRESH_MS) {
      found = [...ctx.doc.querySelectorAll(Object.values(LAUNCHERS).join())];
      at = now;
    }
    for (const el of found) if (el.contains(target)) return launcherChannel(target);
    return undefined;
  };
}
