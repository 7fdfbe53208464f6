import type { CaseLog } from './caseLog.ts';
import { DAY, HOUR, toWorkingHours } from './clock.ts';
import { actor, type Company } from './population.ts';
import { DEMO_END_MS, QUIT_CHANCE } from './scenario.ts';

const MONTH = 30.4 * DAY;

/** Repeat deals a year, by kind of partner: distributors restock, engineering firms win new projects. */
const REPEAT_RATE: Record<Company['segment'], number> = {
  distributor: 1.6,
  engineering: 0.8,
  installer: 0.5,
};

/**
 * After the first paid deal: delivery, installation, years of operation with support contacts, repeat orders
 * (each a short loop back through contract and delivery), and for some partners a quiet end.
 */
export function simulateAfterSale(log: CaseLog, paidMs: number): void {
  const { rng, company } = log;
  const work = (ms: number) => toWorkingHours(ms, company.offsetMinutes, rng);
  const engineer = actor(company, ['chief-engineer', 'technologist'], rng);

  // s-delivery
  let t = work(paidMs + rng.logNormal(20, 0.35) * DAY);
  if (!log.emit('shipment_sent', 'email', engineer, t)) return;
  if (rng.chance(QUIT_CHANCE.delivery)) {
    log.quit('s-delivery');
    return;
  }
  const late = rng.chance(0.15);
  t = work(t + (rng.uniform(2, 7) + (late ? rng.uniform(8, 20) : 0)) * DAY);
  if (!log.emit('delivery_done', 'offline', engineer, t)) return;
  log.moment({
    stage: 's-delivery',
    touchpoint: 't-delivery',
    ms: t + DAY,
    person: engineer,
    mood: late ? -0.45 : 0.45,
    negatives: late ? ['delivery-late', 'delivery-status'] : rng.chance(0.2) ? ['delivery-status'] : [],
    positives: late ? [] : ['delivery-good'],
  });

  // s-install: three in four deliveries need our chief engineer; in the season one waits longer.
  if (rng.chance(0.75)) {
    const month = new Date(t).getUTCMonth();
    const waitDays = rng.logNormal(month >= 3 && month <= 8 ? 9 : 5, 0.5);
    t = work(t + waitDays * DAY);
    if (!log.emit('installation_started', 'offline', engineer, t)) return;
    t = work(t + rng.uniform(0.5, 3) * DAY);
    if (!log.emit('installation_done', 'offline', engineer, t)) return;
    log.moment({
      stage: 's-install',
      touchpoint: 't-install-done',
      ms: t + DAY,
      person: engineer,
      mood: waitDays > 10 ? -0.3 : 0.45,
      negatives: waitDays > 10 ? ['install-wait'] : [],
      positives: ['install-good'],
    });
  }

  // Most partners open the account to download the passports and closing documents once the job is done.
  if (rng.chance(0.85) && !log.emit('account_login', 'account', engineer, t + rng.uniform(2, 96) * HOUR))
    return;

  // s-operation and s-repeat, month by month until the data ends or the partner goes quiet.
  const quitAfterMonths = rng.chance(QUIT_CHANCE.operation) ? rng.uniform(2, 14) : Number.POSITIVE_INFINITY;
  const start = t;
  const repeatRate = REPEAT_RATE[company.segment];
  let nextOrder = t + rng.exponential(12 / repeatRate) * MONTH;
  for (let month = t + rng.uniform(0.2, 1) * MONTH; month < DEMO_END_MS; month += MONTH) {
    if ((month - start) / MONTH > quitAfterMonths) {
      log.quit('s-operation');
      return;
    }
    // Partners who could not reach the service may leave any month (pain-service-reach is a quit point).
    const troubled = log.moments.some((m) => m.stage === 's-operation' && m.mood < 0);
    if (troubled && rng.chance(QUIT_CHANCE.operationServiceTrouble / 12)) {
      log.quit('s-operation');
      return;
    }
    for (let i = rng.poisson(1.4 * engineer.digital); i > 0; i--) {
      if (!log.emit('account_login', 'account', engineer, month + rng.uniform(0, MONTH))) return;
    }
    if (rng.chance(0.14) && !supportContact(log, engineer, work(month + rng.uniform(0, MONTH)))) return;
    if (nextOrder < month + MONTH) {
      if (!repeatOrder(log, work(Math.max(nextOrder, month)))) return;
      // Trouble with the service makes the next order less likely to come soon.
      nextOrder += rng.exponential(12 / (repeatRate * (troubled ? 0.6 : 1))) * MONTH;
    }
  }
}

/** A support ticket; when nobody answers in time the partner calls the service line (a repeat contact). */
function supportContact(log: CaseLog, person: CaseLog['company']['persons'][number], at: number): boolean {
  const { rng } = log;
  const channel = rng.chance(person.digital * 0.6) ? 'account' : rng.chance(0.5) ? 'support' : 'email';
  if (!log.emit('support_ticket', channel, person, at)) return false;
  const unanswered = rng.chance(0.35);
  let t = at;
  if (unanswered) {
    t += rng.uniform(3, 40) * HOUR;
    if (!log.emit('call_inbound', 'support', person, t)) return false;
    if (rng.chance(0.3)) {
      t += rng.uniform(1, 20) * HOUR;
      if (!log.emit('call_inbound', 'support', person, t)) return false;
    }
  }
  const visit = rng.chance(0.4);
  if (visit) {
    t = toWorkingHours(t + rng.logNormal(unanswered ? 5 : 2, 0.5) * DAY, log.company.offsetMinutes, rng);
    if (!log.emit('service_visit', 'offline', person, t)) return false;
  }
  const parts = visit && rng.chance(0.25);
  log.moment({
    stage: 's-operation',
    touchpoint: unanswered ? 't-service-call' : 't-support-ticket',
    ms: t + 2 * DAY,
    person,
    mood: unanswered ? -0.45 - (parts ? 0.15 : 0) : 0.3,
    negatives: unanswered
      ? ['service-reach', 'repeat-contact', ...(parts ? (['spare-parts'] as const) : [])]
      : [],
    positives: unanswered ? ['product-good'] : ['service-good', 'product-good'],
  });
  return true;
}

/** A repeat order and its loop through payment and delivery. */
function repeatOrder(log: CaseLog, at: number): boolean {
  const { rng, company } = log;
  const buyer = actor(company, ['procurement', 'chief-engineer'], rng);
  if (!log.emit('repeat_order', rng.chance(buyer.digital) ? 'account' : 'phone', buyer, at)) return false;
  // Until the one-click repeat order exists, a third of repeat orders start from scratch (pain-repeat-from-scratch).
  const fromScratch = rng.chance(0.35);
  log.moment({
    stage: 's-repeat',
    touchpoint: 't-repeat-order',
    ms: at + 3 * DAY,
    person: buyer,
    mood: fromScratch ? -0.1 : 0.4,
    negatives: fromScratch ? ['repeat-from-scratch'] : [],
    positives: ['repeat-easy', 'product-good'],
  });
  const financier = actor(company, ['financier', 'director'], rng);
  let t = toWorkingHours(at + rng.uniform(2, 7) * DAY, company.offsetMinutes, rng);
  if (!log.emit('invoice_paid', 'email', financier, t)) return false;
  t = toWorkingHours(t + rng.logNormal(14, 0.35) * DAY, company.offsetMinutes, rng);
  if (!log.emit('shipment_sent', 'email', buyer, t)) return false;
  t = toWorkingHours(t + rng.uniform(2, 7) * DAY, company.offsetMinutes, rng);
  return log.emit('delivery_done', 'offline', buyer, t);
}
