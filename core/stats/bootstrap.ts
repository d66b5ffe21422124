import { quantileSorted } from './median';
import { mulberry32 } from './prng';

/** Resamples per bootstrap, unless the data is large (see `bootstrapIterationsFor`). */
export const BOOTSTRAP_ITERATIONS = 1000;
/** Fewest resamples: enough for 2.5% / 97.5% percentiles that move by a few % of the width. */
export const MIN_BOOTSTRAP_ITERATIONS = 200;
/** Work per report (user draws + per-task user weights, summed over resamples) before fewer resamples. */
const WORK_BUDGET = 20_000_000;

/**
 * A cohort's timed values for several tasks, flat: for task t, `values[i]` belongs to user
 * `owners[i]`, a user index shared by all tasks of the cohort, in [0, users).
 */
export interface ClusteredValues {
  users: number;
  tasks: readonly { values: readonly number[]; owners: readonly number[] }[];
}

export interface TaskBootstrap {
  controlMedian: number | null;
  treatmentMedian: number | null;
  /** 95% interval of control median - treatment median; null when a cohort has no value. */
  ci95: [number, number] | null;
}

/**
 * 1000 resamples, or fewer (never under 200) when one resample touches many users (each user drawn,
 * plus each user-task pair weighed), so that a million-event report stays fast; with that many users
 * the interval is narrow and its percentile noise small. A function of the data only: the same input
 * still gives the same numbers.
 */
export function bootstrapIterationsFor(workPerResample: number): number {
  return Math.max(
    MIN_BOOTSTRAP_ITERATIONS,
    Math.min(BOOTSTRAP_ITERATIONS, Math.floor(WORK_BUDGET / Math.max(1, workPerResample))),
  );
}

/**
 * 95% percentile-bootstrap intervals, one per task, for median(control) - median(treatment).
 * Each resample draws the cohort's users with replacement (users are the clusters: one user's
 * completions are not independent), and every task is measured on that same resample, so the cost
 * is one draw per user per resample whatever the number of tasks. A resample in which no drawn
 * user has a value for a task is skipped for that task (the interval is conditional on the task
 * being observed). Deterministic: same values in the same user order and same seed, same intervals;
 * callers order users by id. Without `iterations`, `bootstrapIterationsFor` decides.
 */
export function bootstrapMedianDifferences(
  control: ClusteredValues,
  treatment: ClusteredValues,
  seed: number,
  iterations?: number,
): { iterations: number; tasks: TaskBootstrap[] } {
  const random = mulberry32(seed);
  const tasks = control.tasks.length;
  const c = control.tasks.map((x) => ClusterSample.of(x.values, x.owners, control.users));
  const t = treatment.tasks.map((x) => ClusterSample.of(x.values, x.owners, treatment.users));
  let work = control.users + treatment.users;
  for (const sample of [...c, ...t]) work += sample?.userCount ?? 0;
  const rounds = iterations ?? bootstrapIterationsFor(work);
  const diffs = Array.from({ length: tasks }, () => new Float64Array(rounds));
  const kept = new Int32Array(tasks);
  const controlPicks = new Int32Array(control.users);
  const treatmentPicks = new Int32Array(treatment.users);
  for (let b = 0; b < rounds; b++) {
    draw(controlPicks, random);
    draw(treatmentPicks, random);
    for (let k = 0; k < tasks; k++) {
      const ck = c[k];
      const tk = t[k];
      if (ck === null || tk === null || ck === undefined || tk === undefined) continue;
      const d = ck.median(controlPicks) - tk.median(treatmentPicks);
      if (!Number.isNaN(d)) diffs[k]![kept[k]!++] = d;
    }
  }
  const results = diffs.map((all, k): TaskBootstrap => {
    const controlMedian = c[k]?.fullMedian() ?? null;
    const treatmentMedian = t[k]?.fullMedian() ?? null;
    if (kept[k] === 0) return { controlMedian, treatmentMedian, ci95: null };
    const sorted = all.subarray(0, kept[k]).sort();
    return { controlMedian, treatmentMedian, ci95: [quantileSorted(sorted, 0.025), quantileSorted(sorted, 0.975)] };
  });
  return { iterations: rounds, tasks: results };
}

/** Flattens one task's per-user value lists (user u = index u) for `ClusteredValues`. */
export function flatten(groups: readonly (readonly number[])[]): { values: number[]; owners: number[] } {
  const values: number[] = [];
  const owners: number[] = [];
  groups.forEach((g, u) => {
    for (const v of g) {
      values.push(v);
      owners.push(u);
    }
  });
  return { values, owners };
}

/** The single-task case: each inner array is one user's values (see bootstrapMedianDifferences). */
export function bootstrapMedianDifference(
  control: readonly (readonly number[])[],
  treatment: readonly (readonly number[])[],
  seed: number,
  iterations = BOOTSTRAP_ITERATIONS,
): [number, number] {
  const { tasks } = bootstrapMedianDifferences(
    { users: control.length, tasks: [flatten(control)] },
    { users: treatment.length, tasks: [flatten(treatment)] },
    seed,
    iterations,
  );
  const ci = tasks[0]?.ci95;
  if (!ci) throw new Error('bootstrap needs at least one value in each group');
  return ci;
}

