import { useRef, useState } from 'preact/hooks';
import { type Anchor, DEFAULT_ANCHOR, dragAnchor } from '../../lib/content/overlay-position';
import type { OverlayFigures } from '../../lib/figures/overlay-figures';
import { formatterFor, savedTime } from '../shared/format';
import { Mark } from '../shared/mark';

export interface OverlayPanelProps {
  figures: OverlayFigures | null;
  /** Distance from the bottom-right corner; null for the default place (bottom-left). */
  anchor: Anchor | null;
  collapsed: boolean;
  hourlyRateLabel: string | null;
  onCollapse(collapsed: boolean): void;
  onHide(): void;
  /** While dragging (not saved); `done` once the pointer is released (saved). */
  onMove(anchor: Anchor, done: boolean): void;
}

/**
 * This origin's figures and nothing else. Rendered into a closed shadow root: the page can see
 * that an overlay exists, but not read what it says.
 */
export function OverlayPanel(props: OverlayPanelProps) {
  const { figures, anchor, collapsed } = props;
  const drag = useDrag(props.onMove);
  const f = formatterFor(figures?.currency ?? 'USD');
  const style =
    anchor === null
      ? { left: `${DEFAULT_ANCHOR.right}px`, bottom: `${DEFAULT_ANCHOR.bottom}px` }
      : { right: `${anchor.right}px`, bottom: `${anchor.bottom}px` };

  if (collapsed) {
    return (
      <button
        type="button"
        class="pill"
        style={style}
        aria-label="Yardstick: show my time saved"
        {...drag.handlers}
        onClick={() => !drag.moved() && props.onCollapse(false)}
      >
        <Mark />
        <span>{figures?.hasModel ? `${savedTime(f, figures.month.minutes)} this month` : 'Yardstick'}</span>
      </button>
    );
  }

  return (
    <section class="panel" style={style} aria-label="Yardstick: your time saved on this site">
      <div class={drag.active ? 'head dragging' : 'head'} {...drag.handlers}>
        <Mark />
        <div class="title">
          <strong>Your time saved</strong>
          <span>{figures ? `${figures.app} · this site only` : 'Loading…'}</span>
        </div>
        <button type="button" class="icon" aria-label="Collapse" title="Collapse" onClick={() => props.onCollapse(true)}>
          <svg width="14" height="14" viewBox="0 0 14 14" aria-hidden="true">
            <path d="M3 5l4 4 4-4" fill="none" stroke="currentColor" stroke-width="1.8" stroke-linecap="round" />
          </svg>
        </button>
        <button
          type="button"
          class="icon"
          aria-label="Hide (Alt+Shift+Y shows it again)"
          title="Hide (Alt+Shift+Y)"
          onClick={props.onHide}
        >
          <svg width="14" height="14" viewBox="0 0 14 14" aria-hidden="true">
            <path d="M3.5 3.5l7 7M10.5 3.5l-7 7" fill="none" stroke="currentColor" stroke-width="1.8" stroke-linecap="round" />
          </svg>
        </button>
      </div>
      {figures === null || !figures.hasModel ? (
        <p class="foot note">Waiting for this app's value model. Use the app for a moment and your time saved appears here.</p>
      ) : (
        <Figures figures={figures} hourlyRateLabel={props.hourlyRateLabel} />
      )}
    </section>
  );
}

function Figures({ figures, hourlyRateLabel }: { figures: OverlayFigures; hourlyRateLabel: string | null }) {
  const f = formatterFor(figures.currency);
  const periods: [string, string, OverlayFigures['today']][] = [
    ['Today', 'today', figures.today],
    ['Week', 'week', figures.week],
    ['Month', 'month', figures.month],
  ];
  return (
    <>
      <div class="periods">
        {periods.map(([label, key, p]) => (
          <div class="period" key={key} data-period={key}>
            <div class="label">{label}</div>
            <div class="minutes">{savedTime(f, p.minutes)}</div>
            <div class="value">{f.money(p.value)}</div>
          </div>
        ))}
      </div>
      <div class="foot">
        <div class="row">
          <span class="note">
            {figures.rateSource === 'yours'
              ? `Valued at your ${hourlyRateLabel ?? 'hourly rate'}`
              : "Valued at the app's own hourly rates"}
          </span>
          {figures.paused && <span class="chip paused">Capture paused</span>}
        </div>
        {figures.valueToCost !== null && figures.rating !== null ? (
          <div class="row" data-figure="value-to-cost">
            <span class="note">Value-to-cost this month, seat {f.money(figures.seatCost ?? 0)}/mo</span>
            <span class="ratio-box">
              <span class="ratio">{f.ratio(figures.valueToCost)}</span>
              <span class={`chip ${figures.rating}`}>{figures.rating}</span>
            </span>
          </div>
        ) : (
          <span class="note">
            {figures.rateSource === 'app' ? 'Add your hourly rate' : 'Add your seat price'} in the Yardstick popup to see
            value-to-cost.
          </span>
        )}
      </div>
    </>
  );
}

/**
 * Pointer-captured drag of the panel; a press that never moved stays a click. The start is read
 * from where the panel actually is, so the default (left-anchored) place drags like any other.
 */
function useDrag(onMove: OverlayPanelProps['onMove']) {
  const start = useRef<{ x: number; y: number; anchor: Anchor; moved: boolean } | null>(null);
  const movedRef = useRef(false);
  const [active, setActive] = useState(false);
  const handlers = {
    onPointerDown(e: PointerEvent) {
      if (e.button !== 0 || (e.target as Element).closest('.icon')) return;
      const box = ((e.currentTarget as Element).closest('.panel, .pill') ?? (e.currentTarget as Element)).getBoundingClientRect();
      const root = document.documentElement;
      const anchor = { right: root.clientWidth - box.right, bottom: root.clientHeight - box.bottom };
      start.current = { x: e.clientX, y: e.clientY, anchor, moved: false };
      movedRef.current = false;
      (e.currentTarget as Element).setPointerCapture(e.pointerId);
      setActive(true);
    },
    onPointerMove(e: PointerEvent) {
      const s = start.current;
      if (s === null) return;
      const dx = e.clientX - s.x;
      const dy = e.clientY - s.y;
      if (!s.moved && Math.abs(dx) + Math.abs(dy) < 4) return;
      s.moved = true;
      movedRef.current = true;
      onMove(dragAnchor(s.anchor, dx, dy), false);
    },
    onPointerUp(e: PointerEvent) {
      const s = start.current;
      start.current = null;
      setActive(false);
      if (s?.moved) onMove(dragAnchor(s.anchor, e.clientX - s.x, e.clientY - s.y), true);
    },
    onPointerCancel() {
      start.current = null;
      setActive(false);
    },
  };
  return { handlers, active, moved: () => movedRef.current };
}
