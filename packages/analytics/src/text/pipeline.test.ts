import { describe, expect, it } from 'vitest';
import { detectLanguage } from './language.ts';
import { normalizeText } from './normalize.ts';
import { analyzeText } from './pipeline.ts';

describe('language detection', () => {
  it('tells Russian from English, ignoring URLs and mentions', () => {
    expect(detectLanguage('Менеджер так и не перезвонил')).toBe('ru');
    expect(detectLanguage('The manager never called back')).toBe('en');
    expect(detectLanguage('@support_team_account http://example.com/very/long/path ждём ответа')).toBe('ru');
    expect(detectLanguage('12345', 'en')).toBe('en');
  });
});

describe('normalization', () => {
  it('folds ё, case, URLs and mentions, and keeps emoji as signals', () => {
    const n = normalizeText('Ещё ЖДЁМ ответ @operator 😡 см. https://example.org/x)))');
    expect(n.text).toContain('еще ждем ответ');
    expect(n.text).toContain('mentionmark');
    expect(n.text).toContain('urlmark');
    expect(n.text).not.toContain('😡');
    expect(n.mentions).toBe(1);
    expect(n.urls).toBe(1);
    expect(n.emoji.map((e) => e.symbol)).toContain('😡');
    expect(n.emoji.find((e) => e.symbol === '😡')?.polarity).toBeLessThan(0);
  });

  it('reads bracket smiles and frowns', () => {
    expect(normalizeText('спасибо)))').emoji[0]?.polarity).toBeGreaterThan(0);
    expect(normalizeText('опять сбой(((').emoji[0]?.polarity).toBeLessThan(0);
    expect(normalizeText('thanks :)').emoji[0]?.polarity).toBeGreaterThan(0);
  });
});

describe('pipeline', () => {
  it('stems Russian and English words and marks stop words', () => {
    const ru = analyzeText('Не могу дозвониться до сервиса');
    expect(ru.lang).toBe('ru');
    expect(ru.tokens.map((t) => t.stem)).toEqual(['не', 'мог', 'дозвон', 'до', 'сервис']);
    expect(ru.tokens.filter((t) => t.stop).map((t) => t.word)).toEqual(['не', 'могу', 'до']);
    const en = analyzeText('The deliveries were delayed');
    expect(en.tokens.map((t) => t.stem)).toContain('deliveri');
    expect(en.tokens.find((t) => t.word === 'the')?.stop).toBe(true);
  });

  it('opens a negation scope that skips intensifiers and closes at punctuation', () => {
    const t = analyzeText('не очень удобно, зато быстро');
    const byWord = Object.fromEntries(t.tokens.map((x) => [x.word, x]));
    expect(byWord.удобно?.negated).toBe(true);
    expect(byWord.удобно?.intensity).toBeCloseTo(1.6);
    expect(byWord.быстро?.negated).toBe(false);
    expect(byWord.зато?.clause).toBeGreaterThan(byWord.удобно?.clause ?? 0);
  });

  it("handles English negators including n't", () => {
    const t = analyzeText("Support wasn't helpful at all");
    expect(t.tokens.find((x) => x.word === 'helpful')?.negated).toBe(true);
    expect(t.tokens.find((x) => x.word === 'support')?.negated).toBe(false);
  });

  it('limits the Russian negation scope to the next content words', () => {
    const t = analyzeText('не дозвониться менеджер потом ответил');
    expect(t.tokens.find((x) => x.word === 'дозвониться')?.negated).toBe(true);
    expect(t.tokens.find((x) => x.word === 'ответил')?.negated).toBe(false);
  });
});
