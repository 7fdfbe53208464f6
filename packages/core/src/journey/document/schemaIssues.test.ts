import { describe, expect, it } from 'vitest';
import type { DocumentIssue } from './issue.ts';
import { parseJourneyDocument } from './parse.ts';

// Each zod issue kind, through the real pipeline, as the author sees it.
const HEAD = 'version: 1\nid: x\ntitle: X\nstages: [{ id: s, name: S }]\n';

function issues(tail: string, lang: 'en' | 'ru' = 'en', head = HEAD): DocumentIssue[] {
  const result = parseJourneyDocument(`${head}${tail}\n`, { file: 't.yaml', lang });
  if (result.ok) throw new Error(`expected errors for ${tail}`);
  return result.issues;
}
const codes = (list: DocumentIssue[]) => list.map((i) => [i.code, i.path]);

describe('schema issues in plain words', () => {
  it('unwraps the channel union to the branch that got furthest', () => {
    const found = issues('channels: [phone, { id: e, icon: emial }, { idd: 3 }, 5, null]');
    expect(codes(found)).toEqual([
      ['unknown-value', 'channels[1].icon'],
      ['missing-field', 'channels[2].id'],
      ['unknown-field', 'channels[2].idd'],
      ['invalid-type', 'channels[3]'],
      ['invalid-type', 'channels[4]'],
    ]);
    expect(found[0]?.fix).toMatch(/^Did you mean 'email'\? Allowed: site, account/);
    expect(found[3]?.message).toBe(
      '`channels[3]` is a number, but it must be text or a mapping of fields (key: value).',
    );
    expect(found[4]?.message).toMatch(/^The list item `channels\[4\]` is empty/);
  });

  it('names both shapes of a one-or-many field', () => {
    const [match] = issues('touchpoints: [{ id: t, name: T, stage: s, match: 5 }]');
    expect(match?.message).toBe(
      '`match` is a number, but it must be a mapping of fields (key: value) or a list.',
    );
  });

  it('says which lane type is missing or unknown', () => {
    const [missing] = issues('lanes: [{ id: l, cards: [] }]');
    expect([missing?.code, missing?.path]).toEqual(['missing-field', 'lanes[0].type']);
    expect(missing?.fix).toMatch(/^Add `type:` here, one of: actions, touchpoints/);
    const [numeric] = issues('lanes: [{ id: l, type: 5 }]');
    expect(numeric?.code).toBe('unknown-lane-type');
  });

  it('gives both bounds of a range and field advice', () => {
    const [value, due] = issues('improvements: [{ id: i, title: I, value: 9, dueAt: 2026-02-30 }]');
    expect(value?.message).toBe('`value` is 9, but it must be a whole number from 1 to 5.');
    expect(value?.fix).toBe('Score from 1 (helps little) to 5 (helps a lot).');
    expect(due?.code).toBe('invalid-date');
    const [minN] = issues('kpis: [{ id: k, type: nps, minN: 0 }]');
    expect(minN?.message).toBe('`minN` is 0, but it must be a whole number of at least 1.');
    const [fraction] = issues('lanes: [{ id: l, type: emotions, cards: [{ stage: s, emotion: 1.5 }] }]');
    expect(fraction?.message).toBe('`emotion` is 1.5, but it must be a whole number.');
  });

  it('words the custom refinements of the schemas', () => {
    expect(
      codes(issues('kpis: [{ id: k, type: conversion, fromStage: s }, { id: k2, type: response-time }]')),
    ).toEqual([
      ['kpi-needs-stages', 'kpis[0].toStage'],
      ['kpi-needs-pairs', 'kpis[1].pairs'],
    ]);
    expect(codes(issues('touchpoints: [{ id: t, name: T, stage: s, match: [{}] }]'))).toEqual([
      ['empty-match-rule', 'touchpoints[0].match[0]'],
    ]);
    expect(codes(issues('personas: [{ id: p, kind: customer, name: P, ageGroup: old }]'))).toEqual([
      ['invalid-age-group', 'personas[0].ageGroup'],
    ]);
  });

  it('checks lengths of text and lists', () => {
    const [long] = issues(`description: ${'x'.repeat(5001)}`);
    expect(codes([long as DocumentIssue])).toEqual([['invalid-length', 'description']]);
    const [name] = issues(
      'lanes: []',
      'en',
      `version: 1\nid: x\ntitle: ${'t'.repeat(301)}\nstages: [{ id: s, name: S }]\n`,
    );
    expect(name?.fix).toBe('Shorten it to 300 characters; longer text belongs in a `description`.');
    const [none] = issues('', 'en', 'version: 1\nid: x\ntitle: X\nstages: []\n');
    expect(none?.message).toBe('`stages` has 0 item(s), but it needs at least 1.');
    expect(none?.fix).toMatch(/^Add items to `stages`\. Add the stages of the journey/);
  });

  it('suggests a valid id for a malformed one', () => {
    const [id] = issues('', 'en', 'version: 1\nid: Путь партнёра\ntitle: X\nstages: [{ id: s, name: S }]\n');
    expect(id?.code).toBe('invalid-id');
    expect(id?.fix).toBe('Use, for example, `put-partnera`.');
  });

  it('reads role maps with their own schema', () => {
    const role = [
      'version: 1',
      'id: r',
      'extends: base',
      'persona: p',
      'overrides:',
      '  stages:',
      '    "bad key": { name: x }',
      '  lanes:',
      '    l: [{ emotion: 1 }]',
      'add: { stages: [{ id: s, name: S, after: 5 }] }',
      '',
    ].join('\n');
    const result = parseJourneyDocument(role, { file: 'r.yaml' });
    expect(result.ok || result.issues.map((i) => [i.code, i.line, i.path])).toEqual([
      ['invalid-id', 7, 'overrides.stages["bad key"]'],
      ['missing-field', 9, 'overrides.lanes.l[0].stage'],
      ['invalid-type', 10, 'add.stages[0].after'],
    ]);
  });

  it('suggests `extends` for a misspelt one, which otherwise reads as a journey', () => {
    const result = parseJourneyDocument('version: 1\nid: r\nextend: base\npersona: p\n', { file: 'r.yaml' });
    const unknown = result.ok ? undefined : result.issues.find((i) => i.code === 'unknown-field');
    expect(unknown?.fix).toMatch(/^Did you mean `extends`\?/);
  });

  it('speaks natural Russian for each kind', () => {
    const ru = (tail: string) => issues(tail, 'ru').map((i) => i.message);
    expect(ru('lang: de')).toEqual(["Значение 'de' в поле `lang` не из числа допустимых."]);
    expect(ru('stages: 5')[0]).toBe('Поле `stages` содержит число, а должно содержать список.');
    expect(ru('review: { cadenceMonths: 0 }')).toEqual([
      'Поле `cadenceMonths` равно 0, а должно быть целым числом от 1 до 36.',
    ]);
    expect(ru('personas: [{ id: q, name: Q }]')).toEqual(['Нет обязательного поля `kind`.']);
    expect(ru('stages2: []')).toEqual(['Неизвестное поле `stages2`.']);
  });
});
