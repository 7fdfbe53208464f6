import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { LOAD_MESSAGES } from './load/messages.ts';
import { issuesOf, loadJourneyFile, loadJourneySet, loadRoleMapsBeside } from './load.ts';

const BASE = `version: 1
id: partner-journey
title: Partner journey
lang: en
personas:
  - { id: p-engineer, kind: buying-centre-role, role: chief-engineer, name: Chief engineer }
  - { id: p-procurement, kind: buying-centre-role, role: procurement, name: Procurement }
stages:
  - { id: s-aware, name: Awareness }
  - { id: s-request, name: Request }
lanes:
  - id: l-emotions
    type: emotions
    cards:
      - { stage: s-aware, emotion: 1, feeling: interest }
      - { stage: s-request, emotion: -1, feeling: impatience }
  - id: l-pains
    type: pains
    cards:
      - { id: pain-prices, stage: s-aware, text: No public prices, severity: high }
improvements:
  - id: i-pricelist
    title: Publish the price list
    addresses: [pain-prices]
`;

const role = (id: string, persona: string, extendsRef = 'partner-journey', body = '') =>
  `version: 1\nid: ${id}\nextends: ${extendsRef}\npersona: ${persona}\n${body}`;

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'tropa-load-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

function write(name: string, text: string): string {
  const path = join(dir, name);
  mkdirSync(join(path, '..'), { recursive: true });
  writeFileSync(path, text);
  return path;
}

const en = { lang: 'en' as const, cwd: () => dir };
const opts = () => ({ lang: en.lang, cwd: en.cwd() });

describe('loadJourneyFile', () => {
  it('says plainly when the file is missing or is a folder', async () => {
    const missing = await loadJourneyFile('nope.yaml', opts());
    expect(missing).toMatchObject({ ok: false, issues: [{ file: 'nope.yaml', code: 'file-not-found' }] });
    mkdirSync(join(dir, 'maps.yaml'));
    const folder = await loadJourneyFile('maps.yaml', { lang: 'ru', cwd: dir });
    expect(folder.ok ? '' : folder.issues[0]?.message).toBe('Файл не удаётся прочитать: это папка.');
  });

  it('resolves a role map against the map it extends by id, found in the same folder', async () => {
    write('partner.yaml', BASE);
    write(
      'procurement.yaml',
      role('pj-procurement', 'p-procurement', 'partner-journey', 'title: Procurement journey\n'),
    );
    const result = await loadJourneyFile('procurement.yaml', opts());
    if (!result.ok) throw new Error(JSON.stringify(result.issues));
    expect(result.kind).toBe('role');
    expect(result.journey).toMatchObject({
      id: 'pj-procurement',
      persona: 'p-procurement',
      title: 'Procurement journey',
    });
    expect(result.base?.file).toBe('partner.yaml');
  });

  it('follows `extends` given as a relative path, and through a chain of role maps', async () => {
    write('base/partner.yaml', BASE);
    write(
      'roles/engineer.json',
      JSON.stringify({ version: 1, id: 'engineer', extends: '../base/partner.yaml', persona: 'p-engineer' }),
    );
    write('roles/senior.yaml', role('senior-engineer', 'p-engineer', 'engineer.json', 'title: Senior\n'));
    const result = await loadJourneyFile('roles/senior.yaml', opts());
    if (!result.ok) throw new Error(JSON.stringify(result.issues));
    expect(result.journey.id).toBe('senior-engineer');
    expect(result.base?.file).toBe(join('base', 'partner.yaml'));
  });

  it('reports the base map’s own errors with the base’s file name and line', async () => {
    write('partner.yaml', BASE.replace('emotion: 1,', 'emotion: 5,'));
    write('procurement.yaml', role('pj-procurement', 'p-procurement'));
    const result = await loadJourneyFile('procurement.yaml', opts());
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issues).toEqual([
      expect.objectContaining({
        file: 'partner.yaml',
        line: 15,
        path: 'lanes[0].cards[0].emotion',
        severity: 'error',
      }),
    ]);
  });

  it('places a role map’s errors in its own text', async () => {
    write('partner.yaml', BASE);
    const text = role(
      'pj-procurement',
      'p-procurement',
      'partner-journey',
      'overrides:\n  lanes:\n    l-emotions:\n      - { stage: s-aware, emotion: 7 }\n  stages:\n    s-reqest: { name: Quote }\n',
    );
    write('procurement.yaml', text);
    const result = await loadJourneyFile('procurement.yaml', opts());
    if (result.ok) throw new Error('expected errors');
    expect(result.issues.map((i) => [i.file, i.line, i.column, i.path, i.code])).toEqual([
      ['procurement.yaml', 8, 36, 'overrides.lanes.l-emotions[0].emotion', 'out-of-range'],
      ['procurement.yaml', 10, 5, 'overrides.stages.s-reqest', 'role-unknown-id'],
    ]);
    expect(result.issues[1]?.fix).toContain('Did you mean s-request?');
  });

  it('points at the base’s text for an inherited part that only breaks in the role map', async () => {
    write('partner.yaml', BASE);
    write(
      'procurement.yaml',
      role(
        'pj-procurement',
        'p-procurement',
        'partner-journey',
        'overrides:\n  stages:\n    s-aware: null\n',
      ),
    );
    const result = await loadJourneyFile('procurement.yaml', opts());
    if (result.ok) throw new Error('expected errors');
    expect(result.issues).toEqual([
      expect.objectContaining({
        file: 'partner.yaml',
        line: 24,
        path: 'improvements[0].addresses[0]',
        code: 'unknown-reference',
      }),
    ]);
    expect(result.issues[0]?.message).toMatch(/^In the role map pj-procurement: /);
  });

  it('reports a missing base and a circle at the `extends` line', async () => {
    write('lost.yaml', role('lost', 'p-engineer', 'partner-jorney'));
    const lost = await loadJourneyFile('lost.yaml', opts());
    expect(lost).toMatchObject({
      ok: false,
      issues: [{ file: 'lost.yaml', line: 3, code: 'role-extends-missing' }],
    });
    write('a.yaml', role('role-a', 'p-engineer', 'b.yaml'));
    write('b.yaml', role('role-b', 'p-engineer', 'a.yaml'));
    const circle = await loadJourneyFile('a.yaml', opts());
    expect(circle.ok ? [] : circle.issues.map((i) => [i.file, i.line, i.code])).toEqual([
      ['b.yaml', 3, 'role-extends-cycle'],
    ]);
  });

  it('with --role, picks the role map beside a base by persona role, persona or id', async () => {
    write('partner.yaml', BASE);
    write('role-procurement.yaml', role('pj-procurement', 'p-procurement'));
    write('role-engineer.yaml', role('pj-engineer', 'p-engineer'));
    for (const wanted of ['procurement', 'p-procurement', 'pj-procurement']) {
      const result = await loadJourneyFile('partner.yaml', { ...opts(), role: wanted });
      expect(result.ok && result.journey.id).toBe('pj-procurement');
    }
    const none = await loadJourneyFile('partner.yaml', { ...opts(), role: 'director' });
    expect(none.ok ? '' : none.issues[0]?.fix).toContain(
      'pj-engineer (p-engineer), pj-procurement (p-procurement)',
    );
    const onRole = await loadJourneyFile('role-engineer.yaml', { ...opts(), role: 'procurement' });
    expect(onRole.ok ? '' : onRole.issues[0]?.code).toBe('role-on-role-map');
  });
});

