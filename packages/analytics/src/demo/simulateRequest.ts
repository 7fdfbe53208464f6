import { type CaseLog, clamp01, type Moment, type Topic } from './caseLog.ts';
import { DAY, HOUR, toWorkingHours } from './clock.ts';
import { actor, type Person } from './population.ts';
import {
  DEMO_END_MS,
  DEMO_START_MS,
  OFFER_HOURS_MEDIAN,
  OFFER_SLA_STARTED_MS,
  PRICELIST_DONE_MS,
  QUIT_CHANCE,
  REPEAT_CALL_AFTER_HOURS,
} from './scenario.ts';

/** What the request stage left behind for the rest of the deal. */
export interface RequestOutcome {
  requestMs: number;
  offerHours: number;
  requester: Person;
  /** The survey moment of the request, taken once the offer is sent. */
  moment: Omit<Moment, 'ms'>;
}

/**
 * First contact (site, catalogue) and the request for a price or an offer, with the wait for the answer and the
 * repeat contacts it causes. Returns undefined when the partner quit or the data ended first.
 */
export function simulateRequest(log: CaseLog): RequestOutcome | undefined {
  const { rng, company } = log;
  const work = (ms: number) => toWorkingHours(ms, company.offsetMinutes, rng);
  // First contacts spread over the two years; the last weeks still see new partners.
  let t = DEMO_START_MS + rng.next() * (DEMO_END_MS - DEMO_START_MS - 14 * DAY);

  // s-aware: the site and the catalogue.
  const browser = actor(
    company,
    rng.chance(0.6) ? ['technologist', 'chief-engineer'] : ['chief-engineer'],
    rng,
  );
  const visits = 1 + rng.poisson(1.3);
  for (let i = 0; i < visits; i++) {
    if (!log.emit('site_visit', 'site', browser, t)) return undefined;
    if (rng.chance(0.75) && !log.emit('catalog_view', 'site', browser, t + rng.uniform(2, 40) * 60_000))
      return;
    t += rng.exponential(2.5 * DAY);
  }
  if (rng.chance(QUIT_CHANCE.aware)) return quit(log, 's-aware');

  // s-request: before the price list partners must ask for prices; after it they mostly see them.
  t = work(t + rng.exponential(4 * DAY));
  const withPricelist = t >= PRICELIST_DONE_MS;
  const requester = actor(company, ['procurement', 'chief-engineer'], rng);
  if (rng.chance(withPricelist ? 0.15 : 0.6)) {
    if (!log.emit('price_request', 'site', requester, t)) return;
    t = work(t + rng.uniform(1, 30) * HOUR);
  }
  const byForm = rng.chance(requester.digital);
  const requestMs = t;
  if (
    !log.emit(
      byForm ? 'request_form_sent' : 'call_inbound',
      byForm ? pick(['account', 'account', 'site']) : 'phone',
      requester,
      t,
    )
  )
    return;
  const median =
    t >= OFFER_SLA_STARTED_MS
      ? OFFER_HOURS_MEDIAN.afterSla
      : withPricelist
        ? OFFER_HOURS_MEDIAN.afterPricelist
        : OFFER_HOURS_MEDIAN.beforePricelist;
  const offerHours = Math.max(2, rng.logNormal(median, 0.55));
  let responseMs = requestMs + Math.min(offerHours, rng.uniform(2, 20)) * HOUR;
  if (rng.chance(0.6)) {
    responseMs = work(responseMs);
    if (!log.emit('manager_call', 'phone', requester, responseMs)) return;
  }
  // No answer for a day and more: the partner chases the request on another channel (a repeat contact).
  const repeatCall = byForm && offerHours > REPEAT_CALL_AFTER_HOURS && rng.chance(0.55);
  if (repeatCall) {
    const callMs = requestMs + rng.uniform(4, Math.min(44, offerHours - 1)) * HOUR;
    if (!log.emit('call_inbound', 'phone', requester, callMs)) return;
  }
  const negatives: Topic[] = [];
  const positives: Topic[] = ['manager-good'];
  if (!withPricelist) negatives.push('prices');
  else positives.push('prices-available');
  if (offerHours > 48) negatives.push('slow-offer');
  if (offerHours < 24) positives.push('fast-offer');
  if (repeatCall) negatives.push('repeat-contact');
  const requestMood =
    (withPricelist ? 0.22 : -0.15) -
    0.35 * clamp01((offerHours - 24) / 96) +
    (offerHours < 24 ? 0.1 : 0) -
    (repeatCall ? 0.15 : 0);
  const quitsAtRequest = rng.chance(
    (withPricelist ? QUIT_CHANCE.requestAfterPricelist : QUIT_CHANCE.requestBeforePricelist) *
      (offerHours > 96 ? 1.3 : 1),
  );
  const touchpoint = byForm ? 't-request-form' : 't-sales-call';
  if (quitsAtRequest) {
    log.moment({
      stage: 's-request',
      touchpoint,
      ms: responseMs + DAY,
      person: requester,
      mood: requestMood - 0.2,
      negatives,
      positives,
    });
    return quit(log, 's-request');
  }
  return {
    requestMs,
    offerHours,
    requester,
    moment: { stage: 's-request', touchpoint, person: requester, mood: requestMood, negatives, positives },
  };

  function pick<T>(items: readonly T[]): T {
    return rng.pick(items);
  }
}

function quit(log: CaseLog, stage: 's-aware' | 's-request'): undefined {
  log.quit(stage);
  return undefined;
}
