import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, it } from 'vitest';
import { writeSmallLog } from '../testing/smallJourney.ts';
import { caseListCases } from './contract/caseListCases.ts';
import { ingestCases } from './contract/ingestCases.ts';
import { periodCases, queryCases } from './contract/queryCases.ts';
import type { AnalyticsEngine, Dataset } from './engine.ts';

/** Cases an engine may not support yet, by test name, with the reason (skipped visibly). */
export type KnownGaps = Record<string, string>;

/**
 * The contract every AnalyticsEngine must meet: the same cases, hand-computed on the small journey
 * log (testing/smallJourney.ts), run against each engine.
 */
export function describeEngineContract(
  name: string,
  makeEngine: (dataDir: string) => AnalyticsEngine,
  gaps: KnownGaps = {},
): void {
  describe(`AnalyticsEngine contract: ${name}`, () => {
    let dir: string;
    let engine: AnalyticsEngine;
    let small: Dataset;
    const test = (title: string, body: () => Promise<void>) =>
      gaps[title] ? it.skip(`${title} (known gap: ${gaps[title]})`, body) : it(title, body);

    beforeAll(async () => {
      dir = await mkdtemp(join(tmpdir(), `tropa-contract-${name}-`));
      engine = makeEngine(join(dir, 'data'));
      await engine.createDataset('small', { events: { path: writeSmallLog(dir, 'csv') } });
      small = await engine.openDataset('small');
    });
    afterAll(async () => {
      await engine.close();
      await rm(dir, { recursive: true, force: true });
    });

    const context = {
      get dir() {
        return dir;
      },
      get engine() {
        return engine;
      },
      get small() {
        return small;
      },
      makeEngine,
      test,
    };
    ingestCases(context);
    queryCases(context);
    periodCases(context);
    caseListCases(context);
  });
}
