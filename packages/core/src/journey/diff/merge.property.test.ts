import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { journeyInputArb } from '../document/testing/journeyArbitrary.ts';
import { type Card, Journey } from '../schema/index.ts';
import { mergeJourneys } from './merge.ts';

// Seeded properties of the three-way merge over random valid journeys. The merge short-cuts a side that
// equals the base, so each property keeps both sides different from the base: the other side changes only
// the map's title, and every change of the first side must come through as it is, in its order.
const journeyArb = journeyInputArb.map((input) => Journey.parse(input));

/** Some of the items, in any order, some of them changed by `change`. */
function edited<T>(items: readonly T[], change: (item: T) => T, minLength = 0): fc.Arbitrary<T[]> {
  return fc
    .shuffledSubarray([...items], { minLength: Math.min(minLength, items.length) })
    .chain((kept) => fc.tuple(...kept.map((item) => fc.boolean().map((yes) => (yes ? change(item) : item)))))
    .map((list) => [...list]);
}

/** A journey edited from `base`: stages, lanes and cards dropped, reordered, renamed, added. */
function editOf(base: Journey): fc.Arbitrary<Journey> {
  const lanes = base.lanes.map((lane) =>
    fc
      .tuple(
        edited<Card>(lane.cards, (c) => ({ ...c, note: 'changed' })),
        fc.array(fc.constantFrom(...base.stages.map((s) => s.id)), { maxLength: 2 }),
      )
      .map(([cards, stages]) => ({
        ...lane,
        cards: [...cards, ...stages.map((stage, i) => ({ id: `new-${lane.id}-${i}`, stage, text: 'New' }))],
      })),
  );
  return fc
    .record({
      stages: edited(base.stages, (s) => ({ ...s, name: `${s.name}!` }), 1),
      lanes: fc
        .tuple(...lanes)
        .chain((ls) => edited(ls as Journey['lanes'], (l) => ({ ...l, title: 'Lane' }))),
      touchpoints: edited(base.touchpoints, (t) => ({ ...t, owner: 'Owner' })),
      kpis: edited(base.kpis, (k) => ({ ...k, target: 42 })),
    })
    .map((parts) => ({ ...base, ...parts }) as Journey);
}

const pairArb = journeyArb.chain((base) => fc.tuple(fc.constant(base), editOf(base)));
const params = { seed: 20261207, numRuns: 150 };

const retitled = (j: Journey) => ({ ...j, title: `${j.title} (edited)` });

describe('mergeJourneys properties', () => {
  it('merge(base, x, base + a title) = x with that title: all of theirs is kept', () => {
    fc.assert(
      fc.property(pairArb, ([base, other]) => {
        const theirs = { ...other, title: base.title };
        const mine = retitled(base);
        const { journey, conflicts } = mergeJourneys(base, theirs, mine);
        expect(conflicts).toEqual([]);
        expect(journey).toEqual({ ...theirs, title: mine.title });
      }),
      params,
    );
  });

  it('merge(base, base + a title, y) = y with that title: all of mine is kept', () => {
    fc.assert(
      fc.property(pairArb, ([base, other]) => {
        const theirs = retitled(base);
        const mine = { ...other, title: base.title };
        const { journey, conflicts } = mergeJourneys(base, theirs, mine);
        expect(conflicts).toEqual([]);
        expect(journey).toEqual({ ...mine, title: theirs.title });
      }),
      params,
    );
  });

  it('merge(base, x, x) = x, and a side equal to the base gives way entirely', () => {
    fc.assert(
      fc.property(pairArb, ([base, x]) => {
        expect(mergeJourneys(base, x, x)).toEqual({ journey: x, conflicts: [] });
        expect(mergeJourneys(base, x, base).journey).toEqual(x);
        expect(mergeJourneys(base, base, x).journey).toEqual(x);
      }),
      params,
    );
  });

  it('two different titles conflict once; the pick decides, mine by default', () => {
    fc.assert(
      fc.property(journeyArb, (base) => {
        const theirs = { ...base, title: 'Theirs' };
        const mine = { ...base, title: 'Mine' };
        const merged = mergeJourneys(base, theirs, mine);
        expect(merged.conflicts.map((c) => c.id)).toEqual(['map::title']);
        expect(merged.journey.title).toBe('Mine');
        expect(mergeJourneys(base, theirs, mine, { 'map::title': 'theirs' }).journey.title).toBe('Theirs');
      }),
      { ...params, numRuns: 30 },
    );
  });
});
