export interface Rect {
  left: number;
  top: number;
  width: number;
  height: number;
}

export interface Size {
  width: number;
  height: number;
}

const GAP = 8;

/**
 * Where the help card goes: the first viewport corner (bottom-right, bottom-left, top-right,
 * top-left) where it covers neither the control being fought (plus a small gap) nor the rects to
 * avoid (the badge). When every corner collides, the one covering the least of the target wins:
 * covering the control is worse than covering the badge.
 */
export function placeCard(
  target: Rect | null,
  viewport: Size,
  card: Size,
  avoid: readonly Rect[] = [],
  margin = 16,
): { left: number; top: number } {
  const right = Math.max(margin, viewport.width - card.width - margin);
  const bottom = Math.max(margin, viewport.height - card.height - margin);
  const corners = [
    { left: right, top: bottom },
    { left: margin, top: bottom },
    { left: right, top: margin },
    { left: margin, top: margin },
  ];
  const rectAt = (c: { left: number; top: number }): Rect => ({ ...c, width: card.width, height: card.height });
  const hitsTarget = (c: { left: number; top: number }) => (target ? overlap(rectAt(c), inflate(target, GAP)) : 0);
  const clear = corners.find((c) => hitsTarget(c) === 0 && avoid.every((a) => overlap(rectAt(c), a) === 0));
  if (clear) return clear;
  return corners.reduce((best, c) => (hitsTarget(c) < hitsTarget(best) ? c : best));
}

export function overlap(a: Rect, b: Rect): number {
  const w = Math.min(a.left + a.width, b.left + b.width) - Math.max(a.left, b.left);
  const h = Math.min(a.top + a.height, b.top + b.height) - Math.max(a.top, b.top);
  return w > 0 && h > 0 ? w * h : 0;
}

const inflate = (r: Rect, by: number): Rect => ({
  left: r.left - by,
  top: r.top - by,
  width: r.width + 2 * by,
  height: r.height + 2 * by,
});
