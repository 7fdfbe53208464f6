import {
  Improvement,
  type Journey,
  Kpi,
  type Lane,
  type RoleMap,
  Stage,
  Touchpoint,
} from '../schema/index.ts';
import { appendAdded, appendLanes, insertStages } from './additions.ts';
import { applyLaneOverrides } from './laneOverrides.ts';
import { FROM_BASE, identityTrace, type OriginEntry, type Trace, traceFrom } from './origins.ts';
import { applyPatches } from './patchEntities.ts';
import { removeStages } from './removeStages.ts';
import type { PendingIssue } from './roleIssue.ts';
import { listIds, roleIssue } from './roleIssue.ts';
import { didYouMean, laneOriginEntries, originEntries, trackBase, trackBaseLanes } from './tracked.ts';

/** A role map applied to its base, before the journey checks: the result, its trace, what went wrong. */
export interface AppliedRole {
  journey: Journey;
  trace: Trace;
  issues: PendingIssue[];
}

/**
 * Applies one role map to the journey it extends: patches and removals of inherited entities first
 * (removing a stage takes its cells and touchpoints with it), then the role's own entities, then
 * the lanes' cells it rewrites, then its id, persona, title, description and goals. Pure: the base
 * is never changed. `baseTrace` says where the base's own parts were written (for chains).
 */
export function applyRoleMap(
  base: Journey,
  role: RoleMap,
  baseTrace: Trace = identityTrace(base.id),
): AppliedRole {
  const r = role.id;
  const { overrides } = role;
  const add = role.add ?? {};
  const issues: PendingIssue[] = [];
  const ctx = { role: r, base: base.id };

  const stages = applyPatches(trackBase(base.stages, 'stages'), overrides.stages, {
    ...ctx,
    collection: 'stages',
    schema: Stage,
  });
  const touchpoints = applyPatches(trackBase(base.touchpoints, 'touchpoints'), overrides.touchpoints, {
    ...ctx,
    collection: 'touchpoints',
    schema: Touchpoint,
  });
  const kpis = applyPatches(trackBase(base.kpis, 'kpis'), overrides.kpis, {
    ...ctx,
    collection: 'kpis',
    schema: Kpi,
  });
  const improvements = applyPatches(trackBase(base.improvements, 'improvements'), overrides.improvements, {
    ...ctx,
    collection: 'improvements',
    schema: Improvement,
  });
  issues.push(...stages.issues, ...touchpoints.issues, ...kpis.issues, ...improvements.issues);

  const cascaded = removeStages(stages.removed, trackBaseLanes(base.lanes), touchpoints.items);

  const withStages = insertStages(stages.items, add.stages, r);
  const withChannels = appendAdded(trackBase(base.channels, 'channels'), add.channels, 'channels', r);
  const withTouchpoints = appendAdded(cascaded.touchpoints, add.touchpoints, 'touchpoints', r);
  const withKpis = appendAdded(kpis.items, add.kpis, 'kpis', r);
  const withImprovements = appendAdded(improvements.items, add.improvements, 'improvements', r);
  const withPersonas = appendAdded(trackBase(base.personas, 'personas'), add.personas, 'personas', r);
  const withLanes = appendLanes(cascaded.lanes, add.lanes, r);
  issues.push(
    ...withStages.issues,
    ...withChannels.issues,
    ...withTouchpoints.issues,
    ...withKpis.issues,
    ...withImprovements.issues,
    ...withPersonas.issues,
    ...withLanes.issues,
  );

  const stageIds = withStages.items.map((s) => s.value.id);
  const lanes = applyLaneOverrides(withLanes.lanes, overrides.lanes, stageIds, r);
  issues.push(...lanes.issues);
  if (stageIds.length === 0) issues.push(roleIssue('role-no-stages', r, ['overrides', 'stages'], {}, 'key'));

  const personas = withPersonas.items.map((p) => p.value);
  const persona = personas.find((p) => p.id === role.persona);
  if (!persona) {
    const known = personas.map((p) => p.id);
    issues.push(
      roleIssue('role-unknown-persona', r, ['persona'], {
        id: role.persona,
        base: base.id,
        known: listIds(known),
        suggestion: didYouMean(role.persona, known),
      }),
    );
  }

  const title = role.title ?? overrides.title ?? `${base.title} — ${persona?.name ?? role.persona}`;
  const description = role.description ?? overrides.description ?? base.description;
  const journey: Journey = {
    ...base,
    id: role.id,
    persona: role.persona,
    title,
    goals: overrides.goals ?? base.goals,
    personas,
    stages: withStages.items.map((s) => s.value),
    channels: withChannels.items.map((c) => c.value),
    touchpoints: withTouchpoints.items.map((t) => t.value),
    lanes: lanes.lanes.map((l) => ({ ...l.lane, cards: l.cards.map((c) => c.value) }) as Lane),
    kpis: withKpis.items.map((k) => k.value),
    improvements: withImprovements.items.map((i) => i.value),
  };
  if (description === undefined) delete journey.description;
  else journey.description = description;

  const entries: OriginEntry[] = [
    // Collections are rebuilt item by item below; a path into one that has no item goes to the role map.
    ...['stages', 'touchpoints', 'kpis', 'improvements', 'personas', 'channels', 'lanes'].map((c) => ({
      resolved: [c],
      from: r,
      path: [] as string[],
    })),
    { resolved: ['id'], from: r, path: ['id'] },
    { resolved: ['persona'], from: r, path: ['persona'] },
    ...ownField(role, 'title'),
    ...ownField(role, 'description'),
    {
      resolved: ['goals'],
      ...(overrides.goals ? { from: r, path: ['overrides', 'goals'] } : { from: FROM_BASE, path: ['goals'] }),
    },
    ...originEntries('stages', withStages.items),
    ...originEntries('touchpoints', withTouchpoints.items),
    ...originEntries('kpis', withKpis.items),
    ...originEntries('improvements', withImprovements.items),
    ...originEntries('personas', withPersonas.items),
    ...originEntries('channels', withChannels.items),
    ...laneOriginEntries(lanes.lanes),
  ];
  return { journey, trace: traceFrom(entries, baseTrace), issues };
}

/** Where a map field the role may set itself (`title:` or `overrides.title:`) was written, else the base. */
function ownField(role: RoleMap, field: 'title' | 'description'): OriginEntry[] {
  if (role[field] !== undefined) return [{ resolved: [field], from: role.id, path: [field] }];
  if (role.overrides[field] !== undefined)
    return [{ resolved: [field], from: role.id, path: ['overrides', field] }];
  return [{ resolved: [field], from: FROM_BASE, path: [field] }];
}
