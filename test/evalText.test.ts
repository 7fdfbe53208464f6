import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { majorityLabel, wordCountLabel } from '../eval/baselines.ts';
import { airlineTweets, aspectSentences, ruTweets } from '../eval/datasets.ts';

// Tiny files in the shared data sets' formats, with texts written for this test.
const dir = mkdtempSync(join(tmpdir(), 'tropa-eval-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const put = (path: string, text: string, gz = false) => {
  mkdirSync(join(dir, path, '..'), { recursive: true });
  writeFileSync(join(dir, path), gz ? gzipSync(text) : text);
};
put(
  'sentirueval-tweets-ru/sentirueval_tweets.csv.gz',
  'domain,split,source_file,tweet_id,created_at,text,entity,label\n' +
    'banks,train,f,1,t,"Банк, спасибо!",b,1\nbanks,test2016,f,2,t,Опять сбой,b,-1\nbanks,train,f,3,t,Смешанно,b,+-\n',
  true,
);
const review = 'Официант был вежлив. Суп холодный!';
put(
  'sentirueval2015-aspect-reviews-ru/reviews.csv',
  `domain,split,review_id,object,date,useful,scores,text\nrestaurant,test,7,X,d,0,s,"${review}"\n`,
);
put(
  'sentirueval2015-aspect-reviews-ru/aspects.csv',
  'domain,split,review_id,category,sentiment,term,from,to,type,mark\n' +
    `restaurant,test,7,Service,positive,Официант,0,8,explicit,Rel\n` +
    `restaurant,test,7,Food,negative,Суп,${review.indexOf('Суп')},${review.indexOf('Суп') + 3},explicit,Rel\n`,
);
put(
  'twitter-airline-sentiment-en/airline_tweets.csv.gz',
  'tweet_id,airline_sentiment,negativereason,airline,text,tweet_created\n1,negative,Late Flight,A,late again,d\n2,positive,,A,great crew,d\n',
  true,
);

describe('evaluation data loaders and baselines', () => {
  it('reads the three formats, drops mixed labels, and cuts reviews into labelled sentences', async () => {
    const tweets = await ruTweets(dir, 'training', 'train');
    expect(tweets.map((t) => [t.label, t.split])).toEqual([['positive', 'train']]);
    expect((await ruTweets(dir, ['test2016'], 'evaluate')).map((t) => t.label)).toEqual(['negative']);
    await expect(ruTweets(dir, ['train', 'test2016'], 'train')).rejects.toThrow(/test2016.*evaluation only/);
    await expect(aspectSentences(dir, 'test', 'tune')).rejects.toThrow(/evaluation only/);
    const sentences = await aspectSentences(dir, 'test', 'evaluate');
    expect(sentences.map((s) => [s.text, s.category, s.sentiment])).toEqual([
      ['Официант был вежлив.', 'Service', 'positive'],
      ['Суп холодный!', 'Food', 'negative'],
    ]);
    expect((await airlineTweets(dir)).map((t) => t.reason)).toEqual(['Late Flight', '']);
  });

  it('computes the baselines', () => {
    expect(majorityLabel(['neutral', 'negative', 'negative'])).toBe('negative');
    expect(wordCountLabel('отличный удобный сервис', 'ru')).toBe('positive');
    expect(wordCountLabel('не плохо', 'ru')).toBe('negative');
    expect(wordCountLabel('flight at noon', 'en')).toBe('neutral');
  });
});
