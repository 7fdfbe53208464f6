import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { JourneyRules } from '../../mapping/journeyRules.ts';
import { DuckDbEngine } from '../duckdbEngine.ts';

// The funnel scans each case's encoded, sorted events in one pass; a plain step-by-step reference over
// random logs (skips, loops back, equal times) checks that shortcut.
const STAGES = 5;
const journey: JourneyRules = {
  stages: Array.from({ length: STAGES }, (_, s) => ({ id: `s${s}`, name: `S${s}` })),
  touchpoints: Array.from({ length: STAGES }, (_, s) => ({
    id: `t${s}`,
    name: `T${s}`,
    stage: `s${s}`,
    rules: [{ activity: [`a${s}`] }],
  })),
};

type Ev = { stage: number; hour: number };
const logArb = fc.array(
  fc.array(fc.record({ stage: fc.integer({ min: 0, max: STAGES }), hour: fc.integer({ min: 0, max: 60 }) }), {
    minLength: 1,
    maxLength: 12,
  }),
  {
    minLength: 1,
    maxLength: 60,
  },
);

/** Step k at the first stage-k event at or after step k−1, within `windowHours` of step 0. */
function referenceFunnel(cases: Ev[][], windowHours: number | null): number[] {
  const reached = Array<number>(STAGES).fill(0);
  for (const events of cases) {
    let prev: number | null = null;
    let t0 = 0;
    for (let k = 0; k < STAGES; k++) {
      const times = events
        .filter((e) => e.stage === k && (prev === null || e.hour >= prev))
        .map((e) => e.hour);
      const t = times.length ? Math.min(...times) : null;
      if (t === null || (k > 0 && windowHours !== null && t - t0 > windowHours)) break;
      if (k === 0) t0 = t;
      prev = t;
      reached[k] = (reached[k] ?? 0) + 1;
    }
  }
  return reached;
}

let dir: string;
let engine: DuckDbEngine;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'tropa-funnel-'));
  engine = new DuckDbEngine(dir);
});
afterAll(async () => {
  await engine.close();
  await rm(dir, { recursive: true, force: true });
});

it('the funnel equals a step-by-step reference on random logs (seeded)', async () => {
  let run = 0;
  await fc.assert(
    fc.asyncProperty(
      logArb,
      fc.option(fc.integer({ min: 0, max: 30 }), { nil: null }),
      async (cases, windowHours) => {
        const lines = ['case_id,activity,ts'];
        cases.forEach((events, c) => {
          for (const e of events) {
            // Stage STAGES is an activity no touchpoint matches.
            const hh = String(e.hour % 24).padStart(2, '0');
            lines.push(
              `c${c},a${e.stage},2024-01-${String(1 + Math.floor(e.hour / 24)).padStart(2, '0')}T${hh}:00:00Z`,
            );
          }
        });
        const path = join(dir, `log${run}.csv`);
        await writeFile(path, `${lines.join('\n')}\n`);
        const id = `f${run++}`;
        await engine.createDataset(id, { events: { path } });
        const dataset = await engine.openDataset(id);
        const result = await dataset.run({
          kind: 'funnel',
          journey,
          ...(windowHours === null ? {} : { windowDays: windowHours / 24 }),
        });
        await engine.deleteDataset(id);
        expect(result.steps.map((s) => s.cases)).toEqual(referenceFunnel(cases, windowHours));
      },
    ),
    { seed: 20261123, numRuns: 25 },
  );
});
