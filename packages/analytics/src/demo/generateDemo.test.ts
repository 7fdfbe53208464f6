import { readFileSync } from 'node:fs';
import { compareNps, type Journey, type MatchRule, npsCounts, parseJourneyDocument } from '@tropa/core';
import { describe, expect, it } from 'vitest';
import { DAY } from './clock.ts';
import {
  type DemoDataset,
  demoCsvFiles,
  EVENTS_HEADER,
  generateDemo,
  SURVEYS_HEADER,
} from './generateDemo.ts';
import { demoReadme } from './readme.ts';
import { DEMO_END_MS, PRICELIST_DONE_MS, QUIT_CHANCE } from './scenario.ts';

const MAP_FILE = new URL('../../../../examples/b2b-partner-journey/ru/partner-journey.yaml', import.meta.url);

function loadMap(): Journey {
  const parsed = parseJourneyDocument(readFileSync(MAP_FILE, 'utf8'), { file: MAP_FILE.pathname });
  if (!parsed.ok || parsed.document.kind !== 'journey') throw new Error('the example map does not parse');
  return parsed.document.journey;
}

/** The stage of an event by the map's rules: the first touchpoint in document order whose rule holds. */
function stageOf(map: Journey, activity: string, channel: string): string | undefined {
  const holds = (r: MatchRule) =>
    (r.activity === undefined || r.activity.includes(activity)) &&
    (r.pattern === undefined || new RegExp(r.pattern).test(activity)) &&
    (r.channel === undefined || r.channel.includes(channel));
  return map.touchpoints.find((t) => (t.match ?? []).some(holds))?.stage;
}

/** A CSV reader written for the test: quoted fields with doubled quotes, no line breaks inside fields. */
function parseCsvLine(line: string): string[] {
  const fields: string[] = [];
  let i = 0;
  while (i <= line.length) {
    if (line[i] === '"') {
      let value = '';
      i++;
      while (i < line.length && !(line[i] === '"' && line[i + 1] !== '"')) {
        value += line[i] === '"' ? '"' : line[i];
        i += line[i] === '"' ? 2 : 1;
      }
      fields.push(value);
      i += 2;
    } else {
      const end = line.indexOf(',', i);
      fields.push(line.slice(i, end === -1 ? line.length : end));
      i = end === -1 ? line.length + 1 : end + 1;
    }
  }
  return fields;
}

const FIXED_ACTIVITIES = [
  'site_visit',
  'catalog_view',
  'price_request',
  'request_form_sent',
  'call_inbound',
  'manager_call',
  'offer_sent',
  'offer_viewed',
  'offer_answered',
  'negotiation_call',
  'contract_draft_sent',
  'contract_approved',
  'contract_signed',
  'invoice_paid',
  'shipment_sent',
  'delivery_done',
  'installation_started',
  'installation_done',
  'support_ticket',
  'service_visit',
  'account_login',
  'repeat_order',
];

describe('demo data', () => {
  const small = generateDemo({ seed: 7, cases: 300 });

  it('is deterministic for a seed and differs between seeds', () => {
    const again = generateDemo({ seed: 7, cases: 300 });
    expect(demoCsvFiles(again)).toEqual(demoCsvFiles(small));
    expect(demoReadme(again)).toBe(demoReadme(small));
    const other = demoCsvFiles(generateDemo({ seed: 8, cases: 300 }));
    expect(other['events.csv']).not.toBe(demoCsvFiles(small)['events.csv']);
  });

  it('keeps the first companies the same when more are asked for', () => {
    const fewer = demoCsvFiles(generateDemo({ seed: 7, cases: 40 }))['events.csv'].split('\n');
    const firstForty = demoCsvFiles(small)
      ['events.csv'].split('\n')
      .filter((line, i) => i === 0 || line === '' || Number(line.slice(1, 6)) <= 40);
    expect(firstForty).toEqual(fewer);
  });

  it('writes well-formed CSV with zoned timestamps', () => {
    const files = demoCsvFiles(small);
    const events = files['events.csv'].trimEnd().split('\n');
    expect(events[0]).toBe(EVENTS_HEADER.join(','));
    const zoned = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d[+-]\d\d:\d\d$/;
    const badEvents = events.slice(1).filter((line) => {
      const row = parseCsvLine(line);
      return row.length !== EVENTS_HEADER.length || !zoned.test(row[2] ?? '');
    });
    expect(badEvents).toEqual([]);
    const surveys = files['surveys.csv'].trimEnd().split('\n');
    expect(surveys[0]).toBe(SURVEYS_HEADER.join(','));
    const badSurveys = surveys.slice(1).filter((line) => parseCsvLine(line).length !== SURVEYS_HEADER.length);
    expect(badSurveys).toEqual([]);
    // A comment with a comma comes back whole.
    const quoted = small.surveys.find((s) => s.comment.includes(','));
    expect(quoted).toBeDefined();
    expect(surveys.some((line) => parseCsvLine(line)[7] === quoted?.comment)).toBe(true);
  });

  it('fits the example map: fixed activities, each matched to a touchpoint; survey ids exist', () => {
    const map = loadMap();
    expect(new Set(small.events.map((e) => e.activity))).toEqual(new Set(FIXED_ACTIVITIES));
    const unmatched = small.events.filter((e) => stageOf(map, e.activity, e.channel) === undefined);
    expect(unmatched.map((e) => `${e.activity}/${e.channel}`)).toEqual([]);
    const stages = new Set(map.stages.map((s) => s.id));
    const touchpoints = new Map(map.touchpoints.map((t) => [t.id, t.stage]));
    for (const s of small.surveys) {
      expect(stages.has(s.stage)).toBe(true);
      expect(touchpoints.get(s.touchpoint)).toBe(s.stage);
    }
  });

  it('writes many distinct Russian comments whose tone follows the score', () => {
    const withComment = small.surveys.filter((s) => s.comment !== '');
    expect(new Set(withComment.map((s) => s.comment)).size).toBeGreaterThan(withComment.length * 0.6);
    for (const s of withComment) expect(s.comment).toMatch(/[а-яё]/i);
    const praise = /Так держать|Спасибо|Рекомендуем|Отлично/;
    const complaint = /К сожалению|Так работать тяжело|Надеемся, это исправят|Неприятно/;
    for (const s of withComment) {
      if (s.nps !== undefined && s.nps <= 6) expect(s.comment).not.toMatch(praise);
      if (s.nps !== undefined && s.nps >= 9) expect(s.comment).not.toMatch(complaint);
    }
    expect(small.feedback.some((f) => f.source === 'operator')).toBe(true);
    expect(small.feedback.some((f) => /повтор/i.test(f.text))).toBe(true);
  });
});

