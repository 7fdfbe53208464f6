// Writes the JSON Schemas of journey documents from the zod schemas: `npm run generate`.
import { mkdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { generateJsonSchemas } from '../packages/core/src/journey/document/jsonSchema.ts';

const outDir = fileURLToPath(new URL('../packages/core/generated/', import.meta.url));
mkdirSync(outDir, { recursive: true });
for (const [file, text] of Object.entries(generateJsonSchemas())) {
  writeFileSync(`${outDir}${file}`, text);
  console.log(`wrote packages/core/generated/${file} (${text.length} bytes)`);
}
