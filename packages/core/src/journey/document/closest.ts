/**
 * Edit distance between two strings, case-insensitive: insertions, deletions, substitutions and
 * swaps of neighbouring letters each count one (so `emial` is one edit from `email`).
 */
export function editDistance(a: string, b: string): number {
  const s = a.toLowerCase();
  const t = b.toLowerCase();
  // rows[i][j]: distance between the first i letters of s and the first j letters of t.
  const rows: number[][] = [Array.from({ length: t.length + 1 }, (_, j) => j)];
  for (let i = 1; i <= s.length; i++) {
    const row = [i];
    for (let j = 1; j <= t.length; j++) {
      const above = rows[i - 1] ?? [];
      const cost = s[i - 1] === t[j - 1] ? 0 : 1;
      let best = Math.min((above[j] ?? 0) + 1, (row[j - 1] ?? 0) + 1, (above[j - 1] ?? 0) + cost);
      if (i > 1 && j > 1 && s[i - 1] === t[j - 2] && s[i - 2] === t[j - 1]) {
        best = Math.min(best, (rows[i - 2]?.[j - 2] ?? 0) + 1);
      }
      row.push(best);
    }
    rows.push(row);
  }
  return rows[s.length]?.[t.length] ?? 0;
}

/**
 * The candidate closest to a mistyped value, or undefined when none is close enough to be a
 * plausible typo (at most a third of the word's letters differ).
 * @example closestMatch('emotoins', ['actions', 'emotions']) // 'emotions'
 */
export function closestMatch(value: string, candidates: readonly string[]): string | undefined {
  let best: string | undefined;
  let bestDistance = Number.POSITIVE_INFINITY;
  for (const candidate of candidates) {
    const distance = editDistance(value, candidate);
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  const allowed = Math.max(1, Math.floor(Math.max(value.length, best?.length ?? 0) / 3));
  return bestDistance <= allowed ? best : undefined;
}

const CYRILLIC_TO_LATIN: Record<string, string> = {
  а: 'a',
  б: 'b',
  в: 'v',
  г: 'g',
  д: 'd',
  е: 'e',
  ё: 'e',
  ж: 'zh',
  з: 'z',
  и: 'i',
  й: 'y',
  к: 'k',
  л: 'l',
  м: 'm',
  н: 'n',
  о: 'o',
  п: 'p',
  р: 'r',
  с: 's',
  т: 't',
  у: 'u',
  ф: 'f',
  х: 'kh',
  ц: 'ts',
  ч: 'ch',
  ш: 'sh',
  щ: 'shch',
  ъ: '',
  ы: 'y',
  ь: '',
  э: 'e',
  ю: 'yu',
  я: 'ya',
};

/**
 * A valid id made from any text, to suggest when an id is malformed.
 * @example suggestId('Запрос и КП') // 'zapros-i-kp'
 */
export function suggestId(text: string): string {
  const latin = [...text.toLowerCase()].map((ch) => CYRILLIC_TO_LATIN[ch] ?? ch).join('');
  const slug = latin
    .normalize('NFKD')
    .replace(/[^a-z0-9._-]+/g, '-')
    .replace(/^[^a-z0-9]+/, '')
    .replace(/-+$/, '')
    .slice(0, 80);
  return slug === '' ? 'item-1' : slug;
}
