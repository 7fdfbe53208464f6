/**
 * Which split of an evaluation set may be used for what. Design choices (training, tuning thresholds,
 * choosing theme grouping parameters) are made on training splits only; held-out splits are only predicted.
 */

/** What a caller does with the rows it asks for. */
export type SplitUse = 'train' | 'tune' | 'evaluate';

/** The held-out split of each data set: only ever predicted, never trained or tuned on. */
export const HELD_OUT_SPLITS: Readonly<Record<string, string>> = {
  'sentirueval-tweets-ru': 'test2016',
  'sentirueval2015-aspect-reviews-ru': 'test',
};

/**
 * The rows of `splits`, refusing to hand a held-out split to training or tuning, and refusing to evaluate
 * on anything but the held-out split.
 */
export function rowsOfSplits<T extends { split: string }>(
  dataset: string,
  rows: readonly T[],
  splits: readonly string[],
  use: SplitUse,
): T[] {
  const heldOut = HELD_OUT_SPLITS[dataset];
  if (heldOut === undefined) throw new Error(`${dataset}: no held-out split is declared in eval/splits.ts`);
  if (use !== 'evaluate' && splits.includes(heldOut))
    throw new Error(
      `${dataset}: split '${heldOut}' is for evaluation only and cannot be used to ${use}; use the training splits`,
    );
  if (use === 'evaluate' && splits.some((s) => s !== heldOut))
    throw new Error(`${dataset}: evaluate only on '${heldOut}', not on ${splits.join(', ')}`);
  const unknown = splits.filter((s) => !rows.some((r) => r.split === s));
  if (unknown.length > 0) throw new Error(`${dataset}: no rows in split(s) ${unknown.join(', ')}`);
  return rows.filter((r) => splits.includes(r.split));
}

/** Every split of `rows` except the held-out one, for training or tuning. */
export function trainingSplits(dataset: string, rows: readonly { split: string }[]): string[] {
  const heldOut = HELD_OUT_SPLITS[dataset];
  return [...new Set(rows.map((r) => r.split))].filter((s) => s !== heldOut).sort();
}
