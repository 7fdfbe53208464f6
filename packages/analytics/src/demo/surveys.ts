import type { Moment } from './caseLog.ts';
import { partnerComment, type Sentiment } from './compose.ts';
import type { Random } from './random.ts';
import { SURVEY_POINTS, SURVEY_RESPONSE_RATE } from './scenario.ts';

/** One row of surveys.csv before formatting. */
export interface DemoSurvey {
  ms: number;
  stage: string;
  touchpoint: string;
  nps: number | undefined;
  csat: number | undefined;
  ces: number | undefined;
  comment: string;
}

function clampP(p: number): number {
  return Math.min(0.95, Math.max(0.02, p));
}

/** 0–10 by NPS group: promoters grow with the mood, detractors shrink (mood 0 → NPS about +10). */
export function npsScore(mood: number, rng: Random): number {
  const pro = clampP(0.38 + 0.42 * mood);
  const det = clampP(0.27 - 0.36 * mood);
  const x = rng.next() * Math.max(1, pro + det);
  if (x < pro) return rng.chance(0.5 + 0.3 * Math.max(0, mood)) ? 10 : 9;
  if (x < pro + det) return Number(rng.weighted({ 0: 3, 1: 2, 2: 4, 3: 8, 4: 16, 5: 28, 6: 39 }));
  return rng.chance(0.55) ? 8 : 7;
}

/** 1–5: satisfied (4–5) with a chance that grows with the mood. */
export function csatScore(mood: number, rng: Random): number {
  if (rng.chance(clampP(0.72 + 0.45 * mood))) return rng.chance(0.45 + 0.3 * mood) ? 5 : 4;
  return Number(rng.weighted({ 1: 15, 2: 30, 3: 55 }));
}

/** 1–7, higher is easier (the map's CES KPI is "higher is better"). */
export function cesScore(mood: number, rng: Random): number {
  return Math.min(7, Math.max(1, Math.round(4.7 + 1.9 * mood + 0.9 * rng.normal())));
}

function sentimentOf(s: Pick<DemoSurvey, 'nps' | 'csat' | 'ces'>): Sentiment {
  if (s.nps !== undefined) return s.nps <= 6 ? 'negative' : s.nps >= 9 ? 'positive' : 'mixed';
  if (s.csat !== undefined) return s.csat <= 2 ? 'negative' : s.csat >= 4 ? 'positive' : 'mixed';
  if (s.ces !== undefined) return s.ces <= 3 ? 'negative' : s.ces >= 5 ? 'positive' : 'mixed';
  return 'mixed';
}

/**
 * The survey answer of a moment, if the partner answers: scores from the moment's mood plus personal noise,
 * and often a comment whose tone follows the scores and whose subject is what the partner lived through.
 */
export function surveyAnswer(moment: Moment, rng: Random): DemoSurvey | undefined {
  const questions = SURVEY_POINTS[moment.stage];
  if (!questions) return undefined;
  // Partners answer operation surveys less often: they get one after every support contact.
  const rate = moment.stage === 's-operation' ? SURVEY_RESPONSE_RATE * 0.6 : SURVEY_RESPONSE_RATE;
  if (!rng.chance(rate)) return undefined;
  const mood = moment.mood + 0.3 * rng.normal();
  const scores = {
    nps: questions.nps ? npsScore(mood, rng) : undefined,
    csat: questions.csat ? csatScore(mood, rng) : undefined,
    ces: questions.ces ? cesScore(mood, rng) : undefined,
  };
  const sentiment = sentimentOf(scores);
  const writes = rng.chance(sentiment === 'negative' ? 0.75 : sentiment === 'positive' ? 0.5 : 0.4);
  return {
    ms: moment.ms,
    stage: moment.stage,
    touchpoint: moment.touchpoint,
    ...scores,
    comment: writes ? partnerComment(sentiment, moment.negatives, moment.positives, rng) : '',
  };
}