describe('demo data at the default size tells the designed story', () => {
  const d: DemoDataset = generateDemo();
  const map = loadMap();
  const byCase = new Map<string, { ms: number; stage: string; activity: string; channel: string }[]>();
  for (const e of d.events) {
    const list = byCase.get(e.caseId) ?? [];
    list.push({
      ms: e.ms,
      stage: stageOf(map, e.activity, e.channel) ?? '?',
      activity: e.activity,
      channel: e.channel,
    });
    byCase.set(e.caseId, list);
  }
  /** DESIGN.md's drop-off: the last stage of a case that has been quiet for 90 days before the data's end. */
  const droppedAt = (events: { ms: number; stage: string }[]) => {
    const last = events[events.length - 1];
    return last && last.ms < DEMO_END_MS - 90 * DAY ? last.stage : undefined;
  };

  it('raises the NPS at s-request after the price list, significantly', () => {
    const at = (after: boolean) =>
      npsCounts(
        d.surveys
          .filter(
            (s) => s.stage === 's-request' && s.nps !== undefined && s.ms >= PRICELIST_DONE_MS === after,
          )
          .map((s) => s.nps as number),
      );
    const change = compareNps(at(false), at(true));
    expect(change.delta).toBeGreaterThan(20);
    expect(change.p).toBeLessThan(0.001);
  });

  it('halves drop-off at request after the price list and speeds up the offer', () => {
    const share = (after: boolean) => {
      let requested = 0;
      let dropped = 0;
      const hours: number[] = [];
      for (const events of byCase.values()) {
        const request = events.find((e) => e.stage === 's-request');
        if (!request || request.ms >= PRICELIST_DONE_MS !== after || request.ms > DEMO_END_MS - 150 * DAY)
          continue;
        requested++;
        if (droppedAt(events) === 's-request') dropped++;
        const offer = events.find((e) => e.activity === 'offer_sent');
        if (offer) hours.push((offer.ms - request.ms) / 3_600_000);
      }
      hours.sort((a, b) => a - b);
      return { rate: dropped / requested, medianHours: hours[Math.floor(hours.length / 2)] ?? Number.NaN };
    };
    const before = share(false);
    const after = share(true);
    expect(before.rate).toBeGreaterThan(QUIT_CHANCE.requestBeforePricelist - 0.07);
    expect(before.rate).toBeLessThan(QUIT_CHANCE.requestBeforePricelist + 0.07);
    expect(after.rate).toBeGreaterThan(QUIT_CHANCE.requestAfterPricelist - 0.06);
    expect(after.rate).toBeLessThan(QUIT_CHANCE.requestAfterPricelist + 0.06);
    expect(after.medianHours).toBeLessThan(before.medianHours * 0.8);
  });

  it('loses partners at first contact and at contract about as designed', () => {
    let early = 0;
    let quitAware = 0;
    let reachedContract = 0;
    let quitContract = 0;
    for (const events of byCase.values()) {
      const first = events[0];
      if (!first || first.ms > DEMO_END_MS - 365 * DAY) continue;
      early++;
      const dropped = droppedAt(events);
      if (dropped === 's-aware') quitAware++;
      if (events.some((e) => e.stage === 's-contract')) {
        reachedContract++;
        if (dropped === 's-contract') quitContract++;
      }
    }
    expect(quitAware / early).toBeGreaterThan(QUIT_CHANCE.aware - 0.05);
    expect(quitAware / early).toBeLessThan(QUIT_CHANCE.aware + 0.05);
    // 27% plus 6% per extra round of redlines (0.8 extra rounds on average) ≈ 32%
    const designed = QUIT_CHANCE.contract + QUIT_CHANCE.contractPerExtraRound * 0.8;
    expect(quitContract / reachedContract).toBeGreaterThan(designed - 0.07);
    expect(quitContract / reachedContract).toBeLessThan(designed + 0.07);
  });

  it('has channel switches with repeat contacts, and repeat orders', () => {
    let repeatContacts = 0;
    for (const events of byCase.values()) {
      for (let i = 1; i < events.length; i++) {
        const [a, b] = [events[i - 1], events[i]];
        if (a && b && a.stage === b.stage && a.channel !== b.channel && b.ms - a.ms <= 2 * DAY)
          repeatContacts++;
      }
    }
    expect(repeatContacts).toBeGreaterThan(200);
    expect(d.events.filter((e) => e.activity === 'repeat_order').length).toBeGreaterThan(150);
    const ageGroups = new Set(d.events.map((e) => e.person.ageGroup));
    expect(ageGroups.size).toBe(4);
  });
});