describe('loadJourneySet and loadRoleMapsBeside', () => {
  it('reports a broken base once, however many role maps extend it', async () => {
    write('partner.yaml', BASE.replace('emotion: 1,', 'emotion: 5,'));
    write('r1.yaml', role('r1', 'p-engineer'));
    write('r2.yaml', role('r2', 'p-procurement'));
    const results = await loadJourneySet(['partner.yaml', 'r1.yaml', 'r2.yaml'], opts());
    expect(results.map((r) => r.ok)).toEqual([false, false, false]);
    expect(issuesOf(results).map((i) => i.file)).toEqual(['partner.yaml']);
  });

  it('finds every role map that derives from a base, directly or through another role map', async () => {
    write('partner.yaml', BASE);
    write('other.yaml', BASE.replace('id: partner-journey', 'id: other-journey'));
    write('r1.yaml', role('r1', 'p-engineer'));
    write('r2.yaml', role('r2', 'p-engineer', 'r1'));
    write('r3.yaml', role('r3', 'p-engineer', 'other-journey'));
    const { base, roles } = await loadRoleMapsBeside('partner.yaml', opts());
    expect(base.ok).toBe(true);
    expect(roles.map((r) => (r.ok ? r.journey.id : r.file))).toEqual(['r1', 'r2']);
  });
});

describe('the examples', () => {
  const root = resolve(import.meta.dirname, '../../../examples');
  const folders = readdirSync(root, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && /\.(ya?ml|json)$/.test(e.name))
    .map((e) => join(e.parentPath, e.name));

  it('all load, role maps resolved against their base, without errors', async () => {
    expect(folders.length).toBeGreaterThan(0);
    const results = await loadJourneySet(folders, { lang: 'en', cwd: root });
    expect(issuesOf(results).filter((i) => i.severity === 'error')).toEqual([]);
    expect(results.filter((r) => r.ok && r.kind === 'role').length).toBeGreaterThanOrEqual(10);
  });
});

describe('loader messages', () => {
  const placeholders = (text: string) =>
    [...new Set([...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]))].sort();
  it('say the same in English and Russian', () => {
    for (const entry of Object.values(LOAD_MESSAGES)) {
      for (const part of [entry.message, entry.fix]) {
        expect(part.ru).toMatch(/[а-яё]/i);
        expect(placeholders(part.ru)).toEqual(placeholders(part.en));
      }
    }
  });
});
