// Scales and ticks for the hand-made SVG charts: small, pure, tested (scale.test.ts).

/** A linear map from a domain to a range; a flat domain maps to the range's middle. */
export function linear(domain: [number, number], range: [number, number]): (v: number) => number {
  const [d0, d1] = domain;
  const [r0, r1] = range;
  if (d1 === d0) return () => (r0 + r1) / 2;
  return (v) => r0 + ((v - d0) / (d1 - d0)) * (r1 - r0);
}

/** A square-root-free log scale for positive values (odds ratios, durations). */
export function logScale(domain: [number, number], range: [number, number]): (v: number) => number {
  const inner = linear([Math.log(domain[0]), Math.log(domain[1])], range);
  return (v) => inner(Math.log(Math.max(v, Number.MIN_VALUE)));
}

/** "Nice" ticks (1, 2, 5 × 10^k steps) covering [min, max], about `count` of them. */
export function niceTicks(min: number, max: number, count = 5): number[] {
  if (!(Number.isFinite(min) && Number.isFinite(max))) return [];
  if (max === min) return [min];
  const raw = (max - min) / Math.max(count, 1);
  const power = 10 ** Math.floor(Math.log10(raw));
  const step = ([1, 2, 5, 10].find((m) => m * power >= raw) ?? 10) * power;
  const ticks: number[] = [];
  const digits = Math.max(0, -Math.floor(Math.log10(step)));
  for (let i = Math.ceil(min / step - 1e-9); i * step <= max + step * 1e-9; i++) {
    ticks.push(Number((i * step).toFixed(digits)));
  }
  return ticks;
}

/** The domain padded to nice ticks: [floor to step, ceil to step]. */
export function niceDomain(min: number, max: number, count = 5): [number, number] {
  const ticks = niceTicks(min, max, count);
  if (ticks.length < 2) return [min - 1, max + 1];
  const step = (ticks[1] ?? 0) - (ticks[0] ?? 0);
  const low = (ticks[0] ?? min) > min ? (ticks[0] ?? min) - step : (ticks[0] ?? min);
  const last = ticks[ticks.length - 1] ?? max;
  return [low, last < max ? last + step : last];
}

const HOUR = 3600;
const DAY = 86_400;
/** Readable duration marks for a log axis: 1 h … 1 year. */
const DURATION_MARKS = [
  HOUR,
  6 * HOUR,
  DAY,
  3 * DAY,
  7 * DAY,
  14 * DAY,
  30 * DAY,
  91 * DAY,
  182 * DAY,
  365 * DAY,
];

/** The duration marks within [min, max], plus the marks just outside so the axis covers the data. */
export function durationTicks(minSeconds: number, maxSeconds: number): number[] {
  const below = DURATION_MARKS.filter((m) => m <= minSeconds).at(-1) ?? DURATION_MARKS[0] ?? HOUR;
  const above = DURATION_MARKS.find((m) => m >= maxSeconds) ?? DURATION_MARKS.at(-1) ?? DAY;
  return DURATION_MARKS.filter((m) => m >= below && m <= above);
}

/** Background colour of a heat-map cell: white → brand as `share` goes 0 → 1 (sqrt to lift small counts). */
export function heat(share: number): string {
  const t = Math.sqrt(Math.min(Math.max(share, 0), 1));
  const mix = (a: number, b: number) => Math.round(a + (b - a) * t);
  return `rgb(${mix(245, 67)} ${mix(246, 56)} ${mix(255, 202)})`;
}
