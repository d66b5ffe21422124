import { fetchJson, loadModel } from '../runtime/model-loader';
import type { Platform } from '../runtime/platform';
import { type Runtime, startRuntime } from '../runtime/runtime';
import { API_METHODS } from '../snippet/stub';
import { parseConfig } from './config';
import { createEmitter } from './emitter';
import type { QueuedCall } from './queue';
import { cleanString, sanitizeProps } from './sanitize';
import type { Traits, Yardstick, YardstickConfig, YardstickError, YardstickEvents } from './types';

type State = 'idle' | 'loading' | 'ready' | 'inert';

const BUFFER_MAX = 200;

/** The instance plus what only the entry points use: queue replay with the calls' own times. */
export interface YardstickInstance extends Yardstick {
  replay(calls: readonly QueuedCall[]): void;
}

/**
 * The public API. Every method is wrapped: nothing throws into the page. Calls made before the
 * model is loaded are buffered with their time and replayed in order; after a config or model
 * error the widget says so once in the console and stays inert.
 */
export function createYardstick(
  p: Platform,
  defaults: Partial<YardstickConfig> = {},
  start: typeof startRuntime = startRuntime,
): YardstickInstance {
  const emitter = createEmitter<YardstickEvents>();
  let state: State = 'idle';
  let runtime: Runtime | undefined;
  let buffer: QueuedCall[] = [];
  let ready: Promise<void> = Promise.resolve();
  const warned = new Set<string>();

  const report = (e: YardstickError) => {
    emitter.emit('error', e);
    if (warned.has(e.kind)) return;
    warned.add(e.kind);
    console.warn(`[yardstick] ${e.kind}: ${e.message}`);
  };
  const internal = (label: string, error: unknown) => report({ kind: 'internal', message: `${label}: ${String(error)}` });
  /** Runs one call of the page's; what it throws becomes an internal error, never the page's. */
  const guard = (label: string, method: string, args: unknown[], ts: number | undefined) => {
    try {
      dispatch(method, args, ts ?? p.now());
    } catch (error) {
      internal(label, error);
    }
  };
  const goInert = (errors: string[]) => {
    state = 'inert';
    buffer = [];
    console.error(
      `[yardstick] The widget is off: its configuration or value model is unusable. Nothing is captured until this is fixed.\n${errors.map((e) => `  - ${e}`).join('\n')}`,
    );
    for (const message of errors) emitter.emit('error', { kind: message.startsWith('model') ? 'model' : 'config', message });
  };

  const init = (raw: unknown) => {
    if (state !== 'idle') {
      if (state !== 'inert')
        report({ kind: 'config', message: 'init() was called again; the first call wins (use identify() to change the user)' });
      return;
    }
    const merged = raw !== null && typeof raw === 'object' ? { ...defaults, ...(raw as object) } : raw;
    state = 'loading'; // calls from now on wait for the model, in order
    // Validation runs in tasks of its own, not in the page's (or the script's) task: config and
    // model, then start-up, each well under 50 ms.
    const nextTask = () => new Promise((r) => setTimeout(r, 0));
    ready = nextTask()
      .then(async () => {
        const parsed = parseConfig(merged);
        if (!parsed.ok) return goInert(parsed.errors);
        const { config } = parsed;
        const m = await loadModel(config.model, p.fetchJson ?? fetchJson);
        if (!m.ok) return goInert(m.errors);
        await nextTask();
        runtime = start(config, m.model, m.raw, p, emitter, report);
        state = 'ready';
        // The extension's content script looks for this marker (integration contract).
        p.win.document.documentElement.dataset.yardstickWidget = config.appId;
        const calls = buffer;
        buffer = [];
        for (const call of calls) dispatch(call.method, call.args, call.ts ?? p.now());
        const info = runtime.info();
        emitter.emit('ready', info);
        if (config.debug) console.info('[yardstick] ready', info);
      })
      .catch((error: unknown) => {
        internal('init', error);
        state = 'inert';
      });
  };

  /** Runs one API call now, or buffers it until the model is loaded. */
  const dispatch = (method: string, args: unknown[], ts: number) => {
    if (method === 'init') return init(args[0]);
    if (method === 'on') return void api.on(args[0] as keyof YardstickEvents, args[1] as () => void);
    if (state === 'inert') return;
    const r = runtime;
    if (!r) {
      if (buffer.length < BUFFER_MAX) buffer.push({ method, args, ts });
      return;
    }
    const text = (v: unknown, what: string) => {
      const s = cleanString(v, 128);
      if (!s) report({ kind: 'track', message: `${method}: expected ${what}, got ${typeof v}` });
      return s || undefined;
    };
    switch (method) {
      case 'identify': {
        const userId = text(args[0], 'a user id string');
        if (userId) r.identify(userId, args[1] as Traits | undefined, ts);
        return;
      }
      case 'track': {
        const name = text(args[0], 'an event name string');
        if (name) r.track(name, sanitizeProps(args[1] ?? {}), ts);
        return;
      }
      case 'taskStarted':
      case 'taskCompleted': {
        const task = text(args[0], 'a task name string');
        if (task) r[method](task, ts);
        return;
      }
      case 'activation':
        return r.track('activation', {}, ts);
      case 'ticketOpened':
        return r.ticketOpened(args[0] === undefined ? undefined : text(args[0], 'a channel string'), ts);
      case 'optOut':
      case 'optIn':
        return r.setChoice(method === 'optOut' ? 'out' : 'in');
      case 'flush':
        return;
      default:
        report({ kind: 'track', message: `unknown method ${JSON.stringify(cleanString(String(method), 64))}` });
    }
  };

  const api = Object.fromEntries(
    API_METHODS.map((m) => [m, (...args: unknown[]) => guard(m, m, args, undefined)]),
  ) as unknown as YardstickInstance;
  api.flush = () => ready.then(() => runtime?.flush()).catch((error: unknown) => internal('flush', error));
  api.on = (event, cb) => (typeof cb === 'function' ? emitter.on(event, cb) : () => {});
  api.replay = (calls) => {
    for (const call of calls) guard('replay', call.method, call.args, call.ts);
  };
  return api;
}
