import { readFileSync } from 'node:fs';
import { type Journey, parseJourneyDocument } from '@tropa/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoCsvFiles, generateDemo } from '../demo/index.ts';
import { ingestForKpis } from '../kpis/testing.ts';
import { journeyRules } from '../mapping/journeyRules.ts';
import { textReport } from './textReport.ts';
import type { EmotionSection, TextSection } from './textSection.ts';

const MAP_FILE = new URL('../../../../examples/b2b-partner-journey/ru/partner-journey.yaml', import.meta.url);

function exampleMap(): Journey {
  const parsed = parseJourneyDocument(readFileSync(MAP_FILE, 'utf8'), { file: MAP_FILE.pathname });
  if (!parsed.ok || parsed.document.kind !== 'journey') throw new Error('the example map does not parse');
  return parsed.document.journey;
}

// Cross-feature: the demo generator plants pains (slow offers, contract rounds, hidden prices, repeated
// contacts) and a mood per stage; the text analysis must find them in its surveys and feedback.
describe('text analysis of the demo data', () => {
  let text: TextSection;
  let emotion: EmotionSection;
  let close: () => Promise<void>;

  beforeAll(async () => {
    const files = demoCsvFiles(generateDemo({ seed: 42, cases: 600 }));
    const ds = await ingestForKpis(files, (dir) => ({
      events: { path: `${dir}/events.csv` },
      surveys: { path: `${dir}/surveys.csv` },
      feedback: { path: `${dir}/feedback.csv` },
    }));
    close = ds.close;
    const journey = exampleMap();
    const rows = await ds.dataset.run({ kind: 'textRows', journey: { ...journeyRules(journey) } });
    const sections = textReport(rows, { journey });
    if (!sections.text || !sections.emotion) throw new Error('no text or emotion section');
    text = sections.text;
    emotion = sections.emotion;
  }, 60_000);
  afterAll(() => close());

  it('ranks the planted pains first among the pain candidates', () => {
    const planted = /договор|кп|предложени|тендер|ждали|заявк|прайс|цен|пришлось|дублир|повтор|кабинет/;
    const top = text.pains.slice(0, 5).map((p) => p.label.toLowerCase());
    expect(top.length).toBe(5);
    expect(top.filter((label) => planted.test(label)).length).toBeGreaterThanOrEqual(4);
    const contract = text.pains.find((p) => p.label.includes('договор'));
    expect(contract?.stage).toBe('s-contract');
    expect(contract?.quotes.length).toBeGreaterThan(0);
    expect(contract?.card).toMatchObject({
      stage: 's-contract',
      severity: expect.stringMatching(/medium|high|critical/),
    });
    expect(contract?.card?.text).toContain(contract?.quotes[0] ?? '?');
  });

  it('finds the repeated-contact complaints and the operator notes', () => {
    expect(text.repeats.count).toBeGreaterThan(5);
    expect(text.repeats.quotes[0]).toMatch(/повтор|дублир|заново|снова/i);
    expect(text.operator.n).toBeGreaterThan(20);
    expect(text.operator.channels.length).toBeGreaterThan(0);
  });

  it('measures the emotion curve dipping where the map dips (the contract stage)', () => {
    const measured = emotion.stages.filter((s) => s.measured.value !== null && !s.measured.weak);
    const lowest = [...measured].sort((a, b) => (a.measured.value ?? 0) - (b.measured.value ?? 0))[0];
    const designedLowest = [...emotion.stages]
      .filter((s) => s.designed !== null)
      .sort((a, b) => (a.designed ?? 0) - (b.designed ?? 0))[0];
    expect(lowest?.stage).toBe(designedLowest?.stage);
    const delivery = emotion.stages.find((s) => s.stage === 's-delivery')?.measured;
    const contract = emotion.stages.find((s) => s.stage === 's-contract')?.measured;
    expect(contract?.high ?? 0).toBeLessThan(delivery?.low ?? 0);
    expect(emotion.stages.find((s) => s.stage === 's-aware')?.measured).toMatchObject({ n: 0, weak: true });
  });
});
