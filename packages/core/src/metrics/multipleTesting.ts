/**
 * Benjamini–Hochberg adjusted p-values (false discovery rate), in the order given.
 * adjusted(i) = min over j ≥ rank(i) of p(j)·m/j, capped at 1 — the step-up procedure, as R's p.adjust("BH").
 * NaN p-values are left NaN and do not count towards m.
 * @example benjaminiHochberg([0.01, 0.04, 0.03]) // [0.03, 0.04, 0.04]
 */
export function benjaminiHochberg(pValues: readonly number[]): number[] {
  pValues.forEach((p, i) => {
    if (!Number.isNaN(p) && !(p >= 0 && p <= 1)) {
      throw new RangeError(`p-value #${i + 1} is ${p}; p-values lie between 0 and 1`);
    }
  });
  const order = pValues
    .map((p, index) => ({ p, index }))
    .filter((e) => !Number.isNaN(e.p))
    .sort((x, y) => x.p - y.p);
  const m = order.length;
  const adjusted = pValues.map(() => Number.NaN);
  let running = 1;
  for (let rank = m; rank >= 1; rank--) {
    const entry = order[rank - 1];
    if (!entry) continue;
    running = Math.min(running, (entry.p * m) / rank);
    adjusted[entry.index] = running;
  }
  return adjusted;
}
