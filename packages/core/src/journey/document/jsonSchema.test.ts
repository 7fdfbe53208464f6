import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { generateJsonSchemas, type JsonSchemaFile } from './jsonSchema.ts';
import { FIXTURES_DIR } from './testing/fixtures.ts';

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

  it('describes the fields our fixtures use (a tiny structural check, no validator needed)', () => {
    const journey = JSON.parse(fresh['journey.schema.json']);
    const example = parseYaml(readFileSync(`${FIXTURES_DIR}valid/partner-journey.yaml`, 'utf8'));
    for (const key of Object.keys(example)) expect(journey.properties).toHaveProperty(key);
    const role = JSON.parse(fresh['role-map.schema.json']);
    expect(role.required).toEqual(expect.arrayContaining(['extends', 'persona']));
  });
});
