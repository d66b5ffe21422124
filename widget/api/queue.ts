/** One call made before the widget loaded: method name, its arguments, and when it was made. */
export interface QueuedCall {
  method: string;
  args: unknown[];
  ts: number | undefined;
}

/**
 * Reads the snippet's queue, tolerating what a page may have put there by hand: the stub pushes
 * `[method, args, ts]`; a bare `arguments`-style `[method, ...args]` works too. Anything else is
 * skipped. Never throws.
 */
export function readQueue(queue: unknown): QueuedCall[] {
  const out: QueuedCall[] = [];
  for (const entry of Array.isArray(queue) ? queue : []) {
    try {
      const list = Array.from(entry as ArrayLike<unknown>);
      const [method, args, ts] = list;
      if (typeof method === 'string')
        out.push(
          Array.isArray(args) && list.length <= 3 && (ts === undefined || typeof ts === 'number')
            ? { method, args, ts }
            : { method, args: list.slice(1), ts: undefined },
        );
    } catch {
      // Not array-like: skip it.
    }
  }
  return out;
}
