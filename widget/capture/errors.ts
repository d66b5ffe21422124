import type { DetectorSettings } from '../detectors/defaults';
import { createRepeat } from '../detectors/repeat';
import type { CaptureScope } from './capture-context';

/**
 * Error loops: the same uncaught JS error, or the same form failing validation, over and over.
 * Error messages are used as keys in memory only; events carry the form's selector and a count,
 * never a message (it can quote what the user typed).
 */
export function captureErrors(ctx: CaptureScope, s: DetectorSettings): void {
  if (!s.errorLoop) return;
  const repeat = createRepeat(s.errorLoop);
  const thisTask = new Set<Element>();
  const loop = (key: string, form: Element | null) => {
    const count = repeat(key, ctx.now());
    if (count) ctx.signal('error_loop', form, { source: form ? 'form' : 'js', count });
  };
  const formFailed = (form: Element) => {
    // One submit fires `invalid` once per bad field, all in one task: count the attempt once.
    if (thisTask.has(form)) return;
    thisTask.add(form);
    setTimeout(() => thisTask.delete(form));
    loop(`form:${form.id || form.getAttribute('name') || form.getAttribute('action') || 'form'}`, form);
  };

  ctx.on(ctx.win, 'error', (e) => {
    const { message, filename, lineno, colno } = e as ErrorEvent;
    if (message) loop(`js:${message}@${filename}:${lineno}:${colno}`, null);
  });
  ctx.on(ctx.win, 'unhandledrejection', (e) => {
    const reason = (e as PromiseRejectionEvent).reason as { message?: unknown } | undefined;
    loop(`js:rejection:${typeof reason?.message === 'string' ? reason.message : String(reason)}`, null);
  });
  // Native constraint validation: the browser blocks the submit and fires `invalid` per field.
  ctx.on(ctx.doc, 'invalid', (e) => {
    const form = (e.target as HTMLInputElement | null)?.form;
    if (form) formFailed(form);
  });
  // Script validation: the app marks fields aria-invalid in its submit handler, after ours ran.
  ctx.on(ctx.doc, 'submit', (e) => {
    const form = e.target as HTMLFormElement;
    setTimeout(
      ctx.guard(() => {
        if (form.isConnected && form.querySelector('[aria-invalid=true]')) formFailed(form);
      }),
    );
  });
}
