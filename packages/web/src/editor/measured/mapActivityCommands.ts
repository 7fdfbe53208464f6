import type { Journey, MatchRule, Touchpoint } from '@tropa/core';
import type { EditorCommand } from '../commands.ts';
import { freshId } from '../ids.ts';

/** What to map: an activity of the event log, on one channel only or (channel undefined) on any. */
export interface ActivityToMap {
  activity: string;
  channel?: string | undefined;
}

const sameList = (a: readonly string[] | undefined, b: readonly string[] | undefined) =>
  (a ?? []).length === (b ?? []).length && (a ?? []).every((x) => b?.includes(x));

/**
 * The touchpoint's match rules with the activity added: to a rule that lists activities on the same
 * channels and has no pattern, else as a rule of its own (a rule's conditions all hold together, so adding to
 * a rule with another channel or a pattern would map less than asked).
 */
export function withActivity(rules: readonly MatchRule[] | undefined, what: ActivityToMap): MatchRule[] {
  const channel = what.channel === undefined ? undefined : [what.channel];
  const list = [...(rules ?? [])];
  const at = list.findIndex(
    (r) => r.activity !== undefined && r.pattern === undefined && sameList(r.channel, channel),
  );
  const rule = list[at];
  if (rule?.activity) {
    if (rule.activity.includes(what.activity)) return list;
    list[at] = { ...rule, activity: [...rule.activity, what.activity] };
    return list;
  }
  return [...list, { activity: [what.activity], ...(channel ? { channel } : {}) }];
}

export const mapActivityToTouchpoint = command<ActivityToMap & { touchpointId: string }>({
  id: 'touchpoint.map-activity',
  name: { en: 'Map activity to touchpoint', ru: 'Сопоставить действие с точкой контакта' },
  run: (j, { touchpointId, ...what }) => ({
    ...j,
    touchpoints: j.touchpoints.map((t) =>
      t.id === touchpointId ? { ...t, match: withActivity(t.match, what) } : t,
    ),
  }),
});

const slug = (activity: string) =>
  activity
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 40) || 'activity';

/**
 * A new touchpoint in the stage that matches the activity, with a card in the map's first touchpoints lane
 * so it shows on the map. Its channel is the activity's when the map knows that channel.
 */
export const addTouchpointForActivity = command<ActivityToMap & { stageId: string; name: string }>({
  id: 'touchpoint.add-for-activity',
  name: { en: 'New touchpoint for activity', ru: 'Новая точка контакта для действия' },
  run(j, { stageId, name, ...what }) {
    if (!j.stages.some((s) => s.id === stageId)) return j;
    const id = freshId(
      `t-${slug(what.activity)}`,
      j.touchpoints.map((t) => t.id),
    );
    const known = what.channel !== undefined && j.channels.some((c) => c.id === what.channel);
    const touchpoint: Touchpoint = {
      id,
      name: name.trim() || what.activity,
      stage: stageId,
      ...(known ? { channel: what.channel } : {}),
      kind: 'digital',
      match: withActivity(undefined, what),
    };
    const laneAt = j.lanes.findIndex((l) => l.type === 'touchpoints');
    const lanes = j.lanes.map((l, i) =>
      i === laneAt && l.type === 'touchpoints'
        ? { ...l, cards: [...l.cards, { stage: stageId, touchpoint: id }] }
        : l,
    );
    return { ...j, touchpoints: [...j.touchpoints, touchpoint], lanes };
  },
});

function command<A>(spec: EditorCommand<A>): EditorCommand<A> {
  return spec;
}

/** Touchpoints by stage in the map's order, for the "map to" picker. */
export function touchpointsByStage(
  j: Journey,
): { stage: Journey['stages'][number]; touchpoints: Touchpoint[] }[] {
  return j.stages.map((stage) => ({ stage, touchpoints: j.touchpoints.filter((t) => t.stage === stage.id) }));
}
