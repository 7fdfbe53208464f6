import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { AnalysisReport, writeDemo } from '@tropa/analytics';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../main.ts';

const repo = resolve(dirname(fileURLToPath(import.meta.url)), '../../../..');
const dataDir = process.env.TROPA_DATA_DIR ?? resolve(repo, '../shared/data');
const bpic = join(dataDir, 'bpic2012/bpic2012.csv.gz');
const hasBpic = existsSync(bpic);
if (!hasBpic && process.env.CI === 'true')
  throw new Error(`Test data missing under CI: ${bpic} (set TROPA_DATA_DIR)`);
if (!hasBpic) console.warn(`SKIPPED: ${bpic} not found (set TROPA_DATA_DIR to the shared data directory)`);

async function run(args: string[], cwd: string) {
  let stdout = '';
  let stderr = '';
  const code = await main(args, {
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
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'tropa-analyze-test-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('tropa analyze', () => {
  it('analyzes the demo data with the example map: JSON that meets the schema, and an HTML report', async () => {
    await writeDemo(dir, { cases: 300 });
    const map = join(repo, 'examples/b2b-partner-journey/ru/partner-journey.yaml');
    const json = await run(
      [
        'analyze',
        '--events',
        'events.csv',
        '--journey',
        map,
        '--surveys',
        'surveys.csv',
        '--segment',
        'age_group',
      ],
      dir,
    );
    expect(json.stderr, JSON.stringify(json.stderr)).toBe('');
    expect(json.code).toBe(0);
    const report = AnalysisReport.parse(JSON.parse(json.stdout));
    expect(report.stats.cases).toBe(300);
    expect(report.journey?.funnel.steps[0]?.cases).toBeGreaterThan(0);
    expect(report.journey?.mapping.matchedEvents).toBeGreaterThan(0);
    expect(report.surveyKpis?.[0]?.scope).toBe('all');
    expect(report.kpis?.kpis.length).toBeGreaterThan(0);
    expect(report.segments?.[0]?.attribute).toBe('age_group');

    const html = await run(
      [
        'analyze',
        '--events',
        'events.csv',
        '--journey',
        map,
        '--format',
        'html',
        '-o',
        'r.html',
        '--lang',
        'ru',
      ],
      dir,
    );
    expect(html.code).toBe(0);
    const page = await readFile(join(dir, 'r.html'), 'utf8');
    expect(page).toMatch(/^<!doctype html>/);
    expect(page).toContain('Воронка этапов');
    expect(page).toContain('<svg');
  });

  it.skipIf(!hasBpic)('analyzes bpic2012 (262k events)', async () => {
    const { code, stdout } = await run(['analyze', '--events', bpic, '--top', '5'], dir);
    expect(code).toBe(0);
    const report = AnalysisReport.parse(JSON.parse(stdout));
    expect(report.stats).toMatchObject({ cases: 13087, events: 262200, activities: 24 });
    expect(report.variants.top).toHaveLength(5);
    expect(report.startActivities).toEqual({ A_SUBMITTED: 13087 });
  });

  it('escapes user text in the HTML report', async () => {
    await writeFile(
      join(dir, 'x.csv'),
      'case_id,activity,ts\n1,<script>alert(1)</script>,2024-01-01\n1,b & c,2024-01-02\n',
    );
    const { code } = await run(['analyze', '--events', 'x.csv', '--format', 'html', '--out', 'x.html'], dir);
    expect(code).toBe(0);
    const page = await readFile(join(dir, 'x.html'), 'utf8');
    expect(page).not.toContain('<script>');
    expect(page).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(page).toContain('b &amp; c');
  });

  it('names the line of a bad timestamp, a missing column and a wrong encoding', async () => {
    await writeFile(
      join(dir, 'bad.csv'),
      'case_id,activity,ts\n1,a,2024-01-01\n1,b,2024-01-02\n2,a,yesterday\n',
    );
    const bad = await run(['analyze', '--events', 'bad.csv'], dir);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toContain('line 4, column "ts"');
    expect(bad.stderr).toContain('"yesterday"');

    await writeFile(join(dir, 'nocase.csv'), 'who,activity,ts\n1,a,2024-01-01\n');
    const missing = await run(['analyze', '--events', 'nocase.csv', '--lang', 'ru'], dir);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain('--case');

    await writeFile(
      join(dir, 'latin.csv'),
      Buffer.from('case_id,activity,ts\n1,caf\xe9 \xe0 la cr\xe8me \xfc\xf6,2024-01-01\n', 'latin1'),
    );
    const encoding = await run(['analyze', '--events', 'latin.csv'], dir);
    expect(encoding.code).toBe(1);
    expect(encoding.stderr).toContain('line 2');
    expect(encoding.stderr).toContain('UTF-8');
  });

  it('rejects a wrong --format as a usage error', async () => {
    const { code, stderr } = await run(['analyze', '--events', 'x.csv', '--format', 'pdf'], dir);
    expect(code).toBe(2);
    expect(stderr).toContain('json or html');
  });
});
