/** The few element members the selector builder reads; a real Element qualifies. */
export interface ElementLike {
  tagName: string;
  id: string;
  getAttribute(name: string): string | null;
  parentElement: ElementLike | null;
}

const STABLE_ID = /^[A-Za-z][\w-]{0,63}$/;
const STABLE_CLASS = /^[A-Za-z][\w-]{0,40}$/;
// Generated names (css-in-js hashes, React ids, long numbers) change between builds or renders.
const GENERATED = /\d{3,}|^(css|sc|jsx|emotion|svelte|tw)-|^_|(?=[a-f]*\d)[0-9a-f]{5,}/;
const ATTRS = ['data-yardstick-task', 'data-yardstick-support', 'data-testid', 'name', 'role', 'type'] as const;
const SAFE_VALUE = /^[\w-]{0,64}$/;

const stable = (name: string, pattern: RegExp) => pattern.test(name) && !GENERATED.test(name);

/**
 * A short CSS selector for an element, built only from authored names: its id, data attributes,
 * tag and classes, never its text, value or href (they can hold what the user typed or who they
 * are). Up to `depth` levels, anchored at the nearest ancestor with a stable id.
 */
export function selectorOf(el: ElementLike | null, depth = 3): string | undefined {
  const parts: string[] = [];
  for (let node = el; node && parts.length < depth; node = node.parentElement) {
    let part = node.tagName.toLowerCase();
    if (part === 'html' || part === 'body') break;
    if (stable(node.id, STABLE_ID)) {
      parts.unshift(`#${node.id}`);
      break;
    }
    for (const name of ATTRS) {
      const value = node.getAttribute(name);
      if (value !== null && SAFE_VALUE.test(value)) {
        part += value ? `[${name}="${value}"]` : `[${name}]`;
        break;
      }
    }
    const classes = (node.getAttribute('class') ?? '').split(/\s+/).filter((c) => stable(c, STABLE_CLASS));
    for (const c of classes.slice(0, 2)) part += `.${c}`;
    parts.unshift(part);
  }
  return parts.join(' > ').slice(0, 512) || undefined;
}
