import { describe, expect, it } from 'vitest';
import { rowsOfSplits, trainingSplits } from '../eval/splits.ts';

const tweets = [
  { text: 'хорошо', split: 'train' },
  { text: 'плохо', split: 'test2015' },
  { text: 'нормально', split: 'test2016' },
];

describe('evaluation splits', () => {
  it('refuses the held-out tweet split for training and tuning', () => {
    expect(() => rowsOfSplits('sentirueval-tweets-ru', tweets, ['train', 'test2016'], 'train')).toThrow(
      /test2016.*evaluation only/,
    );
    expect(() => rowsOfSplits('sentirueval-tweets-ru', tweets, ['test2016'], 'tune')).toThrow(/tune/);
  });

  it('hands the training splits to training and only the held-out split to evaluation', () => {
    const splits = trainingSplits('sentirueval-tweets-ru', tweets);
    expect(splits).toEqual(['test2015', 'train']);
    expect(rowsOfSplits('sentirueval-tweets-ru', tweets, splits, 'train').map((t) => t.text)).toEqual([
      'хорошо',
      'плохо',
    ]);
    expect(rowsOfSplits('sentirueval-tweets-ru', tweets, ['test2016'], 'evaluate')).toHaveLength(1);
    expect(() => rowsOfSplits('sentirueval-tweets-ru', tweets, ['train'], 'evaluate')).toThrow(/only on/);
  });

  it('guards the aspect reviews test split the same way', () => {
    const reviews = [
      { split: 'train', text: 'a' },
      { split: 'test', text: 'b' },
    ];
    expect(() => rowsOfSplits('sentirueval2015-aspect-reviews-ru', reviews, ['test'], 'tune')).toThrow(
      /evaluation only/,
    );
    expect(rowsOfSplits('sentirueval2015-aspect-reviews-ru', reviews, ['train'], 'tune')).toHaveLength(1);
  });
});
