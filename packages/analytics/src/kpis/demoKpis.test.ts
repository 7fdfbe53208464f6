import { readFileSync } from 'node:fs';
import { type Journey, parseJourneyDocument } from '@tropa/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoCsvFiles, generateDemo } from '../demo/index.ts';
import type { KpiReport } from './kpiTypes.ts';
import { ingestForKpis } from './testing.ts';

const MAP_FILE = new URL('../../../../examples/b2b-partner-journey/ru/partner-journey.yaml', import.meta.url);

function exampleMap(): Journey {
  const parsed = parseJourneyDocument(readFileSync(MAP_FILE, 'utf8'), { file: MAP_FILE.pathname });
  if (!parsed.ok || parsed.document.kind !== 'journey') throw new Error('the example map does not parse');
  return parsed.document.journey;
}

// Cross-feature: `tropa demo`'s data, ingested by the engine, measured against the example map's KPIs.
describe('KPIs of the example map on the demo data', () => {
  let report: KpiReport;
  let close: () => Promise<void>;

  beforeAll(async () => {
    const files = demoCsvFiles(generateDemo({ seed: 42, cases: 1000 }));
    const ds = await ingestForKpis(files, (dir) => ({
      events: { path: `${dir}/events.csv` },
      surveys: { path: `${dir}/surveys.csv` },
    }));
    close = ds.close;
    report = await ds.dataset.run({ kind: 'kpis', journey: exampleMap(), segmentBy: 'region' });
  }, 60_000);
  afterAll(() => close());

  it('measures every KPI of the map, each with data', () => {
    expect(report.skipped).toEqual([]);
    expect(report.kpis.map((k) => k.kpi)).toEqual(exampleMap().kpis.map((k) => k.id));
    for (const k of report.kpis) expect(k.overall.n, k.kpi).toBeGreaterThan(50);
    expect(report.periods.map((p) => p.key)).toEqual(['2024-H2', '2025-H1', '2025-H2', '2026-H1', '2026-H2']);
  });

  it('shows the price list (done 2025-11-03) raising the NPS at request, significantly', () => {
    const impact = report.improvements.find((i) => i.improvement === 'i-pricelist');
    expect(impact?.verdict).toBe('improved');
    expect(impact?.difference.delta).toBeGreaterThan(20);
    expect(impact?.difference.p).toBeLessThan(0.001);
  });

  it('shows offers getting faster and the repeat contacts of service in the data', () => {
    const time = report.kpis.find((k) => k.kpi === 'k-time-request-proposal');
    const h1 = (key: string) => time?.periods.find((p) => p.period === key)?.estimate.value ?? Number.NaN;
    expect(h1('2026-H1')).toBeLessThan(h1('2025-H1') * 0.7);
    const support = report.kpis.find((k) => k.kpi === 'k-support');
    expect(support?.overall.value).toBeGreaterThan(0.5);
    expect(support?.segments.map((s) => s.segment)).toContain('Урал');
  });
});
