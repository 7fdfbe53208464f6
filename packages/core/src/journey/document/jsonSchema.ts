import { z } from 'zod';
import { CURRENT_VERSION, Journey, RoleMap } from '../schema/journey.ts';

/** The JSON Schema files generated into packages/core/generated/, by file name. */
export const JSON_SCHEMA_FILES = {
  'journey.schema.json': {
    schema: Journey,
    id: `urn:tropa:schema:journey:v${CURRENT_VERSION}`,
    title: 'Tropa journey map',
  },
  'role-map.schema.json': {
    schema: RoleMap,
    id: `urn:tropa:schema:role-map:v${CURRENT_VERSION}`,
    title: 'Tropa role map',
  },
} as const;
export type JsonSchemaFile = keyof typeof JSON_SCHEMA_FILES;

/**
 * The JSON Schemas of the document formats, generated from the zod schemas (what an author may
 * write: defaults are optional), as the text of each file. Editors use them for completion and
 * checks; `npm run generate` writes them, and a test fails when the committed ones are stale.
 */
export function generateJsonSchemas(): Record<JsonSchemaFile, string> {
  const out = {} as Record<JsonSchemaFile, string>;
  for (const [file, { schema, id, title }] of Object.entries(JSON_SCHEMA_FILES)) {
    const generated = z.toJSONSchema(schema, { io: 'input', target: 'draft-2020-12' });
    const { $schema, ...rest } = generated;
    const document = { $schema, $id: id, title, ...rest };
    out[file as JsonSchemaFile] = `${JSON.stringify(document, null, 2)}\n`;
  }
  return out;
}
