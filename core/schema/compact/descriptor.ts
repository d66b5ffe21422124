// Plain-data descriptors of core's zod/mini schemas (compile.ts writes them, validate.ts reads them).
// Messages are resolved at compile time: a check without `m` reports its node's, and a node
// without `m` reports zod's "Invalid input".

/** A check, run in order after its node's type test, with zod's rules for which checks still run. */
export type Check =
  | { k: 'min' | 'max'; n: number; m?: string }
  /** greater_than (`gt`) / less_than (`lt`), `eq` when inclusive. */
  | { k: 'gt' | 'lt'; n: number; eq?: true; m?: string }
  /** A regex or a string format's pattern (ISO datetime), flags-free. */
  | { k: 're'; re: string; m?: string }
  /** An absolute URL; the value becomes the trimmed input without tabs and newlines. */
  | { k: 'url'; m?: string }
  /** A named predicate of predicates.ts; `at` is the path, `stop` aborts like z.custom. */
  | { k: 'fn'; fn: string; at?: PropertyKey[]; stop?: true; m?: string };

export type Node = (
  | { t: 'string' | 'number' | 'boolean' | 'unknown' }
  | { t: 'enum'; values: unknown[] }
  | { t: 'optional'; of: Node }
  | { t: 'default'; of: Node; value: unknown }
  | { t: 'union'; of: Node[] }
  /** `extra`: strip (drop unknown keys), loose (keep them) or strict (report them). */
  | { t: 'object'; shape: Record<string, Node>; extra: 'strip' | 'loose' | 'strict' }
  /** String keys; values validated by `of`. */
  | { t: 'record'; of: Node }
  | { t: 'array'; of: Node }
) & { m?: string; checks?: Check[] };
