import type { GraphEdge, GraphModel, GraphNode } from './graphModel.ts';

// Stage columns left to right, the touchpoints of a stage stacked and centred; the start and end markers in
// narrow columns of their own. Sizes in flow units (px at zoom 1).
export const NODE_W = 124;
export const NODE_H = 86;
export const MARKER_W = 100;
export const MARKER_H = 32;
const COLUMN_GAP = 66;
const ROW_GAP = 40;
export const HEADER_H = 46;
const TOP = HEADER_H + 34;

export interface Rect {
  x: number;
  y: number;
  w: number;
  h: number;
}

export interface Point {
  x: number;
  y: number;
}

/** A cubic Bézier from p0 to p3 with controls p1, p2. */
export type Cubic = [Point, Point, Point, Point];

export interface Layout {
  boxes: Map<string, Rect>;
  /** The stage columns' bands, header included. */
  bands: Rect[];
  /** Lowest point of any node: rework arcs run below it. */
  bottom: number;
}

const columnX = (column: number) => (column < 0 ? 0 : MARKER_W + COLUMN_GAP + column * (NODE_W + COLUMN_GAP));

/** Where every node of the model sits. */
export function layoutGraph(model: GraphModel): Layout {
  const perColumn = new Map<number, number>();
  for (const n of model.nodes) perColumn.set(n.column, (perColumn.get(n.column) ?? 0) + 1);
  const height = model.rows * NODE_H + (model.rows - 1) * ROW_GAP;
  const boxes = new Map<string, Rect>();
  for (const n of model.nodes) {
    const marker = n.kind !== 'touchpoint';
    const rows = perColumn.get(n.column) ?? 1;
    const stack = rows * NODE_H + (rows - 1) * ROW_GAP;
    const y = marker
      ? TOP + height / 2 - MARKER_H / 2
      : TOP + (height - stack) / 2 + n.row * (NODE_H + ROW_GAP);
    const x = n.kind === 'end' ? columnX(n.column - 1) + NODE_W + COLUMN_GAP : columnX(n.column);
    boxes.set(n.id, { x, y, w: marker ? MARKER_W : NODE_W, h: marker ? MARKER_H : NODE_H });
  }
  const bands = model.stages.map((_, i) => ({
    x: columnX(i) - 12,
    y: 0,
    w: NODE_W + 24,
    h: TOP + height + 24,
  }));
  return { boxes, bands, bottom: TOP + height };
}

/**
 * The curve of an edge. Forward: right side to left side. Within a stage: an arc beside the column (right
 * going down, left going up). Rework: from the bottom of the later node in an arc below the graph to the
 * bottom of the earlier one. Loop: out of the top edge and back into the right edge of the node.
 */
export function edgeCurve(edge: GraphEdge, source: Rect, target: Rect, layout: Layout): Cubic {
  const mid = (r: Rect) => r.y + r.h / 2;
  switch (edge.kind) {
    case 'loop': {
      const x = source.x + source.w;
      return [
        { x: x - 30, y: source.y },
        { x: x - 30, y: source.y - 44 },
        { x: x + 40, y: source.y + 18 },
        { x, y: source.y + 18 },
      ];
    }
    case 'within': {
      const down = target.y > source.y;
      const x = down ? source.x + source.w : source.x;
      const bulge = (down ? 1 : -1) * (30 + Math.abs(target.y - source.y) / 12);
      const s = { x, y: mid(source) + (down ? 10 : -10) };
      const t = { x, y: mid(target) + (down ? -10 : 10) };
      return [s, { x: x + bulge, y: s.y }, { x: x + bulge, y: t.y }, t];
    }
    case 'back': {
      const s = { x: source.x + source.w / 2 - 14, y: source.y + source.h };
      const t = { x: target.x + target.w / 2 + 14, y: target.y + target.h };
      const depth = layout.bottom + 40 + Math.min(Math.abs(s.x - t.x) / 14, 70);
      return [s, { x: s.x - 20, y: depth }, { x: t.x + 20, y: depth }, t];
    }
    default: {
      const s = { x: source.x + source.w, y: mid(source) };
      const t = { x: target.x, y: mid(target) };
      const dx = Math.max(40, (t.x - s.x) / 2);
      return [s, { x: s.x + dx, y: s.y }, { x: t.x - dx, y: t.y }, t];
    }
  }
}

/** The point at `t` (0..1) along a cubic. */
export function pointAt([p0, p1, p2, p3]: Cubic, t: number): Point {
  const u = 1 - t;
  const a = u * u * u;
  const b = 3 * u * u * t;
  const c = 3 * u * t * t;
  const d = t * t * t;
  return { x: a * p0.x + b * p1.x + c * p2.x + d * p3.x, y: a * p0.y + b * p1.y + c * p2.y + d * p3.y };
}

export const svgPath = ([p0, p1, p2, p3]: Cubic) =>
  `M ${p0.x},${p0.y} C ${p1.x},${p1.y} ${p2.x},${p2.y} ${p3.x},${p3.y}`;

/** Which node rectangles a model node occupies, padded, as obstacles for labels. */
export const nodeObstacles = (nodes: readonly GraphNode[], layout: Layout): Rect[] =>
  nodes.flatMap((n) => {
    const r = layout.boxes.get(n.id);
    return r ? [{ x: r.x - 3, y: r.y - 3, w: r.w + 6, h: r.h + 6 }] : [];
  });
