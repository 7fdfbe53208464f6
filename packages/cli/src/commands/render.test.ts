import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { main } from '../main.ts';

const repo = resolve(import.meta.dirname, '../../../..');
const example = join(repo, 'examples/b2b-partner-journey/ru/partner-journey.yaml');

const MAP = `version: 1
id: tiny
title: Tiny <map> & co
lang: en
stages:
  - { id: s-one, name: Look around }
  - { id: s-two, name: Ask for a price }
lanes:
  - id: l-emotions
    type: emotions
    cards:
      - { stage: s-one, emotion: 1, feeling: interest }
      - { stage: s-two, emotion: -2, feeling: irritation }
  - id: l-pains
    type: pains
    cards:
      - { stage: s-two, text: No price on the site, severity: high, quitPoint: true }
`;

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'tropa-render-'));
  await writeFile(join(dir, 'tiny.yaml'), MAP);
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function tropa(...argv: string[]) {
  let stdout = '';
  let stderr = '';
  const code = await main(argv, {
    cwd: dir,
    env: {},
    stdout: (s) => {
      stdout += s;
    },
    stderr: (s) => {
      stderr += s;
    },
  });
  return { code, stdout, stderr };
}

describe('tropa render', () => {
  it('writes an HTML map, creating the folder, and says what it drew', async () => {
    const r = await tropa('render', 'tiny.yaml', '-o', 'maps/tiny.html');
    expect(r).toMatchObject({ code: 0, stderr: '' });
    expect(r.stdout).toContain('2 stages, 2 lanes');
    const html = await readFile(join(dir, 'maps/tiny.html'), 'utf8');
    expect(html).toContain('<title>Tiny &lt;map&gt; &amp; co</title>');
    expect(html).toContain('Ask for a price');
    expect(html).toContain('quit point');
  });

  it('writes an SVG when the output ends in .svg, with labels in the language asked for', async () => {
    const r = await tropa('render', 'tiny.yaml', '-o', 'tiny.svg', '--labels', 'ru');
    expect(r.code).toBe(0);
    const svg = await readFile(join(dir, 'tiny.svg'), 'utf8');
    expect(svg.startsWith('<?xml')).toBe(true);
    expect(svg).toContain('<svg xmlns="http://www.w3.org/2000/svg"');
    expect(svg).toContain('раздражение');
  });

  it('refuses wrong usage with exit 2: no -o, an unknown extension, no file, two files', async () => {
    for (const args of [
      ['tiny.yaml'],
      ['tiny.yaml', '-o', 'map.pdf'],
      ['-o', 'map.html'],
      ['tiny.yaml', 'tiny.yaml', '-o', 'map.html'],
      ['tiny.yaml', '-o', 'map.html', '--labels', 'de'],
    ]) {
      const r = await tropa('render', ...args);
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.stderr).toContain('Usage: tropa render FILE -o');
    }
    expect((await tropa('--lang', 'ru', 'render', 'tiny.yaml')).stderr).toContain(
      'Укажите, куда записать карту',
    );
  });

  it('prints every issue of an invalid file with its place and exits 1 without writing', async () => {
    await writeFile(
      join(dir, 'bad.yaml'),
      MAP.replace('emotion: -2', 'emotion: 5').replace('s-two, text', 's-three, text'),
    );
    const r = await tropa('render', 'bad.yaml', '-o', 'bad.html');
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/bad\.yaml:\d+:\d+ .*lanes\[0\]\.cards\[1\]\.emotion/);
    expect(r.stderr).toContain('s-three');
    expect(existsSync(join(dir, 'bad.html'))).toBe(false);
    expect((await tropa('render', 'missing.yaml', '-o', 'm.html')).code).toBe(1);
  });

  it('draws a role map of the example with --role', async () => {
    const base = await tropa('render', example, '-o', 'base.html');
    const role = await tropa('render', example, '--role', 'procurement', '-o', 'procurement.html');
    expect(base.code).toBe(0);
    expect(role.code).toBe(0);
    const [b, p] = await Promise.all([
      readFile(join(dir, 'base.html'), 'utf8'),
      readFile(join(dir, 'procurement.html'), 'utf8'),
    ]);
    expect(p).not.toBe(b);
    expect(p).toContain('data-stage=');
    expect((await tropa('render', example, '--role', 'no-such-role', '-o', 'x.html')).code).toBe(1);
  });
});
