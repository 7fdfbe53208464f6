import { DuckDbEngine } from '../duckdb/duckdbEngine.ts';
import { describeEngineContract } from './contract.ts';

// Every engine runs the same contract; a new engine adds one line here (with its known gaps).
describeEngineContract('duckdb', (dataDir) => new DuckDbEngine(dataDir));
