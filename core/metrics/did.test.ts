import { describe, expect, it } from 'vitest';
import { type DidCounts, didFromCounts } from './did';

describe('difference-in-differences of tickets per user-week', () => {
  it('subtracts the control’s change from the treatment’s', () => {
    // treatment 10/100 -> 5/100 (-0.05); control 8/80 -> 9/90 (0): estimate -0.05
    const counts: DidCounts = { tickets: [10, 5, 8, 9], userWeeks: [100, 100, 80, 90] };
    const r = didFromCounts(counts, 123).differenceInDifferences!;
    expect(r).toMatchObject({ launchAt: 123, treatmentBefore: 0.1, treatmentAfter: 0.05, controlBefore: 0.1, controlAfter: 0.1 });
    expect(r.estimate).toBeCloseTo(-0.05, 12);
  });

  it('is null with a reason when a cohort has no activity on one side of the launch', () => {
    const r = didFromCounts({ tickets: [1, 1, 0, 0], userWeeks: [10, 10, 0, 5] }, 0);
    expect(r.differenceInDifferences).toBeNull();
    expect(r.differenceInDifferencesReason).toBe('no activity from control users before launch');
  });
});
