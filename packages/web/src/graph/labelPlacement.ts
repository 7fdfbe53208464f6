import { type Cubic, type Point, pointAt, type Rect } from './graphLayout.ts';

export interface LabelRequest {
  id: string;
  curve: Cubic;
  text: string;
}

const LABEL_H = 20;
// Along the curve from its middle outwards: a label near the middle reads as belonging to its edge.
const CANDIDATES = [0.5, 0.42, 0.58, 0.34, 0.66, 0.26, 0.74, 0.18, 0.82];

const overlap = (a: Rect, b: Rect) =>
  Math.max(0, Math.min(a.x + a.w, b.x + b.w) - Math.max(a.x, b.x)) *
  Math.max(0, Math.min(a.y + a.h, b.y + b.h) - Math.max(a.y, b.y));

/**
 * Places each edge's label on its curve where it covers no node and no label placed before it; the requests
 * come most important first, so a busy edge gets the middle of its curve. When every spot is taken the least
 * covered one wins. `width(text)` measures a label's pill.
 * @example placeLabels([{ id, curve, text: '42' }], nodeRects, (t) => t.length * 8 + 14)
 */
export function placeLabels(
  requests: readonly LabelRequest[],
  obstacles: readonly Rect[],
  width: (text: string) => number,
): Map<string, Point> {
  const placed: Rect[] = [];
  const result = new Map<string, Point>();
  for (const request of requests) {
    const w = width(request.text);
    let best: { at: Point; box: Rect; cost: number } | undefined;
    for (const t of CANDIDATES) {
      const at = pointAt(request.curve, t);
      const box = { x: at.x - w / 2 - 2, y: at.y - LABEL_H / 2 - 2, w: w + 4, h: LABEL_H + 4 };
      let cost = 0;
      for (const o of obstacles) cost += overlap(box, o) * 2;
      for (const o of placed) cost += overlap(box, o);
      if (!best || cost < best.cost) best = { at, box, cost };
      if (cost === 0) break;
    }
    if (best) {
      placed.push(best.box);
      result.set(request.id, best.at);
    }
  }
  return result;
}

let canvas: CanvasRenderingContext2D | null | undefined;

/** The width of a label's pill in the labels' font, measured by the browser (estimated where it cannot). */
export function labelWidth(text: string): number {
  if (canvas === undefined)
    canvas = typeof document === 'undefined' ? null : document.createElement('canvas').getContext('2d');
  if (!canvas) return text.length * 7.5 + 14;
  canvas.font = '600 12px Inter, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif';
  return Math.ceil(canvas.measureText(text).width) + 14;
}
