import { describe, expect, it } from 'vitest';
import type { DocumentIssue } from './issue.ts';
import { formatIssue } from './issue.ts';
import { parseJourneyDocument } from './parse.ts';
import { readFixture } from './testing/fixtures.ts';

function parseFixture(name: string, lang: 'en' | 'ru' = 'en') {
  const { text, file } = readFixture(name);
  return parseJourneyDocument(text, { file, lang });
}

function issuesOf(name: string, lang: 'en' | 'ru' = 'en'): DocumentIssue[] {
  const result = parseFixture(name, lang);
  if (result.ok) throw new Error(`${name} was expected to be invalid`);
  return result.issues;
}

const brief = (i: DocumentIssue) => [i.code, i.line, i.column, i.path] as const;

describe('parseJourneyDocument on valid documents', () => {
  it('reads a complete journey with every lane type', () => {
    const result = parseFixture('valid/partner-journey.yaml');
    expect(result.ok).toBe(true);
    if (!result.ok || result.document.kind !== 'journey') throw new Error('not a journey');
    const { journey } = result.document;
    expect(journey.stages.map((s) => s.id)).toEqual(['s-aware', 's-request', 's-contract']);
    expect(new Set(journey.lanes.map((l) => l.type)).size).toBe(11);
    // Bare channel ids become objects; one match rule becomes a list.
    expect(journey.channels[0]).toEqual({ id: 'site' });
    expect(journey.touchpoints[1]?.match).toEqual([{ activity: ['manager_call'] }]);
    expect(result.warnings).toEqual([]);
    expect(result.format).toBe('yaml');
  });

  it('tells a role map by its `extends`', () => {
    const result = parseFixture('valid/procurement-role.yaml');
    if (!result.ok) throw new Error(result.issues.map((i) => formatIssue(i, 'en')).join('\n'));
    expect(result.document.kind).toBe('role');
    if (result.document.kind === 'role') expect(result.document.role.extends).toBe('partner-journey');
  });

  it('applies the schema defaults to a minimal map', () => {
    const result = parseFixture('valid/minimal.yaml');
    if (!result.ok || result.document.kind !== 'journey') throw new Error('expected a valid journey');
    expect(result.document.journey.lang).toBe('en');
    expect(result.document.journey.review).toEqual({ cadenceMonths: 6 });
  });

  it('accepts a byte-order mark and reports warnings without failing', () => {
    const text = `\uFEFFversion: 1\nid: w\ntitle: W\nstages: [{ id: a, name: A }]\nlanes:\n  - id: e\n    type: emotions\n    cards:\n      - { stage: a, emotion: 1 }\n      - { stage: a, emotion: 2 }\n`;
    const result = parseJourneyDocument(text, { file: 'w.yaml' });
    if (!result.ok) throw new Error('expected valid');
    expect(result.warnings.map(brief)).toEqual([
      ['several-emotions-in-stage', 10, 18, 'lanes[0].cards[1].stage'],
    ]);
  });
});

