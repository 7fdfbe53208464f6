import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { checkJourneyData, hasErrors, type Journey, parseJourneyDocument } from '@tropa/core';
import { describe, expect, it } from 'vitest';
import { perform, startEditing, undo } from '../editor/history.ts';
import { setReviewCadence } from '../reviews/reviewCommands.ts';
import { kpiNameOf, painsOf } from './improvementLinks.ts';
import { saveImprovement, setImprovementStatus } from './planCommands.ts';

const example = resolve(
  import.meta.dirname,
  '../../../../examples/b2b-partner-journey/en/partner-journey.yaml',
);

function b2b(): Journey {
  const parsed = parseJourneyDocument(readFileSync(example, 'utf8'), { file: example });
  if (!parsed.ok || parsed.document.kind !== 'journey') throw new Error('example did not parse');
  return parsed.document.journey;
}

const valid = (j: Journey) => expect(hasErrors(checkJourneyData(j))).toBe(false);

describe('plan commands', () => {
  it('moves an improvement to done with a done date, stays valid, and undoes to the map it started from', () => {
    const start = startEditing(b2b());
    const first = start.journey.improvements.find((i) => i.status !== 'done');
    if (!first) throw new Error('the example has no open improvement');
    const moved = perform(start, setImprovementStatus, { id: first.id, status: 'done', on: '2026-11-01' });
    const after = moved.journey.improvements.find((i) => i.id === first.id);
    expect(after?.status).toBe('done');
    expect(after?.doneAt).toBe('2026-11-01');
    valid(moved.journey);
    expect(undo(moved).journey).toBe(start.journey);
  });

  it('adds a new improvement and replaces an edited one by id', () => {
    const j = b2b();
    const added = saveImprovement.run(j, {
      improvement: { id: 'imp-new', title: 'Self-service quotes', addresses: [], status: 'idea', value: 4 },
    });
    expect(added.improvements).toHaveLength(j.improvements.length + 1);
    const edited = saveImprovement.run(added, {
      improvement: { id: 'imp-new', title: 'Instant quotes', addresses: [], status: 'planned' },
    });
    expect(edited.improvements).toHaveLength(added.improvements.length);
    expect(edited.improvements.at(-1)?.title).toBe('Instant quotes');
    valid(edited);
  });

  it('changes the review cadence', () => {
    expect(setReviewCadence.run(b2b(), { months: 3 }).review.cadenceMonths).toBe(3);
  });
});

describe('improvement links', () => {
  it('names the pains an improvement addresses by their text, and its KPI', () => {
    const j = b2b();
    const linked = j.improvements.find((i) => i.addresses.length > 0);
    if (!linked) throw new Error('the example has no improvement addressing a pain');
    const pains = painsOf(j, linked);
    expect(pains.length).toBe(linked.addresses.length);
    for (const p of pains) expect(p.length).toBeGreaterThan(0);
    const withKpi = j.improvements.find((i) => i.kpi);
    if (withKpi) expect(kpiNameOf(j, withKpi)).toBeTruthy();
    expect(painsOf(j, { ...linked, addresses: ['no-such-card'] })).toEqual([]);
  });
});
