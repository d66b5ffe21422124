import { useEffect, useRef, useState } from 'preact/hooks';
import type { YardstickEvent } from '../../core/schema/event';
import { type BadgeFigures, badgeFigures, savedSince } from './badge-data';
import { BadgePanel } from './badge-panel';
import type { Formatters } from './format';
import { ClockIcon } from './icons';
import type { UiHost } from './ui-contract';

export type BadgeSpot = 'bottom-right' | 'bottom-left' | 'top-right' | 'top-left' | 'inline';

interface Props {
  host: UiHost;
  spot: BadgeSpot;
  fmt: Formatters;
  /** The locale's first day of the week, looked up when the breakdown first needs it. */
  weekStartsOn: () => number;
  /** Lets the help card keep clear of the badge. */
  onElement: (el: HTMLElement | null) => void;
}

const PANEL_ID = 'ys-breakdown';

/**
 * The saved-time badge: this month's time saved (core's timeSavedOf over this user's events),
 * opening a breakdown on click. Floating, it stays hidden until there is something to show;
 * mounted into the product's own element, it shows an empty state instead.
 */
export function Badge({ host, spot, fmt, weekStartsOn, onElement }: Props) {
  // The label needs this month only; the breakdown's three periods are computed when it opens.
  const [month, setMonth] = useState<{ minutes: number; completions: number } | null>(null);
  const [figures, setFigures] = useState<BadgeFigures | null>(null);
  const events = useRef<YardstickEvent[]>([]);
  const [open, setOpen] = useState(false);
  const [panelStyle, setPanelStyle] = useState<Record<string, string>>({});
  const [announce, setAnnounce] = useState('');
  const wrap = useRef<HTMLDivElement>(null);
  const button = useRef<HTMLButtonElement>(null);
  const last = useRef<number | null>(null);

  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    let alive = true;
    const refresh = () =>
      void host.readEvents().then((list) =>
        // Computed in a task of its own, not in IndexedDB's callback.
        setTimeout(() => {
          if (!alive) return;
          events.current = list;
          const now = savedSince('month', list, host.model, host.now());
          const minutes = Math.round(now.minutes);
          // Announce changes, not the first reading: the number is already in the button's label.
          if (last.current !== null && minutes !== last.current)
            setAnnounce(`Time saved this month: ${fmt.durationLong(minutes)}`);
          last.current = minutes;
          setMonth({ minutes, completions: now.completions });
          setFigures((shown) => (shown ? badgeFigures(list, host.model, host.now(), weekStartsOn()) : null));
        }),
      );
    refresh();
    const off = host.onEvent((e) => {
      if (e.name !== 'task_completed' && e.name !== 'identify') return;
      if (timer !== undefined) clearTimeout(timer);
      timer = setTimeout(refresh, 250);
    });
    return () => {
      alive = false;
      off();
      if (timer !== undefined) clearTimeout(timer);
    };
  }, []);

  useEffect(() => {
    onElement(wrap.current);
    return () => onElement(null);
  }, [month !== null]);

  useEffect(() => {
    if (!open) return;
    const doc = wrap.current!.ownerDocument;
    const outside = (e: Event) => {
      if (!e.composedPath().includes(wrap.current!)) setOpen(false);
    };
    doc.addEventListener('pointerdown', outside, true);
    return () => doc.removeEventListener('pointerdown', outside, true);
  }, [open]);

  if (month === null || (spot !== 'inline' && month.completions === 0)) return null;

  const toggle = () => {
    if (!open) {
      setPanelStyle(panelPosition(button.current!));
      setFigures(badgeFigures(events.current, host.model, host.now(), weekStartsOn()));
    }
    setOpen(!open);
  };
  const closeOnEscape = (e: KeyboardEvent) => {
    if (e.key !== 'Escape' || !open) return;
    e.stopPropagation();
    setOpen(false);
    button.current?.focus(); // the user opened it from the button: give focus back there
  };

  return (
    <div ref={wrap} class={`wrap ${spot}`}>
      <button
        ref={button}
        type="button"
        class="badge"
        aria-expanded={open}
        aria-controls={PANEL_ID}
        aria-label={`Time saved this month: ${fmt.durationLong(month.minutes)}. Show the breakdown`}
        onClick={toggle}
        onKeyDown={closeOnEscape}
      >
        <span class="ic">
          <ClockIcon />
        </span>
        <span class="stack">
          <span class="num">{fmt.duration(month.minutes)}</span>
          <span class="lbl">saved this month</span>
        </span>
      </button>
      <span class="sr" role="status">
        {announce}
      </span>
      {open && figures && (
        <BadgePanel id={PANEL_ID} figures={figures} model={host.model} fmt={fmt} style={panelStyle} onKeyDown={closeOnEscape} />
      )}
    </div>
  );
}

/** The panel opens above or below the badge, whichever has room, aligned to its nearer edge. */
function panelPosition(button: HTMLElement): Record<string, string> {
  const r = button.getBoundingClientRect();
  const win = button.ownerDocument.defaultView!;
  const width = Math.min(340, win.innerWidth - 24);
  const left = Math.min(
    Math.max(12, r.left + r.width / 2 > win.innerWidth / 2 ? r.right - width : r.left),
    win.innerWidth - width - 12,
  );
  const below = r.top < win.innerHeight / 2;
  return below
    ? { left: `${left}px`, top: `${r.bottom + 8}px` }
    : { left: `${left}px`, bottom: `${win.innerHeight - r.top + 8}px` };
}
