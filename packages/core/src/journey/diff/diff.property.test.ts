import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Journey, type JourneyInput } from '../schema/index.ts';
import { diffJourneys } from './diffJourneys.ts';
import { normalizeJourney } from './normalize.ts';
import { deepEqual } from './values.ts';

// Small pools of ids and words, so that two random journeys share many entities and the diff has
// to tell apart equal, edited, moved and different things.
const stageId = fc.constantFrom('s-a', 's-b', 's-c', 's-d');
const word = fc.constantFrom('Запрос', 'Договор', 'Request quote', 'Сервис', 'long wait for an answer');
const optional = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: undefined });

function uniqueIds<T extends { id?: string | undefined }>(items: T[]): T[] {
  const seen = new Set<string>();
  return items.map((item) => {
    if (item.id === undefined || !seen.has(item.id)) {
      if (item.id !== undefined) seen.add(item.id);
      return item;
    }
    const { id: _dropped, ...rest } = item;
    return rest as T;
  });
}

const cardId = optional(fc.constantFrom('c-1', 'c-2', 'c-3'));
const actionCard = fc.record({ id: cardId, stage: stageId, text: word }, { requiredKeys: ['stage', 'text'] });
const emotionCard = fc.record(
  {
    id: cardId,
    stage: stageId,
    emotion: fc.integer({ min: -2, max: 2 }),
    feeling: optional(fc.constantFrom('joy', 'doubt')),
  },
  { requiredKeys: ['stage', 'emotion'] },
);
const painCard = fc.record(
  { id: cardId, stage: stageId, text: word, severity: optional(fc.constantFrom('low', 'medium', 'high')) },
  { requiredKeys: ['stage', 'text'] },
);
const lane = fc.oneof(
  fc.record({
    id: fc.constant('l-act'),
    type: fc.constant('actions'),
    cards: fc.array(actionCard, { maxLength: 5 }).map(uniqueIds),
  }),
  fc.record({
    id: fc.constant('l-emo'),
    type: fc.constant('emotions'),
    cards: fc.array(emotionCard, { maxLength: 5 }).map(uniqueIds),
  }),
  fc.record({
    id: fc.constantFrom('l-pain', 'l-act'),
    type: fc.constant('pains'),
    title: optional(word),
    cards: fc.array(painCard, { maxLength: 5 }).map(uniqueIds),
  }),
);
const byId = <T extends { id: string }>(arb: fc.Arbitrary<T>, maxLength = 4) =>
  fc.uniqueArray(arb, { selector: (x) => x.id, maxLength });

const journeyInput: fc.Arbitrary<JourneyInput> = fc.record({
  version: fc.constant(1),
  id: fc.constantFrom('j', 'j2'),
  title: word,
  description: optional(word),
  layout: optional(fc.constantFrom('linear', 'graph')),
  stages: fc.uniqueArray(fc.record({ id: stageId, name: word }), {
    selector: (s) => s.id,
    minLength: 1,
    maxLength: 4,
  }),
  channels: byId(fc.record({ id: fc.constantFrom('phone', 'site', 'email'), name: optional(word) })),
  touchpoints: byId(fc.record({ id: fc.constantFrom('t-1', 't-2', 't-3'), name: word, stage: stageId })),
  goals: byId(fc.record({ id: fc.constantFrom('g-1', 'g-2'), text: word })),
  lanes: fc.uniqueArray(lane, { selector: (l) => l.id, maxLength: 3 }),
  kpis: byId(
    fc.record({
      id: fc.constantFrom('k-1', 'k-2'),
      type: fc.constantFrom('nps', 'csat'),
      target: optional(fc.integer()),
    }),
  ),
  improvements: byId(
    fc.record({
      id: fc.constantFrom('i-1', 'i-2'),
      title: word,
      status: optional(fc.constantFrom('idea', 'planned')),
    }),
  ),
  review: optional(fc.record({ cadenceMonths: fc.integer({ min: 1, max: 12 }) })),
}) as fc.Arbitrary<JourneyInput>;

/** Deterministic shuffle, so a failing case replays from fast-check's seed. */
function shuffled<T>(items: readonly T[] | undefined, seed: number): T[] | undefined {
  if (!items) return items;
  const out = [...items];
  let s = seed >>> 0;
  for (let i = out.length - 1; i > 0; i--) {
    s = (s * 1103515245 + 12345) >>> 0;
    const j = s % (i + 1);
    [out[i], out[j]] = [out[j] as T, out[i] as T];
  }
  return out;
}

