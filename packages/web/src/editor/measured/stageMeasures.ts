import type { MeasuredReport } from './measuredReport.ts';
import { MIN_N } from './measuredReport.ts';

/** What the data says about one stage of the map, for its header. */
export interface StageMeasure {
  /** Cases with an event in the stage. */
  reached: number;
  /** Cases whose journey ended here (no event for `churnAfterDays`). */
  quit: number;
  /** quit / reached; 0 when none reached it. */
  dropOff: number;
  /** Fewer than MIN_N cases reached the stage: the rate is too thin to act on. */
  weak: boolean;
  /** No case of the data reached the stage (no touchpoint matched, or nobody got there). */
  neverReached: boolean;
  /** Median time from entering this stage to entering the next stage of the map, with its n. */
  next?: { to: string; medianSeconds: number; n: number; weak: boolean };
}

/**
 * Reached cases, drop-off (quit / reached) and the median time to the next stage, per stage id of the map.
 * A stage the report does not know (added since the map was saved) gets nothing.
 */
export function stageMeasures(
  report: MeasuredReport,
  stageIds: readonly string[],
): Map<string, StageMeasure> {
  const out = new Map<string, StageMeasure>();
  const journey = report.journey;
  if (!journey) return out;
  stageIds.forEach((id, i) => {
    const drop = journey.dropOff.stages.find((s) => s.stage === id);
    if (!drop) return;
    const nextId = stageIds[i + 1];
    const time = journey.stageTimes.find((t) => t.from === id && t.to === nextId);
    const measure: StageMeasure = {
      reached: drop.reached,
      quit: drop.quit,
      dropOff: drop.reached > 0 ? drop.quit / drop.reached : 0,
      weak: drop.reached < MIN_N,
      neverReached: drop.reached === 0,
    };
    if (time && time.n > 0) {
      measure.next = { to: time.to, medianSeconds: time.medianSeconds, n: time.n, weak: time.n < MIN_N };
    }
    out.set(id, measure);
  });
  return out;
}
