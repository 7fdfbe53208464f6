import type { Company, Person } from './population.ts';
import type { Random } from './random.ts';
import { DEMO_END_MS, type StageId } from './scenario.ts';

/** One row of events.csv before formatting. */
export interface DemoEvent {
  caseId: string;
  person: Person;
  ms: number;
  activity: string;
  channel: string;
  company: Company;
}

/** Topics a partner may talk about in a comment or a message; negative and positive. */
export type Topic =
  | 'prices'
  | 'slow-offer'
  | 'repeat-contact'
  | 'offer-incomplete'
  | 'contract'
  | 'prepayment'
  | 'delivery-late'
  | 'delivery-status'
  | 'install-wait'
  | 'service-reach'
  | 'spare-parts'
  | 'repeat-from-scratch'
  | 'prices-available'
  | 'fast-offer'
  | 'manager-good'
  | 'contract-smooth'
  | 'delivery-good'
  | 'install-good'
  | 'service-good'
  | 'product-good'
  | 'repeat-easy';

/** A moment a partner could be surveyed or could write to us: what they lived through and how it felt. */
export interface Moment {
  stage: StageId;
  touchpoint: string;
  ms: number;
  person: Person;
  /** −1 (awful) … +1 (delighted), before personal noise. */
  mood: number;
  negatives: Topic[];
  positives: Topic[];
}

/** The events and moments of one partner company, cut at the end of the data. */
export class CaseLog {
  readonly events: DemoEvent[] = [];
  readonly moments: Moment[] = [];
  /** The stage the partner quit at, when they did (the designed truth, for tests). */
  quitStage: StageId | undefined;
  /** Set once the story passes the end of the data: later events are not observed. */
  censored = false;

  constructor(
    readonly company: Company,
    readonly rng: Random,
  ) {}

  /** Records an event unless it falls after the end of the data; returns false once censored. */
  emit(activity: string, channel: string, person: Person, ms: number): boolean {
    if (ms > DEMO_END_MS) {
      this.censored = true;
      return false;
    }
    this.events.push({ caseId: this.company.id, person, ms, activity, channel, company: this.company });
    return true;
  }

  moment(m: Moment): void {
    if (m.ms <= DEMO_END_MS) this.moments.push(m);
  }

  quit(stage: StageId): void {
    this.quitStage = stage;
  }
}

export function clamp01(x: number): number {
  return Math.min(1, Math.max(0, x));
}
