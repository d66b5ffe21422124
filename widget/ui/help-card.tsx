import { Component, type RefObject } from 'preact';
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

interface State {
  pos?: { left: number; top: number };
  helpful?: boolean;
  announce?: string;
}

/**
 * The help card: non-modal (the page stays usable), never takes focus, reachable with Tab, closed
 * with Escape or its button, and placed in the viewport corner farthest from the control the user
 * is fighting; it moves when scrolling or resizing would make it cover that control. One card per
 * episode: ui-entry keys it by the episode id.
 */
export class HelpCard extends Component<Props, State> {
  card: RefObject<HTMLElement | null> = { current: null };
  frame = 0;
  timer?: ReturnType<typeof setTimeout>;

  place = () => {
    const target = this.props.request.target;
    const t = target?.isConnected ? target.getBoundingClientRect() : null;
    this.setState({
      pos: placeCard(
        t,
        { width: innerWidth, height: innerHeight },
        this.card.current!.getBoundingClientRect(),
        this.props.avoid(),
      ),
    });
  };

  later = () => {
    cancelAnimationFrame(this.frame);
    this.frame = requestAnimationFrame(this.place);
  };

  log(name: 'help_shown' | 'help_engaged' | 'help_feedback' | 'help_dismissed', props: Record<string, unknown> = {}) {
    const { helpId, episodeId } = this.props.request;
    this.props.host.log(name, { helpId, episodeId, ...props });
  }

  override componentDidMount() {
    this.place();
    // Captured: scrolling any container can move the target.
    addEventListener('resize', this.later);
    addEventListener('scroll', this.later, true);
    const { request } = this.props;
    this.log('help_shown', { trigger: request.signal });
    // Filled after insertion, so screen readers announce it (politely: it never interrupts).
    this.timer = setTimeout(() => this.setState({ announce: `Help available: ${request.entry.title}` }), 100);
  }

  override componentWillUnmount() {
    cancelAnimationFrame(this.frame);
    clearTimeout(this.timer);
    removeEventListener('resize', this.later);
    removeEventListener('scroll', this.later, true);
  }

  feedback(helpful: boolean) {
    this.setState({ helpful });
    this.log('help_feedback', { helpful });
  }

  dismiss = () => {
    this.log('help_dismissed');
    this.props.onClose();
  };

  override render({ request: { entry } }: Props, { pos, helpful, announce }: State) {
    // The model's URL passed core's schema; links still only go to web pages, never javascript: or data:.
    const guide = entry.url && /^https?:\/\//i.test(entry.url) ? entry.url : undefined;
    const chip = (value: boolean) => (
      <button type="button" class="chip" aria-pressed="false" aria-describedby="ys-q" onClick={() => this.feedback(value)}>
        {value ? 'Yes' : 'No'}
      </button>
    );
    return (
      <aside
        ref={this.card}
        class="card"
        aria-labelledby="ys-title"
        style={pos ? { left: `${pos.left}px`, top: `${pos.top}px` } : { left: '0px', top: '0px', visibility: 'hidden' }}
        onKeyDown={(e) => {
          if (e.key === 'Escape') {
            e.stopPropagation();
            this.dismiss();
          }
        }}
      >
        <div class="head">
          <span class="eyebrow">
            <BulbIcon />
            Quick help
          </span>
          <button type="button" class="x" aria-label="Dismiss help" onClick={this.dismiss}>
            <CloseIcon />
          </button>
        </div>
        <h2 id="ys-title">{entry.title}</h2>
        <p>{entry.body}</p>
        {guide && (
          <a class="link" href={guide} target="_blank" rel="noopener noreferrer" onClick={() => this.log('help_engaged')}>
            Read the guide <ArrowIcon />
          </a>
        )}
        <div class="fb">
          {helpful === undefined ? (
            [<span id="ys-q">Did this help?</span>, chip(true), chip(false)]
          ) : (
            <span key="thanks" role="status">
              {helpful ? 'Glad it helped. Thanks!' : 'Thanks, we will improve this tip.'}
            </span>
          )}
        </div>
        <span class="sr" role="status">
          {announce}
        </span>
      </aside>
    );
  }
}
