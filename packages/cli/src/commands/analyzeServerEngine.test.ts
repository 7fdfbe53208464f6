import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CHDB_VERSION, isChdbInstalled, startChdbHttpServer } from '@tropa/analytics';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../main.ts';

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

async function analyze(args: string[], cwd: string): Promise<Record<string, unknown>> {
  let stdout = '';
  let stderr = '';
  const code = await main(['analyze', ...args], {
    cwd,
    env: {},
    stdout: (s) => {
      stdout += s;
    },
    stderr: (s) => {
      stderr += s;
    },
  });
  expect(stderr).toBe('');
  expect(code).toBe(0);
  const { generatedAt: _, ...report } = JSON.parse(stdout) as Record<string, unknown>;
  return report;
}

/** Numbers to 10 significant digits: the engines sum floating-point times in different orders. */
function rounded(value: unknown): unknown {
  if (typeof value === 'number') return Number(value.toPrecision(10));
  if (Array.isArray(value)) return value.map(rounded);
  if (value && typeof value === 'object')
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, rounded(v)]));
  return value;
}

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
