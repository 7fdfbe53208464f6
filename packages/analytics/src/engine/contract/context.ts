import type { AnalyticsEngine, Dataset } from '../engine.ts';

/** What the contract's cases share: set up once per engine by describeEngineContract. */
export interface ContractContext {
  /** A scratch directory for input files; the engine's data lives in `<dir>/data`. */
  readonly dir: string;
  readonly engine: AnalyticsEngine;
  /** The small journey log (testing/smallJourney.ts) ingested from CSV as dataset `small`. */
  readonly small: Dataset;
  makeEngine(dataDir: string): AnalyticsEngine;
  /** Declares a case, skipped with its reason when the engine lists it as a known gap. */
  test(title: string, body: () => Promise<void>): void;
}
