import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml, stringify as yamlStringify } from 'yaml';
import { Journey } from '../schema/journey.ts';
import type { DocumentIssue } from './issue.ts';
import { parseJourneyDocument } from './parse.ts';
import { stringifyJourneyDocument } from './stringify.ts';
import { readFixture } from './testing/fixtures.ts';
import { journeyInputArb } from './testing/journeyArbitrary.ts';

// Seeded so a failure is reproducible; pin any counterexample found as a plain test in parse.test.ts.
const SEED = 20261123;

function wellFormed(issue: DocumentIssue, lineCount: number): void {
  expect(issue.message.length).toBeGreaterThan(0);
  expect(issue.fix.length).toBeGreaterThan(0);
  expect(issue.code).toMatch(/^[a-z]+(-[a-z]+)*$/);
  if (issue.line !== undefined) {
    expect(issue.line).toBeGreaterThanOrEqual(1);
    expect(issue.line).toBeLessThanOrEqual(lineCount + 1);
  }
}

describe('journey documents, property-based', () => {
  it('random valid journeys survive stringify → parse unchanged, in YAML and JSON', () => {
    fc.assert(
      fc.property(journeyInputArb, fc.constantFrom('yaml' as const, 'json' as const), (input, format) => {
        const journey = Journey.parse(input);
        const text = stringifyJourneyDocument({ kind: 'journey', journey }, format);
        const result = parseJourneyDocument(text, { file: `random.${format}` });
        if (!result.ok)
          throw new Error(`${result.issues.map((i) => `${i.line}:${i.column} ${i.message}`)}\n${text}`);
        expect(result.warnings).toEqual([]);
        expect(result.document).toEqual({ kind: 'journey', journey });
      }),
      { seed: SEED, numRuns: 150 },
    );
  });

  it('random changes to a valid journey never throw: the result is a document or issues', () => {
    const mutation = fc.record({
      at: fc.nat(),
      action: fc.constantFrom('replace', 'delete', 'rename'),
      value: fc.jsonValue({ maxDepth: 2 }),
      lang: fc.constantFrom('en' as const, 'ru' as const),
    });
    fc.assert(
      fc.property(journeyInputArb, fc.array(mutation, { minLength: 1, maxLength: 4 }), (input, mutations) => {
        let doc: unknown = input;
        for (const m of mutations) doc = mutate(doc, m.at, m.action, m.value);
        const text = yamlStringify(doc);
        const result = parseJourneyDocument(text, { file: 'mutated.yaml', lang: mutations[0]?.lang ?? 'en' });
        const lines = text.split('\n').length;
        if (result.ok) for (const w of result.warnings) wellFormed(w, lines);
        else {
          expect(result.issues.some((i) => i.severity === 'error')).toBe(true);
          for (const issue of result.issues) wellFormed(issue, lines);
        }
      }),
      { seed: SEED, numRuns: 200 },
    );
  });

  it('random changes to a role map never throw either', () => {
    const role = parseYaml(readFixture('valid/procurement-role.yaml').text) as unknown;
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            at: fc.nat(),
            action: fc.constantFrom('replace' as const, 'delete' as const, 'rename' as const),
            value: fc.jsonValue({ maxDepth: 2 }),
          }),
          { minLength: 1, maxLength: 4 },
        ),
        (mutations) => {
          let doc = role;
          for (const m of mutations) doc = mutate(doc, m.at, m.action, m.value);
          const text = yamlStringify(doc);
          const result = parseJourneyDocument(text, { file: 'role.yaml', lang: 'ru' });
          const lines = text.split('\n').length;
          for (const issue of result.ok ? result.warnings : result.issues) wellFormed(issue, lines);
        },
      ),
      { seed: SEED, numRuns: 200 },
    );
  });

  it('random damage to the text never throws and keeps issues inside the text', () => {
    const edit = fc.record({
      at: fc.nat(),
      remove: fc.nat({ max: 3 }),
      insert: fc.constantFrom('', ':', '-', ' ', '\t', '\n', '"', '[', '{', '}', '&a', '*a', 'x'),
    });
    fc.assert(
      fc.property(journeyInputArb, fc.array(edit, { minLength: 1, maxLength: 5 }), (input, edits) => {
        const journey = Journey.parse(input);
        let text = stringifyJourneyDocument({ kind: 'journey', journey }, 'yaml');
        for (const e of edits) {
          const at = e.at % (text.length + 1);
          text = text.slice(0, at) + e.insert + text.slice(at + e.remove);
        }
        const result = parseJourneyDocument(text, { file: 'damaged.yaml' });
        const lines = text.split('\n').length;
        for (const issue of result.ok ? result.warnings : result.issues) wellFormed(issue, lines);
      }),
      { seed: SEED, numRuns: 200 },
    );
  });
});

/** Replaces, deletes or renames the node at the `at`-th path (in document order) of plain data. */
function mutate(doc: unknown, at: number, action: 'replace' | 'delete' | 'rename', value: unknown): unknown {
  const paths: (string | number)[][] = [];
  const walk = (node: unknown, path: (string | number)[]) => {
    paths.push(path);
    if (Array.isArray(node)) {
      for (const [i, child] of node.entries()) walk(child, [...path, i]);
    } else if (node && typeof node === 'object') {
      for (const [k, v] of Object.entries(node)) walk(v, [...path, k]);
    }
  };
  walk(doc, []);
  const path = paths[at % paths.length] ?? [];
  if (path.length === 0) return action === 'replace' ? value : doc;
  const copy = structuredClone(doc);
  let parent: unknown = copy;
  for (const segment of path.slice(0, -1)) parent = (parent as Record<string | number, unknown>)[segment];
  const last = path[path.length - 1] as string | number;
  if (Array.isArray(parent) && typeof last === 'number') {
    if (action === 'delete') parent.splice(last, 1);
    else parent[last] = value;
  } else if (parent && typeof parent === 'object') {
    const record = parent as Record<string, unknown>;
    const key = String(last);
    if (action === 'delete') delete record[key];
    else if (action === 'rename') {
      record[`${key}x`] = record[key];
      delete record[key];
    } else record[key] = value;
  }
  return copy;
}