/** Cards regrouped by stage, reversed: the order across cells changes, the order inside a cell does not. */
function regroupCards(lanes: JourneyInput['lanes']): JourneyInput['lanes'] {
  return lanes?.map((l) => ({
    ...l,
    cards: [...(l.cards ?? [])].sort((a, b) => (a.stage < b.stage ? 1 : a.stage > b.stage ? -1 : 0)),
  })) as JourneyInput['lanes'];
}

const SEVERITIES = ['low', 'medium', 'high'];

/** One small edit of one card field: the kind of change that must never vanish in a diff. */
function tweakCards(lanes: JourneyInput['lanes'], seed: number): JourneyInput['lanes'] {
  const all = lanes ?? [];
  const laneIndex = seed % Math.max(all.length, 1);
  return all.map((l, li) => {
    const cards = (l.cards ?? []) as Array<Record<string, unknown>>;
    if (li !== laneIndex || cards.length === 0) return l;
    const ci = seed % cards.length;
    const card = { ...cards[ci] };
    const fields = Object.keys(card).filter((k) => k !== 'stage' && k !== 'id' && card[k] !== undefined);
    const field = fields[seed % Math.max(fields.length, 1)] ?? 'note';
    const value = card[field];
    if (typeof value === 'number') card[field] = value === 2 ? 1 : value + 1;
    else if (field === 'severity') card[field] = SEVERITIES[(SEVERITIES.indexOf(String(value)) + 1) % 3];
    else if (field === 'feeling') card[field] = value === 'joy' ? 'doubt' : 'joy';
    else card[field] = `${String(value ?? 'note')} (edited)`;
    return { ...l, cards: cards.map((c, i) => (i === ci ? card : c)) };
  }) as JourneyInput['lanes'];
}

/**
 * A second journey: `x` itself reshuffled where order means nothing, or with one card field
 * edited, or with one top-level field taken from `z`, or a random mix of both, so that equal, nearly equal and different pairs
 * all occur.
 */
const pair = fc
  .tuple(
    journeyInput,
    journeyInput,
    fc.constantFrom('same', 'tweak', 'one', 'mix'),
    fc.nat(12),
    fc.array(fc.boolean(), { minLength: 13, maxLength: 13 }),
    fc.integer(),
  )
  .map(([x, z, mode, one, takeZ, seed]) => {
    const keys = Object.keys(x) as Array<keyof JourneyInput>;
    const y: Record<string, unknown> = {};
    keys.forEach((k, i) => {
      const fromZ = mode === 'mix' ? takeZ[i] : mode === 'one' && i === one;
      y[k] = fromZ ? z[k] : x[k];
    });
    const mixed = y as JourneyInput;
    mixed.touchpoints = shuffled(mixed.touchpoints, seed);
    mixed.kpis = shuffled(mixed.kpis, seed + 1);
    mixed.channels = shuffled(mixed.channels, seed + 2);
    mixed.goals = shuffled(mixed.goals, seed + 3);
    if (mode === 'tweak') mixed.lanes = tweakCards(mixed.lanes, Math.abs(seed));
    mixed.lanes = regroupCards(mixed.lanes);
    return [Journey.parse(x), Journey.parse(mixed)] as const;
  });

describe('diffJourneys properties', () => {
  it('diff(x, x) is empty', () => {
    fc.assert(
      fc.property(journeyInput, (input) => {
        const x = Journey.parse(input);
        expect(diffJourneys(x, x).changes).toEqual([]);
        expect(diffJourneys(x, normalizeJourney(x)).changes).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });

  it('diff(x, y) is empty exactly when x and y are equal after normalization', () => {
    let equalPairs = 0;
    fc.assert(
      fc.property(pair, ([x, y]) => {
        const equal = deepEqual(normalizeJourney(x), normalizeJourney(y));
        if (equal) equalPairs++;
        expect(diffJourneys(x, y).changes.length === 0).toBe(equal);
      }),
      { numRuns: 600 },
    );
    // The mixing must produce equal pairs too, or the "only if" half is never exercised.
    expect(equalPairs).toBeGreaterThan(0);
  });

  it('every change of x → y has its mirror in y → x', () => {
    fc.assert(
      fc.property(pair, ([x, y]) => {
        const forward = diffJourneys(x, y).changes;
        const backward = diffJourneys(y, x).changes;
        const count = (cs: typeof forward, op: string) => cs.filter((c) => c.op === op).length;
        expect(count(forward, 'added')).toBe(count(backward, 'removed'));
        expect(count(forward, 'removed')).toBe(count(backward, 'added'));
      }),
      { numRuns: 300 },
    );
  });
});
