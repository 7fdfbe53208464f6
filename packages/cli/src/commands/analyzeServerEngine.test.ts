import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CHDB_VERSION, isChdbInstalled, startChdbHttpServer } from '@tropa/analytics';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { analyzeReport as analyze, rounded } from './analyzeReport.testing.ts';

// `--engine clickhouse://…` goes through @clickhouse/client over HTTP; the server is ClickHouse's HTTP
// interface in front of chdb (no ClickHouse server can be installed on our machines).
const repo = resolve(dirname(fileURLToPath(import.meta.url)), '../../../..');
const dataDir = process.env.TROPA_DATA_DIR ?? resolve(repo, '../shared/data');
const log = join(dataDir, 'sepsis/sepsis.csv');
const ci = process.env.CI === 'true';
const chdb = await isChdbInstalled();
if (ci && !chdb) throw new Error(`chdb is missing under CI: npm i --no-save chdb@${CHDB_VERSION}`);
if (ci && !existsSync(log)) throw new Error(`Test data missing under CI: ${log}`);
const skip = !chdb
  ? `chdb is not installed (npm i --no-save chdb@${CHDB_VERSION})`
  : !existsSync(log)
    ? `test data not found: ${log} (set TROPA_DATA_DIR)`
    : null;
if (skip) console.warn(`SKIPPED: tropa analyze --engine clickhouse://: ${skip}`);

describe.skipIf(skip !== null)(
  'tropa analyze --engine clickhouse://… gives the default engine’s report',
  () => {
    let dir: string;
    let server: Awaited<ReturnType<typeof startChdbHttpServer>>;
    beforeAll(async () => {
      dir = await mkdtemp(join(tmpdir(), 'tropa-chserver-'));
      server = await startChdbHttpServer({ dataDir: join(dir, 'server'), user: 'tropa', password: 's3cret' });
    });
    afterAll(async () => {
      await server?.close();
      await rm(dir, { recursive: true, force: true });
    });

    it('sepsis/sepsis.csv', async () => {
      const args = ['--events', log];
      const duckdb = await analyze(args, dir);
      const before = server.statements;
      const clickhouse = await analyze([...args, '--engine', server.engineUrl], dir);
      expect(server.statements - before).toBeGreaterThan(10);
      expect(rounded(clickhouse)).toEqual(rounded(duckdb));
    }, 120_000);
  },
);
