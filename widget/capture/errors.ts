import type { DetectorSettings } from '../detectors/defaults';
import { createRepeat } from '../detectors/repeat';
import { type CaptureContext, listen } from './capture-context';

/**
 * Error loops: the same uncaught JS error, or the same form failing validation, over and over.
 * Error messages are used as keys in memory only; events carry the form's selector and a count,
 * never a message (it can quote what the user typed).
 */
export function captureErrors(ctx: CaptureContext, s: DetectorSettings): () => void {
  if (!s.errorLoop) return () => {};
  const repeat = createRepeat(s.errorLoop);
  const thisTask = new Set<Element>();

  const formFailed = (form: Element) => {
    // One submit fires `invalid` once per bad field, all in one task: count the attempt once.
    if (thisTask.has(form)) return;
    thisTask.add(form);
    setTimeout(() => thisTask.delete(form));
    const t = ctx.now();
    const count = repeat(`form:${formKey(form)}`, t);
    if (count > 0) ctx.signal('error_loop', form, { source: 'form', count });
  };

  const jsError = (key: string) => {
    const count = repeat(`js:${key}`, ctx.now());
    if (count > 0) ctx.signal('error_loop', null, { source: 'js', count });
  };

  const stops = [
    listen(ctx.win, 'error', (e) => {
      const ev = e as ErrorEvent;
      if (ev.message) jsError(`${ev.message}@${ev.filename}:${ev.lineno}:${ev.colno}`);
    }),
    listen(ctx.win, 'unhandledrejection', (e) => {
      const reason = (e as PromiseRejectionEvent).reason as { message?: unknown } | undefined;
      jsError(`rejection:${typeof reason?.message === 'string' ? reason.message : String(reason)}`);
    }),
    // Native constraint validation: the browser blocks the submit and fires `invalid` per field.
    listen(ctx.doc, 'invalid', (e) => {
      const form = (e.target as HTMLInputElement | null)?.form;
      if (form) formFailed(form);
    }),
    // Script validation: the app marks fields aria-invalid in its submit handler, after ours ran.
    listen(ctx.doc, 'submit', (e) => {
      const form = e.target as HTMLFormElement;
      setTimeout(() => {
        if (form.isConnected && form.querySelector('[aria-invalid=true]')) formFailed(form);
      });
    }),
  ];
  return () => {
    for (const stop of stops) stop();
  };
}

const formKey = (form: Element) => form.id || form.getAttribute('name') || form.getAttribute('action') || 'form';
