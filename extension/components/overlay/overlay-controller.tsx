import { type Anchor, clampAnchor } from '../../lib/content/overlay-position';
import type { OverlayFigures } from '../../lib/figures/overlay-figures';
import { DEFAULT_OVERLAY_PREFS, type OverlayPrefs } from '../../lib/protocol/content-messages';
import { formatterFor, wholeMoney } from '../shared/format';
import { createOverlayHost } from './overlay-host';
import { OverlayPanel } from './overlay-panel';

export interface OverlayController {
  setFigures(figures: OverlayFigures): void;
  setPrefs(prefs: OverlayPrefs): void;
  toggle(): void;
  highlight(selector: string | null): { found: boolean; visible: boolean };
  remove(): void;
}

const PANEL_SIZE = { width: 316, height: 200 };
const PILL_SIZE = { width: 220, height: 36 };

/**
 * The overlay's state (figures, place, collapsed, hidden) and its rendering. Preference changes
 * go back through `savePrefs` (to the extension's database, never the page's storage).
 */
export function createOverlayController(doc: Document, savePrefs: (prefs: OverlayPrefs) => void): OverlayController {
  const host = createOverlayHost(doc);
  let figures: OverlayFigures | null = null;
  let prefs: OverlayPrefs = DEFAULT_OVERLAY_PREFS;
  let dragging: Anchor | null = null;
  // Nothing is drawn until the saved preferences arrive (no flash at the default corner), and a
  // toggle pressed before then is applied to the saved state, not to the default.
  let ready = false;
  let earlyToggles = 0;

  const viewport = () => ({
    width: doc.documentElement.clientWidth || innerWidth,
    height: doc.documentElement.clientHeight || innerHeight,
  });
  // Until the user moves it (null), the panel sits bottom-LEFT: the widget's own badge and help
  // card live bottom-right, and the overlay must never cover the help the user is being offered.
  const anchor = (): Anchor | null => {
    const place = dragging ?? prefs.position;
    return place === null ? null : clampAnchor(place, prefs.collapsed ? PILL_SIZE : PANEL_SIZE, viewport());
  };

  const update = (next: Partial<OverlayPrefs>, save = true) => {
    prefs = { ...prefs, ...next };
    if (save) savePrefs(prefs);
    draw();
  };

  const draw = () => {
    if (!ready) return;
    if (prefs.hidden) {
      host.render(null);
      return;
    }
    const rate = figures?.hourlyRate ?? null;
    host.render(
      <OverlayPanel
        figures={figures}
        anchor={anchor()}
        collapsed={prefs.collapsed}
        hourlyRateLabel={rate === null ? null : `${wholeMoney(formatterFor(figures?.currency ?? 'USD').money(rate))}/h`}
        onCollapse={(collapsed) => update({ collapsed })}
        onHide={() => update({ hidden: true })}
        onMove={(next, done) => {
          dragging = done ? null : next;
          if (done) update({ position: clampAnchor(next, prefs.collapsed ? PILL_SIZE : PANEL_SIZE, viewport()) });
          else draw();
        }}
      />,
    );
  };

  const onResize = () => draw();
  addEventListener('resize', onResize, { passive: true });
  draw();

  return {
    setFigures(next) {
      figures = next;
      draw();
    },
    setPrefs(next) {
      // Only the first answer counts: a later hello (after a worker restart) may carry prefs older
      // than a drag this tab just saved.
      if (ready) return;
      ready = true;
      if (earlyToggles % 2 === 1) update({ ...next, hidden: !next.hidden });
      else update(next, false);
    },
    toggle() {
      if (!ready) earlyToggles++;
      else update({ hidden: !prefs.hidden });
    },
    highlight: (selector) => host.highlight(selector),
    remove() {
      removeEventListener('resize', onResize);
      host.remove();
    },
  };
}
