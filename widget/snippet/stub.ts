/** The public methods, in the order of the API; the stub defines each one. */
export const API_METHODS = [
  'init',
  'identify',
  'track',
  'taskStarted',
  'taskCompleted',
  'activation',
  'ticketOpened',
  'optOut',
  'optIn',
  'flush',
  'on',
] as const;

type StubTarget = { yardstick?: { q?: unknown[] } & Record<string, unknown> };

/**
 * The queue stub: defines `yardstick` with one method per API call that records
 * `[method, args, Date.now()]`, so calls made before the script loads keep their order and their
 * time. If the real widget is already there (no `q`), it leaves it alone.
 */
export function installStub(w: StubTarget): void {
  w.yardstick = w.yardstick || { q: [] };
  const y = w.yardstick;
  const q = y.q;
  if (!q) return;
  for (const m of API_METHODS) {
    y[m] =
      y[m] ||
      ((...args: unknown[]) => {
        q.push([m, args, Date.now()]);
      });
  }
}
