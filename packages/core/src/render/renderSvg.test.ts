import { describe, expect, it } from 'vitest';
import type { Lane } from '../journey/schema/lane.ts';
import { LANE_TITLES } from './labels.ts';
import { renderJourneySvg } from './renderSvg.ts';
import { emotionPlotY } from './svgEmotion.ts';
import { buildJourney, buildUncheckedJourney } from './testJourney.ts';
import { allText, type ParsedElement, parseXml } from './testXml.ts';

const HOSTILE = `<script>alert("x")</script> & "onload=alert(1) 'q' ]]> <!-- \u0001`;
const hasClass = (e: ParsedElement, c: string) => (e.attributes.class ?? '').split(' ').includes(c);

describe('renderJourneySvg', () => {
  it('is a well-formed standalone SVG with every stage and lane', () => {
    const journey = buildJourney();
    const elements = parseXml(renderJourneySvg(journey));
    expect(elements[0]?.name).toBe('svg');
    expect(elements[0]?.attributes.xmlns).toBe('http://www.w3.org/2000/svg');
    expect(
      elements.filter((e) => e.name === 'image' || e.name === 'script' || e.name === 'foreignObject'),
    ).toEqual([]);
    const stages = elements.filter((e) => hasClass(e, 'stage')).map((e) => e.attributes['data-stage']);
    expect(stages).toEqual(journey.stages.map((s) => s.id));
    const lanes = elements.filter((e) => hasClass(e, 'lane')).map((e) => e.attributes['data-lane']);
    expect(lanes).toEqual(journey.lanes.map((l) => l.id));
    const text = allText(elements);
    for (const s of journey.stages) expect(text).toContain(s.name);
    for (const l of journey.lanes) expect(text).toContain(LANE_TITLES[l.type].en);
  });

  it('puts one face per emotion card on the curve at the height of its value', () => {
    const journey = buildJourney();
    const elements = parseXml(renderJourneySvg(journey));
    const points = elements.filter((e) => hasClass(e, 'emotion-point'));
    expect(points.map((p) => Number(p.attributes['data-emotion']))).toEqual([1, -1, 2]);
    // Each face is the circle right after its group: its centre must sit at the value's height.
    const faces = elements.filter(
      (e, i) =>
        e.name === 'circle' && elements[i - 2] && hasClass(elements[i - 2] as ParsedElement, 'emotion-point'),
    );
    const ys = faces.map((f) => Number(f.attributes.cy));
    expect(ys).toHaveLength(3);
    expect((ys[1] ?? 0) - (ys[0] ?? 0)).toBeCloseTo(emotionPlotY(-1) - emotionPlotY(1), 5);
    expect((ys[2] ?? 0) - (ys[0] ?? 0)).toBeCloseTo(emotionPlotY(2) - emotionPlotY(1), 5);
    expect(elements.filter((e) => e.name === 'path' && hasClass(e, 'gap'))).toHaveLength(1);
  });

  it('escapes user text in elements and attributes and drops characters XML forbids', () => {
    const base = buildJourney();
    const journey = buildUncheckedJourney({
      title: HOSTILE,
      stages: base.stages.map((s) => ({ ...s, id: `${s.id}${HOSTILE}`, name: HOSTILE })),
      lanes: base.lanes.map(
        (l) =>
          ({
            ...l,
            id: `${l.id}${HOSTILE}`,
            title: HOSTILE,
            cards: l.cards.map((c) => ({ ...c, stage: `${c.stage}${HOSTILE}`, note: HOSTILE })),
          }) as Lane,
      ),
    });
    const elements = parseXml(renderJourneySvg(journey));
    expect(elements.filter((e) => e.name === 'script')).toEqual([]);
    for (const e of elements)
      for (const name of Object.keys(e.attributes)) expect(name.startsWith('on')).toBe(false);
    const clean = HOSTILE.replace('\u0001', '');
    expect(elements[0]?.attributes['aria-label']).toBe(clean);
    expect(elements.filter((e) => hasClass(e, 'lane')).map((e) => e.attributes['data-lane'])).toEqual(
      base.lanes.map((l) => `${l.id}${clean}`),
    );
    expect(allText(elements)).toContain('<script>alert("x")</script>');
  });

  it('labels in Russian and keeps Cyrillic intact', () => {
    const text = allText(parseXml(renderJourneySvg(buildJourney({ lang: 'ru', title: 'Путь партнёра' }))));
    for (const word of [
      'Путь партнёра',
      'Действия',
      'Точки контакта',
      'интерес',
      'ТОЧКА УХОДА',
      'высокая',
      'Вау-моменты',
    ])
      expect(text).toContain(word);
  });

  it('grows with 15 stages and wraps long text into lines that fit the columns', () => {
    const long =
      'Согласование договора занимает много времени, потому что юристы партнёра проверяют каждый пункт '.repeat(
        3,
      );
    const stages = Array.from({ length: 15 }, (_, i) => ({
      id: `s${i}`,
      name: `Этап ${i + 1}: ${long.slice(0, 40)}`,
    }));
    const journey = buildJourney({
      stages,
      lanes: [{ id: 'l-a', type: 'actions', cards: stages.map((s) => ({ stage: s.id, text: long })) }],
    });
    const svg = renderJourneySvg(journey);
    const elements = parseXml(svg);
    const width = Number(elements[0]?.attributes.width);
    expect(width).toBeGreaterThanOrEqual(15 * 210);
    const spans = elements.filter(
      (e) => e.name === 'tspan' && (long.includes(e.text) || e.text.startsWith('Этап')),
    );
    // Every word of the long text made it, and no line is longer than a column could hold.
    expect(spans.filter((s) => s.text.includes('юристы')).length).toBeGreaterThanOrEqual(15 * 3);
    // A 15-stage column is ~210 px wide: about 30 Cyrillic letters at 11.5 px.
    for (const s of spans) expect(s.text.length).toBeLessThan(34);
  });
});
