import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import { ArrowIcon, BulbIcon, CloseIcon } from './icons';
import { placeCard, type Rect } from './placement';
import type { HelpRequest, UiHost } from './ui-contract';

interface Props {
  request: HelpRequest;
  host: UiHost;
  /** Rects the card should not cover besides the target (the floating badge). */
  avoid: () => Rect[];
  onClose: () => void;
}

/**
 * The help card: non-modal (the page stays usable), never takes focus, reachable with Tab, closed
 * with Escape or its button, and placed in the viewport corner farthest from the control the user
 * is fighting; it moves when scrolling or resizing would make it cover that control.
 */
export function HelpCard({ request, host, avoid, onClose }: Props) {
  const { helpId, entry, episodeId, signal, target } = request;
  // The model's URL passed core's schema; links still only go to web pages, never javascript: or data:.
  const guide = entry.url && /^https?:\/\//i.test(entry.url) ? entry.url : undefined;
  const ref = useRef<HTMLElement>(null);
  const [pos, setPos] = useState<{ left: number; top: number } | null>(null);
  const [helpful, setHelpful] = useState<boolean | null>(null);
  const [announce, setAnnounce] = useState('');

  useLayoutEffect(() => {
    let frame = 0;
    const place = () => {
      const el = ref.current;
      if (!el) return;
      const win = el.ownerDocument.defaultView!;
      const box = el.getBoundingClientRect();
      const t = target?.isConnected ? target.getBoundingClientRect() : null;
      setPos(placeCard(t, { width: win.innerWidth, height: win.innerHeight }, { width: box.width, height: box.height }, avoid()));
    };
    const later = () => {
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(place);
    };
    place();
    const win = ref.current?.ownerDocument.defaultView;
    win?.addEventListener('resize', later, { passive: true });
    win?.addEventListener('scroll', later, { passive: true, capture: true });
    return () => {
      cancelAnimationFrame(frame);
      win?.removeEventListener('resize', later);
      win?.removeEventListener('scroll', later, { capture: true });
    };
  }, [target]);

  useEffect(() => {
    host.log('help_shown', { helpId, episodeId, trigger: signal });
    // Filled after insertion, so screen readers announce it (politely: it never interrupts).
    const t = setTimeout(() => setAnnounce(`Help available: ${entry.title}`), 100);
    return () => clearTimeout(t);
  }, [helpId, episodeId]);

  const feedback = (value: boolean) => {
    if (helpful !== null) return;
    setHelpful(value);
    host.log('help_feedback', { helpId, episodeId, helpful: value });
  };
  const dismiss = () => {
    host.log('help_dismissed', { helpId, episodeId });
    onClose();
  };

  return (
    <aside
      ref={ref}
      class="card"
      aria-labelledby="ys-title"
      style={pos ? { left: `${pos.left}px`, top: `${pos.top}px` } : { left: '0px', top: '0px', visibility: 'hidden' }}
      onKeyDown={(e) => {
        if (e.key === 'Escape') {
          e.stopPropagation();
          dismiss();
        }
      }}
    >
      <div class="head">
        <span class="eyebrow">
          <BulbIcon />
          Quick help
        </span>
        <button type="button" class="x" aria-label="Dismiss help" onClick={dismiss}>
          <CloseIcon />
        </button>
      </div>
      <h2 id="ys-title">{entry.title}</h2>
      <p>{entry.body}</p>
      {guide && (
        <a
          class="link"
          href={guide}
          target="_blank"
          rel="noopener noreferrer"
          onClick={() => host.log('help_engaged', { helpId, episodeId })}
        >
          Read the guide <ArrowIcon />
        </a>
      )}
      <div class="fb">
        {helpful === null ? (
          <>
            <span id="ys-q">Did this help?</span>
            <button type="button" class="chip" aria-pressed="false" aria-describedby="ys-q" onClick={() => feedback(true)}>
              Yes
            </button>
            <button type="button" class="chip" aria-pressed="false" aria-describedby="ys-q" onClick={() => feedback(false)}>
              No
            </button>
          </>
        ) : (
          <span role="status">{helpful ? 'Glad it helped. Thanks!' : 'Thanks, we will improve this tip.'}</span>
        )}
      </div>
      <span class="sr" role="status">
        {announce}
      </span>
    </aside>
  );
}
