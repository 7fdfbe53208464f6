import { Journey, type JourneyInput } from '@tropa/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { KpiReportJson, toKpiReportJson } from './kpiReportJson.ts';
import type { KpiFigure, KpiReport } from './kpiTypes.ts';
import { ingestForKpis } from './testing.ts';

const journeyInput: JourneyInput = {
  version: 1,
  id: 'kpi-test',
  title: 'KPI test',
  stages: [
    { id: 's-a', name: 'Aware' },
    { id: 's-r', name: 'Request' },
    { id: 's-p', name: 'Proposal' },
    { id: 's-o', name: 'Operation' },
    { id: 's-x', name: 'Repeat' },
  ],
  touchpoints: [
    { id: 't-visit', name: 'Visit', stage: 's-a', match: { activity: 'visit' } },
    { id: 't-req', name: 'Request', stage: 's-r', match: { activity: 'request' } },
    { id: 't-offer', name: 'Offer', stage: 's-p', match: { activity: 'offer' } },
    { id: 't-answer', name: 'Answer', stage: 's-p', match: { activity: 'answer' } },
    { id: 't-ticket', name: 'Ticket', stage: 's-o', channel: 'support', match: { activity: 'ticket' } },
    { id: 't-call', name: 'Call', stage: 's-o', kind: 'human', match: { activity: 'call' } },
    { id: 't-login', name: 'Login', stage: 's-o', channel: 'account', match: { activity: 'login' } },
    { id: 't-repeat', name: 'Reorder', stage: 's-x', match: { activity: 'reorder' } },
  ],
  kpis: [
    { id: 'k-nps', type: 'nps', stage: 's-r', target: 30 },
    { id: 'k-ces', type: 'ces', stage: 's-r' },
    { id: 'k-csat', type: 'csat', stage: 's-o' },
    { id: 'k-conv', type: 'conversion', fromStage: 's-r', toStage: 's-p', target: 0.5 },
    { id: 'k-time', type: 'time-between', fromStage: 's-r', toStage: 's-p', target: 24 },
    { id: 'k-resp', type: 'response-time', pairs: [{ from: 'offer', to: 'answer' }] },
    { id: 'k-support', type: 'support-contacts', stage: 's-o' },
    { id: 'k-repeat', type: 'repeat-deal', stage: 's-x' },
    { id: 'k-custom', type: 'custom' },
  ],
  improvements: [{ id: 'i-1', title: 'Prices', kpi: 'k-nps', status: 'done', doneAt: '2025-04-01' }],
};

const EVENTS = `case_id,activity,timestamp,channel,region
c1,visit,2025-01-10T10:00:00Z,site,north
c1,request,2025-01-11T10:00:00Z,site,north
c1,offer,2025-01-12T10:00:00Z,email,north
c1,answer,2025-01-13T10:00:00Z,email,north
c1,login,2025-02-01T10:00:00Z,account,north
c1,ticket,2025-02-05T10:00:00Z,support,north
c1,call,2025-02-06T10:00:00Z,phone,north
c1,reorder,2025-05-01T10:00:00Z,account,north
c2,visit,2025-01-15T10:00:00Z,site,north
c2,request,2025-01-16T10:00:00Z,site,north
c2,offer,2025-01-19T10:00:00Z,email,north
c2,answer,2025-01-21T10:00:00Z,email,north
c3,visit,2025-02-01T10:00:00Z,site,north
c3,request,2025-02-02T10:00:00Z,phone,north
c4,visit,2025-07-01T10:00:00Z,site,south
c4,request,2025-07-02T10:00:00Z,site,south
c4,offer,2025-07-02T22:00:00Z,email,south
c4,login,2025-08-01T10:00:00Z,account,south
c4,login,2025-09-01T10:00:00Z,account,south
c5,visit,2025-07-05T10:00:00Z,site,south
c9,visit,2026-12-31T10:00:00Z,site,north
`;

const SURVEYS = `case_id,ts,stage,touchpoint,nps,csat,ces,comment
c1,2025-01-12T12:00:00Z,s-r,,10,,2,
c2,2025-01-19T12:00:00Z,s-r,,3,,4,"Долго, очень долго"
c3,2025-02-03T12:00:00Z,s-r,,6,,3,
c1,2025-02-10T12:00:00Z,,t-ticket,,5,,
c4,2025-07-03T12:00:00Z,s-r,,9,,6,
c5,2025-07-10T12:00:00Z,s-r,,10,,7,
,2025-07-11T12:00:00Z,s-r,,8,,,
c4,2025-08-05T12:00:00Z,s-o,,,2,,
`;

