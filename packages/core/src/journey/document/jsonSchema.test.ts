import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Ajv2020 } from 'ajv/dist/2020.js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { generateJsonSchemas, type JsonSchemaFile } from './jsonSchema.ts';
import { FIXTURES_DIR } from './testing/fixtures.ts';
import { journeyInputArb } from './testing/journeyArbitrary.ts';

/** Ajv in strict mode, knowing the one string format our schemas use. */
function strictAjv() {
  return new Ajv2020({ allErrors: true, allowUnionTypes: true, formats: { date: /^\d{4}-\d{2}-\d{2}$/ } });
}

const GENERATED_DIR = fileURLToPath(new URL('../../../generated/', import.meta.url));

describe('generated JSON Schemas', () => {
  const fresh = generateJsonSchemas();

  it.each(Object.keys(fresh) as JsonSchemaFile[])('%s is up to date', (file) => {
    let committed = '';
    try {
      committed = readFileSync(`${GENERATED_DIR}${file}`, 'utf8');
    } catch {
      // A missing file is stale too; the assertion below says what to do.
    }
    expect(committed === fresh[file], `packages/core/generated/${file} is stale: run npm run generate`).toBe(
      true,
    );
  });

  it('carries an $id, a title and the draft it follows', () => {
    const journey = JSON.parse(fresh['journey.schema.json']);
    expect(journey.$id).toBe('urn:tropa:schema:journey:v1');
    expect(journey.title).toBe('Tropa journey map');
    expect(journey.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    // Input shape: fields with defaults are not required.
    expect(journey.required).toEqual(expect.arrayContaining(['version', 'id', 'title', 'stages']));
    expect(journey.required).not.toContain('lang');
  });

  it('accepts the valid fixtures and rejects what the zod schema rejects (checked by Ajv)', () => {
    const ajv = strictAjv();
    const journey = ajv.compile(JSON.parse(fresh['journey.schema.json']));
    const role = ajv.compile(JSON.parse(fresh['role-map.schema.json']));
    const read = (name: string) => parseYaml(readFileSync(`${FIXTURES_DIR}${name}`, 'utf8'));
    expect(journey(read('valid/partner-journey.yaml')), ajv.errorsText(journey.errors)).toBe(true);
    expect(journey(read('valid/minimal.yaml')), ajv.errorsText(journey.errors)).toBe(true);
    expect(role(read('valid/procurement-role.yaml')), ajv.errorsText(role.errors)).toBe(true);
    for (const name of [
      'invalid/wrong-type.yaml',
      'invalid/stages-not-a-list.yaml',
      'invalid/unknown-lane-type.yaml',
      'invalid/emotion-out-of-range.yaml',
      'invalid/unknown-field.yaml',
      'invalid/missing-version.yaml',
      'invalid/newer-version.yaml',
    ]) {
      expect(journey(read(name)), name).toBe(false);
    }
  });

  it('agrees with zod on random valid journeys', () => {
    const ajv = strictAjv();
    const validate = ajv.compile(JSON.parse(fresh['journey.schema.json']));
    for (const input of fc.sample(journeyInputArb, { seed: 7, numRuns: 60 })) {
      expect(validate(input), ajv.errorsText(validate.errors)).toBe(true);
    }
  });

  it('describes every top-level field our fixtures use', () => {
    const journey = JSON.parse(fresh['journey.schema.json']);
    const example = parseYaml(readFileSync(`${FIXTURES_DIR}valid/partner-journey.yaml`, 'utf8'));
    for (const key of Object.keys(example)) expect(journey.properties).toHaveProperty(key);
    const role = JSON.parse(fresh['role-map.schema.json']);
    expect(role.required).toEqual(expect.arrayContaining(['extends', 'persona']));
  });
});
