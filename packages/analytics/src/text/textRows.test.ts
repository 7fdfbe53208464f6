import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DuckDbEngine } from '../duckdb/duckdbEngine.ts';
import type { Dataset } from '../engine/engine.ts';
import { SMALL_EVENTS, SMALL_JOURNEY, toCsv } from '../testing/smallJourney.ts';

// c1: aware 01-01 10:00, request 01-02 10:00, contract 01-10 10:00 (see testing/smallJourney.ts).
const FEEDBACK = `ts,source,channel,case_id,text
2023-12-31T10:00:00Z,customer,email,c1,before anything
2024-01-01T11:00:00Z,customer,phone,c1,first day
2024-01-05T10:00:00Z,operator,email,c1,waiting for the contract
2024-01-11T10:00:00Z,customer,site,c1,after signing
2024-01-05T10:00:00Z,customer,site,,no case
2024-01-05T10:00:00Z,customer,site,zz,unknown case
`;
const SURVEYS = `case_id,ts,stage,nps,comment
c1,2024-01-03T00:00:00Z,,9,fine
c4,2024-05-21T00:00:00Z,s-contract,3,
`;

describe('textRows query', () => {
  const dir = mkdtempSync(join(tmpdir(), 'tropa-text-rows-'));
  let engine: DuckDbEngine;
  let dataset: Dataset;
  beforeAll(async () => {
    writeFileSync(join(dir, 'events.csv'), toCsv(SMALL_EVENTS));
    writeFileSync(join(dir, 'feedback.csv'), FEEDBACK);
    writeFileSync(join(dir, 'surveys.csv'), SURVEYS);
    engine = new DuckDbEngine(join(dir, 'db'));
    await engine.createDataset('t', {
      events: { path: join(dir, 'events.csv') },
      feedback: { path: join(dir, 'feedback.csv') },
      surveys: { path: join(dir, 'surveys.csv') },
    });
    dataset = await engine.openDataset('t');
  });
  afterAll(async () => {
    await engine.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it("gives each message the stage its case was in at that moment, and the case's segment", async () => {
    const r = await dataset.run({ kind: 'textRows', journey: SMALL_JOURNEY, segmentBy: 'age_group' });
    expect(r.feedback.map((f) => [f.text, f.caseStage, f.segment])).toEqual([
      ['before anything', null, '25-34'],
      ['first day', 's-aware', '25-34'],
      ['waiting for the contract', 's-request', '25-34'],
      ['after signing', 's-contract', '25-34'],
      ['no case', null, null],
      ['unknown case', null, null],
    ]);
    expect(r.feedback[2]).toMatchObject({ source: 'operator', channel: 'email', caseId: 'c1' });
    expect(r.surveys.map((s) => [s.stage, s.caseStage, s.nps, s.comment])).toEqual([
      [null, 's-request', 9, 'fine'],
      ['s-contract', 's-request', 3, null],
    ]);
  });

  it('reads the rows without a map, stages unknown', async () => {
    const r = await dataset.run({ kind: 'textRows' });
    expect(r.feedback).toHaveLength(6);
    expect(r.feedback.every((f) => f.caseStage === null)).toBe(true);
  });
});

describe('textRows query, feedback without a case_id column', () => {
  const dir = mkdtempSync(join(tmpdir(), 'tropa-text-rows-nocase-'));
  let engine: DuckDbEngine;
  let dataset: Dataset;
  beforeAll(async () => {
    writeFileSync(join(dir, 'events.csv'), toCsv(SMALL_EVENTS));
    writeFileSync(
      join(dir, 'feedback.csv'),
      'ts,source,channel,text\n2024-01-05T10:00:00Z,customer,site,slow answer\n2024-01-06T10:00:00Z,operator,email,asks for prices\n',
    );
    engine = new DuckDbEngine(join(dir, 'db'));
    await engine.createDataset('t', {
      events: { path: join(dir, 'events.csv') },
      feedback: { path: join(dir, 'feedback.csv') },
    });
    dataset = await engine.openDataset('t');
  });
  afterAll(async () => {
    await engine.close();
    rmSync(dir, { recursive: true, force: true });
  });

  // Regression: the missing column was typed as an integer and the join to case ids failed.
  it('reads every message with no case and no stage', async () => {
    const r = await dataset.run({ kind: 'textRows', journey: SMALL_JOURNEY });
    expect(r.feedback.map((f) => [f.text, f.caseId, f.caseStage])).toEqual([
      ['slow answer', null, null],
      ['asks for prices', null, null],
    ]);
  });
});
