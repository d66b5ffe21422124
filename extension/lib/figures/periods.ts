/** Starts (epoch ms, local time) of the calendar periods the overlay reports: today, this week (Monday), this month. */
export interface PeriodStarts {
  today: number;
  week: number;
  month: number;
}

export function periodStarts(now: number): PeriodStarts {
  const d = new Date(now);
  const today = new Date(d.getFullYear(), d.getMonth(), d.getDate()).getTime();
  const daysSinceMonday = (d.getDay() + 6) % 7;
  const week = new Date(d.getFullYear(), d.getMonth(), d.getDate() - daysSinceMonday).getTime();
  const month = new Date(d.getFullYear(), d.getMonth(), 1).getTime();
  return { today, week, month };
}

/** Start (local midnight, Monday) of the week containing `ts`, and the `count` weeks up to it. */
export function weekStart(ts: number): number {
  const d = new Date(ts);
  return new Date(d.getFullYear(), d.getMonth(), d.getDate() - ((d.getDay() + 6) % 7)).getTime();
}

export function lastWeeks(now: number, count: number): number[] {
  const current = new Date(weekStart(now));
  return Array.from({ length: count }, (_, i) =>
    new Date(current.getFullYear(), current.getMonth(), current.getDate() - 7 * (count - 1 - i)).getTime(),
  );
}
