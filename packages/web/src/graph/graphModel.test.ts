import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { type Journey, parseJourneyDocument } from '@tropa/core';
import { describe, expect, it } from 'vitest';
import { layoutGraph } from './graphLayout.ts';
import { buildGraphModel } from './graphModel.ts';
import { END, type FollowsEdge, START } from './graphReport.ts';
import { placeLabels } from './labelPlacement.ts';
import { keepPaths, slownessCuts, slownessOf, thickness } from './pathFilter.ts';

const example = resolve(
  import.meta.dirname,
  '../../../../examples/b2b-partner-journey/en/partner-journey.yaml',
);

function b2b(): Journey {
  const parsed = parseJourneyDocument(readFileSync(example, 'utf8'), { file: example });
  if (!parsed.ok || parsed.document.kind !== 'journey') throw new Error('example did not parse');
  return parsed.document.journey;
}

const edge = (from: string, to: string, count: number, hours = 1): FollowsEdge => ({
  from,
  to,
  count,
  meanSeconds: hours * 3600,
  medianSeconds: hours * 3600,
  p90Seconds: hours * 7200,
});

// Ten cases: site visit (twice for two of them), catalogue, request form, offer; one repeat order back to the
// invoice. Events per node equal their outgoing edges plus the cases ending there, as the engine counts them.
const report = {
  mapping: { touchpoints: [], matchedEvents: 0, unmatchedEvents: 0 },
  touchpointGraph: {
    nodes: [
      { name: 't-site-visit', count: 12 },
      { name: 't-catalog', count: 10 },
      { name: 't-request-form', count: 6 },
      { name: 't-offer', count: 6 },
      { name: 't-repeat-order', count: 1 },
      { name: 't-invoice', count: 1 },
      { name: 'gone-from-the-map', count: 3 },
    ],
    edges: [
      edge('t-site-visit', 't-catalog', 10, 0.2),
      edge('t-site-visit', 't-site-visit', 2, 30),
      edge('t-catalog', 't-request-form', 6, 50),
      edge('t-request-form', 't-offer', 6, 5),
      edge('t-offer', 't-repeat-order', 1, 900),
      edge('t-repeat-order', 't-invoice', 1, 100),
      edge('gone-from-the-map', 't-offer', 3),
    ],
  },
};

describe('the graph model', () => {
  const model = buildGraphModel(b2b(), report);
  const kindOf = (id: string) => model.edges.find((e) => e.id === id)?.kind;

  it('places every touchpoint of the map by stage and tells unseen ones apart', () => {
    const exhibition = model.nodes.find((n) => n.id === 't-exhibition');
    expect(exhibition?.status).toBe('not-tracked');
    expect(model.nodes.find((n) => n.id === 't-price-request')?.status).toBe('never-reached');
    expect(model.nodes.find((n) => n.id === 't-site-visit')).toMatchObject({
      status: 'seen',
      events: 12,
      column: 0,
    });
    expect(model.nodes.some((n) => n.id === 'gone-from-the-map')).toBe(false);
    expect(model.nodes[0]?.kind).toBe('start');
    expect(model.nodes.at(-1)?.kind).toBe('end');
  });

  it('classifies edges as forward, within a stage, back to an earlier stage, or loops', () => {
    expect(kindOf('t-site-visit->t-catalog')).toBe('within');
    expect(kindOf('t-catalog->t-request-form')).toBe('forward');
    expect(kindOf('t-repeat-order->t-invoice')).toBe('back');
    expect(kindOf('t-site-visit->t-site-visit')).toBe('loop');
  });

  it('derives start and end edges from the events no edge brings in or takes on', () => {
    const count = (id: string) => model.edges.find((e) => e.id === id)?.count;
    expect(count(`${START}->t-site-visit`)).toBe(10);
    expect(count(`t-offer->${END}`)).toBe(5);
    expect(count(`t-invoice->${END}`)).toBe(1);
    expect(model.edges.find((e) => e.from === START)?.medianSeconds).toBeNull();
  });

  it('keeps the most frequent share of paths and always each node’s strongest way in and out', () => {
    const none = keepPaths(model.edges, 0);
    expect(none.ranked).toBe(0);
    expect(none.ids.has('t-site-visit->t-site-visit')).toBe(false);
    expect(none.ids.has('t-catalog->t-request-form')).toBe(true);
    expect(keepPaths(model.edges, 100).ids.size).toBe(model.edges.length);
    expect(keepPaths(model.edges, 70).ids.has('t-site-visit->t-site-visit')).toBe(true);
  });

  it('scales thickness by log count and colours time by quartile', () => {
    expect(thickness(1, 500)).toBeCloseTo(1.5);
    expect(thickness(500, 500)).toBeCloseTo(9);
    expect(thickness(22, 500)).toBeCloseTo(1.5 + 7.5 / 2, 0);
    const cuts = slownessCuts(model.edges);
    expect(slownessOf(0.2 * 3600, cuts)).toBe(0);
    expect(slownessOf(900 * 3600, cuts)).toBe(3);
  });

  it('keeps two labels at the same spot apart and off the nodes', () => {
    const layout = layoutGraph(model);
    const curve = [
      { x: 0, y: 0 },
      { x: 100, y: 0 },
      { x: 200, y: 0 },
      { x: 300, y: 0 },
    ] as const;
    const spots = placeLabels(
      [
        { id: 'a', curve: [...curve], text: '42' },
        { id: 'b', curve: [...curve], text: '17' },
      ],
      [],
      () => 30,
    );
    expect(Math.abs((spots.get('a')?.x ?? 0) - (spots.get('b')?.x ?? 0))).toBeGreaterThanOrEqual(34);
    expect(layout.boxes.get('t-site-visit')?.x).toBeLessThan(layout.boxes.get('t-offer')?.x ?? 0);
  });
});
