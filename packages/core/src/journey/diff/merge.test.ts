import { describe, expect, it } from 'vitest';
import type { Journey } from '../schema/index.ts';
import { mergeJourneys } from './merge.ts';
import { buildJourney } from './testing.ts';

const withStageName = (j: Journey, id: string, name: string): Journey => ({
  ...j,
  stages: j.stages.map((s) => (s.id === id ? { ...s, name } : s)),
});
const withCard = (j: Journey, laneId: string, card: object): Journey =>
  ({
    ...j,
    lanes: j.lanes.map((l) => (l.id === laneId ? { ...l, cards: [...l.cards, card] } : l)),
  }) as Journey;

describe('mergeJourneys', () => {
  it('keeps both sides’ changes to different things: a stage renamed there, a card and a KPI target here', () => {
    const base = buildJourney();
    const lane = base.lanes[0]?.id ?? '';
    const theirs = withStageName(base, 's-aware', 'Discovery');
    const mine = {
      ...withCard(base, lane, { id: 'c-new', stage: 's-request', text: 'Calls the manager' }),
      kpis: base.kpis.map((k, i) => (i === 0 ? { ...k, target: 99 } : k)),
    };
    const { journey, conflicts } = mergeJourneys(base, theirs, mine);
    expect(conflicts).toEqual([]);
    expect(journey.stages.find((s) => s.id === 's-aware')?.name).toBe('Discovery');
    expect(journey.lanes.find((l) => l.id === lane)?.cards.at(-1)).toMatchObject({ id: 'c-new' });
    expect(journey.kpis[0]?.target).toBe(99);
  });

  it('the same stage renamed differently is one conflict, settled per pick', () => {
    const base = buildJourney();
    const theirs = withStageName(base, 's-aware', 'Discovery');
    const mine = withStageName(base, 's-aware', 'First touch');
    const merged = mergeJourneys(base, theirs, mine);
    expect(merged.conflicts).toEqual([
      expect.objectContaining({ id: 'stage:s-aware:name', theirs: 'Discovery', mine: 'First touch' }),
    ]);
    expect(merged.journey.stages[0]?.name).toBe('First touch');
    const picked = mergeJourneys(base, theirs, mine, { 'stage:s-aware:name': 'theirs' });
    expect(picked.journey.stages[0]?.name).toBe('Discovery');
  });

  it('a card edited on one side and its neighbour edited on the other: both edits kept', () => {
    const base = withCard(
      withCard(buildJourney(), 'l-actions', { stage: 's-aware', text: 'Reads the catalogue' }),
      'l-actions',
      { stage: 's-aware', text: 'Compares pump series' },
    );
    const edit = (j: Journey, from: string, to: string) =>
      ({
        ...j,
        lanes: j.lanes.map((l) =>
          l.id === 'l-actions'
            ? { ...l, cards: l.cards.map((c) => ('text' in c && c.text === from ? { ...c, text: to } : c)) }
            : l,
        ),
      }) as Journey;
    const theirs = edit(base, 'Reads the catalogue', 'Reads the catalogue online');
    const mine = edit(base, 'Compares pump series', 'Compares pump series and prices');
    const { journey, conflicts } = mergeJourneys(base, theirs, mine);
    expect(conflicts).toEqual([]);
    const texts = journey.lanes
      .find((l) => l.id === 'l-actions')
      ?.cards.map((c) => ('text' in c ? c.text : ''));
    expect(texts).toContain('Reads the catalogue online');
    expect(texts).toContain('Compares pump series and prices');
  });

  it('a touchpoint removed there and changed here is a conflict; by default mine is kept', () => {
    const base = buildJourney();
    const tp = base.touchpoints[0];
    if (!tp) throw new Error('no touchpoint');
    const theirs = { ...base, touchpoints: base.touchpoints.slice(1) };
    const mine = {
      ...base,
      touchpoints: base.touchpoints.map((t, i) => (i === 0 ? { ...t, owner: 'Sales' } : t)),
    };
    const merged = mergeJourneys(base, theirs, mine);
    expect(merged.conflicts.map((c) => c.id)).toEqual([`touchpoint:${tp.id}:`]);
    expect(merged.journey.touchpoints[0]).toMatchObject({ id: tp.id, owner: 'Sales' });
    const dropped = mergeJourneys(base, theirs, mine, { [`touchpoint:${tp.id}:`]: 'theirs' });
    expect(dropped.journey.touchpoints.some((t) => t.id === tp.id)).toBe(false);
  });

  it('stages reordered on both sides differently: the order is one conflict', () => {
    const base = buildJourney();
    const [a, b, ...rest] = base.stages;
    if (!a || !b) throw new Error('too few stages');
    const theirs = { ...base, stages: [b, a, ...rest] };
    const mine = { ...base, stages: [...rest, a, b] };
    const merged = mergeJourneys(base, theirs, mine);
    expect(merged.conflicts.map((c) => c.id)).toEqual(['stage::order']);
    expect(merged.journey.stages.map((s) => s.id)).toEqual(mine.stages.map((s) => s.id));
    const picked = mergeJourneys(base, theirs, mine, { 'stage::order': 'theirs' });
    expect(picked.journey.stages.map((s) => s.id)).toEqual(theirs.stages.map((s) => s.id));
  });
});
