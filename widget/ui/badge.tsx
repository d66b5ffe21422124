import { Component, type RefObject } from 'preact';
import type { YardstickEvent } from '../../core/schema/event';
import { badgeFigures, savedSince } from './badge-data';
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
}

interface State {
  /** This month only, for the label; the breakdown's three periods are computed while it is open. */
  month?: { minutes: number; completions: number };
  /** Where the open breakdown sits; none while it is closed. */
  panel?: Record<string, string>;
  announce?: string;
}

const PANEL_ID = 'ys-breakdown';

/**
 * The saved-time badge: this month's time saved (core's timeSavedOf over this user's events),
 * opening a breakdown on click. Floating, it stays hidden until there is something to show;
 * mounted into the product's own element, it shows an empty state instead.
 */
export class Badge extends Component<Props, State> {
  events: YardstickEvent[] = [];
  wrap: RefObject<HTMLDivElement | null> = { current: null };
  timer?: ReturnType<typeof setTimeout>;
  off?: () => void;

  override componentDidMount() {
    const { host, fmt } = this.props;
    const refresh = () =>
      void host.readEvents().then((list) =>
        // Computed in a task of its own, not in IndexedDB's callback.
        setTimeout(() => {
          if (!this.off) return; // unmounted meanwhile
          this.events = list;
          const now = savedSince('month', list, host.model, host.now());
          const minutes = Math.round(now.minutes);
          const last = this.state.month;
          // Announce changes, not the first reading: the number is already in the button's label.
          if (last && minutes !== last.minutes)
            this.setState({ announce: `Time saved this month: ${fmt.durationLong(minutes)}` });
          this.setState({ month: { minutes, completions: now.completions } });
        }),
      );
    this.off = host.onEvent((e) => {
      if (e.name !== 'task_completed' && e.name !== 'identify') return;
      clearTimeout(this.timer);
      this.timer = setTimeout(refresh, 250);
    });
    refresh();
    document.addEventListener('pointerdown', this.outside, true);
  }

  override componentWillUnmount() {
    this.off!();
    this.off = undefined;
    clearTimeout(this.timer);
    document.removeEventListener('pointerdown', this.outside, true);
  }

  outside = (e: Event) => {
    if (this.state.panel && !e.composedPath().includes(this.wrap.current!)) this.setState({ panel: undefined });
  };

  toggle = (e: MouseEvent) =>
    this.setState({ panel: this.state.panel ? undefined : panelPosition(e.currentTarget as HTMLElement) });

  closeOnEscape = (e: KeyboardEvent) => {
    if (e.key !== 'Escape' || !this.state.panel) return;
    e.stopPropagation();
    this.setState({ panel: undefined });
    (this.wrap.current!.firstChild as HTMLElement).focus(); // the user opened it from the button: give focus back there
  };

  override render({ host, spot, fmt, weekStartsOn }: Props, { month, panel, announce }: State) {
    if (!month || (spot !== 'inline' && month.completions === 0)) return null;
    return (
      <div ref={this.wrap} class={`wrap ${spot}`}>
        <button
          type="button"
          class="badge"
          aria-expanded={!!panel}
          aria-controls={PANEL_ID}
          aria-label={`Time saved this month: ${fmt.durationLong(month.minutes)}. Show the breakdown`}
          onClick={this.toggle}
          onKeyDown={this.closeOnEscape}
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
        {panel && (
          <BadgePanel
            id={PANEL_ID}
            figures={badgeFigures(this.events, host.model, host.now(), weekStartsOn())}
            model={host.model}
            fmt={fmt}
            style={panel}
            onKeyDown={this.closeOnEscape}
          />
        )}
      </div>
    );
  }
}

/** The panel opens above or below the badge, whichever has room, aligned to its nearer edge. */
function panelPosition(button: HTMLElement): Record<string, string> {
  const r = button.getBoundingClientRect();
  const width = Math.min(340, innerWidth - 24);
  const left = `${Math.min(Math.max(12, r.left + r.width / 2 > innerWidth / 2 ? r.right - width : r.left), innerWidth - width - 12)}px`;
  return r.top < innerHeight / 2 ? { left, top: `${r.bottom + 8}px` } : { left, bottom: `${innerHeight - r.top + 8}px` };
}
