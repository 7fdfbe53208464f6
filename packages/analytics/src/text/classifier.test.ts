import { describe, expect, it } from 'vitest';
import { classifyText, predictLabel, TextModelSchema, trainTextModel } from './classifier.ts';
import { classificationScores, clusterPurity } from './metrics.ts';

// Short texts written for this test; two subjects a lexicon knows nothing about (colours vs animals).
const colours = ['красный синий', 'зеленый красный', 'синий желтый', 'желтый зеленый', 'красный желтый'];
const animals = ['кошка собака', 'собака лошадь', 'лошадь кошка', 'корова собака', 'кошка корова'];

describe('text classifier', () => {
  it('learns labels from words and is reproducible for a seed', () => {
    const texts = [...colours, ...animals];
    const labels = [...colours.map(() => 'colour'), ...animals.map(() => 'animal')];
    const model = trainTextModel(texts, labels, { minCount: 1, seed: 7 });
    expect(TextModelSchema.parse(model).labels).toEqual(['animal', 'colour']);
    expect(predictLabel(model, 'синий и красный')).toBe('colour');
    expect(predictLabel(model, 'собака и корова')).toBe('animal');
    const p = classifyText(model, 'кошка');
    expect(p[0]?.probability).toBeGreaterThan(0.5);
    expect(p.reduce((s, x) => s + x.probability, 0)).toBeCloseTo(1);
    expect(trainTextModel(texts, labels, { minCount: 1, seed: 7 }).weights).toEqual(model.weights);
  });

  it('refuses a single label', () => {
    expect(() => trainTextModel(['а', 'б'], ['x', 'x'])).toThrow(/two different labels/);
  });
});

describe('metrics', () => {
  it('computes accuracy and macro-F1 by hand-checked values', () => {
    // gold a a b b c, predicted a b b b a: F1(a)=2·1/(2+1+1)=0.5, F1(b)=2·2/(4+1+0)=0.8, F1(c)=0.
    const s = classificationScores(['a', 'a', 'b', 'b', 'c'], ['a', 'b', 'b', 'b', 'a'], ['a', 'b', 'c']);
    expect(s.accuracy).toBeCloseTo(0.6);
    expect(s.f1.a).toBeCloseTo(0.5);
    expect(s.f1.b).toBeCloseTo(0.8);
    expect(s.macroF1).toBeCloseTo(1.3 / 3);
  });

  it('computes cluster purity', () => {
    expect(
      clusterPurity([
        ['x', 'x', 'y'],
        ['y', 'y'],
      ]),
    ).toBeCloseTo(4 / 5);
    expect(clusterPurity([])).toBe(0);
  });
});
