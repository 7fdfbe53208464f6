import type { Moment } from './caseLog.ts';
import { DAY, toWorkingHours } from './clock.ts';
import { operatorNote, partnerComment } from './compose.ts';
import type { Random } from './random.ts';
import { DEMO_END_MS } from './scenario.ts';

/** One row of feedback.csv before formatting. */
export interface DemoFeedback {
  ms: number;
  source: 'customer' | 'operator';
  channel: string;
  caseId: string;
  text: string;
}

/**
 * Unprompted messages around a moment: partners write when something hurt (and now and then to thank us),
 * managers log complaints they heard (in working hours). A quarter of customer messages come without a case id,
 * as messages from a general mailbox or a review site do.
 */
export function feedbackAbout(
  moment: Moment,
  caseId: string,
  offsetMinutes: number,
  rng: Random,
): DemoFeedback[] {
  const out: DemoFeedback[] = [];
  const hurt = moment.negatives.length > 0 && moment.mood < 0;
  const digital = moment.person.digital;
  if (hurt ? rng.chance(0.22) : rng.chance(0.04)) {
    const sentiment = hurt ? 'negative' : 'positive';
    out.push({
      ms: moment.ms - rng.uniform(0.1, 0.9) * DAY,
      source: 'customer',
      channel: rng.chance(digital)
        ? rng.pick(['messenger', 'account', 'site'])
        : rng.pick(['email', 'phone']),
      caseId: rng.chance(0.75) ? caseId : '',
      text: partnerComment(sentiment, moment.negatives, moment.positives, rng),
    });
  }
  const noteMs = toWorkingHours(moment.ms - rng.uniform(0.5, 1.5) * DAY, offsetMinutes, rng);
  if (hurt && rng.chance(0.18) && noteMs <= DEMO_END_MS) {
    out.push({
      ms: noteMs,
      source: 'operator',
      channel: rng.pick(['phone', 'email', 'messenger']),
      caseId,
      text: operatorNote(rng.pick(moment.negatives), rng),
    });
  }
  return out;
}
