import { shippedLexicon } from './lexicon/lexicon.ts';
import type { AnalyzedText, Token } from './pipeline.ts';

/** A stemmed n-gram that stands out in a collection of texts. */
export interface KeyPhrase {
  /** Stems joined by a space: the phrase's identity. */
  key: string;
  /** The most frequent surface form, for people to read. */
  label: string;
  /** Indices of the texts that contain it. */
  docs: number[];
  score: number;
}

export interface KeyPhraseOptions {
  /** Fewest texts a phrase must occur in (default: 3, or 0.5% of the texts when more). */
  minDocs?: number;
  /** Texts to score against (document frequencies); default: the texts themselves. */
  background?: readonly AnalyzedText[];
  limit?: number;
}

// Words of strong general sentiment («отлично», "terrible") say how, not what: they head no theme.
function isThemeWord(t: Token, lang: AnalyzedText['lang']): boolean {
  if (t.stop || t.word.length < 3 || /^\d/.test(t.word)) return false;
  const weight = shippedLexicon(lang).weights.get(t.stem);
  return weight === undefined || Math.abs(weight) < 1;
}

/** The unigrams and in-clause bigrams of theme words in a text, each with its surface form. */
export function phraseCandidates(text: AnalyzedText): Map<string, string> {
  const out = new Map<string, string>();
  const words = text.tokens.filter((t) => isThemeWord(t, text.lang));
  words.forEach((t, i) => {
    out.set(t.stem, t.word);
    const next = words[i + 1];
    if (next && next.clause === t.clause && next.stem !== t.stem)
      out.set(`${t.stem} ${next.stem}`, `${t.word} ${next.word}`);
  });
  return out;
}

/**
 * Key phrases of a collection: candidates frequent enough, scored by how much more often they occur here
 * than in the background (smoothed log-ratio of document frequencies) times how often they occur;
 * bigrams that merely repeat their more frequent unigram are dropped.
 */
export function keyPhrases(texts: readonly AnalyzedText[], options: KeyPhraseOptions = {}): KeyPhrase[] {
  const minDocs = options.minDocs ?? Math.max(3, Math.ceil(texts.length * 0.005));
  const docs = new Map<string, number[]>();
  const forms = new Map<string, Map<string, number>>();
  texts.forEach((text, i) => {
    for (const [key, form] of phraseCandidates(text)) {
      const list = docs.get(key) ?? [];
      list.push(i);
      docs.set(key, list);
      const f = forms.get(key) ?? new Map<string, number>();
      f.set(form, (f.get(form) ?? 0) + 1);
      forms.set(key, f);
    }
  });
  const backgroundDf = new Map<string, number>();
  const background = options.background ?? texts;
  for (const text of background)
    for (const key of phraseCandidates(text).keys()) backgroundDf.set(key, (backgroundDf.get(key) ?? 0) + 1);
  const n = texts.length;
  const nb = background.length;
  const phrases: KeyPhrase[] = [];
  for (const [key, list] of docs) {
    if (list.length < minDocs) continue;
    const share = list.length / n;
    const backShare = ((backgroundDf.get(key) ?? 0) + 1) / (nb + 2);
    // Against itself the ratio is ~1: then rarity across the texts (an idf) keeps ubiquitous words down.
    const lift = options.background ? Math.log((share + 1e-3) / (backShare + 1e-3)) : Math.log(1 / share);
    if (lift <= 0) continue;
    const label =
      [...(forms.get(key) ?? new Map<string, number>())].sort((a, b) => b[1] - a[1])[0]?.[0] ?? key;
    phrases.push({ key, label, docs: list, score: list.length * lift * (key.includes(' ') ? 1.3 : 1) });
  }
  const byKey = new Map(phrases.map((p) => [p.key, p]));
  const kept = phrases.filter((p) => {
    const parts = p.key.split(' ');
    if (parts.length < 2) return true;
    // A bigram earns its place when it is most of one of its words' use, i.e. a set phrase.
    return parts.some(
      (part) => (byKey.get(part)?.docs.length ?? Number.POSITIVE_INFINITY) <= p.docs.length * 2.5,
    );
  });
  return kept.sort((a, b) => b.score - a.score).slice(0, options.limit ?? 200);
}
