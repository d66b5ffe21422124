import { PREDICATES } from '../predicates';
import type { Check } from './descriptor';
import type { Payload } from './validate';

// zod/mini's checks (v4 core/checks.js), same tests and issue codes. Strings are measured in code
// points, as zod does.

const codePoints = (s: string): number => {
  let n = s.length;
  for (let i = 0; i < s.length - 1; i++) {
    if ((s.charCodeAt(i) & 0xfc00) === 0xd800 && (s.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      n--;
      i++;
    }
  }
  return n;
};

const regexes = new Map<string, RegExp>();

/** Whether the check passes; may rewrite `p.value` (url). */
function passes(ch: Check, p: Payload): boolean {
  const v = p.value as never;
  switch (ch.k) {
    case 'min':
    case 'max': {
      const units = (v as { length: number }).length;
      const len =
        typeof v === 'string' && (ch.k === 'min' ? units >= ch.n && units < ch.n * 2 : units > ch.n) ? codePoints(v) : units;
      return ch.k === 'min' ? len >= ch.n : len <= ch.n;
    }
    case 'gt':
      return ch.eq ? v >= ch.n : v > ch.n;
    case 'lt':
      return ch.eq ? v <= ch.n : v < ch.n;
    case 're': {
      const re = regexes.get(ch.re) ?? new RegExp(ch.re);
      regexes.set(ch.re, re);
      return re.test(v);
    }
    case 'url':
      try {
        const trimmed = (v as string).trim();
        new URL(trimmed);
        p.value = trimmed.replace(/[\t\n\r]/g, '');
        return true;
      } catch {
        return false;
      }
    case 'fn':
      return PREDICATES[ch.fn]!(v);
  }
}

const CODES = {
  min: 'too_small',
  max: 'too_big',
  gt: 'too_small',
  lt: 'too_big',
  re: 'invalid_format',
  url: 'invalid_format',
  fn: 'custom',
};

export function runCheck(ch: Check, p: Payload, nodeMessage: string | undefined): void {
  if (!passes(ch, p)) {
    p.issues.push({
      code: CODES[ch.k],
      path: ch.k === 'fn' && ch.at ? [...ch.at] : [],
      message: ch.m ?? nodeMessage ?? 'Invalid input',
      continue: !(ch.k === 'fn' && ch.stop),
    });
  }
}
