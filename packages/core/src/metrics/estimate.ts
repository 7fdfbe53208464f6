/** Below this sample size a figure is shown but marked weak (DESIGN.md, "Metric definitions"). */
export const DEFAULT_MIN_N = 30;

/**
 * A figure shown to a person: its value with a 95% interval and the sample it rests on.
 * With n = 0 the value and bounds are NaN (serialized as null in JSON) and the figure is weak.
 */
export interface Estimate {
  n: number;
  value: number;
  low: number;
  high: number;
  /** true when n < minN: the figure is too thin to act on. */
  weak: boolean;
}

/** A difference between two periods (or groups): `later − earlier`, its 95% interval and p-value. */
export interface Difference {
  delta: number;
  low: number;
  high: number;
  p: number;
  /** true when either side is weak. */
  weak: boolean;
}

export interface EstimateOptions {
  /** Minimum n for a figure not to be weak (default 30). */
  minN?: number;
  /** Confidence level of the interval (default 0.95). */
  confidence?: number;
}

/** The empty estimate of a sample with no observations. */
export function emptyEstimate(): Estimate {
  return { n: 0, value: Number.NaN, low: Number.NaN, high: Number.NaN, weak: true };
}

/** Whether a sample of size n is weak under the options. */
export function isWeak(n: number, options: EstimateOptions = {}): boolean {
  return n < (options.minN ?? DEFAULT_MIN_N);
}

/** Checks that a count is a non-negative integer, naming the field in the error. */
export function assertCount(value: number, field: string): void {
  if (!Number.isInteger(value) || value < 0) {
    throw new RangeError(`${field} must be a non-negative integer count, got ${value}`);
  }
}

/** Checks a confidence level and returns it (default 0.95). */
export function confidenceOf(options: EstimateOptions): number {
  const c = options.confidence ?? 0.95;
  if (!(c > 0 && c < 1)) throw new RangeError(`confidence must be between 0 and 1 (exclusive), got ${c}`);
  return c;
}

export function clamp(x: number, lo: number, hi: number): number {
  return Math.min(hi, Math.max(lo, x));
}
