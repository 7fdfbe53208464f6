import { meanEstimate } from '@tropa/core';
import type { EmotionSection } from './textSection.ts';

/** One observation of how a partner felt at a stage: survey scores and/or a comment's sentiment. */
export interface EmotionObservation {
  stage: string;
  segment?: string | null;
  nps?: number | null;
  csat?: number | null;
  ces?: number | null;
  /** Comment sentiment −1..1. */
  sentiment?: number | null;
}

/**
 * One observation on the map's −2..+2 scale: NPS 0–10, CSAT 1–5 and CES 1–7 rescaled linearly
 * (midpoints to 0) and the comment's sentiment doubled, averaged over what is present.
 * @example emotionValue({ stage: 's', nps: 10, sentiment: -0.5 }) // (2 + -1) / 2 = 0.5
 */
export function emotionValue(o: EmotionObservation): number | undefined {
  const parts: number[] = [];
  if (typeof o.nps === 'number') parts.push((o.nps - 5) / 2.5);
  if (typeof o.csat === 'number') parts.push(o.csat - 3);
  if (typeof o.ces === 'number') parts.push(((o.ces - 4) * 2) / 3);
  if (typeof o.sentiment === 'number') parts.push(o.sentiment * 2);
  if (parts.length === 0) return undefined;
  return parts.reduce((a, b) => a + b, 0) / parts.length;
}

function point(values: readonly number[], minN: number) {
  if (values.length === 0) return { n: 0, value: null, low: null, high: null, weak: true };
  const mean = values.reduce((a, b) => a + b, 0) / values.length;
  const sd =
    values.length < 2 ? 0 : Math.sqrt(values.reduce((s, v) => s + (v - mean) ** 2, 0) / (values.length - 1));
  const e = meanEstimate({ n: values.length, mean, sd }, { minN });
  const clip = (x: number) =>
    Number.isFinite(x) ? Math.round(Math.min(2, Math.max(-2, x)) * 1000) / 1000 : null;
  return { n: e.n, value: clip(e.value), low: clip(e.low), high: clip(e.high), weak: e.weak };
}

/**
 * The measured emotion curve: per stage of the map (in map order) and per segment, the mean −2..+2 value
 * of the observations with its t interval, beside the designed value; stages below `minN` are weak.
 */
export function emotionCurve(
  observations: readonly EmotionObservation[],
  stages: readonly { id: string; designed: number | null }[],
  minN = 30,
): EmotionSection {
  const valued = observations.flatMap((o) => {
    const v = emotionValue(o);
    return v === undefined ? [] : [{ o, v }];
  });
  const isSurvey = (o: EmotionObservation) =>
    typeof o.nps === 'number' || typeof o.csat === 'number' || typeof o.ces === 'number';
  const segments = [...new Set(valued.map((x) => x.o.segment).filter((s): s is string => !!s))].sort();
  return {
    minN,
    stages: stages.map((s) => {
      const here = valued.filter((x) => x.o.stage === s.id);
      return {
        stage: s.id,
        designed: s.designed,
        measured: point(
          here.map((x) => x.v),
          minN,
        ),
        surveys: here.filter((x) => isSurvey(x.o)).length,
        comments: here.filter((x) => typeof x.o.sentiment === 'number').length,
      };
    }),
    segments: segments.map((segment) => ({
      segment,
      stages: stages.map((s) => ({
        stage: s.id,
        measured: point(
          valued.filter((x) => x.o.stage === s.id && x.o.segment === segment).map((x) => x.v),
          minN,
        ),
      })),
    })),
  };
}
