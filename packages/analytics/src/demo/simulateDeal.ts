import { type CaseLog, clamp01, type Topic } from './caseLog.ts';
import { DAY, HOUR, toWorkingHours } from './clock.ts';
import { actor } from './population.ts';
import {
  DEMO_END_MS,
  DEMO_START_MS,
  OFFER_HOURS_MEDIAN,
  OFFER_SLA_STARTED_MS,
  PRICELIST_DONE_MS,
  QUIT_CHANCE,
  REPEAT_CALL_AFTER_HOURS,
} from './scenario.ts';

/**
 * From first contact to a signed and paid contract. Returns the time the deal was paid, or undefined when
 * the partner quit or the data ended first.
 */
export function simulateDeal(log: CaseLog): number | undefined {
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

  // s-proposal: the offer, its reading, the answer and the bargaining.
  t = work(requestMs + offerHours * HOUR);
  if (!log.emit('offer_sent', 'email', requester, t)) return;
  log.moment({
    stage: 's-request',
    touchpoint,
    ms: t + DAY,
    person: requester,
    mood: requestMood,
    negatives,
    positives,
  });
  if (
    rng.chance(requester.digital * 0.9) &&
    !log.emit('offer_viewed', 'account', requester, t + rng.uniform(0.5, 20) * HOUR)
  )
    return;
  const offerDays = offerHours / 24;
  const incomplete = rng.chance(0.3);
  if (
    rng.chance(
      Math.min(QUIT_CHANCE.proposalCap, QUIT_CHANCE.proposalBase + QUIT_CHANCE.proposalPerDay * offerDays),
    )
  ) {
    return quit(log, 's-proposal');
  }
  t = work(t + Math.max(1, rng.logNormal(30, 0.6)) * HOUR);
  if (!log.emit('offer_answered', rng.chance(requester.digital * 0.5) ? 'messenger' : 'email', requester, t))
    return;
  const bargainer = actor(company, rng.chance(0.5) ? ['director'] : ['procurement'], rng);
  for (let i = rng.poisson(0.9); i > 0; i--) {
    t = work(t + rng.uniform(4, 72) * HOUR);
    if (!log.emit('negotiation_call', 'phone', bargainer, t)) return;
  }
  log.moment({
    stage: 's-proposal',
    touchpoint: 't-offer',
    ms: t + DAY,
    person: requester,
    mood: 0.15 - (incomplete ? 0.3 : 0) - (offerDays > 4 ? 0.2 : 0),
    negatives: incomplete ? ['offer-incomplete'] : offerDays > 4 ? ['slow-offer'] : [],
    positives: ['manager-good', ...(offerDays < 1 ? (['fast-offer'] as const) : [])],
  });

  // s-contract: drafts and redlines by e-mail, approval, e-signature, prepayment.
  const lawyer = actor(company, ['procurement', 'director'], rng);
  const rounds = 1 + rng.poisson(0.8);
  for (let r = 0; r < rounds; r++) {
    t = work(t + rng.logNormal(r === 0 ? 2 : 4, 0.5) * DAY);
    if (!log.emit('contract_draft_sent', 'email', lawyer, t)) return;
  }
  const contractMood = 0.1 - 0.2 * (rounds - 1);
  if (rng.chance(QUIT_CHANCE.contract + QUIT_CHANCE.contractPerExtraRound * (rounds - 1))) {
    log.moment({
      stage: 's-contract',
      touchpoint: 't-contract-approval',
      ms: t + 5 * DAY,
      person: lawyer,
      mood: contractMood - 0.25,
      negatives: ['contract'],
      positives: [],
    });
    return quit(log, 's-contract');
  }
  t = work(t + rng.logNormal(3, 0.6) * DAY);
  const director = actor(company, ['director'], rng);
  if (!log.emit('contract_approved', 'email', lawyer, t)) return;
  t = work(t + rng.uniform(0.2, 3) * DAY);
  if (!log.emit('contract_signed', 'account', director, t)) return;
  const financier = actor(company, ['financier', 'director'], rng);
  t = work(t + rng.uniform(1, 10) * DAY);
  if (!log.emit('invoice_paid', 'email', financier, t)) return;
  log.moment({
    stage: 's-contract',
    touchpoint: 't-contract-approval',
    ms: t + DAY,
    person: lawyer,
    mood: contractMood,
    negatives:
      rounds > 1
        ? ['contract', ...(rng.chance(0.3) ? (['prepayment'] as const) : [])]
        : rng.chance(0.3)
          ? ['prepayment']
          : [],
    positives: rounds === 1 ? ['contract-smooth'] : [],
  });
  return t;

  function pick<T>(items: readonly T[]): T {
    return rng.pick(items);
  }
}

function quit(log: CaseLog, stage: 's-aware' | 's-request' | 's-proposal' | 's-contract'): undefined {
  log.quit(stage);
  return undefined;
}