/** Multinomial draw: how often each of picks.length users is drawn in picks.length draws. */
function draw(picks: Int32Array, random: () => number): void {
  picks.fill(0);
  const n = picks.length;
  for (let k = 0; k < n; k++) picks[Math.floor(random() * n)]!++;
}

/**
 * One task's values in one cohort, sorted once, each tagged with its user. Given how often each
 * user was drawn, the median of the pooled resample is where the cumulative weight crosses half the
 * total. The weight before the middle of the sorted values is one dot product over the task's users
 * (each one's count of values before it); the walk starts there: O(users + drift) per resample, the
 * same number as pooling the drawn users' values and sorting them.
 */
class ClusterSample {
  private readonly values: Float64Array;
  private readonly owner: Int32Array;
  private readonly middle: number;
  /** The users with values, their number of values, and how many sit before `middle`. */
  private readonly users: Int32Array;
  private readonly sizes: Int32Array;
  private readonly before: Int32Array;

  static of(values: readonly number[], owners: readonly number[], users: number): ClusterSample | null {
    return values.length > 0 ? new ClusterSample(values, owners, users) : null;
  }

  private constructor(input: readonly number[], inputOwners: readonly number[], userCount: number) {
    const n = input.length;
    const counts = new Int32Array(userCount);
    for (let i = 0; i < n; i++) counts[inputOwners[i]!]!++;
    this.values = new Float64Array(n);
    this.owner = new Int32Array(n);
    if (!sortPacked(input, inputOwners, userCount, this.values, this.owner))
      sortTagged(input, inputOwners, this.values, this.owner);
    this.middle = n >>> 1;
    const users: number[] = [];
    for (let u = 0; u < userCount; u++) if (counts[u]! > 0) users.push(u);
    this.users = Int32Array.from(users);
    this.sizes = Int32Array.from(users, (u) => counts[u]!);
    const before = new Int32Array(userCount);
    for (let i = 0; i < this.middle; i++) before[this.owner[i]!]!++;
    this.before = Int32Array.from(users, (u) => before[u]!);
  }

  get userCount(): number {
    return this.users.length;
  }

  /** Median of all the values (no resampling). */
  fullMedian(): number {
    const n = this.values.length;
    return n % 2 === 1 ? this.values[n >>> 1]! : (this.values[n / 2 - 1]! + this.values[n / 2]!) / 2;
  }

  /** Median of the resample whose user multiplicities are `picks`; NaN when it holds no value. */
  median(picks: Int32Array): number {
    const users = this.users;
    let total = 0;
    let weightBefore = 0; // weight of the sorted values before index i
    for (let j = 0; j < users.length; j++) {
      const m = picks[users[j]!]!;
      total += m * this.sizes[j]!;
      weightBefore += m * this.before[j]!;
    }
    if (total === 0) return Number.NaN;
    const values = this.values;
    const owner = this.owner;
    const lo = (total - 1) >>> 1;
    const hi = total >>> 1;
    let i = this.middle;
    // Step back while index i starts past rank lo, then forward to the value holding rank lo.
    while (weightBefore > lo) weightBefore -= picks[owner[--i]!]!;
    while (weightBefore + picks[owner[i]!]! <= lo) weightBefore += picks[owner[i++]!]!;
    const low = values[i]!;
    while (weightBefore + picks[owner[i]!]! <= hi) weightBefore += picks[owner[i++]!]!;
    return (low + values[i]!) / 2;
  }
}

const OWNER_BITS = 2 ** 21;

/**
 * Sorts values with their owners packed into one float (value x 2^21 + owner), using the typed
 * array's native sort: exact while values are integers below 2^31 (25 days in ms) and owners below
 * 2^21. Returns false, touching nothing, when the values do not fit.
 */
function sortPacked(
  input: readonly number[],
  owners: readonly number[],
  users: number,
  values: Float64Array,
  owner: Int32Array,
): boolean {
  if (users > OWNER_BITS) return false;
  const packed = new Float64Array(input.length);
  for (let i = 0; i < input.length; i++) {
    const v = input[i]!;
    if (!Number.isInteger(v) || v < 0 || v >= 2 ** 31) return false;
    packed[i] = v * OWNER_BITS + owners[i]!;
  }
  packed.sort();
  for (let k = 0; k < packed.length; k++) {
    const p = packed[k]!;
    const u = p % OWNER_BITS;
    owner[k] = u;
    values[k] = (p - u) / OWNER_BITS;
  }
  return true;
}

function sortTagged(input: readonly number[], owners: readonly number[], values: Float64Array, owner: Int32Array): void {
  const order = Array.from({ length: input.length }, (_, i) => i);
  order.sort((a, b) => input[a]! - input[b]! || owners[a]! - owners[b]!);
  for (let k = 0; k < order.length; k++) {
    values[k] = input[order[k]!]!;
    owner[k] = owners[order[k]!]!;
  }
}
