import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CHDB_VERSION, isChdbInstalled, writeDemo } from '@tropa/analytics';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../main.ts';
import { analyzeReport as analyze, rounded } from './analyzeReport.testing.ts';

const repo = resolve(dirname(fileURLToPath(import.meta.url)), '../../../..');
const dataDir = process.env.TROPA_DATA_DIR ?? resolve(repo, '../shared/data');
const logs = [
  { file: 'receipt-wabo/receipt.csv.gz', args: ['--segment', 'case:group'] },
  { file: 'sepsis/sepsis.csv', args: [] },
];
const ci = process.env.CI === 'true';
const chdb = await isChdbInstalled();
const missing = logs.map((l) => join(dataDir, l.file)).filter((p) => !existsSync(p));
if (ci && !chdb) throw new Error(`chdb is missing under CI: npm i --no-save chdb@${CHDB_VERSION}`);
if (ci && missing.length) throw new Error(`Test data missing under CI: ${missing.join(', ')}`);
const skip = !chdb
  ? `chdb is not installed (npm i --no-save chdb@${CHDB_VERSION})`
  : missing.length
    ? `test data not found: ${missing.join(', ')} (set TROPA_DATA_DIR)`
    : null;
if (skip) console.warn(`SKIPPED: tropa analyze --engine chdb: ${skip}`);

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'tropa-engines-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe.skipIf(skip !== null)('tropa analyze --engine chdb gives the default engine’s report', () => {
  for (const log of logs) {
    it(log.file, async () => {
      const args = ['--events', join(dataDir, log.file), ...log.args];
      const duckdb = await analyze(args, dir);
      const clickhouse = await analyze([...args, '--engine', 'chdb'], dir);
      expect(rounded(clickhouse)).toEqual(rounded(duckdb));
    }, 60_000);
  }
});

describe.skipIf(!chdb)('tropa analyze --engine chdb with a journey map, surveys and feedback', () => {
  it('gives the default engine’s report on the demo data (journey, KPIs, segments, text)', async () => {
    const demo = join(dir, 'demo');
    await writeDemo(demo, { cases: 300 });
    const map = join(repo, 'examples/b2b-partner-journey/ru/partner-journey.yaml');
    const args = ['--events', 'events.csv', '--journey', map, '--surveys', 'surveys.csv'];
    const withFeedback = [...args, '--feedback', 'feedback.csv', '--segment', 'age_group'];
    const duckdb = await analyze(withFeedback, demo);
    const clickhouse = await analyze([...withFeedback, '--engine', 'chdb'], demo);
    expect(Object.keys(clickhouse)).toEqual(expect.arrayContaining(['journey', 'kpis', 'segments', 'text']));
    expect(rounded(clickhouse)).toEqual(rounded(duckdb));
  }, 60_000);
});

describe('tropa analyze --engine', () => {
  it('refuses an unknown engine with usage exit code 2', async () => {
    let stderr = '';
    const code = await main(['analyze', '--events', 'x.csv', '--engine', 'oracle'], {
      cwd: dir,
      env: {},
      stdout: () => {},
      stderr: (s) => {
        stderr += s;
      },
    });
    expect(code).toBe(2);
    expect(stderr).toContain('clickhouse://USER:PASSWORD@HOST:8123/DB');
  });
});
