import type { DifferenceInDifferences } from '../report/report-types';
import { type FactStore, TICKET_STRIDE } from './facts';

// Difference-in-differences of tickets per user-week around model.launchAt. A user-week is a
// (user, ISO week) with at least one event, counted on each side of the launch it had events on;
// tickets are counted on their side of the launch. Users are split by their cohort (their earliest
// event carrying one); users without a cohort are left out. estimate = (treatment after - before)
// - (control after - before): negative means help lowered tickets beyond the control's trend.

export interface DidCounts {
  tickets: [number, number, number, number];
  userWeeks: [number, number, number, number];
}
// Slots: 0 treatment before, 1 treatment after, 2 control before, 3 control after.

/** Week code for a user's activity: ISO week x 2, plus 1 at or after launch. */
export const didWeekCode = (week: number, ts: number, launchAt: number): number => week * 2 + (ts >= launchAt ? 1 : 0);

export function didCountsOf(store: FactStore, launchAt: number): DidCounts {
  const counts: DidCounts = { tickets: [0, 0, 0, 0], userWeeks: [0, 0, 0, 0] };
  for (const u of store.users.values()) {
    const base = u.cohort === 'treatment' ? 0 : u.cohort === 'control' ? 2 : -1;
    if (base < 0) continue;
    if (u.weeks !== null) for (const code of u.weeks) bump(counts.userWeeks, base + (code & 1));
    if (u.tickets !== null) {
      for (let i = 0; i < u.tickets.length; i += TICKET_STRIDE) bump(counts.tickets, base + (u.tickets[i]! >= launchAt ? 1 : 0));
    }
  }
  return counts;
}

function bump(slots: number[], i: number): void {
  slots[i] = (slots[i] ?? 0) + 1;
}

export function didFromCounts(
  counts: DidCounts,
  launchAt: number,
): { differenceInDifferences: DifferenceInDifferences | null; differenceInDifferencesReason?: string } {
  const labels = [
    'treatment users before launch',
    'treatment users after launch',
    'control users before launch',
    'control users after launch',
  ];
  const empty = counts.userWeeks.indexOf(0);
  if (empty >= 0) return { differenceInDifferences: null, differenceInDifferencesReason: `no activity from ${labels[empty]}` };
  const rate = (i: number) => counts.tickets[i]! / counts.userWeeks[i]!;
  const did: DifferenceInDifferences = {
    launchAt,
    treatmentBefore: rate(0),
    treatmentAfter: rate(1),
    controlBefore: rate(2),
    controlAfter: rate(3),
    estimate: 0,
  };
  did.estimate = did.treatmentAfter - did.treatmentBefore - (did.controlAfter - did.controlBefore);
  return { differenceInDifferences: did };
}
