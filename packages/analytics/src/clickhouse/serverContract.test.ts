import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, it } from 'vitest';
import { describeEngineContract } from '../engine/contract.ts';
import { loadChdb } from './chdbConnection.ts';
import { ClickHouseEngine } from './clickhouseEngine.ts';
import { startChdbHttpServer } from './testing/chdbHttpServer.ts';

// The server path (@clickhouse/client over HTTP) runs the contract against ClickHouse's HTTP interface
// served in front of chdb (testing/chdbHttpServer.ts): no ClickHouse server can be installed here.
const chdb = await loadChdb();
if (chdb) {
  const dir = mkdtempSync(join(tmpdir(), 'tropa-chhttp-'));
  const server = await startChdbHttpServer({ dataDir: dir, user: 'tropa', password: 'p@ss:w/rd' });
  afterAll(async () => {
    await server.close();
    rmSync(dir, { recursive: true, force: true });
  });
  describeEngineContract('clickhouse over HTTP', (dataDir) =>
    ClickHouseEngine.server(server.engineUrl, dataDir),
  );
  describe('ClickHouse HTTP front', () => {
    it('refuses a wrong password with ClickHouse error 516', async () => {
      const wrong = server.engineUrl.replace(/:[^:@]+@/, ':wrong@');
      const engine = ClickHouseEngine.server(wrong, dir);
      await expectRejects(engine.hasDataset('small'), /Authentication failed/);
      await engine.close();
    });
  });
} else if (process.env.CI === 'true') {
  describe('clickhouse over HTTP', () =>
    it('is run in CI (.ci/run installs chdb)', () => {
      throw new Error('chdb is missing: npm i --no-save chdb@3.4.0');
    }));
} else {
  describe.skip('AnalyticsEngine contract: clickhouse over HTTP (chdb is not installed: npm i --no-save chdb@3.4.0)', () => {
    it('runs the contract', () => {});
  });
}

async function expectRejects(promise: Promise<unknown>, pattern: RegExp): Promise<void> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  if (!(error instanceof Error) || !pattern.test(error.message))
    throw new Error(`Expected a rejection matching ${pattern}, got ${String(error)}`);
}
