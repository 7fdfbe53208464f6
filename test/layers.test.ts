import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

// The layer rule lives in biome.json; this proves it fires for every upward import DESIGN.md forbids
// and stays quiet for every allowed one, by linting probe files in a scratch copy of the config.
const root = resolve(import.meta.dirname, '..');
const layers = JSON.parse(readFileSync(join(root, 'scripts/layers.json'), 'utf8')) as Record<string, unknown>;
const packages = Object.keys(layers).filter((k) => !k.startsWith('$'));
const allowed = (p: string) => layers[p] as string[];
const biome = join(root, 'node_modules/.bin/biome');

let scratch: string;
beforeAll(() => {
  scratch = mkdtempSync(join(tmpdir(), 'tropa-layers-'));
  cpSync(join(root, 'biome.json'), join(scratch, 'biome.json'));
  for (const p of packages) {
    mkdirSync(join(scratch, 'packages', p, 'src'), { recursive: true });
    for (const q of packages) {
      if (q === p) continue;
      writeFileSync(
        join(scratch, 'packages', p, 'src', `uses-${q}.ts`),
        `import { thing } from '@tropa/${q}';\n\nexport const probe = thing;\n`,
      );
    }
  }
});
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

function lint(file: string): { ok: boolean; output: string } {
  try {
    const output = execFileSync(biome, ['lint', '--vcs-enabled=false', '--max-diagnostics=50', file], {
      cwd: scratch,
      encoding: 'utf8',
      stdio: 'pipe',
    });
    return { ok: true, output };
  } catch (error) {
    const e = error as { stdout?: string; stderr?: string };
    return { ok: false, output: `${e.stdout ?? ''}${e.stderr ?? ''}` };
  }
}

describe('layer rule', () => {
  for (const p of packages) {
    for (const q of packages) {
      if (q === p) continue;
      const permitted = allowed(p).includes(q);
      it(`${p} ${permitted ? 'may' : 'may not'} import ${q}`, () => {
        const result = lint(`packages/${p}/src/uses-${q}.ts`);
        expect(result.ok, result.output).toBe(permitted);
        if (!permitted) expect(result.output).toContain(`must not import @tropa/${q}`);
      });
    }
  }
});
