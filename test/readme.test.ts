import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../packages/cli/src/main.ts';

// The README's journey document examples are what new users copy first: they must stay valid.
const readme = readFileSync(resolve(import.meta.dirname, '../README.md'), 'utf8');
const yamlBlocks = [...readme.matchAll(/```yaml\n([\s\S]*?)```/g)].map((m) => m[1] ?? '');

describe('README examples', () => {
  it('has a base map and a role map example', () => {
    expect(yamlBlocks).toHaveLength(2);
    expect(yamlBlocks[1]).toContain('extends:');
  });

  it('validate accepts them together, the role map resolved against the base', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'tropa-readme-'));
    try {
      for (const [i, block] of yamlBlocks.entries()) writeFileSync(join(dir, `example-${i}.yaml`), block);
      const printed: string[] = [];
      const print = (s: string) => {
        printed.push(s);
      };
      const code = await main(['validate', dir], {
        stdout: print,
        stderr: print,
        cwd: dir,
        env: {},
      });
      const out = printed.join('');
      expect(out).toContain('2 valid');
      expect(code, out).toBe(0);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
