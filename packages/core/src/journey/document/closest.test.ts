import { describe, expect, it } from 'vitest';
import { closestMatch, editDistance, suggestId } from './closest.ts';

describe('closestMatch', () => {
  it('counts insertions, deletions, substitutions and swaps as one edit each', () => {
    expect(editDistance('stage', 'stages')).toBe(1);
    expect(editDistance('stages', 'stage')).toBe(1);
    expect(editDistance('joi', 'joy')).toBe(1);
    expect(editDistance('emial', 'email')).toBe(1);
    expect(editDistance('Feeling', 'feeling')).toBe(0);
    expect(editDistance('', 'abc')).toBe(3);
  });

  it('suggests plausible typos only', () => {
    expect(closestMatch('emotoins', ['actions', 'emotions'])).toBe('emotions');
    expect(closestMatch('feelng', ['stage', 'feeling', 'emotion'])).toBe('feeling');
    expect(closestMatch('xyz', ['actions', 'emotions'])).toBeUndefined();
    expect(closestMatch('a', [])).toBeUndefined();
  });
});

describe('suggestId', () => {
  it('turns any text into a valid id', () => {
    expect(suggestId('x y')).toBe('x-y');
    expect(suggestId('Запрос и КП')).toBe('zapros-i-kp');
    expect(suggestId('--Shchi!')).toBe('shchi');
    expect(suggestId('???')).toBe('item-1');
    expect(suggestId('a'.repeat(200))).toHaveLength(80);
  });
});
