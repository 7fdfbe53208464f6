import type { CaseLog } from './caseLog.ts';
import { DAY, HOUR, toWorkingHours } from './clock.ts';
import { actor } from './population.ts';
import { QUIT_CHANCE } from './scenario.ts';
import { simulateRequest } from './simulateRequest.ts';

/**
 * From first contact to a signed and paid contract: the request (simulateRequest), then the offer, the
 * bargaining and the contract. Returns the time the deal was paid, or undefined when the partner quit or the
 * data ended first.
 */
export function simulateDeal(log: CaseLog): number | undefined {
  const { rng, company } = log;
  const work = (ms: number) => toWorkingHours(ms, company.offsetMinutes, rng);
  const request = simulateRequest(log);
  if (!request) return undefined;
  const { requestMs, offerHours, requester } = request;

  // s-proposal: the offer, its reading, the answer and the bargaining.
  let t = work(requestMs + offerHours * HOUR);
  if (!log.emit('offer_sent', 'email', requester, t)) return;
  log.moment({ ...request.moment, ms: t + DAY });
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
}

function quit(log: CaseLog, stage: 's-proposal' | 's-contract'): undefined {
  log.quit(stage);
  return undefined;
}
