import { type KeyPhrase, type KeyPhraseOptions, keyPhrases, phraseCandidates } from './keyPhrases.ts';
import type { AnalyzedText } from './pipeline.ts';

/** Key phrases that speak of one thing, with the texts that speak of it. */
export interface Theme {
  id: string;
  /** Readable label: the theme's leading phrases. */
  label: string;
  phrases: KeyPhrase[];
  /** Texts whose main theme this is (each text has at most one main theme). */
  docs: number[];
}

export interface ThemeOptions extends KeyPhraseOptions {
  maxThemes?: number;
  /** Cosine similarity of contexts above which a phrase joins a theme (default 0.25). */
  joinAt?: number;
  /**
   * How a phrase's context weighs its neighbours: `ppmi` (default) by positive PMI, so words every text
   * shares drop out; `idf` by count × idf, the earlier grouping, kept so evaluations can compare the two.
   */
  context?: ThemeContext;
}

/** The context weightings `groupThemes` can use. */
export const THEME_CONTEXTS = ['ppmi', 'idf'] as const;
export type ThemeContext = (typeof THEME_CONTEXTS)[number];

type Vector = Map<string, number>;

function cosine(a: Vector, b: Vector): number {
  let dot = 0;
  let na = 0;
  let nb = 0;
  for (const [k, v] of a) {
    na += v * v;
    const w = b.get(k);
    if (w !== undefined) dot += v * w;
  }
  for (const v of b.values()) nb += v * v;
  return na === 0 || nb === 0 ? 0 : dot / Math.sqrt(na * nb);
}

function addInto(target: Vector, source: Vector, factor = 1): void {
  for (const [k, v] of source) target.set(k, (target.get(k) ?? 0) + v * factor);
}

/** A readable label: set phrases (bigrams) first, then single words, none repeating another's word. */
function themeLabel(phrases: readonly KeyPhrase[]): string {
  const top = phrases.slice(0, 5);
  const ordered = [...top.filter((p) => p.key.includes(' ')), ...top.filter((p) => !p.key.includes(' '))];
  const used = new Set<string>();
  const chosen: string[] = [];
  for (const p of ordered) {
    const stems = p.key.split(' ');
    if (stems.some((s) => used.has(s))) continue;
    for (const s of stems) used.add(s);
    chosen.push(p.label);
    if (chosen.length === 2) break;
  }
  return chosen.join(' · ');
}

/**
 * Groups key phrases into themes by the company they keep: each phrase's context is the bag of words
 * of the texts it occurs in (rare words weigh more); a phrase joins the theme whose context is closest,
 * or opens a new one. Each text then goes to the theme whose phrases it contains most strongly.
 * @example groupThemes(texts.map((t) => analyzeText(t))).map((t) => t.label)
 */
export function groupThemes(texts: readonly AnalyzedText[], options: ThemeOptions = {}): Theme[] {
  const phrases = keyPhrases(texts, options);
  const candidates = texts.map((t) => phraseCandidates(t));
  const df = new Map<string, number>();
  for (const c of candidates) for (const k of c.keys()) if (!k.includes(' ')) df.set(k, (df.get(k) ?? 0) + 1);
  const idf = (k: string) => Math.log((texts.length + 1) / ((df.get(k) ?? 0) + 1));
  const contextOf = (phrase: KeyPhrase): Vector => {
    const counts = new Map<string, number>();
    const own = new Set(phrase.key.split(' '));
    for (const d of phrase.docs) {
      for (const k of candidates[d]?.keys() ?? [])
        if (!k.includes(' ') && !own.has(k)) counts.set(k, (counts.get(k) ?? 0) + 1);
    }
    // Positive PMI: a neighbour counts by how much more often it appears with the phrase than anywhere,
    // so words every text shares (the product, "ресторан") drop out.
    const v: Vector = new Map();
    const n = phrase.docs.length;
    for (const [k, c] of counts) {
      if (c < 2) continue;
      if (options.context === 'idf') {
        v.set(k, c * idf(k));
        continue;
      }
      const pmi = Math.log(c / n / ((df.get(k) ?? 1) / texts.length));
      if (pmi > 0) v.set(k, pmi * Math.log(1 + c));
    }
    // The phrase itself anchors its context, so synonyms that share neighbours still meet.
    for (const k of own) v.set(k, (v.get(k) ?? 0) + Math.log(1 + n) * idf(k));
    return v;
  };
  const groups: { phrases: KeyPhrase[]; context: Vector }[] = [];
  const maxThemes = options.maxThemes ?? 12;
  const joinAt = options.joinAt ?? 0.25;
  for (const phrase of phrases) {
    const context = contextOf(phrase);
    let best: (typeof groups)[number] | undefined;
    let bestSim = joinAt;
    for (const g of groups) {
      const sim = cosine(context, g.context);
      if (sim > bestSim) {
        bestSim = sim;
        best = g;
      }
    }
    if (best) {
      best.phrases.push(phrase);
      addInto(best.context, context, 0.5);
    } else if (groups.length < maxThemes) groups.push({ phrases: [phrase], context });
  }
  const docs = groups.map(() => [] as number[]);
  candidates.forEach((c, d) => {
    let bestGroup = -1;
    let bestScore = 0;
    groups.forEach((g, gi) => {
      const s = g.phrases.reduce((sum, p) => sum + (c.has(p.key) ? Math.log(1 + p.score) : 0), 0);
      if (s > bestScore) {
        bestScore = s;
        bestGroup = gi;
      }
    });
    if (bestGroup >= 0) docs[bestGroup]?.push(d);
  });
  return groups
    .map((g, i) => ({
      id: `theme-${i + 1}`,
      label: themeLabel(g.phrases),
      phrases: g.phrases,
      docs: docs[i] ?? [],
    }))
    .filter((t) => t.docs.length > 0)
    .sort((a, b) => b.docs.length - a.docs.length);
}

/** Up to `count` representative quotes of a theme: texts with most of its phrases, of readable length. */
export function themeQuotes(
  theme: Theme,
  rawTexts: readonly string[],
  analyzed: readonly AnalyzedText[],
  count = 3,
): string[] {
  const keys = new Set(theme.phrases.map((p) => p.key));
  const scored = theme.docs.map((d) => {
    const c = analyzed[d] ? phraseCandidates(analyzed[d]) : new Map<string, string>();
    const hits = [...c.keys()].filter((k) => keys.has(k)).length;
    const length = rawTexts[d]?.length ?? 0;
    return { d, score: hits - (length > 240 ? 2 : 0) - (length < 20 ? 1 : 0) };
  });
  const seen = new Set<string>();
  const out: string[] = [];
  for (const { d } of scored.sort((a, b) => b.score - a.score || a.d - b.d)) {
    const text = rawTexts[d]?.trim() ?? '';
    const key = text.toLowerCase();
    if (!text || seen.has(key)) continue;
    seen.add(key);
    out.push(text.length > 280 ? `${text.slice(0, 277)}…` : text);
    if (out.length >= count) break;
  }
  return out;
}
