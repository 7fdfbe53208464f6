import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { main } from '../main.ts';

const dir = mkdtempSync(join(tmpdir(), 'tropa-demo-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function run(args: string[]) {
  let out = '';
  let err = '';
  const code = await main(args, {
    cwd: dir,
    env: {},
    stdout: (s) => {
      out += s;
    },
    stderr: (s) => {
      err += s;
    },
  });
  return { code, out, err };
}

describe('tropa demo', () => {
  it('writes the data set, the README and the example map', async () => {
    const r = await run(['demo', '--out', 'data', '--cases', '120', '--seed', '3']);
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/of 120 partner companies \(seed 3\) to data/);
    for (const f of ['events.csv', 'surveys.csv', 'feedback.csv', 'README.md', 'partner-journey.yaml']) {
      expect(existsSync(join(dir, 'data', f)), f).toBe(true);
    }
    expect(readFileSync(join(dir, 'data', 'README.md'), 'utf8')).toContain('seed 3, 120 partner companies');
  });

  it('does not overwrite without --force, and does with it (same seed, same files)', async () => {
    const before = readFileSync(join(dir, 'data', 'events.csv'), 'utf8');
    const refused = await run(['demo', '--out', 'data', '--cases', '120', '--seed', '3', '--lang', 'ru']);
    expect(refused.code).toBe(1);
    expect(refused.err).toMatch(/уже существует, ничего не записано/);
    const forced = await run(['demo', '-o', 'data', '--cases', '120', '--seed', '3', '--force']);
    expect(forced.code).toBe(0);
    expect(readFileSync(join(dir, 'data', 'events.csv'), 'utf8')).toBe(before);
  });

  it('explains usage errors with exit code 2', async () => {
    const noOut = await run(['demo']);
    expect(noOut.code).toBe(2);
    expect(noOut.err).toMatch(/--out demo-data/);
    const bad = await run(['demo', '--out', 'x', '--cases', '12k']);
    expect(bad.code).toBe(2);
    expect(bad.err).toMatch(/--cases takes a whole number from 1 to 1000000; got "12k"/);
  });
});
