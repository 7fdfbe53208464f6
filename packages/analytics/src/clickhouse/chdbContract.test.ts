import { describe, it } from 'vitest';
import { describeEngineContract } from '../engine/contract.ts';
import { loadChdb } from './chdbConnection.ts';
import { ClickHouseEngine } from './clickhouseEngine.ts';

const chdb = await loadChdb();
if (chdb) {
  describeEngineContract('chdb', (dataDir) => ClickHouseEngine.chdb(dataDir));
} else if (process.env.CI === 'true') {
  describe('chdb', () =>
    it('is installed in CI (.ci/run installs it)', () => {
      throw new Error('chdb is missing: npm i --no-save chdb@3.4.0');
    }));
} else {
  describe.skip('AnalyticsEngine contract: chdb (chdb is not installed: npm i --no-save chdb@3.4.0)', () => {
    it('runs the contract', () => {});
  });
}
