import type { ConfusionSignal } from '../../core/schema/event';

/** What the capture modules report to; the runtime implements it. */
export interface CaptureContext {
  win: Window;
  doc: Document;
  /** Epoch ms. */
  now(): number;
  /** A confusion signal, at an element when there is one. */
  signal(signal: ConfusionSignal, el: Element | null, extra?: Record<string, unknown>): void;
  taskCompleted(task: string, ts: number): void;
  ticketOpened(channel: string, ts: number): void;
  /** A route visit (push, back/forward, first load); replaceState never makes one. */
  visit(route: string, ts: number): void;
  /** The user did something (for hesitation). */
  interaction(ts: number): void;
  /** Nodes the widget itself added (its UI hosts): never captured, never a "response" to a click. */
  isOwn(node: Node): boolean;
}

/** Adds a listener and returns its removal, so each capture module can return one cleanup. */
export function listen(
  target: EventTarget,
  type: string,
  handler: (e: Event) => void,
  options: AddEventListenerOptions = { capture: true, passive: true },
): () => void {
  target.addEventListener(type, handler, options);
  return () => target.removeEventListener(type, handler, options);
}
