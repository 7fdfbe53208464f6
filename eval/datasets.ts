import { join } from 'node:path';
import type { SentimentLabel } from '../packages/analytics/src/text/sentiment.ts';
import { readCsv } from './csv.ts';
import { rowsOfSplits, type SplitUse, trainingSplits } from './splits.ts';

/** A labelled text of an evaluation set. */
export interface Labelled {
  text: string;
  label: SentimentLabel;
  split: string;
}

const RU_LABELS: Record<string, SentimentLabel> = { '-1': 'negative', '0': 'neutral', '1': 'positive' };

/**
 * SentiRuEval tweets of `splits` (mixed and undocumented labels dropped), or of every training split when
 * `splits` is 'training'. Throws when training or tuning asks for `test2016`, which is for evaluation only.
 */
export async function ruTweets(
  dataDir: string,
  splits: readonly string[] | 'training',
  use: SplitUse,
): Promise<Labelled[]> {
  const rows = await readCsv(join(dataDir, 'sentirueval-tweets-ru', 'sentirueval_tweets.csv.gz'));
  const all = rows.flatMap((r) => {
    const label = RU_LABELS[r.label ?? ''];
    return label ? [{ text: r.text ?? '', label, split: r.split ?? '' }] : [];
  });
  const dataset = 'sentirueval-tweets-ru';
  return rowsOfSplits(dataset, all, splits === 'training' ? trainingSplits(dataset, all) : splits, use);
}

/** One sentence of an aspect-annotated review with the aspect category most of its mentions name. */
export interface AspectSentence {
  text: string;
  category: string;
  sentiment: string;
  domain: string;
  split: string;
}

/**
 * SentiRuEval-2015 reviews cut into sentences; a sentence is kept when its aspect mentions (other than
 * `Whole`) agree on one category by majority; its sentiment is kept when all its mentions share one.
 * Throws when tuning asks for the `test` split, which is for evaluation only.
 */
export async function aspectSentences(
  dataDir: string,
  split: 'train' | 'test',
  use: SplitUse,
): Promise<AspectSentence[]> {
  const dir = join(dataDir, 'sentirueval2015-aspect-reviews-ru');
  const reviews = await readCsv(join(dir, 'reviews.csv'));
  const aspects = await readCsv(join(dir, 'aspects.csv'));
  const byReview = new Map<string, Record<string, string>[]>();
  for (const a of aspects) {
    const key = `${a.domain}/${a.review_id}`;
    const list = byReview.get(key) ?? [];
    list.push(a);
    byReview.set(key, list);
  }
  const out: AspectSentence[] = [];
  for (const r of rowsOfSplits<Record<string, string> & { split: string }>(
    'sentirueval2015-aspect-reviews-ru',
    reviews.map((r) => ({ ...r, split: r.split ?? '' })),
    [split],
    use,
  )) {
    const text = r.text ?? '';
    const mentions = byReview.get(`${r.domain}/${r.review_id}`) ?? [];
    for (const m of text.matchAll(/[^.!?\n]+[.!?\n]*/g)) {
      const from = m.index;
      const to = from + m[0].length;
      const inside = mentions.filter(
        (a) => Number(a.from) >= from && Number(a.to) <= to && a.category !== 'Whole',
      );
      const counts = new Map<string, number>();
      for (const a of inside) counts.set(a.category ?? '', (counts.get(a.category ?? '') ?? 0) + 1);
      const ranked = [...counts].sort((a, b) => b[1] - a[1]);
      const top = ranked[0];
      if (!top || (ranked[1] && ranked[1][1] === top[1])) continue;
      const sentiments = new Set(inside.map((a) => a.sentiment));
      out.push({
        text: m[0].trim(),
        category: top[0],
        sentiment: sentiments.size === 1 ? (inside[0]?.sentiment ?? '') : 'mixed',
        domain: r.domain ?? '',
        split: r.split ?? '',
      });
    }
  }
  return out;
}

/** A US airline tweet with its gold sentiment and, when negative, its gold reason. */
export interface AirlineTweet {
  text: string;
  label: SentimentLabel;
  reason: string;
}

export async function airlineTweets(dataDir: string): Promise<AirlineTweet[]> {
  const rows = await readCsv(join(dataDir, 'twitter-airline-sentiment-en', 'airline_tweets.csv.gz'));
  return rows.flatMap((r) => {
    const label = r.airline_sentiment;
    if (label !== 'negative' && label !== 'neutral' && label !== 'positive') return [];
    return [{ text: r.text ?? '', label, reason: r.negativereason ?? '' }];
  });
}
