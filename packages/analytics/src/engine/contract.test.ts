import { DuckDbEngine } from '../duckdb/duckdbEngine.ts';
import { describeEngineContract } from './contract.ts';

// Every engine runs the same contract; a new engine adds one line here (with its known gaps).
describeEngineContract('duckdb', (dataDir) => new DuckDbEngine(dataDir));
// ClickHouse in-process (chdb) runs it in src/clickhouse/chdbContract.test.ts, which skips with a message
// when the optional chdb package is absent (and fails under CI=true); the server path (@clickhouse/client over
// HTTP, against ClickHouse's HTTP interface in front of chdb) in src/clickhouse/serverContract.test.ts.
