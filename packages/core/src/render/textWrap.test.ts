import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { textWidth, wrapText } from './textWrap.ts';

describe('wrapText', () => {
  it('breaks at spaces and keeps the author’s line breaks', () => {
    expect(wrapText('one two three', textWidth('one two', 12), 12)).toEqual(['one two', 'three']);
    expect(wrapText('first\nsecond', 1000, 12)).toEqual(['first', 'second']);
  });

  it('splits a word longer than the line', () => {
    const lines = wrapText('Сверхдлинноеслово', textWidth('Сверх', 12), 12);
    expect(lines.join('')).toBe('Сверхдлинноеслово');
    expect(lines.length).toBeGreaterThan(2);
  });

  it('never loses a word and never makes a line wider than the width', () => {
    fc.assert(
      fc.property(
        fc.array(fc.stringMatching(/^[a-zA-Zа-яА-Я0-9]{1,30}$/), { minLength: 1, maxLength: 40 }),
        fc.integer({ min: 40, max: 400 }),
        fc.integer({ min: 8, max: 20 }),
        (words, width, size) => {
          const lines = wrapText(words.join(' '), width, size);
          expect(lines.join('').replace(/ /g, '')).toBe(words.join(''));
          for (const line of lines) {
            // A single glyph wider than the line is the only thing allowed to overflow.
            if ([...line].length > 1) expect(textWidth(line, size)).toBeLessThanOrEqual(width);
          }
        },
      ),
      { seed: 20261123, numRuns: 200 },
    );
  });
});
