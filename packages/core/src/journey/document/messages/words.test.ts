import { describe, expect, it } from 'vitest';
import { didYouMean, kindOf, quoteValue, rangePhrases, receivedKind } from './words.ts';

describe('message words', () => {
  it('quotes values on one line', () => {
    expect(quoteValue('joi')).toBe("'joi'");
    expect(quoteValue('two\nlines')).toBe('"two\\nlines"');
    expect(quoteValue('x'.repeat(100))).toBe(`'${'x'.repeat(57)}…'`);
    expect(quoteValue(5)).toBe('5');
    expect(quoteValue(null)).toBe('null');
    expect(quoteValue({ a: 1 })).toBe('{"a":1}');
  });

  it('names kinds of values, a whole number being just a number when it is wrong', () => {
    expect([kindOf([]), kindOf({}), kindOf(1), kindOf(1.5), kindOf(true), kindOf('a'), kindOf(null)]).toEqual(
      ['list', 'mapping', 'integer', 'number', 'boolean', 'text', 'empty'],
    );
    expect(receivedKind(5)).toBe('number');
  });

  it('phrases ranges in both Russian cases', () => {
    expect(rangePhrases({ min: -2, max: 2, integer: true })).toEqual({
      be: { en: 'a whole number from -2 to 2', ru: 'целым числом от -2 до 2' },
      use: { en: 'a whole number from -2 to 2', ru: 'целое число от -2 до 2' },
    });
    expect(rangePhrases({ min: 1, integer: false }).be).toEqual({
      en: 'a number of at least 1',
      ru: 'числом не меньше 1',
    });
    expect(rangePhrases({ max: 9, integer: true }).use.ru).toBe('целое число не больше 9');
  });

  it('suggests only a close candidate', () => {
    expect(didYouMean('joi', ['joy', 'trust'])).toEqual({
      en: "Did you mean 'joy'? ",
      ru: "Возможно, имелось в виду 'joy'. ",
    });
    expect(didYouMean('zzz', ['joy'])).toBe('');
    expect(didYouMean(5, ['joy'])).toBe('');
  });
});
