import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { DETECTOR_DEFAULTS } from '../detectors/defaults';
import { captureErrors } from './errors';
import { fakePage } from './fake-page';

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

/** A form with an id, and what `querySelector('[aria-invalid=true]')` finds in it. */
const form = (id: string, invalid = false) =>
  ({ id, isConnected: true, getAttribute: () => null, querySelector: () => (invalid ? {} : null) }) as unknown as HTMLFormElement;

function start() {
  const page = fakePage();
  captureErrors(page.scope, DETECTOR_DEFAULTS);
  return page;
}

describe('error loops', () => {
  it('the same uncaught error three times within a minute is one loop, with a count and no message', () => {
    const { win, fire, signals, setNow } = start();
    const error = { message: 'Cannot read secret@example.com', filename: 'app.js', lineno: 1, colno: 2 };
    for (const t of [0, 20_000, 40_000]) {
      setNow(t);
      fire(win, 'error', error);
    }
    expect(signals).toEqual([{ signal: 'error_loop', el: null, extra: { source: 'js', count: 3 } }]);
  });

  it('errors spread over more than a minute, different errors and resource errors are no loop', () => {
    const { win, fire, signals, setNow } = start();
    for (const t of [0, 40_000, 80_000]) {
      setNow(t);
      fire(win, 'error', { message: 'a', filename: 'app.js', lineno: 1, colno: 1 });
    }
    for (const line of [1, 2, 3]) fire(win, 'error', { message: 'b', filename: 'app.js', lineno: line, colno: 1 });
    for (let i = 0; i < 3; i++) fire(win, 'error'); // an image failing to load: no message
    expect(signals).toEqual([]);
  });

  it('the same unhandled rejection three times is a loop', () => {
    const { win, fire, signals } = start();
    for (let i = 0; i < 3; i++) fire(win, 'unhandledrejection', { reason: new Error('timeout') });
    expect(signals).toEqual([{ signal: 'error_loop', el: null, extra: { source: 'js', count: 3 } }]);
  });

  it('a form failing native validation three times is a loop at the form; one submit counts once', () => {
    const { doc, fire, signals } = start();
    const f = form('invoice-form');
    for (let submit = 0; submit < 3; submit++) {
      for (let field = 0; field < 2; field++) fire(doc, 'invalid', { target: { form: f } }); // two bad fields
      vi.runAllTimers();
    }
    expect(signals).toEqual([{ signal: 'error_loop', el: f, extra: { source: 'form', count: 3 } }]);
  });

  it('a form the app marks aria-invalid after submit counts; a valid one does not', () => {
    const { doc, fire, signals } = start();
    const bad = form('bad', true);
    const good = form('good');
    for (let i = 0; i < 3; i++) {
      fire(doc, 'submit', { target: bad });
      fire(doc, 'submit', { target: good });
      vi.runAllTimers();
    }
    expect(signals).toEqual([{ signal: 'error_loop', el: bad, extra: { source: 'form', count: 3 } }]);
  });

  it('listens to nothing when error loops are off', () => {
    const page = fakePage();
    captureErrors(page.scope, { ...DETECTOR_DEFAULTS, errorLoop: false });
    for (let i = 0; i < 3; i++) page.fire(page.win, 'error', { message: 'a' });
    expect(page.signals).toEqual([]);
  });
});
