import { describe, expect, it, vi } from 'vitest';
import { memoryLocalStore } from '../runtime/local';
import type { Platform } from '../runtime/platform';
import type { Runtime } from '../runtime/runtime';
import { installStub } from '../snippet/stub';
import { createYardstick } from './create-yardstick';
import { readQueue } from './queue';

const MODEL = { defaultHourlyRate: 50, tasks: { export_report: { manualMinutes: 20 } } };

/** A platform with no DOM: enough for the API layer, whose runtime is faked below. */
function fakePlatform(): Platform & { html: { dataset: Record<string, string> } } {
  const html = { dataset: {} as Record<string, string> };
  let n = 0;
  return {
    win: { document: { documentElement: html } } as unknown as Platform['win'],
    now: () => 5_000,
    newId: () => `id${++n}`,
    local: memoryLocalStore(),
    session: memoryLocalStore(),
    fetchJson: async () => MODEL,
    html,
  };
}

/** Records what reaches the runtime, with the time each call carries. */
function fakeRuntime(calls: string[]) {
  return (..._args: unknown[]) =>
    ({
      identify: (u: string, _t: unknown, ts: number) => calls.push(`identify:${u}@${ts}`),
      track: (name: string, props: Record<string, unknown>, ts: number) =>
        calls.push(`track:${name}:${JSON.stringify(props)}@${ts}`),
      taskStarted: (t: string, ts: number) => calls.push(`taskStarted:${t}@${ts}`),
      taskCompleted: (t: string, ts: number) => calls.push(`taskCompleted:${t}@${ts}`),
      ticketOpened: (c: string | undefined, ts: number) => calls.push(`ticketOpened:${c}@${ts}`),
      setChoice: (c: string) => calls.push(`choice:${c}`),
      flush: async () => void calls.push('flush'),
      info: () => ({ appId: 'acme', cohort: 'treatment', anonymousId: 'a', capturing: true }),
    }) as unknown as Runtime;
}

describe('queue stub and replay', () => {
  it('replays calls made before the script loaded, in order, with their own times', async () => {
    const w: Parameters<typeof installStub>[0] = {};
    let t = 1_000;
    const now = vi.spyOn(Date, 'now').mockImplementation(() => t++);
    installStub(w);
    const y = w.yardstick as unknown as Record<string, (...a: unknown[]) => void>;
    y.track!('before_init', { a: 1 });
    y.init!({ appId: 'acme', model: '/m.json' });
    y.identify!('u_1');
    y.taskCompleted!('export_report');
    now.mockRestore();

    const calls: string[] = [];
    const p = fakePlatform();
    const api = createYardstick(p, {}, fakeRuntime(calls));
    api.replay(readQueue(w.yardstick!.q));
    await api.flush();
    expect(calls).toEqual(['track:before_init:{"a":1}@1000', 'identify:u_1@1002', 'taskCompleted:export_report@1003', 'flush']);
    expect(p.html.dataset.yardstickWidget).toBe('acme');
  });

  it('lays a queued init over the script tag attributes', async () => {
    const calls: string[] = [];
    const seen: unknown[] = [];
    const api = createYardstick(fakePlatform(), { appId: 'acme', model: '/m.json' }, (config, ...rest) => {
      seen.push(config);
      return fakeRuntime(calls)(config, ...rest);
    });
    api.init({ userId: 'qa_1', cohort: 'control' } as never);
    await api.flush();
    expect(seen[0]).toMatchObject({ appId: 'acme', model: '/m.json', userId: 'qa_1', cohort: 'control' });
  });

  it('tolerates junk in the queue', () => {
    expect(readQueue([null, 42, ['track', ['x'], 5], ['identify', 'u_1'], { length: 1, 0: 'optOut' }, [7]])).toEqual([
      { method: 'track', args: ['x'], ts: 5 },
      { method: 'identify', args: ['u_1'], ts: undefined },
      { method: 'optOut', args: [], ts: undefined },
    ]);
    expect(readQueue('nope')).toEqual([]);
  });

  it('leaves a loaded widget alone', () => {
    const real = { track: () => 'real' };
    const w = { yardstick: real as never };
    installStub(w);
    expect(w.yardstick).toBe(real);
  });
});

