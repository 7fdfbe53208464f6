import { CaseLog, type DemoEvent } from './caseLog.ts';
import { formatLocal } from './clock.ts';
import { toCsv } from './csv.ts';
import { type DemoFeedback, feedbackAbout } from './feedback.ts';
import { makeCompany } from './population.ts';
import { Random } from './random.ts';
import { DEFAULT_DEMO_CASES, DEFAULT_DEMO_SEED, type StageId } from './scenario.ts';
import { simulateAfterSale } from './simulateAfterSale.ts';
import { simulateDeal } from './simulateDeal.ts';
import { type DemoSurvey, surveyAnswer } from './surveys.ts';

export interface DemoOptions {
  /** Same seed, same files (default 42). */
  seed?: number;
  /** Number of partner companies (default 2,000). */
  cases?: number;
}

type Located<T> = T & { caseId: string; offsetMinutes: number };

/** The generated data set, in memory, with the designed truth the files come from. */
export interface DemoDataset {
  seed: number;
  cases: number;
  events: DemoEvent[];
  surveys: Located<DemoSurvey>[];
  feedback: Located<DemoFeedback>[];
  /** The stage each partner quit at, by case id; absent for partners still with us at the end. */
  quitStage: Map<string, StageId>;
}

/** Streams of the per-company random generators: each part draws from its own, so parts stay independent. */
const STREAM = { story: 0, survey: 1, feedback: 2 } as const;

/**
 * Generates the demo data set for the example map examples/b2b-partner-journey/ru/partner-journey.yaml:
 * seeded and deterministic, made up by Tropa (no real data).
 */
export function generateDemo(options: DemoOptions = {}): DemoDataset {
  const seed = options.seed ?? DEFAULT_DEMO_SEED;
  const cases = options.cases ?? DEFAULT_DEMO_CASES;
  if (!Number.isInteger(seed) || seed < 0)
    throw new RangeError(`seed must be a non-negative integer, got ${seed}`);
  if (!Number.isInteger(cases) || cases < 1)
    throw new RangeError(`cases must be a positive integer, got ${cases}`);
  const dataset: DemoDataset = { seed, cases, events: [], surveys: [], feedback: [], quitStage: new Map() };
  for (let i = 1; i <= cases; i++) {
    const story = Random.forItem(seed, STREAM.story, i);
    const log = new CaseLog(makeCompany(i, story), story);
    const paidMs = simulateDeal(log);
    if (paidMs !== undefined) simulateAfterSale(log, paidMs);
    if (log.quitStage) dataset.quitStage.set(log.company.id, log.quitStage);
    dataset.events.push(...log.events);
    const located = { caseId: log.company.id, offsetMinutes: log.company.offsetMinutes };
    const surveyRng = Random.forItem(seed, STREAM.survey, i);
    const feedbackRng = Random.forItem(seed, STREAM.feedback, i);
    for (const moment of log.moments) {
      const answer = surveyAnswer(moment, surveyRng);
      if (answer) dataset.surveys.push({ ...answer, ...located });
      for (const f of feedbackAbout(moment, log.company.id, log.company.offsetMinutes, feedbackRng))
        dataset.feedback.push({ ...f, ...located });
    }
  }
  // An export is ordered by time, not by partner; ties keep generation order (Array.prototype.sort is stable).
  dataset.events.sort((a, b) => a.ms - b.ms);
  dataset.surveys.sort((a, b) => a.ms - b.ms);
  dataset.feedback.sort((a, b) => a.ms - b.ms);
  return dataset;
}

export const EVENTS_HEADER = [
  'case_id',
  'person_id',
  'ts',
  'activity',
  'channel',
  'role',
  'age_group',
  'region',
  'segment',
] as const;
export const SURVEYS_HEADER = [
  'case_id',
  'ts',
  'stage',
  'touchpoint',
  'nps',
  'csat',
  'ces',
  'comment',
] as const;
export const FEEDBACK_HEADER = ['ts', 'source', 'channel', 'case_id', 'text'] as const;

/** The three CSV files of a data set, by file name. */
export function demoCsvFiles(d: DemoDataset): Record<'events.csv' | 'surveys.csv' | 'feedback.csv', string> {
  return {
    'events.csv': toCsv(
      EVENTS_HEADER,
      d.events.map((e) => [
        e.caseId,
        e.person.id,
        formatLocal(e.ms, e.company.offsetMinutes),
        e.activity,
        e.channel,
        e.person.role,
        e.person.ageGroup,
        e.company.region,
        e.company.segment,
      ]),
    ),
    'surveys.csv': toCsv(
      SURVEYS_HEADER,
      d.surveys.map((s) => [
        s.caseId,
        formatLocal(s.ms, s.offsetMinutes),
        s.stage,
        s.touchpoint,
        s.nps,
        s.csat,
        s.ces,
        s.comment,
      ]),
    ),
    'feedback.csv': toCsv(
      FEEDBACK_HEADER,
      d.feedback.map((f) => [formatLocal(f.ms, f.offsetMinutes), f.source, f.channel, f.caseId, f.text]),
    ),
  };
}
