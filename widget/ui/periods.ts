export type Period = 'today' | 'week' | 'month';

/**
 * Start of today, this week or this month in the user's local time. `weekStartsOn` is 1 (Monday)
 * to 7 (Sunday), as `Intl.Locale#getWeekInfo().firstDay` gives it.
 */
export function periodStart(period: Period, now: number, weekStartsOn = 1): number {
  const d = new Date(now);
  d.setHours(0, 0, 0, 0);
  if (period === 'week') d.setDate(d.getDate() - ((d.getDay() - (weekStartsOn % 7) + 7) % 7));
  if (period === 'month') d.setDate(1);
  return d.getTime();
}

/** The locale's first day of the week (1 = Monday ... 7 = Sunday); Monday when unknown. */
export function weekStartOf(locale: string | undefined): number {
  try {
    const l = new Intl.Locale(locale ?? globalThis.navigator?.language ?? 'en-US') as Intl.Locale & {
      getWeekInfo?: () => { firstDay: number };
      weekInfo?: { firstDay: number };
    };
    return l.getWeekInfo?.().firstDay ?? l.weekInfo?.firstDay ?? 1;
  } catch {
    return 1;
  }
}
