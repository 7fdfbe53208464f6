import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { checkJourneyData, hasErrors, type Journey, parseJourneyDocument } from '@tropa/core';
import { describe, expect, it } from 'vitest';
import { perform, startEditing, undo } from '../history.ts';
import { addTouchpointForActivity, mapActivityToTouchpoint, withActivity } from './mapActivityCommands.ts';

const example = resolve(
  import.meta.dirname,
  '../../../../../examples/b2b-partner-journey/en/partner-journey.yaml',
);

function b2b(): Journey {
  const parsed = parseJourneyDocument(readFileSync(example, 'utf8'), { file: example });
  if (!parsed.ok || parsed.document.kind !== 'journey') throw new Error('example did not parse');
  return parsed.document.journey;
}

const valid = (j: Journey) => expect(hasErrors(checkJourneyData(j))).toBe(false);
const touchpoint = (j: Journey, id: string) => j.touchpoints.find((t) => t.id === id);

describe('match rules with an activity added', () => {
  it('joins a rule listing activities on the same channels, else adds a rule of its own', () => {
    expect(withActivity(undefined, { activity: 'webinar' })).toEqual([{ activity: ['webinar'] }]);
    expect(withActivity([{ activity: ['a'] }], { activity: 'b' })).toEqual([{ activity: ['a', 'b'] }]);
    // A rule on the phone only would map the activity on the phone only: a rule of its own instead.
    expect(withActivity([{ activity: ['call'], channel: ['phone'] }], { activity: 'b' })).toEqual([
      { activity: ['call'], channel: ['phone'] },
      { activity: ['b'] },
    ]);
    expect(
      withActivity([{ activity: ['call'], channel: ['phone'] }], { activity: 'b', channel: 'phone' }),
    ).toEqual([{ activity: ['call', 'b'], channel: ['phone'] }]);
    // A pattern rule is left alone; an activity already listed changes nothing.
    expect(withActivity([{ pattern: '^x' }], { activity: 'b' })).toEqual([
      { pattern: '^x' },
      { activity: ['b'] },
    ]);
    expect(withActivity([{ activity: ['a'] }], { activity: 'a' })).toEqual([{ activity: ['a'] }]);
  });
});

describe('mapping an unmapped activity', () => {
  it('adds the activity to an existing touchpoint; undo takes it back; the map stays valid', () => {
    const j = b2b();
    const before = touchpoint(j, 't-catalog')?.match;
    const state = perform(startEditing(j), mapActivityToTouchpoint, {
      touchpointId: 't-catalog',
      activity: 'webinar_attended',
    });
    expect(touchpoint(state.journey, 't-catalog')?.match).toEqual([
      { activity: ['catalog_view', 'webinar_attended'] },
    ]);
    valid(state.journey);
    expect(touchpoint(undo(state).journey, 't-catalog')?.match).toEqual(before);
    // The same activity again is no change, so no second history entry.
    expect(
      perform(state, mapActivityToTouchpoint, { touchpointId: 't-catalog', activity: 'webinar_attended' }),
    ).toBe(state);
  });

  it('creates a touchpoint in the chosen stage with the rule and a card in the touchpoints lane', () => {
    const j = b2b();
    const stage = j.stages[1]?.id ?? '';
    const after = addTouchpointForActivity.run(j, {
      stageId: stage,
      name: 'Webinar',
      activity: 'Webinar attended',
      channel: 'site',
    });
    const added = after.touchpoints.at(-1);
    expect(added).toMatchObject({
      id: 't-webinar-attended-1',
      name: 'Webinar',
      stage,
      channel: 'site',
      match: [{ activity: ['Webinar attended'], channel: ['site'] }],
    });
    const lane = after.lanes.find((l) => l.type === 'touchpoints');
    expect(lane?.cards.at(-1)).toEqual({ stage, touchpoint: 't-webinar-attended-1' });
    valid(after);
    // A channel the map does not know is matched but not set as the touchpoint's channel.
    const other = addTouchpointForActivity.run(j, {
      stageId: stage,
      name: '',
      activity: 'x',
      channel: 'fax',
    });
    expect(other.touchpoints.at(-1)).toMatchObject({
      name: 'x',
      match: [{ activity: ['x'], channel: ['fax'] }],
    });
    expect(other.touchpoints.at(-1)?.channel).toBeUndefined();
    valid(other);
    expect(addTouchpointForActivity.run(j, { stageId: 'nowhere', name: 'x', activity: 'x' })).toBe(j);
  });
});
