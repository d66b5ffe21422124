// The refinements of core's schemas (and the widget's config schema), each a named function. A
// refinement is opaque code to a schema compiler, so the compact validator (compact/) finds these
// by name: the compiler maps each function to its key here, the interpreter maps the key back.

export const isFiniteNumber: (v: unknown) => boolean = Number.isFinite;

/** An event needs someone to attribute it to. */
export const hasActor = (e: { userId?: string | undefined; anonymousId?: string | undefined }): boolean =>
  e.userId !== undefined || e.anonymousId !== undefined;

/** A `value` event is priced by an amount, by minutes, or both. */
export const hasAmountOrMinutes = (v: { amount?: number | undefined; minutes?: number | undefined }): boolean =>
  v.amount !== undefined || v.minutes !== undefined;

/** The widget's `badge` option: a placement or CSS selector (non-empty string), or an element. */
export const isBadgeTarget = (v: unknown): boolean =>
  (typeof v === 'string' && v.length > 0) || (typeof v === 'object' && v !== null && 'appendChild' in v);

/** By name, for the compact validator; each predicate types its own argument. */
export const PREDICATES: Record<string, (v: never) => boolean> = { isFiniteNumber, hasActor, hasAmountOrMinutes, isBadgeTarget };
