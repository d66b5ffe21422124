import { type CaptureScope, captureScope } from './capture-context';

/**
 * For unit tests of capture modules: a window and a document that are bare EventTargets, a clock,
 * and the signals and faults the modules report. `fire` dispatches an event carrying `props`
 * (its `target` too, which a real dispatch would set).
 */
export function fakePage(extra: Record<string, unknown> = {}) {
  let now = 0;
  const signals: Array<{ signal: string; el: unknown; extra?: Record<string, unknown> }> = [];
  const faults: unknown[] = [];
  const win = Object.assign(new EventTarget(), extra);
  const doc = new EventTarget();
  const scope: CaptureScope = captureScope({
    win: win as unknown as Window,
    doc: doc as unknown as Document,
    now: () => now,
    signal: (signal, el, more) => void signals.push(more ? { signal, el, extra: more } : { signal, el }),
    taskCompleted: () => {},
    ticketOpened: () => {},
    visit: () => {},
    interaction: () => {},
    isOwn: () => false,
    fault: (error) => void faults.push(error),
  });
  const fire = (target: EventTarget, type: string, props: Record<string, unknown> = {}) => {
    const event = new Event(type);
    for (const [key, value] of Object.entries(props)) Object.defineProperty(event, key, { value });
    target.dispatchEvent(event);
  };
  const setNow = (t: number) => {
    now = t;
  };
  return { win, doc, scope, signals, faults, fire, setNow };
}
