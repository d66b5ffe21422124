/**
 * Support launchers of common chat tools. A click on one (or focus moving into its iframe, which is
 * all the page can see of a click inside it) is a `ticket_opened`: conservative, since a chat
 * opened counts against deflection. `[data-yardstick-support]` covers every other support control.
 */
const LAUNCHERS: Array<[channel: string, selector: string]> = [
  ['intercom', '.intercom-launcher,.intercom-lightweight-app-launcher,.intercom-launcher-frame,[name=intercom-launcher-frame]'],
  ['zendesk', 'iframe#launcher,#zendesk-launcher,[data-testid=launcher]'],
  ['hubspot', '#hubspot-messages-iframe-container,.hs-chat-launcher'],
];

export const LAUNCHER_SELECTOR = LAUNCHERS.map(([, s]) => s).join(',');

/** The chat tool whose launcher `el` is (or is inside), if any. */
export function launcherChannel(el: Element): string | undefined {
  for (const [channel, selector] of LAUNCHERS) if (el.closest(selector)) return channel;
  return undefined;
}

const REFRESH_MS = 2000;

/**
 * The chat tool whose launcher a click landed in. Matching every click against the launcher
 * selectors costs ~3 µs; instead the launchers on the page are listed at most every 2 s (the first
 * click after that pays one querySelectorAll) and each click only asks whether one contains it.
 */
export function launcherWatch(doc: Document): (target: Element, now: number) => string | undefined {
  let found: Element[] = [];
  let at = -Infinity;
  return (target, now) => {
    if (now - at > REFRESH_MS) {
      found = [...doc.querySelectorAll(LAUNCHER_SELECTOR)];
      at = now;
    }
    for (const el of found) if (el.contains(target)) return launcherChannel(target);
    return undefined;
  };
}
