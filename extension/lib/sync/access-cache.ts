/**
 * Remembers permission answers for a few seconds: every sync message checks access, and asking the
 * browser each time would cost a round trip per batch. `clear()` on any permission change.
 */
export function cachedAccess(check: (origin: string) => Promise<boolean>, ttlMs = 5_000, now = () => Date.now()) {
  const answers = new Map<string, { granted: boolean; at: number }>();
  return {
    async has(origin: string): Promise<boolean> {
      const known = answers.get(origin);
      if (known !== undefined && now() - known.at < ttlMs) return known.granted;
      const granted = await check(origin);
      answers.set(origin, { granted, at: now() });
      return granted;
    },
    clear(): void {
      answers.clear();
    },
  };
}