describe('parseJourneyDocument on invalid documents', () => {
  // Each file has one mistake; the issue names its code, line:column and path.
  const cases: [string, [string, number, number, string][]][] = [
    ['invalid/wrong-type.yaml', [['invalid-type', 3, 8, 'title']]],
    ['invalid/stages-not-a-list.yaml', [['invalid-type', 4, 9, 'stages']]],
    ['invalid/unknown-lane-type.yaml', [['unknown-lane-type', 8, 11, 'lanes[0].type']]],
    ['invalid/duplicate-id.yaml', [['duplicate-id', 7, 11, 'stages[2].id']]],
    ['invalid/missing-stage.yaml', [['unknown-reference', 12, 18, 'lanes[0].cards[1].stage']]],
    [
      'invalid/broken-indentation.yaml',
      [
        ['yaml-syntax', 7, 4, ''],
        ['yaml-syntax', 8, 1, ''],
      ],
    ],
    ['invalid/emotion-out-of-range.yaml', [['out-of-range', 10, 34, 'lanes[0].cards[0].emotion']]],
    ['invalid/missing-version.yaml', [['missing-version', 1, 1, 'version']]],
    ['invalid/newer-version.yaml', [['newer-version', 1, 10, 'version']]],
    ['invalid/duplicate-key.yaml', [['duplicate-key', 4, 1, 'title']]],
    ['invalid/tabs.yaml', [['yaml-syntax', 5, 1, '']]],
    ['invalid/unknown-field.yaml', [['unknown-field', 5, 29, 'stages[0].descripton']]],
  ];
  it.each(cases)('%s', (name, expected) => {
    expect(issuesOf(name).map(brief)).toEqual(expected);
  });

  it('says what is wrong and how to fix it in plain words', () => {
    const [emotion] = issuesOf('invalid/emotion-out-of-range.yaml');
    expect(emotion?.message).toBe('`emotion` is 5, but it must be a whole number from -2 to 2.');
    expect(emotion?.fix).toContain('-2 (very negative)');
    const [lane] = issuesOf('invalid/unknown-lane-type.yaml');
    expect(lane?.message).toBe("Unknown lane type 'emotoins'.");
    expect(lane?.fix).toMatch(/^Did you mean 'emotions'\? Lane types: actions, touchpoints/);
    const [field] = issuesOf('invalid/unknown-field.yaml');
    expect(field?.fix).toMatch(/^Did you mean `description`\?/);
    const [ref] = issuesOf('invalid/missing-stage.yaml');
    expect(ref?.fix).toMatch(/^Did you mean 's-request'\?/);
    const [key] = issuesOf('invalid/duplicate-key.yaml');
    expect(key?.message).toContain('`title`');
  });

  it('places issues the same in a Windows file (CRLF line ends, byte-order mark)', () => {
    const { text } = readFixture('invalid/emotion-out-of-range.yaml');
    const result = parseJourneyDocument(`\uFEFF${text.replace(/\n/g, '\r\n')}`, { file: 'win.yaml' });
    expect(result.ok || result.issues.map(brief)).toEqual([
      ['out-of-range', 10, 34, 'lanes[0].cards[0].emotion'],
    ]);
  });

  it('reports every problem of a file at once, sorted by line', () => {
    const issues = issuesOf('invalid/several-errors.yaml');
    expect(issues.map(brief)).toEqual([
      ['duplicate-id', 6, 11, 'stages[1].id'],
      ['unknown-reference', 9, 38, 'touchpoints[0].stage'],
      ['unknown-reference', 9, 56, 'touchpoints[0].channel'],
      ['unknown-value', 9, 67, 'touchpoints[0].kind'],
      ['out-of-range', 14, 34, 'lanes[0].cards[0].emotion'],
      ['unknown-field', 14, 37, 'lanes[0].cards[0].feelng'],
      ['unknown-value', 18, 63, 'lanes[1].cards[0].severity'],
      ['improvement-done-needs-date', 20, 5, 'improvements[0].doneAt'],
      ['unknown-reference', 20, 45, 'improvements[0].addresses[0]'],
    ]);
    expect(
      issues.every((i) => i.severity === 'error' && i.file === 'fixtures/invalid/several-errors.yaml'),
    ).toBe(true);
  });

  it('reports schema errors before a syntax error, and nothing it cannot trust after it', () => {
    expect(issuesOf('invalid/syntax-and-schema.yaml').map(brief)).toEqual([
      ['unknown-value', 4, 7, 'lang'],
      ['out-of-range', 11, 34, 'lanes[0].cards[0].emotion'],
      ['yaml-syntax', 16, 7, ''],
    ]);
  });

  it('checks references, patterns, roles and dates of a schema-valid map', () => {
    expect(issuesOf('invalid/semantic.yaml').map((i) => [i.code, i.severity, i.path])).toEqual([
      ['unknown-reference', 'error', 'persona'],
      ['missing-role', 'error', 'personas[0]'],
      ['unknown-reference', 'error', 'personas[0].channels[0]'],
      ['invalid-regex', 'error', 'touchpoints[0].match.pattern'],
      ['several-emotions-in-stage', 'warning', 'lanes[0].cards[1].stage'],
      ['stage-order', 'warning', 'kpis[0].fromStage'],
      ['unknown-reference', 'error', 'improvements[0].addresses[0]'],
      ['date-order', 'error', 'improvements[0].doneAt'],
    ]);
  });

  it('speaks Russian when asked', () => {
    const [emotion] = issuesOf('invalid/emotion-out-of-range.yaml', 'ru');
    expect(emotion?.message).toBe('Поле `emotion` равно 5, а должно быть целым числом от -2 до 2.');
    expect(formatIssue(emotion as DocumentIssue, 'ru')).toBe(
      'fixtures/invalid/emotion-out-of-range.yaml:10:34  ошибка  lanes[0].cards[0].emotion: ' +
        'Поле `emotion` равно 5, а должно быть целым числом от -2 до 2.\n' +
        '    как исправить: Используйте шкалу от -2 (очень негативно) до 2 (очень позитивно); 0 — нейтрально.',
    );
    const [lane] = issuesOf('invalid/unknown-lane-type.yaml', 'ru');
    expect(lane?.message).toBe("Неизвестный тип дорожки 'emotoins'.");
    const [version] = issuesOf('invalid/missing-version.yaml', 'ru');
    expect(version?.fix).toBe('Добавьте `version: 1` в начало файла.');
  });
});

