/** What describeIssues reads of an issue: zod's issues and the compact validator's both fit. */
export interface IssueLike {
  readonly code: string;
  readonly path: readonly PropertyKey[];
  readonly message: string;
  readonly keys?: readonly string[];
}

function valueAt(input: unknown, path: readonly PropertyKey[]): { found: boolean; value?: unknown } {
  let current: unknown = input;
  for (const key of path) {
    if (current === null || typeof current !== 'object' || !(key in current)) return { found: false };
    current = (current as Record<PropertyKey, unknown>)[key];
  }
  return { found: true, value: current };
}

function show(value: unknown): string {
  if (typeof value === 'string') return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value);
  if (value === null || typeof value !== 'object') return String(value);
  return Array.isArray(value) ? 'an array' : 'an object';
}

/** Dotted path of an issue (`tasks.export_report.manualMinutes`), or `(root)`. */
export function issuePath(path: readonly PropertyKey[]): string {
  return path.length === 0 ? '(root)' : path.map(String).join('.');
}

/** One line per issue: the field, what it should be, and what it was. */
export function describeIssues(issues: readonly IssueLike[], input: unknown): string[] {
  return issues.map((issue) => {
    const where = issuePath(issue.path);
    if (issue.code === 'unrecognized_keys' && issue.keys) {
      return `${where}: unknown field${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((k) => JSON.stringify(k)).join(', ')}; remove or rename ${issue.keys.length > 1 ? 'them' : 'it'}`;
    }
    const at = valueAt(input, issue.path);
    const got = at.found && at.value !== undefined ? `got ${show(at.value)}` : 'got nothing';
    return `${where}: ${issue.message}, ${got}`;
  });
}
