import { describe, expect, it } from 'vitest';
import { describeIssue, MESSAGE_CATALOG, pathIssue } from './catalog.ts';

const placeholders = (template: string) => [...template.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('message catalog', () => {
  const entries = Object.entries(MESSAGE_CATALOG);

  it.each(entries)('%s exists in English and Russian with the same placeholders', (_, entry) => {
    for (const text of [entry.message.en, entry.message.ru, entry.fix.en, entry.fix.ru]) {
      expect(text.trim()).not.toBe('');
    }
    expect(placeholders(entry.message.ru)).toEqual(placeholders(entry.message.en));
    expect(placeholders(entry.fix.ru)).toEqual(placeholders(entry.fix.en));
    // Russian text is Russian, not an English copy (a template may be a bare placeholder).
    for (const [en, ru] of [
      [entry.message.en, entry.message.ru],
      [entry.fix.en, entry.fix.ru],
    ] as const) {
      const words = en.replace(/\{\w+\}|`[^`]*`/g, '');
      if (/[a-z]{3}/i.test(words)) expect(ru).toMatch(/[а-яё]{3}/i);
    }
    expect(entry.code).toMatch(/^[a-z]+(-[a-z]+)*$/);
  });

  it('fills placeholders and picks localized parameters by language', () => {
    const issue = pathIssue('invalid-type', ['title'], {
      field: 'title',
      received: { en: 'a list', ru: 'список' },
      expected: { en: 'text', ru: 'текст' },
      example: '',
    });
    expect(describeIssue(issue, 'en').message).toBe('`title` is a list, but it must be text.');
    expect(describeIssue(issue, 'ru').message).toBe(
      'Поле `title` содержит список, а должно содержать текст.',
    );
    expect(issue).toMatchObject({ code: 'invalid-type', severity: 'error' });
  });

  it('gives warnings their own severity', () => {
    expect(pathIssue('stage-order', ['kpis', 0], { from: 'a', to: 'b' }).severity).toBe('warning');
  });
});
