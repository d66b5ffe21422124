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
const SAFE_VALUE = /^[\w-]{1,64}$/;

/**
 * A short CSS selector for an element, built only from authored names: its id, data attributes,
 * tag and classes, never its text, value or href (they can hold what the user typed or who they
 * are). Up to `depth` levels, anchored at the nearest ancestor with a stable id.
 */
export function selectorOf(el: ElementLike | null, depth = 3): string | undefined {
  const parts: string[] = [];
  for (let node = el; node !== null && parts.length < depth; node = node.parentElement) {
    const tag = node.tagName.toLowerCase();
    if (tag === 'html' || tag === 'body') break;
    if (node.id && STABLE_ID.test(node.id) && !GENERATED.test(node.id)) {
      parts.unshift(`#${node.id}`);
      break;
    }
    parts.unshift(tag + attrPart(node) + classPart(node));
  }
  const selector = parts.join(' > ');
  return selector ? selector.slice(0, 512) : undefined;
}

function attrPart(node: ElementLike): string {
  for (const name of ATTRS) {
    const value = node.getAttribute(name);
    if (value !== null && (value === '' || SAFE_VALUE.test(value))) return value === '' ? `[${name}]` : `[${name}="${value}"]`;
  }
  return '';
}

function classPart(node: ElementLike): string {
  const classes = (node.getAttribute('class') ?? '')
    .split(/\s+/)
    .filter((c) => STABLE_CLASS.test(c) && !GENERATED.test(c))
    .slice(0, 2);
  return classes.map((c) => `.${c}`).join('');
}
