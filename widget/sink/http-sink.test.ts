import { describe, expect, it } from 'vitest';
import type { YardstickEvent } from '../../core/schema/event';
import type { YardstickError } from '../api/types';
import { backoffDelay } from './backoff';
import { createHttpSink, KEEPALIVE_MAX_BYTES, type SinkDeps } from './http-sink';

const event = (i: number, pad = 0): YardstickEvent => ({
  id: `e${i}`,
  name: 'custom',
  ts: i,
  anonymousId: 'a',
  props: pad ? { pad: 'x'.repeat(pad) } : {},
});

/** Fake timers and transport: time is a number the test moves. */
function harness(answers: Array<number | 'network'>, extra: Partial<SinkDeps> = {}) {
  let now = 0;
  const timers: Array<{ at: number; cb: () => void }> = [];
  const posts: Array<{ body: string; keepalive: boolean; at: number }> = [];
  const errors: YardstickError[] = [];
  const deps: SinkDeps = {
    post: async (body, keepalive) => {
      posts.push({ body, keepalive, at: now });
      const answer = answers.shift() ?? 204;
      if (answer === 'network') throw new TypeError('Failed to fetch');
      return answer;
    },
    setTimer: (cb, ms) => void timers.push({ at: now + ms, cb }),
    random: () => 0.5,
    onError: (e) => errors.push(e),
    ...extra,
  };
  const advance = async (ms: number) => {
    const until = now + ms;
    for (;;) {
      timers.sort((a, b) => a.at - b.at);
      const next = timers[0];
      if (!next || next.at > until) break;
      timers.shift();
      now = next.at;
      next.cb();
      for (let i = 0; i < 5; i++) await Promise.resolve();
    }
    now = until;
  };
  const idsIn = (body: string) =>
    body
      .trim()
      .split('\n')
      .map((l) => (JSON.parse(l) as YardstickEvent).id);
  return { deps, posts, errors, advance, idsIn };
}

describe('HTTP sink', () => {
  it('batches events into one NDJSON POST after a short delay', async () => {
    const h = harness([204]);
    const sink = createHttpSink(h.deps, { delayMs: 1000 });
    for (let i = 0; i < 3; i++) sink.add(event(i));
    expect(h.posts).toHaveLength(0);
    await h.advance(1000);
    expect(h.posts).toHaveLength(1);
    expect(h.idsIn(h.posts[0]!.body)).toEqual(['e0', 'e1', 'e2']);
    expect(h.posts[0]!.body.endsWith('\n')).toBe(true);
  });

  it('retries 5xx and network errors with backoff and jitter, resending the same ids', async () => {
    const h = harness([503, 'network', 204]);
    const sink = createHttpSink(h.deps, { delayMs: 0, baseBackoffMs: 1000, maxBackoffMs: 60_000 });
    sink.add(event(1));
    await h.advance(0);
    await h.advance(10_000);
    expect(h.posts.map((p) => p.at)).toEqual([0, 750, 750 + 1500]); // equal jitter at random 0.5
    expect(h.posts.map((p) => h.idsIn(p.body))).toEqual([['e1'], ['e1'], ['e1']]);
    expect(h.errors).toEqual([]);
  });

  it('gives up after maxAttempts and counts the drop', async () => {
    const h = harness(Array(10).fill(500));
    const sink = createHttpSink(h.deps, { delayMs: 0, maxAttempts: 3, baseBackoffMs: 10 });
    sink.add(event(1));
    sink.add(event(2));
    await h.advance(10_000);
    expect(h.posts).toHaveLength(3);
    expect(sink.dropped).toBe(2);
    expect(h.errors.at(-1)).toMatchObject({ kind: 'sink', dropped: 2 });
  });

  it('does not retry a 400: the collector refused the batch', async () => {
    const h = harness([400]);
    const sink = createHttpSink(h.deps, { delayMs: 0 });
    sink.add(event(1));
    await h.advance(60_000);
    expect(h.posts).toHaveLength(1);
    expect(h.errors[0]?.message).toMatch(/answered 400/);
  });

  it('caps the queue while the collector is down', () => {
    const h = harness([]);
    const sink = createHttpSink(h.deps, { delayMs: 1000, maxQueue: 2 });
    for (let i = 0; i < 5; i++) sink.add(event(i));
    expect(sink.dropped).toBe(3);
  });

  it('on page hide, beacons bodies under 64 KiB and keeps what the browser refused', async () => {
    const beacons: string[] = [];
    let budget = 2;
    const beacon = (body: string) => {
      if (budget-- <= 0) return false;
      beacons.push(body);
      return true;
    };
    const h = harness([], { beacon });
    const sink = createHttpSink(h.deps, { delayMs: 60_000, maxQueue: 1000 });
    for (let i = 0; i < 60; i++) sink.add(event(i, 3_000)); // ~180 KB in all
    sink.hide();
    for (const b of beacons) expect(new TextEncoder().encode(b).length).toBeLessThanOrEqual(KEEPALIVE_MAX_BYTES);
    expect(beacons).toHaveLength(2);
    expect(h.posts.filter((p) => p.keepalive)).toHaveLength(1); // one keepalive try after the refusal
    const sent = [...beacons, ...h.posts.map((p) => p.body)].flatMap(h.idsIn);
    expect(new Set(sent).size).toBe(sent.length);
  });

  it('on page hide, drops and counts an event too large for any keepalive body, and sends the rest', () => {
    const beacons: string[] = [];
    const h = harness([], { beacon: (body) => beacons.push(body) > 0 });
    const sink = createHttpSink(h.deps, { delayMs: 60_000 });
    sink.add(event(1));
    sink.add(event(2, KEEPALIVE_MAX_BYTES));
    sink.add(event(3));
    sink.hide();
    expect(beacons.flatMap(h.idsIn)).toEqual(['e1', 'e3']);
    expect(sink.dropped).toBe(1);
    expect(h.errors).toEqual([
      { kind: 'sink', message: 'an event is larger than a keepalive request allows; 1 events not delivered', dropped: 1 },
    ]);
  });

  it('retries 408 and 429, and delivers the next batch after a success', async () => {
    const h = harness([408, 429, 204, 204]);
    const sink = createHttpSink(h.deps, { delayMs: 0, batchSize: 1, baseBackoffMs: 10 });
    sink.add(event(1));
    sink.add(event(2));
    await sink.flush(); // the first POST fails: its retry waits for the backoff timer
    await h.advance(10_000);
    expect(h.posts.map((p) => h.idsIn(p.body))).toEqual([['e1'], ['e1'], ['e1'], ['e2']]);
    expect(sink.dropped).toBe(0);
  });

  it('flush() sends everything now and resolves', async () => {
    const h = harness([204, 204]);
    const sink = createHttpSink(h.deps, { delayMs: 60_000, batchSize: 2 });
    for (let i = 0; i < 3; i++) sink.add(event(i));
    await sink.flush();
    expect(h.posts.flatMap((p) => h.idsIn(p.body))).toEqual(['e0', 'e1', 'e2']);
  });
});

describe('backoff', () => {
  it.each([
    [1, 0, 500],
    [1, 1, 1000],
    [2, 0.5, 1500],
    [3, 0, 2000],
    [20, 1, 60_000],
  ])('attempt %i at random %d waits %i ms', (attempt, random, ms) =>
    expect(backoffDelay(attempt, 1000, 60_000, () => random)).toBe(ms),
  );
});
