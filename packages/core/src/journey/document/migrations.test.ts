import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { CURRENT_VERSION, Journey } from '../schema/journey.ts';
import type { Migration } from './migrations.ts';
import { MIGRATIONS, migrateDocument } from './migrations.ts';
import { parseJourneyDocument } from './parse.ts';

// A made-up history for the mechanism only (the product has no old format yet):
// v1 had `name` on the map, v2 renamed it to `title`, v3 turned `tags` from a comma string into a list.
const history: Migration[] = [
  {
    fromVersion: 2,
    description: 'tags: "a, b" → [a, b]',
    migrate: (doc) => ({
      ...doc,
      tags: String(doc.tags ?? '')
        .split(/,\s*/)
        .filter(Boolean),
    }),
  },
  {
    fromVersion: 1,
    description: 'name → title',
    migrate: ({ name, ...rest }) => ({ ...rest, title: name }),
  },
];

describe('migrateDocument', () => {
  it('applies each migration in version order, whatever order the registry lists them in', () => {
    const result = migrateDocument(
      { version: 1, id: 'x', name: 'Old map', tags: 'b2b, ru' },
      { migrations: history, currentVersion: 3 },
    );
    expect(result).toEqual({
      ok: true,
      fromVersion: 1,
      document: { version: 3, id: 'x', title: 'Old map', tags: ['b2b', 'ru'] },
    });
  });

  it('starts from the version the document has', () => {
    const result = migrateDocument(
      { version: 2, id: 'x', title: 'T', tags: 'a' },
      { migrations: history, currentVersion: 3 },
    );
    expect(result.ok && result.document).toEqual({ version: 3, id: 'x', title: 'T', tags: ['a'] });
  });

  it('leaves the input untouched, even when a migration changes its copy in place', () => {
    const input = { version: 1, id: 'x', stages: [{ id: 's' }] };
    const mutating: Migration = {
      fromVersion: 1,
      description: 'renames stage ids in place',
      migrate: (doc) => {
        const [first] = doc.stages as { id: string }[];
        if (first) first.id = 'changed';
        return doc;
      },
    };
    const result = migrateDocument(input, { migrations: [mutating], currentVersion: 2 });
    expect(result.ok && result.document.stages).toEqual([{ id: 'changed' }]);
    expect(input.stages).toEqual([{ id: 's' }]);
  });

  it('reports a gap in the registry and a migration that throws', () => {
    const gap = migrateDocument({ version: 1 }, { migrations: [history[0] as Migration], currentVersion: 3 });
    expect(gap.ok || gap.issues.map((i) => [i.code, i.params.detail])).toEqual([
      ['migration-failed', 'no migration from version 1 to 2'],
    ]);
    const throwing: Migration = {
      fromVersion: 1,
      description: 'fails',
      migrate: () => {
        throw new Error('cannot read stages');
      },
    };
    const failed = migrateDocument({ version: 1 }, { migrations: [throwing], currentVersion: 2 });
    expect(failed.ok || failed.issues.map((i) => i.params.detail)).toEqual(['cannot read stages']);
  });

  it.each([
    [{}, 'missing-version'],
    [{ version: null }, 'missing-version'],
    [{ version: '1' }, 'invalid-version'],
    [{ version: 1.5 }, 'invalid-version'],
    [{ version: 0 }, 'invalid-version'],
    [{ version: 4 }, 'newer-version'],
  ])('%j → %s', (doc, code) => {
    const result = migrateDocument(doc, { migrations: history, currentVersion: 3 });
    expect(result.ok || result.issues.map((i) => [i.code, i.path])).toEqual([[code, ['version']]]);
  });

  it('the product registry covers every version below the current one', () => {
    for (let v = 1; v < CURRENT_VERSION; v++) expect(MIGRATIONS.some((m) => m.fromVersion === v)).toBe(true);
    expect(migrateDocument({ version: CURRENT_VERSION }).ok).toBe(true);
  });
});

describe('parseJourneyDocument with migrations', () => {
  it('passes a current document through and refuses a newer one in plain words', () => {
    const text = `version: ${CURRENT_VERSION}\nid: x\ntitle: X\nstages: [{ id: s, name: S }]\n`;
    const current = parseJourneyDocument(text, { file: 'x.yaml' });
    expect(current.ok && current.fromVersion).toBe(CURRENT_VERSION);
    const newer = parseJourneyDocument(text.replace(/^version: \d+/, `version: ${CURRENT_VERSION + 1}`), {
      file: 'x.yaml',
      lang: 'ru',
    });
    expect(newer.ok || newer.issues.map((i) => [i.code, i.line, i.column, i.message])).toEqual([
      [
        'newer-version',
        1,
        10,
        `Документ записан в формате версии ${CURRENT_VERSION + 1}, а эта версия Tropa знает форматы только до ${CURRENT_VERSION}.`,
      ],
    ]);
  });

  // The v1 → v2 history above, with the schema of that imaginary v2: the whole pipeline runs on it.
  const formatHistory = {
    migrations: [history[1] as Migration],
    currentVersion: 2,
    journeySchema: Journey.extend({ version: z.literal(2) }),
  };
  const oldText = [
    'version: 1',
    'id: old-map',
    'name: A map from the old days',
    'stages: [{ id: s, name: S }]',
    'lanes:',
    '  - id: l',
    '    type: emotions',
    '    cards: [{ stage: s, emotion: 1 }]',
    '',
  ].join('\n');

  it('migrates an old document before validating it', () => {
    const result = parseJourneyDocument(oldText, { file: 'old.yaml', formatHistory });
    if (!result.ok) throw new Error(result.issues.map((i) => i.message).join('\n'));
    expect(result.fromVersion).toBe(1);
    expect(result.document.kind === 'journey' && result.document.journey).toMatchObject({
      version: 2,
      title: 'A map from the old days',
    });
  });

  it('places errors of a migrated document in the original text', () => {
    const broken = oldText.replace('emotion: 1', 'emotion: 7');
    const result = parseJourneyDocument(broken, { file: 'old.yaml', formatHistory });
    expect(result.ok || result.issues.map((i) => [i.code, i.line, i.column, i.path])).toEqual([
      ['out-of-range', 8, 34, 'lanes[0].cards[0].emotion'],
    ]);
    // Without the migration the same text is simply wrong for today's format.
    const today = parseJourneyDocument(oldText, { file: 'old.yaml' });
    expect(today.ok || today.issues.map((i) => i.code).sort()).toEqual(['missing-field', 'unknown-field']);
  });
});
