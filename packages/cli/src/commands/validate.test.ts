import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../main.ts';

const repo = resolve(import.meta.dirname, '../../../..');
const invalid = 'test/fixtures/documents/invalid';

async function tropa(argv: string[], cwd = repo) {
  let stdout = '';
  let stderr = '';
  const code = await main(argv, {
    cwd,
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

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'tropa-validate-'));
  writeFileSync(
    join(dir, 'base.yaml'),
    'version: 1\nid: base\ntitle: Base\npersonas:\n  - { id: p-a, kind: customer, name: A }\nstages:\n  - { id: s-a, name: A }\nlanes:\n  - id: l-emo\n    type: emotions\n    cards:\n      - { stage: s-a, emotion: 1 }\n',
  );
  writeFileSync(
    join(dir, 'role.yaml'),
    'version: 1\nid: role-a\nextends: base\npersona: p-a\noverrides:\n  lanes:\n    l-emo:\n      - { stage: s-a, emotion: 7 }\n',
  );
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('tropa validate', () => {
  it('passes every example, role maps resolved against their base', async () => {
    const { code, stdout } = await tropa(['validate', 'examples']);
    expect(code).toBe(0);
    expect(stdout).toContain(
      '✓ examples/b2b-partner-journey/ru/role-procurement.yaml (role map of partner-journey.yaml)',
    );
    expect(stdout).toMatch(/Checked \d+ files: (\d+) valid, 0 with errors; 0 errors, 0 warnings\.\n$/);
  });

  const broken: Array<[string, RegExp]> = [
    ['wrong-type.yaml', /wrong-type\.yaml:\d+:\d+ {2}error {2}title: /],
    ['unknown-lane-type.yaml', /unknown-lane-type\.yaml:\d+:\d+ {2}error {2}lanes\[0\]\.type: .*emotoins/],
    ['duplicate-id.yaml', /duplicate-id\.yaml:\d+:\d+ {2}error {2}stages\[2\]\.id: /],
    ['missing-stage.yaml', /missing-stage\.yaml:\d+:\d+ {2}error {2}lanes\[0\]\.cards\[1\]\.stage: /],
    ['broken-indentation.yaml', /broken-indentation\.yaml:\d+:\d+ {2}error {2}.*indentation/i],
    [
      'emotion-out-of-range.yaml',
      /emotion-out-of-range\.yaml:10:34 {2}error {2}lanes\[0\]\.cards\[0\]\.emotion: .*5/,
    ],
  ];
  for (const [file, expected] of broken) {
    it(`fails on ${file} with the line:column and path of the problem`, async () => {
      const { code, stdout } = await tropa(['validate', `${invalid}/${file}`]);
      expect(code).toBe(1);
      expect(stdout).toMatch(expected);
      expect(stdout).toContain('fix: ');
      expect(stdout).toMatch(/Checked 1 file: 0 valid, 1 with errors; [1-9]\d* errors?, \d+ warnings?\.\n$/);
    });
  }

  it('reports a role map’s error at its line in the role map, in Russian with --lang ru', async () => {
    const { code, stdout } = await tropa(['validate', '--lang', 'ru', 'base.yaml', 'role.yaml'], dir);
    expect(code).toBe(1);
    expect(stdout).toMatch(/^role\.yaml:8:32 {2}ошибка {2}overrides\.lanes\.l-emo\[0\]\.emotion: /);
    expect(stdout).toContain('✓ base.yaml\n✗ role.yaml\n');
    expect(stdout).toContain(
      'Проверено файлов: 2; без ошибок: 1, с ошибками: 1. Ошибок: 1, предупреждений: 0.',
    );
  });

  it('passes a map that has only warnings, and shows them', async () => {
    writeFileSync(
      join(dir, 'warned.yaml'),
      'version: 1\nid: warned\ntitle: Warned\nstages:\n  - { id: s-a, name: A }\nlanes:\n  - id: l-emo\n    type: emotions\n    cards:\n      - { stage: s-a, emotion: 1 }\n      - { stage: s-a, emotion: -1 }\n',
    );
    const { code, stdout } = await tropa(['validate', 'warned.yaml'], dir);
    expect(code).toBe(0);
    expect(stdout).toMatch(/^warned\.yaml:\d+:\d+ {2}warning {2}/);
    expect(stdout).toMatch(/Checked 1 file: 1 valid, 0 with errors; 0 errors, 1 warning\.\n$/);
  });

  it('prints the issues as JSON with --format json', async () => {
    const { code, stdout } = await tropa(['validate', '--format', 'json', 'base.yaml', 'role.yaml'], dir);
    expect(code).toBe(1);
    const report = JSON.parse(stdout) as {
      valid: boolean;
      files: unknown[];
      issues: Array<Record<string, unknown>>;
    };
    expect(report.valid).toBe(false);
    expect(report.files).toEqual([
      { file: 'base.yaml', valid: true, kind: 'journey' },
      { file: 'role.yaml', valid: false },
    ]);
    expect(report.issues).toEqual([
      expect.objectContaining({
        file: 'role.yaml',
        line: 8,
        column: 32,
        path: 'overrides.lanes.l-emo[0].emotion',
        severity: 'error',
      }),
    ]);
  });

  it('is a usage error (2) without files or with an unknown format', async () => {
    const none = await tropa(['validate']);
    expect(none.code).toBe(2);
    expect(none.stderr).toContain('Name at least one journey file');
    expect((await tropa(['validate', '--format', 'xml', 'x.yaml'])).code).toBe(2);
  });

  it('fails on a missing file, naming it', async () => {
    const { code, stdout } = await tropa(['validate', 'no-such-map.yaml'], dir);
    expect(code).toBe(1);
    expect(stdout).toContain('no-such-map.yaml  error  The file does not exist.');
  });
});

describe('the tropa binary', () => {
  const bin = join(repo, 'node_modules/.bin/tropa');
  const run = async (args: string[]) => {
    try {
      await promisify(execFile)(bin, args, { cwd: repo });
      return 0;
    } catch (error) {
      return (error as { code?: number }).code;
    }
  };

  it('exits 0 on valid maps, 1 on an invalid one, 2 on a usage error', async () => {
    const codes = await Promise.all([
      run(['validate', 'examples/b2b-partner-journey/ru']),
      run(['validate', `${invalid}/emotion-out-of-range.yaml`]),
      run(['validate']),
    ]);
    expect(codes).toEqual([0, 1, 2]);
  });
});
