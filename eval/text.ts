/**
 * `npm run eval:text`: Tropa's text analysis on the shared evaluation data, each figure beside baselines
 * computed in the same run. Held-out splits (tweets `test2016`, aspect reviews `test`) are only ever
 * predicted, never trained or tuned on; the loaders enforce it (eval/splits.ts).
 * Ends with one JSON line for machines.
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { predictLabel } from '../packages/analytics/src/text/classifier.ts';
import { classificationScores, clusterPurity } from '../packages/analytics/src/text/metrics.ts';
import { analyzeText } from '../packages/analytics/src/text/pipeline.ts';
import { lexiconSentiment, SENTIMENT_LABELS } from '../packages/analytics/src/text/sentiment.ts';
import { groupThemes, THEME_CONTEXTS, type ThemeContext } from '../packages/analytics/src/text/themes.ts';
import { trainFromTable } from '../packages/analytics/src/text/trainFromTable.ts';
import { majorityLabel, wordCountLabel } from './baselines.ts';
import { type AspectSentence, airlineTweets, aspectSentences, ruTweets } from './datasets.ts';

const dataDir = resolve(process.env.TROPA_DATA_DIR ?? resolve(import.meta.dirname, '../../shared/data'));
if (!existsSync(dataDir)) {
  console.error(`No evaluation data at ${dataDir}: set TROPA_DATA_DIR to the shared data folder.`);
  process.exit(1);
}

const rows: [string, string, string, string][] = [];
const fmt = (x: number) => x.toFixed(3);
const macro = (gold: readonly string[], predicted: readonly string[]) =>
  classificationScores(gold, predicted, SENTIMENT_LABELS).macroF1;
const started = Date.now();

// Russian tweets: train on the training splits, evaluate on test2016.
const train = await ruTweets(dataDir, 'training', 'train');
const test = await ruTweets(dataDir, ['test2016'], 'evaluate');
const gold = test.map((t) => t.label);
const majority = majorityLabel(train.map((t) => t.label));
const ruMajority = macro(
  gold,
  gold.map(() => majority),
);
const ruWordCount = macro(
  gold,
  test.map((t) => wordCountLabel(t.text, 'ru')),
);
const ruLexicon = macro(
  gold,
  test.map((t) => lexiconSentiment(analyzeText(t.text, 'ru')).label),
);
// Exactly what `tropa text train --feedback FILE --label label` does with the training splits as its file.
const trained = trainFromTable(
  { columns: ['text', 'label'], rows: train.map((t) => ({ text: t.text, label: t.label })) },
  'train+test2015',
  'label',
);
const model = trained.model;
const ruTrained = macro(
  gold,
  test.map((t) => predictLabel(model, t.text)),
);
const ruBase = `majority ${fmt(ruMajority)}; word count ${fmt(ruWordCount)}`;
rows.push([
  `ru tweets test2016 (n=${test.length}, trained on ${train.length})`,
  'macro-F1 lexicon',
  fmt(ruLexicon),
  ruBase,
]);
rows.push(['', 'macro-F1 trained', fmt(ruTrained), ruBase]);
rows.push([
  `  (tropa text train on train+test2015; its own held-back 20%: macro-F1 ${fmt(trained.heldBack.macroF1)})`,
  '',
  '',
  '',
]);

// Russian aspect reviews: the theme grouping (context weighting) is chosen on the TRAIN split only,
// then the test split is only predicted with that choice.
const purityOf = (part: readonly AspectSentence[], context: ThemeContext) => {
  const themes = groupThemes(
    part.map((s) => analyzeText(s.text, 'ru')),
    { context },
  );
  const clusters = themes.map((t) => t.docs.map((d) => part[d]?.category ?? ''));
  return { themes, clusters, purity: clusterPurity(clusters) };
};
const DOMAINS = ['restaurant', 'car'];
const trainSentences = await aspectSentences(dataDir, 'train', 'tune');
const trainPurity = new Map<ThemeContext, number>();
for (const context of THEME_CONTEXTS) {
  let weighted = 0;
  for (const domain of DOMAINS) {
    const part = trainSentences.filter((s) => s.domain === domain);
    weighted += purityOf(part, context).purity * part.length;
  }
  trainPurity.set(context, weighted / trainSentences.length);
}
const chosen = [...trainPurity].sort((a, b) => b[1] - a[1])[0]?.[0] ?? 'ppmi';
rows.push([
  `ru aspect reviews, TRAIN split (n=${trainSentences.length}): grouping chosen here`,
  `purity ${[...trainPurity].map(([c, p]) => `${c} ${fmt(p)}`).join(', ')}`,
  chosen,
  '',
]);
const sentences = await aspectSentences(dataDir, 'test', 'evaluate');
let purityWeighted = 0;
let purityBaseline = 0;
for (const domain of DOMAINS) {
  const part = sentences.filter((s) => s.domain === domain);
  const { themes, clusters, purity } = purityOf(part, chosen);
  const covered = clusters.reduce((sum, c) => sum + c.length, 0);
  const baseline = clusterPurity([part.map((s) => s.category)]);
  purityWeighted += purity * part.length;
  purityBaseline += baseline * part.length;
  rows.push([
    `ru aspect reviews, ${domain} test (n=${part.length} sentences, ${themes.length} themes, ${Math.round((100 * covered) / part.length)}% covered)`,
    `theme purity (${chosen})`,
    fmt(purity),
    `one theme (majority category) ${fmt(baseline)}`,
  ]);
}
const ruPurity = purityWeighted / sentences.length;
rows.push([
  'ru aspect reviews, both domains',
  'theme purity',
  fmt(ruPurity),
  `one theme ${fmt(purityBaseline / sentences.length)}`,
]);
const polar = sentences.filter(
  (s) => s.sentiment === 'positive' || s.sentiment === 'negative' || s.sentiment === 'neutral',
);
const aspectGold = polar.map((s) => s.sentiment);
rows.push([
  `ru aspect sentiment per sentence (n=${polar.length})`,
  'macro-F1 lexicon',
  fmt(
    macro(
      aspectGold,
      polar.map((s) => lexiconSentiment(analyzeText(s.text, 'ru')).label),
    ),
  ),
  `majority ${fmt(
    macro(
      aspectGold,
      polar.map(() => majorityLabel(polar.map((s) => s.sentiment as 'positive'))),
    ),
  )}; word count ${fmt(
    macro(
      aspectGold,
      polar.map((s) => wordCountLabel(s.text, 'ru')),
    ),
  )}`,
]);

// English airline tweets: sentiment, and themes of negative tweets against the gold reason.
const airline = await airlineTweets(dataDir);
const enGold = airline.map((t) => t.label);
const enLexicon = macro(
  enGold,
  airline.map((t) => lexiconSentiment(analyzeText(t.text, 'en')).label),
);
const enMajority = majorityLabel(enGold);
rows.push([
  `en airline tweets (n=${airline.length})`,
  'macro-F1 lexicon',
  fmt(enLexicon),
  `majority ${fmt(
    macro(
      enGold,
      enGold.map(() => enMajority),
    ),
  )}; word count ${fmt(
    macro(
      enGold,
      airline.map((t) => wordCountLabel(t.text, 'en')),
    ),
  )}`,
]);
const negatives = airline.filter((t) => t.label === 'negative' && t.reason && t.reason !== "Can't Tell");
const negAnalyzed = negatives.map((t) => analyzeText(t.text, 'en'));
const enThemes = groupThemes(negAnalyzed, { background: airline.map((t) => analyzeText(t.text, 'en')) });
const enClusters = enThemes.map((t) => t.docs.map((d) => negatives[d]?.reason ?? ''));
const enCovered = enClusters.reduce((sum, c) => sum + c.length, 0);
const enPurity = clusterPurity(enClusters);
rows.push([
  `en negative tweets by reason (n=${negatives.length}, ${enThemes.length} themes, ${Math.round((100 * enCovered) / negatives.length)}% covered)`,
  'theme purity',
  fmt(enPurity),
  `one theme (majority reason) ${fmt(clusterPurity([negatives.map((t) => t.reason)]))}`,
]);

const widths = [0, 1, 2, 3].map((i) =>
  Math.max(
    ...[['data set', 'figure', 'value', 'baselines (same run)'], ...rows].map((r) => r[i]?.length ?? 0),
  ),
);
const line = (r: readonly string[]) => r.map((c, i) => c.padEnd(widths[i] ?? 0)).join(' | ');
console.log(line(['data set', 'figure', 'value', 'baselines (same run)']));
console.log(widths.map((w) => '-'.repeat(w)).join('-|-'));
for (const r of rows) console.log(line(r));
console.log(
  `(${((Date.now() - started) / 1000).toFixed(1)} s; targets: ru lexicon ≥ 0.45, ru trained ≥ 0.55, ru theme purity ≥ 0.6)`,
);
const round = (x: number) => Math.round(x * 1000) / 1000;
console.log(
  JSON.stringify({
    ruTweets: { lexiconMacroF1: round(ruLexicon), trainedMacroF1: round(ruTrained) },
    ruAspects: { themePurity: round(ruPurity), grouping: chosen },
    enAirline: { lexiconMacroF1: round(enLexicon), themePurity: round(enPurity) },
  }),
);
