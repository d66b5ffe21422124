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
  /** A bug inside capture, caught: the runtime reports it through on('error'). */
  fault(error: unknown): void;
}

/** The context as each capture module gets it: with listeners and cleanups that all end together. */
export interface CaptureScope extends CaptureContext {
  /** A passive capture-phase listener, guarded, removed when capture stops. */
  on(target: EventTarget, type: string, handler: (e: Event) => void): void;
  /** `fn` guarded; the scope's first fault is reported, later ones only cost their signal. */
  guard<T>(fn: (arg: T) => void): (arg: T) => void;
  /** Runs when capture stops. */
  onStop(stop: () => void): void;
  /** Ends every listener and cleanup added. */
  stop(): void;
}

/** `ctx` as a scope of listeners and cleanups. */
export function captureScope(ctx: CaptureContext): CaptureScope {
  const stops: Array<() => void> = [];
  const options = { capture: true, passive: true };
  let faulted = false;
  // Once per scope: a bug in a scroll handler would otherwise flood the page's error listeners.
  const fault = (error: unknown) => {
    if (faulted) return;
    faulted = true;
    ctx.fault(error);
  };
  const scopeGuard = <T>(fn: (arg: T) => void) => guard(fn, fault);
  return {
    ...ctx,
    fault,
    guard: scopeGuard,
    on(target, type, handler) {
      const guarded = scopeGuard(handler);
      target.addEventListener(type, guarded, options);
      stops.push(() => target.removeEventListener(type, guarded, options));
    },
    onStop: (stop) => void stops.push(stop),
    stop() {
      for (const stop of stops) stop();
    },
  };
}

/**
 * `fn`, except that an error in it goes to `fault` instead of the page: it runs in the page's event
 * dispatch, timers and history calls, where a throw would reach the page's own error handlers (or
 * break its router). One argument, no rest array: scroll, input and selectionchange handlers run often.
 */
export const guard =
  <T>(fn: (arg: T) => void, fault: (error: unknown) => void) =>
  (arg: T): void => {
    try {
      fn(arg);
    } catch (error) {
      fault(error);
    }
  };
