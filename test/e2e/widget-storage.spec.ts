import type { YardstickEvent } from '../../core/schema/event';
import { expect, expectAllValid, flush, storedEvents, test, waitReady } from './widget-helpers';

type Y = { yardstick: { track(n: unknown, p?: unknown): void; optOut(): void; optIn(): void; flush(): Promise<void> } };

test('a reload in the middle of a batch loses nothing and duplicates nothing', async ({ page }) => {
  await page.goto('/?user=e2e_reload');
  await waitReady(page);
  // 40 events accepted and not yet written (the idle flush has not run) when the page reloads.
  await Promise.all([
    page.waitForEvent('load'),
    page
      .evaluate(() => {
        for (let i = 0; i < 40; i++) (window as unknown as Y).yardstick.track('burst', { i });
        location.reload();
      })
      .catch(() => {}), // the context goes away with the reload
  ]);
  await waitReady(page);
  await expect
    .poll(async () => {
      await flush(page);
      return (await storedEvents(page)).filter((e) => e.name === 'burst').length;
    })
    .toBe(40);
  const burst = (await storedEvents(page)).filter((e) => e.name === 'burst');
  expect(new Set(burst.map((e) => e.id)).size).toBe(40);
  expect(burst.map((e) => e.props.i).sort((a, b) => Number(a) - Number(b))).toEqual(Array.from({ length: 40 }, (_, i) => i));
});

test('two tabs of the same app never duplicate events, even when both back up and a third replays', async ({ page, context }) => {
  const second = await context.newPage();
  await Promise.all([page.goto('/?user=e2e_tabs'), second.goto('/reports?user=e2e_tabs')]);
  await Promise.all([waitReady(page), waitReady(second)]);
  const burst = () => {
    for (let i = 0; i < 25; i++)
      (window as unknown as Y).yardstick.track(`tab_event`, { tab: (window as unknown as { __tab: string }).__tab, i });
    // The tab is going away: back up synchronously, and try to commit.
    window.dispatchEvent(new PageTransitionEvent('pagehide', { persisted: false }));
  };
  await page.evaluate(() => ((window as unknown as { __tab: string }).__tab = 'a'));
  await second.evaluate(() => ((window as unknown as { __tab: string }).__tab = 'b'));
  await Promise.all([page.evaluate(burst), second.evaluate(burst)]);
  // A third tab starts now and replays whatever backups it finds while the first two still commit.
  const third = await context.newPage();
  await third.goto('/invoices?user=e2e_tabs');
  await waitReady(third);
  await Promise.all([flush(page), flush(second), flush(third)]);
  await expect.poll(async () => (await storedEvents(third)).filter((e) => e.name === 'tab_event').length).toBe(50);
  const events = await storedEvents(third);
  expect(new Set(events.map((e) => e.id)).size).toBe(events.length);
});

test('hostile track() calls neither throw into the page nor corrupt the store', async ({ page }) => {
  const pageErrors: string[] = [];
  page.on('pageerror', (e) => pageErrors.push(e.message));
  await page.goto('/?user=e2e_hostile');
  await waitReady(page);
  const threw = await page.evaluate(() => {
    const y = (window as unknown as Y).yardstick;
    const cyclic: Record<string, unknown> = { a: 1 };
    cyclic.self = cyclic;
    const getter = Object.defineProperty({}, 'boom', {
      enumerable: true,
      get() {
        throw new Error('getter');
      },
    });
    const proxy = new Proxy(
      {},
      {
        ownKeys: () => {
          throw new Error('proxy');
        },
      },
    );
    const calls: unknown[][] = [
      ['cyclic', cyclic],
      ['huge', { s: 'x'.repeat(5_000_000), list: Array.from({ length: 10_000 }, (_, i) => i) }],
      ['getter', getter],
      ['proxy', proxy],
      ['bigint', { n: 10n }],
      ['fn', { f: () => 1, s: Symbol('s') }],
      [42],
      [null, { a: 1 }],
      [{ name: 'object as name' }],
      ['x'.repeat(100_000)],
      ['confusion', { signal: 'not-a-signal' }],
      ['task_completed', { task: 42 }],
      ['props_not_object', 'a string'],
    ];
    let count = 0;
    for (const args of calls) {
      try {
        (y.track as (...a: unknown[]) => void)(...args);
      } catch {
        count++;
      }
    }
    return count;
  });
  expect(threw).toBe(0);
  await flush(page);
  const events = await storedEvents(page);
  expectAllValid(events);
  for (const e of events) expect(JSON.stringify(e).length).toBeLessThan(20_000);
  const byName = new Map(events.map((e) => [e.name, e] as [string, YardstickEvent]));
  expect(byName.get('cyclic')?.props).toEqual({ a: 1 });
  expect(String(byName.get('huge')?.props.s).length).toBeLessThanOrEqual(1024);
  expect(byName.has('confusion')).toBe(false); // invalid built-in props are refused, not stored
  expect(pageErrors).toEqual([]);
});

test('optOut() persists across reloads; optIn() resumes capture', async ({ page }) => {
  await page.goto('/?user=e2e_optout');
  await waitReady(page);
  await page.evaluate(() => (window as unknown as Y).yardstick.optOut());
  await page.reload();
  await waitReady(page);
  await page.evaluate(() => (window as unknown as Y).yardstick.track('while_out'));
  await flush(page);
  expect((await storedEvents(page)).some((e) => e.name === 'while_out')).toBe(false);
  await page.evaluate(() => (window as unknown as Y).yardstick.optIn());
  await page.evaluate(() => (window as unknown as Y).yardstick.track('back_in'));
  await flush(page);
  expect((await storedEvents(page)).some((e) => e.name === 'back_in')).toBe(true);
});

test('the HTTP sink posts NDJSON batches and retries with the same ids', async ({ page }) => {
  const bodies: string[] = [];
  let calls = 0;
  await page.route('**/collect', async (route) => {
    calls++;
    bodies.push(route.request().postData() ?? '');
    await route.fulfill({ status: calls === 1 ? 503 : 204 });
  });
  await page.goto('/strict/?user=e2e_sink');
  await waitReady(page);
  await page.evaluate(() => (window as unknown as Y).yardstick.track('to_the_collector', { n: 1 }));
  const delivered = () =>
    bodies.slice(1).flatMap((b) =>
      b
        .trim()
        .split('\n')
        .filter(Boolean)
        .map((l) => (JSON.parse(l) as YardstickEvent).id),
    );
  await expect.poll(() => calls, { timeout: 20_000 }).toBeGreaterThanOrEqual(2);
  const firstIds = bodies[0]!
    .trim()
    .split('\n')
    .map((l) => (JSON.parse(l) as YardstickEvent).id);
  await expect.poll(delivered, { timeout: 20_000 }).toEqual(expect.arrayContaining(firstIds));
});
