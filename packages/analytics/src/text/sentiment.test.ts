import { describe, expect, it } from 'vitest';
import { analyzeText } from './pipeline.ts';
import { lexiconSentiment } from './sentiment.ts';

const score = (text: string) => lexiconSentiment(analyzeText(text));

describe('lexicon sentiment', () => {
  it('classifies plain Russian and English texts', () => {
    expect(score('Спасибо, менеджер всё отлично объяснил').label).toBe('positive');
    expect(score('Ужасный сервис, никто не отвечает').label).toBe('negative');
    expect(score('Отправили заявку во вторник').label).toBe('neutral');
    expect(score('Great crew, thank you!').label).toBe('positive');
    expect(score('Terrible delay and rude staff').label).toBe('negative');
    expect(score('Flight 123 departs at noon').label).toBe('neutral');
  });

  it('keeps the score within −1..1 even for long rants', () => {
    const rant = score('ужасно ужасно ужасно отвратительно кошмар позор бесит '.repeat(10));
    expect(rant.score).toBeGreaterThanOrEqual(-1);
    expect(rant.score).toBeLessThan(-0.9);
  });

  it('reads domain phrases of B2B service', () => {
    expect(score('в сервис не дозвониться').label).toBe('negative');
    expect(score('КП прислали в тот же день').label).toBe('positive');
    expect(score('договор согласовывали больше месяца').label).toBe('negative');
  });

  it('flips and damps negated words', () => {
    const good = score('удобно');
    const notGood = score('не удобно');
    expect(good.score).toBeGreaterThan(0);
    expect(notGood.score).toBeLessThan(0);
    expect(score('не плохо').score).toBeGreaterThan(0);
    expect(score("it's not bad").score).toBeGreaterThan(0);
  });

  it('strengthens with intensifiers and exclamations, and reads emoji', () => {
    expect(score('очень удобно').score).toBeGreaterThan(score('удобно').score);
    expect(score('немного неудобно').score).toBeGreaterThan(score('неудобно').score);
    expect(score('опять сбой!!!').score).toBeLessThan(score('опять сбой').score);
    expect(score('ну вот 😡').label).toBe('negative');
    expect(score('получили посылку)))').label).toBe('positive');
  });
});
