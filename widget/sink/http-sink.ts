import type { YardstickEvent } from '../../core/schema/event';
import type { YardstickError } from '../api/types';
import { backoffDelay } from './backoff';

export interface SinkOptions {
  /** Events per POST. */
  batchSize: number;
  /** How long events wait for company before a POST. */
  delayMs: number;
  /** Events kept while the endpoint is down; beyond that they are dropped and counted. */
  maxQueue: number;
  baseBackoffMs: number;
  maxBackoffMs: number;
  /** Attempts per batch before it is dropped. */
  maxAttempts: number;
}

export const SINK_DEFAULTS: SinkOptions = {
  batchSize: 100,
  delayMs: 1000,
  maxQueue: 1000,
  baseBackoffMs: 1000,
  maxBackoffMs: 60_000,
  maxAttempts: 6,
};

/** Beacons and keepalive requests share a 64 KiB in-flight budget per page; stay under it. */
export const KEEPALIVE_MAX_BYTES = 60 * 1024;

export interface SinkDeps {
  /** POSTs an NDJSON body; resolves with the HTTP status, rejects on a network error. */
  post(body: string, keepalive: boolean): Promise<number>;
  /** navigator.sendBeacon; false when the browser refused to queue it. */
  beacon?: ((body: string) => boolean) | undefined;
  setTimer(cb: () => void, ms: number): void;
  random(): number;
  onError(error: YardstickError): void;
}

export interface HttpSink {
  add(event: YardstickEvent): void;
  /** Sends everything queued now; resolves when the attempt is over. Never rejects. */
  flush(): Promise<void>;
  /** The page is going away: beacon (or keepalive) what is queued, in bodies under 64 KiB. */
  hide(): void;
  readonly dropped: number;
}

export const toNdjson = (events: readonly YardstickEvent[]) => events.map((e) => `${JSON.stringify(e)}\n`).join('');
const bytes = (text: string) => new Blob([text]).size;

/**
 * Optional delivery to the product team's collector: batched NDJSON POSTs (as text/plain, a CORS
 * "simple" request, so no preflight), retried on network errors, 408, 429 and 5xx with backoff and
 * jitter. Idempotent by id: a retried batch carries the same event ids and the report counts a
 * duplicate id once. Other 4xx answers mean the collector refuses the batch: it is dropped, counted.
 */
export function createHttpSink(deps: SinkDeps, options: Partial<SinkOptions> = {}): HttpSink {
  const o = { ...SINK_DEFAULTS, ...options };
  let queue: YardstickEvent[] = [];
  let timer = false;
  let attempt = 0;
  let sending: Promise<void> | null = null;
  let dropped = 0;

  const drop = (n: number, why: string) => {
    dropped += n;
    deps.onError({ kind: 'sink', message: `${why}; ${n} events not delivered`, dropped });
  };

  const arm = (ms: number) => {
    if (timer) return;
    timer = true;
    deps.setTimer(() => {
      timer = false;
      void send();
    }, ms);
  };

  const send = (): Promise<void> => {
    if (sending || queue.length === 0) return sending ?? Promise.resolve();
    const batch = queue.slice(0, o.batchSize);
    // -1: retry later (network error, 408, 429, 5xx); 0: delivered; another status: refused.
    sending = deps
      .post(toNdjson(batch), false)
      .then(
        (status) =>
          (status >= 200 && status < 300) || status === 0 ? 0 : status === 408 || status === 429 || status >= 500 ? -1 : status,
        () => -1,
      )
      .then((verdict) => {
        if (verdict < 0 && ++attempt < o.maxAttempts)
          return arm(backoffDelay(attempt, o.baseBackoffMs, o.maxBackoffMs, deps.random));
        queue = queue.filter((e) => !batch.includes(e));
        attempt = 0;
        if (verdict)
          drop(batch.length, verdict < 0 ? `the collector failed ${o.maxAttempts} times` : `the collector answered ${verdict}`);
        if (queue.length > 0) arm(0);
      })
      .finally(() => {
        sending = null;
      });
    return sending;
  };

  return {
    add(event) {
      if (queue.length >= o.maxQueue) return drop(1, 'the delivery queue is full');
      queue.push(event);
      if (queue.length >= o.batchSize) void send();
      else arm(o.delayMs);
    },
    async flush() {
      while (queue.length > 0) {
        const before = queue.length;
        await send();
        if (queue.length >= before) return; // failed: the backoff timer owns the retry
      }
    },
    hide() {
      // Beacons and keepalive fetches share one 64 KiB budget: send chunks until the browser
      // refuses one; what is left stays queued for when the page comes back (bfcache, tab switch).
      while (queue.length > 0) {
        let body = '';
        let size = 0;
        let n = 0;
        for (const e of queue) {
          const line = `${JSON.stringify(e)}\n`;
          size += bytes(line);
          if (size > KEEPALIVE_MAX_BYTES) break;
          body += line;
          n++;
        }
        queue = queue.slice(n || 1);
        if (n === 0) {
          drop(1, 'an event is larger than a keepalive request allows');
          continue;
        }
        if (deps.beacon?.(body)) continue;
        void deps.post(body, true).catch(() => {});
        return;
      }
    },
    get dropped() {
      return dropped;
    },
  };
}
