import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import type { JourneyDocument } from '../schema/journey.ts';
import { parseJourneyDocument } from './parse.ts';
import { stringifyJourneyDocument } from './stringify.ts';
import { readFixture } from './testing/fixtures.ts';

function load(name: string): JourneyDocument {
  const { text, file } = readFixture(name);
  const result = parseJourneyDocument(text, { file });
  if (!result.ok) throw new Error(`${name} should be valid`);
  return result.document;
}

describe('stringifyJourneyDocument', () => {
  const fixtures = ['valid/partner-journey.yaml', 'valid/minimal.yaml', 'valid/procurement-role.yaml'];

  it.each(fixtures.flatMap((f) => [[f, 'yaml'] as const, [f, 'json'] as const]))(
    'round-trips %s through %s',
    (name, format) => {
      const document = load(name);
      const text = stringifyJourneyDocument(document, format);
      const again = parseJourneyDocument(text, { file: `out.${format}` });
      if (!again.ok)
        throw new Error(again.issues.map((i) => `${i.line}:${i.column} ${i.message}`).join('\n'));
      expect(again.document).toEqual(document);
      expect(again.format).toBe(format);
    },
  );

  it('writes keys in the schema order, whatever order the data has', () => {
    const document = load('valid/minimal.yaml');
    if (document.kind !== 'journey') throw new Error('expected a journey');
    const shuffled = Object.fromEntries(
      Object.entries(document.journey).reverse(),
    ) as typeof document.journey;
    const text = stringifyJourneyDocument({ kind: 'journey', journey: shuffled }, 'yaml');
    expect(Object.keys(parseYaml(text))).toEqual([
      'version',
      'id',
      'title',
      'lang',
      'kind',
      'layout',
      'stages',
      'review',
    ]);
    expect(text.startsWith('version: 1\nid: minimal\ntitle: The smallest valid map\n')).toBe(true);
  });

  it('is readable: short records inline, lane type after its id, bare channel ids, no empty lists', () => {
    const text = stringifyJourneyDocument(load('valid/partner-journey.yaml'), 'yaml');
    expect(text).toContain('  - { id: s-aware, name: Знакомство }\n');
    expect(text).toContain('  - id: l-notes\n    type: text\n    title: Заметки\n');
    expect(text).toContain('channels:\n  - site\n');
    expect(text).not.toContain('[]');
    const minimal = stringifyJourneyDocument(load('valid/minimal.yaml'), 'yaml');
    expect(minimal).not.toMatch(/goals|lanes|kpis/);
  });

  it('keeps an explicitly empty optional list, which reads back differently from none', () => {
    const document = load('valid/minimal.yaml');
    if (document.kind !== 'journey') throw new Error('expected a journey');
    const tagged: JourneyDocument = { kind: 'journey', journey: { ...document.journey, tags: [] } };
    const again = parseJourneyDocument(stringifyJourneyDocument(tagged, 'yaml'), { file: 'x.yaml' });
    expect(again.ok && again.document).toEqual(tagged);
  });

  it('quotes text that YAML would otherwise read as something else', () => {
    const document = load('valid/minimal.yaml');
    if (document.kind !== 'journey') throw new Error('expected a journey');
    const tricky = [
      'yes',
      '1.5',
      'null',
      '- dash',
      '#hash',
      'a: b',
      '  padded ',
      'line\nbreak',
      '@at',
      "it's",
      '"q"',
    ];
    const journey = {
      ...document.journey,
      stages: tricky.map((name, i) => ({ id: `s${i}`, name })),
    };
    for (const format of ['yaml', 'json'] as const) {
      const again = parseJourneyDocument(stringifyJourneyDocument({ kind: 'journey', journey }, format), {
        file: `x.${format}`,
      });
      expect(again.ok && again.document).toEqual({ kind: 'journey', journey });
    }
  });
});
