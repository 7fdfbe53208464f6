/**
 * Which items of a common set changed their relative order between two sequences: those outside a
 * longest common subsequence. This reports the fewest moves that explain the new order, so moving
 * one stage to the front reads as one move, not as every other stage shifting.
 */
export function movedItems<T>(before: readonly T[], after: readonly T[]): Set<T> {
  const inAfter = new Set(after);
  const inBefore = new Set(before);
  const a = before.filter((x) => inAfter.has(x));
  const b = after.filter((x) => inBefore.has(x));
  const n = a.length;
  const m = b.length;
  // lengths[i][j] = LCS length of a[i..] and b[j..]; sequences here are short (stages, lanes, a cell).
  const lengths: number[][] = Array.from({ length: n + 1 }, () => new Array<number>(m + 1).fill(0));
  const at = (i: number, j: number) => lengths[i]?.[j] ?? 0;
  for (let i = n - 1; i >= 0; i--) {
    const row = lengths[i] as number[];
    for (let j = m - 1; j >= 0; j--) {
      row[j] = a[i] === b[j] ? at(i + 1, j + 1) + 1 : Math.max(at(i + 1, j), at(i, j + 1));
    }
  }
  const stayed = new Set<T>();
  let i = 0;
  let j = 0;
  while (i < n && j < m) {
    if (a[i] === b[j]) {
      stayed.add(a[i] as T);
      i++;
      j++;
    } else if (at(i + 1, j) >= at(i, j + 1)) {
      i++;
    } else {
      j++;
    }
  }
  return new Set(a.filter((x) => !stayed.has(x)));
}
