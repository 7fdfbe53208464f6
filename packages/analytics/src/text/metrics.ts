/** Accuracy, per-class F1 and macro-F1 of predictions against gold labels. */
export interface ClassificationScores {
  n: number;
  accuracy: number;
  macroF1: number;
  f1: Record<string, number>;
}

/**
 * Scores predictions; macro-F1 averages F1 over `labels` (every class counts equally, however rare).
 * @example classificationScores(['a', 'b'], ['a', 'a'], ['a', 'b']).accuracy // 0.5
 */
export function classificationScores(
  gold: readonly string[],
  predicted: readonly string[],
  labels: readonly string[],
): ClassificationScores {
  if (gold.length !== predicted.length) throw new Error('gold and predicted differ in length');
  let correct = 0;
  const f1: Record<string, number> = {};
  for (let i = 0; i < gold.length; i++) if (gold[i] === predicted[i]) correct++;
  for (const label of labels) {
    let tp = 0;
    let fp = 0;
    let fn = 0;
    for (let i = 0; i < gold.length; i++) {
      const g = gold[i] === label;
      const p = predicted[i] === label;
      if (g && p) tp++;
      else if (p) fp++;
      else if (g) fn++;
    }
    f1[label] = tp === 0 ? 0 : (2 * tp) / (2 * tp + fp + fn);
  }
  const values = labels.map((l) => f1[l] ?? 0);
  return {
    n: gold.length,
    accuracy: gold.length === 0 ? 0 : correct / gold.length,
    macroF1: values.length === 0 ? 0 : values.reduce((a, b) => a + b, 0) / values.length,
    f1,
  };
}

/**
 * Purity of a clustering: each cluster votes for its most frequent gold class; purity is the share of
 * clustered items that carry their cluster's class.
 */
export function clusterPurity(clusters: readonly (readonly string[])[]): number {
  let total = 0;
  let majority = 0;
  for (const gold of clusters) {
    const counts = new Map<string, number>();
    for (const g of gold) counts.set(g, (counts.get(g) ?? 0) + 1);
    total += gold.length;
    majority += Math.max(0, ...counts.values());
  }
  return total === 0 ? 0 : majority / total;
}
