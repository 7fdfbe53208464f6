import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { formatIssue, type Journey, LANE_TYPES, parseJourneyDocument } from '@tropa/core';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { main } from '../main.ts';
import { TEMPLATE_NAMES } from '../templates/index.ts';
import { idFromFileName } from './init.ts';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'tropa-init-'));
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

async function readJourney(file: string): Promise<Journey> {
  const text = await readFile(join(dir, file), 'utf8');
  const result = parseJourneyDocument(text, { file });
  if (!result.ok) throw new Error(result.issues.map((i) => formatIssue(i, 'en')).join('\n'));
  if (result.document.kind !== 'journey') throw new Error(`${file} is not a journey map`);
  expect(result.warnings.map((w) => formatIssue(w, 'en'))).toEqual([]);
  return result.document.journey;
}

const CYRILLIC = /[А-Яа-яЁё]/;

describe('tropa init', () => {
  for (const template of TEMPLATE_NAMES) {
    for (const lang of ['ru', 'en'] as const) {
      it(`writes a valid ${template} starter map in ${lang}`, async () => {
        const { code, stdout } = await tropa(
          'init',
          '--template',
          template,
          '--lang',
          lang,
          'maps/My Journey.yaml',
        );
        expect(code).toBe(0);
        expect(stdout).toContain('my-journey');
        const journey = await readJourney('maps/My Journey.yaml');
        expect(journey.id).toBe('my-journey');
        expect(journey.lang).toBe(lang);
        // The method's shape: goals tied to KPIs, a persona, every lane type, a touchpoint with a match rule.
        expect(journey.goals.every((g) => g.kpis.length > 0)).toBe(true);
        expect(journey.personas.length).toBeGreaterThan(0);
        expect(new Set(journey.lanes.map((l) => l.type))).toEqual(new Set(LANE_TYPES));
        expect(journey.touchpoints.some((t) => (t.match ?? []).length > 0)).toBe(true);
        expect(journey.improvements).toHaveLength(1);
        expect(journey.review.cadenceMonths).toBe(6);
        const actions = journey.lanes.find((l) => l.type === 'actions');
        expect(actions?.cards.map((c) => c.stage)).toEqual(journey.stages.map((s) => s.id));
        const stagesWithKpi = new Set(journey.kpis.map((k) => k.stage ?? k.toStage));
        expect(stagesWithKpi.size).toBeGreaterThanOrEqual(4);
        // Guidance is written in the map's language.
        const words = [
          journey.title,
          ...journey.stages.map((s) => s.name),
          ...(actions?.cards ?? []).map((c) => c.text),
        ];
        for (const word of words) expect(CYRILLIC.test(word)).toBe(lang === 'ru');
      });
    }
  }

  for (const template of TEMPLATE_NAMES) {
    it(`a ${template} starter map passes tropa validate and tropa render`, async () => {
      expect((await tropa('init', '--template', template, '--lang', 'ru', 'start.yaml')).code).toBe(0);
      const validated = await tropa('validate', 'start.yaml');
      expect(validated.stderr).toBe('');
      expect(validated.code).toBe(0);
      expect((await tropa('render', 'start.yaml', '-o', 'start.html')).code).toBe(0);
      const html = await readFile(join(dir, 'start.html'), 'utf8');
      expect(html).toContain('Что делает');
    });
  }

  it('starts the YAML with a header that says how to check and draw the map', async () => {
    await tropa('init', '--lang', 'ru', 'partner.yaml');
    const text = await readFile(join(dir, 'partner.yaml'), 'utf8');
    expect(text.startsWith('# ')).toBe(true);
    expect(text).toContain('tropa validate partner.yaml');
    expect(text).toMatch(/# Цели карты/);
  });

  it('uses the b2b template by default and writes JSON for a .json file', async () => {
    const { code } = await tropa('init', 'starter.json');
    expect(code).toBe(0);
    const text = await readFile(join(dir, 'starter.json'), 'utf8');
    expect(() => JSON.parse(text)).not.toThrow();
    const journey = await readJourney('starter.json');
    expect(journey.personas.filter((p) => p.kind === 'buying-centre-role').map((p) => p.role)).toEqual([
      'chief-engineer',
      'procurement',
      'director',
      'technologist',
      'financier',
    ]);
  });

  it('refuses to overwrite an existing file, and overwrites it with --force', async () => {
    await writeFile(join(dir, 'map.yaml'), 'my work\n');
    const refused = await tropa('init', '--lang', 'ru', 'map.yaml');
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain('map.yaml');
    expect(refused.stderr).toContain('--force');
    expect(await readFile(join(dir, 'map.yaml'), 'utf8')).toBe('my work\n');

    const forced = await tropa('init', '--force', 'map.yaml');
    expect(forced.code).toBe(0);
    expect((await readJourney('map.yaml')).id).toBe('map');
  });

  it('refuses a folder, even with --force, and reports a file it cannot write', async () => {
    await mkdir(join(dir, 'maps'));
    const folder = await tropa('init', '--force', 'maps');
    expect(folder.code).toBe(1);
    expect(folder.stderr).toContain('maps/journey.yaml');
    await writeFile(join(dir, 'blocker'), 'a file, not a folder\n');
    const blocked = await tropa('init', '--lang', 'ru', 'blocker/map.yaml');
    expect(blocked.code).toBe(1);
    expect(blocked.stderr).toContain('Не удаётся записать blocker/map.yaml');
  });

  it('exits with 2 on a wrong template, no file or several files', async () => {
    const wrong = await tropa('init', '--template', 'b2g', 'x.yaml');
    expect(wrong.code).toBe(2);
    expect(wrong.stderr).toContain('b2b, b2c');
    expect((await tropa('init')).code).toBe(2);
    expect((await tropa('init', 'a.yaml', 'b.yaml')).code).toBe(2);
  });
});

describe('idFromFileName', () => {
  it('makes an ASCII slug of the name without its extension', () => {
    expect(idFromFileName('maps/Partner Journey.yaml')).toBe('partner-journey');
    expect(idFromFileName('b2c.v2.yml')).toBe('b2c.v2');
    expect(idFromFileName('_draft_.json')).toBe('draft_');
    expect(idFromFileName('notes.txt')).toBe('notes.txt');
  });

  it('falls back to "journey" when nothing of the name is ASCII', () => {
    expect(idFromFileName('карта.yaml')).toBe('journey');
  });
});