describe('config errors', () => {
  it('says so once in the console, then stays inert', async () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    const calls: string[] = [];
    const p = fakePlatform();
    const api = createYardstick(p, {}, fakeRuntime(calls));
    const errors: unknown[] = [];
    api.on('error', (e) => errors.push(e));
    api.init({ appId: 'bad id!', model: '/m.json', colour: 'red' } as never);
    api.track('x');
    await api.flush();
    api.init({ appId: 'acme', model: '/m.json' }); // inert: ignored, and not reported again
    api.track('y');
    await api.flush();
    expect(error).toHaveBeenCalledTimes(1);
    expect(String(error.mock.calls[0]![0])).toMatch(/appId: expected an app id[\s\S]*unknown field "colour"/);
    expect(errors).toHaveLength(2);
    expect(calls).toEqual([]);
    expect(p.html.dataset.yardstickWidget).toBeUndefined();
    error.mockRestore();
  });

  it('refuses a model that fails core schema, naming the field', async () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    const p = {
      ...fakePlatform(),
      fetchJson: async () => ({ defaultHourlyRate: 50, tasks: { export_report: { manualMinutes: '20m' } } }),
    };
    const api = createYardstick(p, {}, fakeRuntime([]));
    api.init({ appId: 'acme', model: '/m.json' });
    await api.flush();
    expect(String(error.mock.calls[0]![0])).toMatch(
      /model\.tasks\.export_report\.manualMinutes: expected a positive number, got "20m"/,
    );
    error.mockRestore();
  });
});

describe('hostile calls', () => {
  it('never throws into the page', async () => {
    const calls: string[] = [];
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const api = createYardstick(fakePlatform(), {}, fakeRuntime(calls));
    api.init({ appId: 'acme', model: '/m.json' });
    await api.flush();
    const cyclic: Record<string, unknown> = {};
    cyclic.self = cyclic;
    const hostile: unknown[][] = [
      [],
      [null],
      [42],
      [{}],
      ['ok', cyclic],
      ['big', { s: 'x'.repeat(5_000_000) }],
      [Symbol('x') as unknown],
      ['x'.repeat(10_000)],
    ];
    for (const args of hostile) expect(() => (api.track as (...a: unknown[]) => void)(...args)).not.toThrow();
    expect(() => (api.identify as (...a: unknown[]) => void)({ not: 'a string' })).not.toThrow();
    expect(() => api.on('event', 'not a function' as never)()).not.toThrow();
    expect(calls.filter((c) => c.startsWith('track:'))).toHaveLength(3); // ok, big and the long name (truncated)
    warn.mockRestore();
  });
});

describe('internal failures', () => {
  it('reports what the runtime throws as an internal error; calls and flush() still never throw or reject', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const broken = () =>
      ({
        ...fakeRuntime([])(),
        track: () => {
          throw new Error('boom');
        },
        flush: async () => {
          throw new Error('disk');
        },
      }) as unknown as Runtime;
    const api = createYardstick(fakePlatform(), {}, broken);
    const errors: Array<{ kind: string; message: string }> = [];
    api.on('error', (e) => errors.push(e));
    api.init({ appId: 'acme', model: '/m.json' });
    await expect(api.flush()).resolves.toBeUndefined();
    expect(() => api.track('x')).not.toThrow();
    api.replay([{ method: 'track', args: ['y'], ts: 1 }]);
    (api as unknown as Record<string, () => void>).nope?.();
    api.replay([{ method: 'nope', args: [], ts: 1 }]);
    expect(errors).toEqual([
      { kind: 'internal', message: 'flush: Error: disk' },
      { kind: 'internal', message: 'track: Error: boom' },
      { kind: 'internal', message: 'replay: Error: boom' },
      { kind: 'track', message: 'unknown method "nope"' },
    ]);
    expect(warn).toHaveBeenCalledTimes(2); // once per kind
    warn.mockRestore();
  });

  it('buffers calls made while the model loads and replays them in order once ready', async () => {
    const calls: string[] = [];
    const api = createYardstick(fakePlatform(), {}, fakeRuntime(calls));
    api.init({ appId: 'acme', model: '/m.json' });
    api.taskStarted('export_report');
    api.optOut();
    api.ticketOpened();
    expect(calls).toEqual([]);
    await api.flush();
    expect(calls).toEqual(['taskStarted:export_report@5000', 'choice:out', 'ticketOpened:undefined@5000', 'flush']);
  });
});
