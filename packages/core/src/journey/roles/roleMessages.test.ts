import { describe, expect, it } from 'vitest';
import { ROLE_MESSAGES } from './roleMessages.ts';

const placeholders = (text: string) => [...new Set([...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]))].sort();

describe('role messages', () => {
  for (const [key, entry] of Object.entries(ROLE_MESSAGES)) {
    it(`${key} says the same in English and Russian`, () => {
      for (const part of [entry.message, entry.fix]) {
        expect(part.en.trim()).not.toBe('');
        expect(part.ru).toMatch(/[а-яё]/i);
        expect(placeholders(part.ru)).toEqual(placeholders(part.en));
      }
    });
  }
});
