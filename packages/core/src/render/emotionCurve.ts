import type { CardOf } from '../journey/schema/lane.ts';

type EmotionCard = CardOf<'emotions'>;

/** One emotion card placed on the curve: `x` in stage units (0.5 = centre of the first stage). */
export interface EmotionPoint {
  stageIndex: number;
  x: number;
  value: number;
  /** Place of the card among the cards of its stage (0 for the first). */
  slot: number;
  card: EmotionCard;
}

/** A piece of the curve between two neighbouring points; dashed when stages between them have no emotion. */
export interface CurveSegment {
  d: string;
  dashed: boolean;
}

const COLORS: Record<string, string> = {
  '-2': '#d83c3c',
  '-1': '#ee7b30',
  '0': '#dfa91a',
  '1': '#7db544',
  '2': '#2e9a57',
};

/** The colour of an emotion value: red (−2) through amber (0) to green (+2). */
export function emotionColor(value: number): string {
  return COLORS[String(Math.max(-2, Math.min(2, Math.round(value))))] ?? '#dfa91a';
}

/** Gradient stops from the top (+2) to the bottom (−2) of the emotion scale, offsets 0..1. */
export const EMOTION_GRADIENT: readonly { offset: number; color: string }[] = [2, 1, 0, -1, -2].map(
  (v, i) => ({
    offset: i / 4,
    color: emotionColor(v),
  }),
);

/**
 * Places every emotion card of a lane on the curve, one point per card, in stage order.
 * Several cards in one stage share the column side by side.
 */
export function emotionPoints(cells: readonly (readonly EmotionCard[])[]): EmotionPoint[] {
  return cells.flatMap((cards, stageIndex) =>
    cards.map((card, k) => ({
      stageIndex,
      x: stageIndex + (k + 1) / (cards.length + 1),
      value: card.emotion,
      slot: k,
      card,
    })),
  );
}

/** Slopes of a monotone cubic through the points (Fritsch–Carlson): no overshoot past −2..+2. */
function monotoneSlopes(xs: readonly number[], ys: readonly number[]): number[] {
  const n = xs.length;
  const secants = xs.slice(1).map((x, i) => ((ys[i + 1] ?? 0) - (ys[i] ?? 0)) / (x - (xs[i] ?? 0)));
  return xs.map((_, i) => {
    if (i === 0) return secants[0] ?? 0;
    if (i === n - 1) return secants[n - 2] ?? 0;
    const s0 = secants[i - 1] ?? 0;
    const s1 = secants[i] ?? 0;
    if (s0 * s1 <= 0) return 0;
    const h0 = (xs[i] ?? 0) - (xs[i - 1] ?? 0);
    const h1 = (xs[i + 1] ?? 0) - (xs[i] ?? 0);
    const p = (s0 * h1 + s1 * h0) / (h0 + h1);
    return Math.sign(s0) * Math.min(Math.abs(s0), Math.abs(s1), 0.5 * Math.abs(p)) * 2;
  });
}

const round = (v: number) => Math.round(v * 100) / 100;

/**
 * The smooth curve through the points as SVG path pieces, given how stage units and emotion
 * values map to drawing coordinates.
 */
export function curveSegments(
  points: readonly EmotionPoint[],
  toX: (x: number) => number,
  toY: (value: number) => number,
): CurveSegment[] {
  const xs = points.map((p) => toX(p.x));
  const ys = points.map((p) => toY(p.value));
  const slopes = monotoneSlopes(xs, ys);
  const segments: CurveSegment[] = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const [x0, x1, y0, y1] = [xs[i] ?? 0, xs[i + 1] ?? 0, ys[i] ?? 0, ys[i + 1] ?? 0];
    const h = (x1 - x0) / 3;
    const c1 = [x0 + h, y0 + (slopes[i] ?? 0) * h];
    const c2 = [x1 - h, y1 - (slopes[i + 1] ?? 0) * h];
    const gap = (points[i + 1]?.stageIndex ?? 0) - (points[i]?.stageIndex ?? 0) > 1;
    segments.push({
      d: `M${round(x0)} ${round(y0)}C${c1.map(round).join(' ')} ${c2.map(round).join(' ')} ${round(x1)} ${round(y1)}`,
      dashed: gap,
    });
  }
  return segments;
}