describe('KPIs of a journey on a dataset (hand-computed)', () => {
  let report: KpiReport;
  let close: () => Promise<void>;
  const kpi = (id: string) => report.kpis.find((k) => k.kpi === id) as KpiFigure;
  const period = (f: KpiFigure, key: string) => f.periods.find((p) => p.period === key)?.estimate;

  beforeAll(async () => {
    const ds = await ingestForKpis({ 'events.csv': EVENTS, 'surveys.csv': SURVEYS }, (dir) => ({
      events: { path: `${dir}/events.csv` },
      surveys: { path: `${dir}/surveys.csv` },
    }));
    close = ds.close;
    report = await ds.dataset.run({
      kind: 'kpis',
      journey: Journey.parse(journeyInput),
      segmentBy: 'region',
    });
  });
  afterAll(() => close());

  it('lists the half-years of the data and skips what has no formula', () => {
    expect(report.periods.map((p) => p.key)).toEqual(['2025-H1', '2025-H2', '2026-H1', '2026-H2']);
    expect(report.skipped).toEqual([
      {
        kpi: 'k-custom',
        reason: expect.stringMatching(/custom KPI/),
        message: { en: expect.any(String), ru: expect.stringMatching(/пользовательского KPI/) },
      },
    ]);
  });

  it('NPS at a stage: overall, by period, change, target', () => {
    // all: promoters 10, 9, 10 = 3; passives 8 = 1; detractors 3, 6 = 2; n = 6 → (3 − 2)/6 = 16.67
    const f = kpi('k-nps');
    expect(f.overall.n).toBe(6);
    expect(f.overall.value).toBeCloseTo(16.667, 3);
    // the latest half-year with answers is 2025-H2 (NPS 66.67): the target 30 is met now
    expect(f.latest?.period).toBe('2025-H2');
    expect(f.meetsTarget).toBe(true);
    // 2025-H1: 10, 3, 6 → (1 − 2)/3 = −33.33; 2025-H2: 9, 10, 8 → (2 − 0)/3 = 66.67
    expect(period(f, '2025-H1')?.value).toBeCloseTo(-33.333, 3);
    expect(period(f, '2025-H2')?.value).toBeCloseTo(66.667, 3);
    expect(period(f, '2026-H1')?.n).toBe(0);
    expect(f.change?.from).toBe('2025-H1');
    expect(f.change?.to).toBe('2025-H2');
    expect(f.change?.difference.delta).toBeCloseTo(100, 6);
    expect(f.overall.weak).toBe(true);
    // segments: north c1 10, c2 3, c3 6 → −33.33; south c4 9, c5 10 → 100; no case → (none) 8 → 0
    expect(f.segments.map((s) => [s.segment, Math.round(s.estimate.value)])).toEqual([
      ['(none)', 0],
      ['north', -33],
      ['south', 100],
    ]);
  });

  it('the improvement before/after: Δ 100 points, not significant on 3 + 3 answers', () => {
    // SE before = √((1/3 + 2/3 − (1/3 − 2/3)²)/3) × 100 = √(0.296296) × 100 = 54.4331
    // SE after = √((2/3 + 0 − (2/3)²)/3) × 100 = √(0.0740741) × 100 = 27.2166
    // z = 100/√(54.4331² + 27.2166²) = 100/60.8581 = 1.643168; p = 2Φ(−1.643168) = 0.100348
    const [impact] = report.improvements;
    expect(impact?.improvement).toBe('i-1');
    expect(impact?.before.value).toBeCloseTo(-33.333, 3);
    expect(impact?.after.value).toBeCloseTo(66.667, 3);
    expect(impact?.difference.p).toBeCloseTo(0.100348, 4);
    expect(impact?.verdict).toBe('no-significant-change');
  });

  it('CES and CSAT, a survey tagged only with a touchpoint counting for its stage', () => {
    // CES at s-r: 2, 4, 3, 6, 7 → mean 22/5 = 4.4
    expect(kpi('k-ces').overall).toMatchObject({ n: 5, value: 4.4 });
    // CSAT at s-o: 5 (t-ticket → s-o) and 2 → 1 of 2
    expect(kpi('k-csat').overall).toMatchObject({ n: 2, value: 0.5 });
  });

  it('conversion within 90 days, by cohort of the request', () => {
    // cohorts: c1 ✓, c2 ✓, c3 ✗ (2025-H1), c4 ✓ (2025-H2) → all 3/4
    const f = kpi('k-conv');
    expect(f.overall).toMatchObject({ n: 4, value: 0.75 });
    expect(period(f, '2025-H1')).toMatchObject({ n: 3, value: 2 / 3 });
    expect(period(f, '2025-H2')).toMatchObject({ n: 1, value: 1 });
    expect(f.meetsTarget).toBe(true);
    // time-between: latest 2025-H2 median 12 h against a 24 h target, lower is better
    expect(kpi('k-time').meetsTarget).toBe(true);
    expect(f.segments.map((s) => [s.segment, s.estimate.n, s.estimate.value])).toEqual([
      ['north', 3, 2 / 3],
      ['south', 1, 1],
    ]);
  });

  it('time between stages and response time as medians in hours', () => {
    // request → first proposal event: c1 24 h, c2 72 h, c4 12 h → median 24; 2025-H1: 24, 72 → 48
    const t = kpi('k-time');
    expect(t.overall).toMatchObject({ n: 3, value: 24 });
    expect(period(t, '2025-H1')?.value).toBe(48);
    expect(t.unit).toBe('hours');
    // offer → answer: c1 24 h, c2 48 h; c4's offer is unanswered → median 36
    expect(kpi('k-resp').overall).toMatchObject({ n: 2, value: 36 });
  });

  it('support contacts per active case, and the repeat-deal share', () => {
    // s-o active: c1 (ticket + call = 2 contacts; the login is self-service), c4 (two logins = 0) → mean 1
    const s = kpi('k-support');
    expect(s.overall.n).toBe(2);
    expect(s.overall.value).toBe(1);
    expect(period(s, '2025-H1')).toMatchObject({ n: 1, value: 2 });
    expect(period(s, '2025-H2')).toMatchObject({ n: 1, value: 0 });
    // first s-o event: c1 2025-02-01, reorder 2025-05-01 within a year ✓; c4 2025-08-01 none ✗ → 1/2
    const r = kpi('k-repeat');
    expect(r.overall).toMatchObject({ n: 2, value: 0.5 });
    expect(period(r, '2025-H1')).toMatchObject({ n: 1, value: 1 });
  });

  it('serializes to the documented JSON, empty figures as null', () => {
    const json = KpiReportJson.parse(JSON.parse(JSON.stringify(toKpiReportJson(report))));
    const nps = json.kpis.find((k) => k.kpi === 'k-nps');
    expect(nps?.periods.find((p) => p.period === '2026-H1')?.estimate).toEqual({
      n: 0,
      value: null,
      low: null,
      high: null,
      weak: true,
    });
    expect(json.improvements[0]?.verdict).toBe('no-significant-change');
  });

  it('survey figures per stage, touchpoint, segment and period', () => {
    const stageR = report.surveys.find((s) => s.scope === 'stage' && s.group === 's-r' && s.period === 'all');
    expect(stageR?.nps.n).toBe(6);
    const ticket = report.surveys.find(
      (s) => s.scope === 'touchpoint' && s.group === 't-ticket' && s.period === 'all',
    );
    expect(ticket?.csat).toMatchObject({ n: 1, value: 1 });
    const south = report.surveys.find(
      (s) => s.scope === 'segment' && s.group === 'south' && s.period === '2025-H2',
    );
    // south: c4 nps 9, c5 nps 10, c4 csat 2
    expect(south?.nps).toMatchObject({ n: 2, value: 100 });
    expect(south?.csat).toMatchObject({ n: 1, value: 0 });
  });
});

describe('KPIs of a dataset without surveys', () => {
  it('skips the survey KPIs with a reason in both languages and still measures the behaviour', async () => {
    const ds = await ingestForKpis({ 'events.csv': EVENTS }, (dir) => ({
      events: { path: `${dir}/events.csv` },
    }));
    try {
      const report = await ds.dataset.run({
        kind: 'kpis',
        journey: Journey.parse(journeyInput),
        periodKind: 'quarter',
      });
      expect(report.skipped.map((s) => s.kpi)).toEqual(['k-nps', 'k-ces', 'k-csat', 'k-custom']);
      expect(report.skipped[0]?.message.ru).toMatch(/нет опросов/);
      expect(report.surveys).toEqual([]);
      // quarters: 2025-Q1 holds c1, c2, c3's requests → conversion 2/3
      const conv = report.kpis.find((k) => k.kpi === 'k-conv');
      expect(conv?.periods.find((p) => p.period === '2025-Q1')?.estimate).toMatchObject({
        n: 3,
        value: 2 / 3,
      });
      expect(report.periods[0]?.key).toBe('2025-Q1');
    } finally {
      await ds.close();
    }
  });
});