describe('parseJourneyDocument on JSON', () => {
  it('places schema errors of JSON on their line and column', () => {
    const result = parseFixture('invalid/several-errors.json');
    expect(result.format).toBe('json');
    if (result.ok) throw new Error('expected errors');
    expect(result.issues.map(brief)).toEqual([
      ['invalid-id', 7, 13, 'stages[1].id'],
      ['invalid-length', 7, 30, 'stages[1].name'],
      ['out-of-range', 10, 88, 'lanes[0].cards[0].emotion'],
    ]);
    expect(result.issues[0]?.fix).toBe('Use, for example, `s-two`.');
  });

  it('reports JSON syntax errors as json-syntax', () => {
    expect(issuesOf('invalid/broken.json').map((i) => i.code)).toContain('json-syntax');
  });

  it('reads a JSON journey the same as its YAML twin', () => {
    const yaml = parseJourneyDocument('version: 1\nid: j\ntitle: J\nstages: [{ id: a, name: A }]\n', {
      file: 'j.yaml',
    });
    const json = parseJourneyDocument('{"version":1,"id":"j","title":"J","stages":[{"id":"a","name":"A"}]}', {
      file: 'j.json',
    });
    if (!yaml.ok || !json.ok) throw new Error('expected both valid');
    expect(json.document).toEqual(yaml.document);
  });
});

describe('parseJourneyDocument on odd input', () => {
  it.each([
    ['', 'empty-document'],
    ['# only a comment\n', 'empty-document'],
    ['- a\n- b\n', 'invalid-type'],
    ['just text', 'invalid-type'],
    ['version: "1"\nid: x\n', 'invalid-version'],
    ['version: 0\nid: x\n', 'invalid-version'],
  ])('%j gives %s', (text, code) => {
    const result = parseJourneyDocument(text, { file: 'odd.yaml' });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.issues.map((i) => i.code)).toEqual([code]);
  });

  it('reads the first of several documents and says the rest are ignored', () => {
    const text = 'version: 1\nid: a\ntitle: A\nstages: [{ id: s, name: S }]\n---\nversion: 1\n';
    const result = parseJourneyDocument(text, { file: 'two.yaml' });
    if (result.ok) throw new Error('expected an error');
    expect(result.issues.map(brief)).toEqual([['multiple-documents', 5, 1, '']]);
  });

  it('accepts anchors and merge keys, and places errors of merged fields at the anchor', () => {
    const text = [
      'version: 1',
      'id: x',
      'title: X',
      'stages: [{ id: s, name: S }, { id: t, name: T }]',
      'lanes:',
      '  - id: l',
      '    type: emotions',
      '    cards:',
      '      - &base { stage: s, emotion: 1 }',
      '      - { <<: *base, stage: t }',
      '',
    ].join('\n');
    const result = parseJourneyDocument(text, { file: 'x.yaml' });
    expect(
      result.ok && result.document.kind === 'journey' && result.document.journey.lanes[0]?.cards,
    ).toEqual([
      { stage: 's', emotion: 1 },
      { stage: 't', emotion: 1 },
    ]);
    const broken = parseJourneyDocument(text.replace('emotion: 1', 'emotion: 3'), { file: 'x.yaml' });
    expect(broken.ok || broken.issues.map(brief)).toEqual([
      ['out-of-range', 9, 36, 'lanes[0].cards[0].emotion'],
      ['out-of-range', 9, 36, 'lanes[0].cards[1].emotion'],
    ]);
  });

  it('points a missing field at its parent and an empty value at its key', () => {
    const text = 'version: 1\nid: x\ntitle:\nstages:\n  - id: s\n    description: no name\n';
    const result = parseJourneyDocument(text, { file: 'x.yaml' });
    if (result.ok) throw new Error('expected errors');
    expect(result.issues.map(brief)).toEqual([
      ['invalid-type', 3, 1, 'title'],
      ['missing-field', 5, 5, 'stages[0].name'],
    ]);
    expect(result.issues[1]?.message).toBe('The required field `name` is missing.');
  });
});
