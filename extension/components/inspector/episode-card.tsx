import { useState } from 'preact/hooks';
import { formatDuration } from '../../../core/report/render-format';
import type { EpisodeRow } from '../../lib/figures/inspector-view';
import { highlightOnPage } from './highlight';

const time = (ts: number) =>
  new Date(ts).toLocaleTimeString(undefined, { hour: '2-digit', minute: '2-digit', second: '2-digit' });
const after = (from: number, ts: number) => `+${Math.max(0, Math.round((ts - from) / 1000))} s`;

/** "12:31" until the window ends. */
export function countdown(ms: number): string {
  const s = Math.max(0, Math.ceil(ms / 1000));
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  const sec = String(s % 60).padStart(2, '0');
  return h > 0 ? `${h}:${String(m).padStart(2, '0')}:${sec}` : `${m}:${sec}`;
}

const STATUS_LABEL: Record<EpisodeRow['status'], string> = {
  deflected: 'Deflected',
  escalated: 'Escalated',
  abandoned: 'Abandoned',
  open: 'Open',
  unhelped: 'No help shown',
};

/** One frustrated moment: its signals (hover to outline the element on the page), the help, and the outcome. */
export function EpisodeCard({ row, now, tabId }: { row: EpisodeRow; now: number; tabId: number | null }) {
  const [spot, setSpot] = useState<{ index: number; note: string } | null>(null);
  const point = async (index: number, selector: string | undefined) => {
    if (tabId === null || selector === undefined) return;
    const reply = await highlightOnPage(tabId, selector);
    setSpot({
      index,
      note:
        reply === null
          ? ''
          : !reply.found
            ? 'not on this page now'
            : reply.visible
              ? 'outlined on the page'
              : 'on the page, off-screen',
    });
  };
  const clear = () => {
    setSpot(null);
    if (tabId !== null) void highlightOnPage(tabId, null);
  };
  const left = row.windowEndsAt === undefined ? 0 : row.windowEndsAt - now;
  return (
    <article
      class={`episode ${row.status}`}
      data-episode={row.episodeId}
      data-status={row.status}
      aria-label={`Episode ${row.episodeId}: ${STATUS_LABEL[row.status]}`}
    >
      <header class="ep-head">
        <span class={`chip ${row.status}`}>
          {STATUS_LABEL[row.status]}
          {row.status === 'open' && <span class="num"> · {countdown(left)} left</span>}
        </span>
        {row.cohort && <span class={`chip ${row.cohort}`}>{row.cohort === 'control' ? 'holdout' : 'treatment'}</span>}
        <span class="ep-user" title={row.userId}>
          {row.userId}
        </span>
        <time class="ep-time num">{time(row.startedAt)}</time>
      </header>
      <ol class="signals">
        {row.signals.map((s, i) => (
          <li
            key={s.eventId}
            data-event-id={s.eventId}
            tabIndex={s.selector ? 0 : -1}
            class={s.selector ? 'signal pointable' : 'signal'}
            onMouseEnter={() => void point(i, s.selector)}
            onMouseLeave={clear}
            onFocus={() => void point(i, s.selector)}
            onBlur={clear}
          >
            <span class="kind">{s.signal.replace('_', ' ')}</span>
            <code class="selector">{s.selector ?? 'no element'}</code>
            <span class="offset num">{i === 0 ? time(s.ts) : after(row.startedAt, s.ts)}</span>
            {spot?.index === i && spot.note && <span class="spot">{spot.note}</span>}
          </li>
        ))}
      </ol>
      <HelpLine row={row} />
      <OutcomeLine row={row} now={now} />
    </article>
  );
}

function HelpLine({ row }: { row: EpisodeRow }) {
  if (row.help === undefined) {
    return (
      <p class="ep-line muted">
        {row.cohort === 'control' ? 'Holdout: help withheld on purpose.' : 'No help matched this moment.'}
      </p>
    );
  }
  const h = row.help;
  return (
    <p class="ep-line" data-help={h.helpId}>
      <span class="ep-key">Help</span> “{row.helpTitle ?? h.helpId}” at {time(h.shownAt)} ·{' '}
      <span class={h.engaged ? 'yes' : 'muted'}>{h.engaged ? 'engaged' : 'not opened'}</span> ·{' '}
      {h.helpful === undefined ? (
        <span class="muted">no feedback</span>
      ) : h.helpful ? (
        <span class="yes">rated helpful</span>
      ) : (
        <span class="no">rated not helpful</span>
      )}
    </p>
  );
}

function OutcomeLine({ row, now }: { row: EpisodeRow; now: number }) {
  const window = row.windowEndsAt !== undefined && row.help ? formatDuration(row.windowEndsAt - row.help.shownAt) : 'the window';
  let text: string;
  switch (row.status) {
    case 'deflected':
      text = `Completed at ${time(row.resolvedAt ?? now)}, no ticket within ${window}: deflected.`;
      break;
    case 'escalated':
      text = `Ticket opened at ${time(row.resolvedAt ?? now)}: escalated.`;
      break;
    case 'abandoned':
      text = `Nothing completed within ${window} of the help.`;
      break;
    case 'open':
      text =
        row.completedAt !== undefined
          ? `Completed at ${time(row.completedAt)}; deflected unless a ticket follows in ${countdown((row.windowEndsAt ?? now) - now)}.`
          : `Waiting for the task or a ticket: window ends at ${time(row.windowEndsAt ?? now)}.`;
      break;
    default:
      text = row.ticketAfterSignal ? 'A ticket followed within the window.' : 'No ticket so far.';
  }
  return (
    <p class="ep-line outcome">
      <span class="ep-key">Outcome</span> {text}
    </p>
  );
}
