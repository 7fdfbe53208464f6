import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { type Card, type Journey, type Lane, type LaneType, parseJourneyDocument } from '@tropa/core';
import { PHRASES } from '../packages/analytics/src/demo/phrasebook.ts';
import { Random } from '../packages/analytics/src/demo/random.ts';

// Maps for the browser bench, made from the Russian B2B example: its stages, touchpoints, channels and KPIs,
// and card texts drawn (seeded) from its cards and from the demo's phrasebook of what partners say.

const EXAMPLE = resolve(import.meta.dirname, '../examples/b2b-partner-journey/ru/partner-journey.yaml');

function example(): Journey {
  const parsed = parseJourneyDocument(readFileSync(EXAMPLE, 'utf8'), { file: EXAMPLE });
  if (!parsed.ok || parsed.document.kind !== 'journey') throw new Error(`${EXAMPLE} is not a journey`);
  return parsed.document.journey;
}

const capital = (s: string) => s.charAt(0).toLocaleUpperCase('ru') + s.slice(1);

/** Every card text the example and the phrasebook give for a lane type, to draw from. */
function textPool(base: Journey, type: LaneType): string[] {
  const pool = base.lanes
    .filter((l) => l.type === type)
    .flatMap((l) => l.cards as Card[])
    .map((c) => ('quote' in c ? c.quote : 'text' in c && typeof c.text === 'string' ? c.text : ''))
    .filter(Boolean);
  const said = Object.values(PHRASES);
  if (type === 'thoughts' || type === 'pains') pool.push(...said.flatMap((p) => p.partner).map(capital));
  if (type === 'backstage' || type === 'actions') pool.push(...said.flatMap((p) => p.operator).map(capital));
  return pool.map((t) => t.replaceAll('{n}', '3'));
}

/** The stage id of copy `k` of a base stage (copy 0 keeps the id, so the example's KPIs still point at it). */
const stageId = (id: string, k: number) => (k === 0 ? id : `${id}-${k + 1}`);

/**
 * A seeded map of `stages` stages (the example's, repeated) and twelve lanes, one of every lane type plus
 * a second actions lane (the staff's), with `cards` cards in all: one emotion per stage, the rest spread
 * at random over the other lanes and stages.
 */
export function bigMap(seed: number, stages = 40, cards = 2000): Journey {
  const base = example();
  const random = new Random(seed);
  const stageList = Array.from({ length: stages }, (_, i) => {
    const k = Math.floor(i / base.stages.length);
    const stage = base.stages[i % base.stages.length];
    if (!stage) throw new Error('the example has no stages');
    return { id: stageId(stage.id, k), name: k === 0 ? stage.name : `${stage.name} · проект ${k + 1}` };
  });
  const copies = Math.ceil(stages / base.stages.length);
  const touchpoints = Array.from({ length: copies }, (_, k) =>
    base.touchpoints.map((t) => ({
      ...t,
      id: stageId(t.id, k),
      stage: stageId(t.stage, k),
      match: undefined,
    })),
  )
    .flat()
    .filter((t) => stageList.some((s) => s.id === t.stage));
  const types: LaneType[] = [...base.lanes.map((l) => l.type), 'actions'];
  const others = types.filter((t) => t !== 'emotions');
  const perLane = (cards - stages) / others.length;
  const lanes = types.map((type, i): Lane => {
    const id = i < base.lanes.length ? (base.lanes[i]?.id ?? `l-${i}`) : 'l-staff';
    const title = id === 'l-staff' ? 'Действия сотрудников' : undefined;
    if (type === 'emotions') {
      const feelings = ['interest', 'doubt', 'hope', 'irritation', 'trust', 'satisfaction'] as const;
      const pool = textPool(base, type);
      const list = stageList.map((s) => ({
        stage: s.id,
        emotion: random.int(-2, 2),
        feeling: random.pick(feelings),
        text: random.pick(pool),
      }));
      return { id, type, cards: list };
    }
    const k = types.slice(0, i).filter((t) => t !== 'emotions').length;
    const count = Math.round(perLane * (k + 1)) - Math.round(perLane * k);
    const at = Array.from({ length: count }, () => random.int(0, stages - 1)).sort((a, b) => a - b);
    const pool = textPool(base, type);
    const list = at.map((s) => {
      const stage = stageList[s]?.id ?? '';
      const text = pool.length ? random.pick(pool) : '';
      const severity = random.pick(['low', 'medium', 'high', 'critical'] as const);
      if (type === 'thoughts') return { stage, quote: text };
      if (type === 'pains') return { stage, text, severity, ...(random.chance(0.1) && { quitPoint: true }) };
      if (type === 'opportunities') return { stage, text, severity };
      if (type === 'touchpoints') {
        const here = touchpoints.filter((t) => t.stage === stage);
        return { stage, touchpoint: random.pick(here.length ? here : touchpoints).id };
      }
      if (type === 'channels') return { stage, channel: random.pick(base.channels).id };
      if (type === 'kpis') return { stage, kpi: random.pick(base.kpis).id };
      return { stage, text };
    });
    return { id, type, ...(title && { title }), cards: list } as Lane;
  });
  return {
    ...base,
    id: `bench-${seed}`,
    title: `Бенчмарк: ${stages} этапов, ${cards} карточек`,
    stages: stageList,
    touchpoints,
    lanes,
    improvements: [],
    reviews: [],
  };
}

/** The baseline: the same page with a trivial map (4 stages, 3 text lanes, 10 cards). */
export function trivialMap(): Journey {
  const big = bigMap(1, 4, 100);
  const keep = ['actions', 'thoughts', 'pains'];
  const lanes = big.lanes
    .filter((l, i) => keep.includes(l.type) && i < 11)
    .map((l, i) => ({ ...l, cards: l.cards.slice(0, i === 0 ? 4 : 3) }) as Lane);
  return { ...big, id: 'bench-trivial', title: 'Бенчмарк: простая карта', lanes, kpis: [], goals: [] };
}

/** Cards the grid draws as cards (the emotion lane is a curve). */
export const drawnCards = (j: Journey) =>
  j.lanes.filter((l) => l.type !== 'emotions').reduce((n, l) => n + l.cards.length, 0);
