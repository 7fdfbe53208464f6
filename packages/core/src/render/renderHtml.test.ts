import { describe, expect, it } from 'vitest';
import type { Lane } from '../journey/schema/lane.ts';
import { emotionTopPercent } from './emotionLaneHtml.ts';
import { LANE_TITLES } from './labels.ts';
import { renderJourneyHtml } from './renderHtml.ts';
import { buildJourney, buildUncheckedJourney } from './testJourney.ts';
import { allText, type ParsedElement, parseXml } from './testXml.ts';

const HOSTILE = `<script>alert("x")</script> & "onload=alert(1) 'q' <img src=x onerror=alert(2)>`;
const hasClass = (e: ParsedElement, c: string) => (e.attributes.class ?? '').split(' ').includes(c);

describe('renderJourneyHtml', () => {
  it('draws every stage as a column and every lane as a row with its default title', () => {
    const journey = buildJourney();
    const elements = parseXml(renderJourneyHtml(journey, { today: '2026-06-01' }));
    const stageHeads = elements.filter((e) => hasClass(e, 'stage'));
    expect(stageHeads.map((e) => e.attributes['data-stage'])).toEqual(journey.stages.map((s) => s.id));
    const text = allText(elements);
    for (const s of journey.stages) expect(text).toContain(s.name);
    const lanes = elements.filter((e) => hasClass(e, 'lane'));
    expect(lanes.map((e) => e.attributes['data-lane'])).toEqual(journey.lanes.map((l) => l.id));
    for (const lane of journey.lanes) expect(text).toContain(LANE_TITLES[lane.type].en);
    // Every lane except the emotion curve has one cell per stage.
    expect(elements.filter((e) => hasClass(e, 'cell'))).toHaveLength(
      (journey.lanes.length - 1) * journey.stages.length,
    );
  });

  it('places one point per emotion card at the height of its value, left to right', () => {
    const journey = buildJourney();
    const elements = parseXml(renderJourneyHtml(journey));
    const points = elements.filter((e) => hasClass(e, 'pt'));
    const emotions = journey.lanes.find((l) => l.type === 'emotions')?.cards ?? [];
    expect(points).toHaveLength(emotions.length);
    const position = (e: ParsedElement) => {
      const m = /left:([\d.]+)%;top:([\d.]+)%/.exec(e.attributes.style ?? '');
      return { left: Number(m?.[1]), top: Number(m?.[2]) };
    };
    points.forEach((p, i) => {
      const card = emotions[i];
      if (!card || !('emotion' in card)) throw new Error('emotion card expected');
      expect(Number(p.attributes['data-emotion'])).toBe(card.emotion);
      expect(position(p).top).toBeCloseTo(emotionTopPercent(card.emotion), 1);
    });
    const lefts = points.map((p) => position(p).left);
    expect([...lefts].sort((a, b) => a - b)).toEqual(lefts);
    // Stages 0, 1 and 3 have emotions: the piece from 1 to 3 crosses an empty stage and is dashed.
    expect(elements.filter((e) => e.name === 'path' && hasClass(e, 'gap'))).toHaveLength(1);
    expect(elements.filter((e) => e.name === 'path' && hasClass(e, 'seg'))).toHaveLength(1);
  });

  it('escapes user text everywhere: titles, cards, ids, persona, goals', () => {
    const base = buildJourney();
    const journey = buildUncheckedJourney({
      title: HOSTILE,
      description: HOSTILE,
      goals: [{ id: HOSTILE, text: HOSTILE, kpis: ['k-repeat'] }],
      personas: base.personas.map((p) => ({ ...p, name: HOSTILE, quote: HOSTILE })),
      stages: base.stages.map((s) => ({ ...s, id: `${s.id}${HOSTILE}`, name: HOSTILE, goal: HOSTILE })),
      lanes: base.lanes.map(
        (l) =>
          ({
            ...l,
            id: HOSTILE,
            title: HOSTILE,
            cards: l.cards.map((c) => ({ ...c, stage: `${c.stage}${HOSTILE}`, note: HOSTILE })),
          }) as Lane,
      ),
    });
    const html = renderJourneyHtml(journey);
    const elements = parseXml(html);
    expect(elements.filter((e) => ['script', 'img', 'iframe', 'object'].includes(e.name))).toEqual([]);
    for (const e of elements) {
      for (const name of Object.keys(e.attributes)) expect(name.startsWith('on')).toBe(false);
    }
    expect(elements.find((e) => e.name === 'title')?.text).toBe(HOSTILE);
    expect(elements.find((e) => e.name === 'h1')?.text).toBe(HOSTILE);
    expect(elements.find((e) => e.name === 'style')?.text).not.toContain('alert');
    const stageIds = elements.filter((e) => hasClass(e, 'stage')).map((e) => e.attributes['data-stage']);
    expect(stageIds).toEqual(base.stages.map((s) => `${s.id}${HOSTILE}`));
    // Cards still land in their stages, and their notes print as text.
    expect(allText(elements).split(HOSTILE).length).toBeGreaterThan(base.lanes.length + base.stages.length);
  });

  it('speaks Russian when the map or the options say so', () => {
    const ru = buildJourney({ lang: 'ru' });
    for (const html of [renderJourneyHtml(ru), renderJourneyHtml(buildJourney(), { lang: 'ru' })]) {
      const text = allText(parseXml(html));
      for (const word of ['Действия', 'Боли и барьеры', 'Эмоции', 'интерес', 'нетерпение', 'высокая'])
        expect(text).toContain(word);
      expect(text).toContain('точка ухода');
      expect(text).toContain('Текущее состояние');
      expect(html).toContain('<html lang="ru">');
    }
    expect(allText(parseXml(renderJourneyHtml(ru, { lang: 'en' })))).toContain('Pains and barriers');
  });

  it('marks quit points, severities and the lane’s own title', () => {
    const journey = buildJourney({
      lanes: [
        {
          id: 'l-p',
          type: 'pains',
          title: 'Barriers to buying',
          cards: [
            { stage: 's-aware', text: 'No prices', severity: 'critical', quitPoint: true },
            { stage: 's-request', text: 'Slow answers', severity: 'low' },
          ],
        },
      ],
    });
    const elements = parseXml(renderJourneyHtml(journey));
    const pains = elements.filter((e) => hasClass(e, 'pain'));
    expect(pains.map((e) => hasClass(e, 'is-quit'))).toEqual([true, false]);
    expect(elements.filter((e) => hasClass(e, 'quit'))).toHaveLength(1);
    expect(elements.filter((e) => e.name === 'i' && hasClass(e, 'on'))).toHaveLength(4 + 1 + 3);
    const text = allText(elements);
    expect(text).toContain('Barriers to buying');
    expect(text).not.toContain('Pains and barriers');
  });

  it('states the review cycle: next review from the cadence, overdue when past it', () => {
    const journey = buildJourney({ review: { cadenceMonths: 6, lastReviewedAt: '2026-02-28' } });
    const early = allText(parseXml(renderJourneyHtml(journey, { today: '2026-06-01' })));
    expect(early).toContain('28 Aug 2026');
    expect(early).not.toContain('overdue');
    expect(allText(parseXml(renderJourneyHtml(journey, { today: '2026-09-01' })))).toContain('overdue');
    const never = buildJourney({ review: { cadenceMonths: 6 } });
    const neverText = allText(parseXml(renderJourneyHtml(never)));
    expect(neverText).toContain('not reviewed yet');
    expect(neverText).toContain('review now');
  });

  it('sizes the grid for the number of stages and prints on A3 landscape', () => {
    const stages = Array.from({ length: 15 }, (_, i) => ({ id: `s${i}`, name: `Stage name ${i}` }));
    const html = renderJourneyHtml(buildJourney({ stages, lanes: [] }));
    expect(html).toContain('@page { size: A3 landscape');
    expect(html).toContain('repeat(15, minmax(0, 1fr))');
    expect(parseXml(html).filter((e) => hasClass(e, 'stage'))).toHaveLength(15);
  });
});
