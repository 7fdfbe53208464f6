import { z } from 'zod';
import { textFeatures } from './features.ts';
import { detectLanguage, type TextLang } from './language.ts';
import { analyzeText } from './pipeline.ts';

/** A trained text classifier as stored on disk (JSON): multinomial logistic regression on text features. */
export const TextModelSchema = z.object({
  schema: z.literal('tropa.textModel'),
  version: z.literal(1),
  labels: z.array(z.string()).min(2),
  /** Feature name → column in `weights`. */
  vocabulary: z.record(z.string(), z.number().int().nonnegative()),
  /** One row per label: the bias, then one weight per feature. */
  weights: z.array(z.array(z.number())),
  trainedAt: z.string(),
  trainedOn: z.number().int().nonnegative(),
});
export type TextModel = z.infer<typeof TextModelSchema>;

export interface TrainOptions {
  epochs?: number;
  /** L2 penalty per example. */
  l2?: number;
  learningRate?: number;
  /** Features seen in fewer texts are dropped. */
  minCount?: number;
  seed?: number;
  lang?: TextLang;
}

type Sparse = { index: number[]; value: number[] };

function vectorize(features: Map<string, number>, vocabulary: Record<string, number>): Sparse {
  const out: Sparse = { index: [], value: [] };
  for (const [name, value] of features) {
    const i = vocabulary[name];
    if (i !== undefined) {
      out.index.push(i);
      out.value.push(value);
    }
  }
  return out;
}

function softmax(scores: number[]): number[] {
  const max = Math.max(...scores);
  const exp = scores.map((s) => Math.exp(s - max));
  const sum = exp.reduce((a, b) => a + b, 0);
  return exp.map((e) => e / sum);
}

function classScores(model: Pick<TextModel, 'weights'>, x: Sparse): number[] {
  return model.weights.map((row) => {
    let s = row[0] ?? 0;
    for (let k = 0; k < x.index.length; k++) s += (row[(x.index[k] ?? 0) + 1] ?? 0) * (x.value[k] ?? 0);
    return s;
  });
}

/** A small deterministic generator (mulberry32), so training is reproducible. */
function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * Trains a classifier on labelled texts (AdaGrad on the softmax loss with L2), reproducibly for a seed.
 * @example trainTextModel(['удобно', 'ужасно'], ['positive', 'negative'])
 */
export function trainTextModel(
  texts: readonly string[],
  labels: readonly string[],
  options: TrainOptions = {},
): TextModel {
  if (texts.length !== labels.length) throw new Error('texts and labels differ in length');
  const classes = [...new Set(labels)].sort();
  if (classes.length < 2) throw new Error('training needs at least two different labels');
  const featureSets = texts.map((t) => textFeatures(analyzeText(t, options.lang ?? detectLanguage(t))));
  const df = new Map<string, number>();
  for (const f of featureSets) for (const name of f.keys()) df.set(name, (df.get(name) ?? 0) + 1);
  const vocabulary: Record<string, number> = {};
  let size = 0;
  for (const [name, count] of df) if (count >= (options.minCount ?? 2)) vocabulary[name] = size++;
  const xs = featureSets.map((f) => vectorize(f, vocabulary));
  const ys = labels.map((l) => classes.indexOf(l));
  const weights = classes.map(() => new Array<number>(size + 1).fill(0));
  const grad2 = classes.map(() => new Array<number>(size + 1).fill(1e-8));
  const rate = options.learningRate ?? 0.3;
  const l2 = options.l2 ?? 1e-4;
  const random = seeded(options.seed ?? 1);
  const order = xs.map((_, i) => i);
  for (let epoch = 0; epoch < (options.epochs ?? 12); epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [order[i], order[j]] = [order[j] ?? 0, order[i] ?? 0];
    }
    for (const i of order) {
      const x = xs[i];
      const y = ys[i];
      if (!x || y === undefined) continue;
      const p = softmax(classScores({ weights }, x));
      for (let c = 0; c < classes.length; c++) {
        const row = weights[c];
        const g2 = grad2[c];
        if (!row || !g2) continue;
        const err = (p[c] ?? 0) - (c === y ? 1 : 0);
        const update = (col: number, g: number) => {
          g2[col] = (g2[col] ?? 0) + g * g;
          row[col] = (row[col] ?? 0) - (rate * g) / Math.sqrt(g2[col] ?? 1);
        };
        update(0, err);
        for (let k = 0; k < x.index.length; k++) {
          const col = (x.index[k] ?? 0) + 1;
          update(col, err * (x.value[k] ?? 0) + l2 * (row[col] ?? 0));
        }
      }
    }
  }
  return {
    schema: 'tropa.textModel',
    version: 1,
    labels: classes,
    vocabulary,
    weights: weights.map((row) => row.map((w) => Math.round(w * 1e4) / 1e4)),
    trainedAt: new Date().toISOString(),
    trainedOn: texts.length,
  };
}

/** Class probabilities of a text under a trained model, most likely first. */
export function classifyText(model: TextModel, text: string): { label: string; probability: number }[] {
  const x = vectorize(textFeatures(analyzeText(text)), model.vocabulary);
  const p = softmax(classScores(model, x));
  return model.labels
    .map((label, i) => ({ label, probability: p[i] ?? 0 }))
    .sort((a, b) => b.probability - a.probability);
}

/** The most likely label of a text under a trained model. */
export function predictLabel(model: TextModel, text: string): string {
  return classifyText(model, text)[0]?.label ?? '';
}
