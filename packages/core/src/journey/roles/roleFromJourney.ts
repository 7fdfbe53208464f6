import { deepEqual } from '../diff/values.ts';
import type { Card, Journey, Lane, RoleMap } from '../schema/index.ts';

type Patches = Record<string, Record<string, unknown> | null>;
type Additions = NonNullable<RoleMap['add']>;

/** `{ field: value }` for every field that differs, `null` for a field the edit dropped. */
function patchOf(before: object, after: object): Record<string, unknown> | undefined {
  const a = before as Record<string, unknown>;
  const b = after as Record<string, unknown>;
  const patch: Record<string, unknown> = {};
  for (const key of new Set([...Object.keys(a), ...Object.keys(b)])) {
    if (key === 'id' || deepEqual(a[key], b[key])) continue;
    patch[key] = b[key] === undefined ? null : b[key];
  }
  return Object.keys(patch).length > 0 ? patch : undefined;
}

/**
 * Patches for the base's entities the edit changed or removed, and the entities it added. `implied` names
 * removals that follow from another one (a touchpoint of a removed stage), which need no patch of their own.
 */
function splitCollection<T extends { id: string }>(
  base: readonly T[],
  edited: readonly T[],
  implied: (item: T) => boolean = () => false,
) {
  const patches: Patches = {};
  const added: T[] = [];
  for (const item of base) {
    const now = edited.find((x) => x.id === item.id);
    if (!now) {
      if (!implied(item)) patches[item.id] = null;
    } else {
      const patch = patchOf(item, now);
      if (patch) patches[item.id] = patch;
    }
  }
  for (const item of edited) if (!base.some((x) => x.id === item.id)) added.push(item);
  return { patches, added };
}

const cell = (cards: readonly Card[], stage: string) => cards.filter((c) => c.stage === stage);

/** Per base lane, the cells of the edited map that differ from the base's (an emptied cell is `{ stage }`). */
function laneOverrides(base: Journey, edited: Journey): Record<string, Array<{ stage: string }>> {
  const out: Record<string, Array<{ stage: string }>> = {};
  for (const lane of base.lanes) {
    const now = edited.lanes.find((l) => l.id === lane.id);
    if (!now) continue;
    const cards: Array<{ stage: string }> = [];
    for (const stage of edited.stages) {
      const was = cell(lane.cards, stage.id);
      const is = cell(now.cards, stage.id);
      if (deepEqual(was, is)) continue;
      cards.push(...(is.length > 0 ? is : [{ stage: stage.id }]));
    }
    if (cards.length > 0) out[lane.id] = cards;
  }
  return out;
}

/** Sets `key` of a record when the value says something, else leaves it out. */
function put<T extends object>(target: T, key: keyof T, value: unknown): void {
  const empty =
    value === undefined || (typeof value === 'object' && value !== null && Object.keys(value).length === 0);
  if (empty) delete target[key];
  else (target as Record<keyof T, unknown>)[key] = value;
}

/**
 * The role map that turns `base` into `edited` (a resolved role map the editor changed): what differs
 * from the base is written as the role's overrides (a stage's fields under `overrides.stages`, a lane's
 * changed cells under `overrides.lanes`, patches of touchpoints, KPIs and improvements) or additions
 * (`add.stages` after their neighbour, channels, touchpoints, KPIs, lanes…); what equals the base is
 * inherited, so a cell edited back to the base's cards loses its override. The role's id, extends and
 * persona are kept. What a role map cannot say (the base's stage order, its lanes' titles and order) is
 * not carried over: `resolveRoleMap` of the result shows what was kept.
 * @example roleFromJourney(base, role, renameStage.run(resolved, { stageId: 's-aware', name: 'Поиск' }))
 */
export function roleFromJourney(base: Journey, role: RoleMap, edited: Journey): RoleMap {
  const stages = splitCollection(base.stages, edited.stages);
  const stageIds = new Set(edited.stages.map((s) => s.id));
  const touchpoints = splitCollection(base.touchpoints, edited.touchpoints, (t) => !stageIds.has(t.stage));
  const kpis = splitCollection(base.kpis, edited.kpis);
  const improvements = splitCollection(base.improvements, edited.improvements);
  const overrides: RoleMap['overrides'] = { ...role.overrides };
  put(overrides, 'stages', stages.patches);
  put(overrides, 'touchpoints', touchpoints.patches);
  put(overrides, 'kpis', kpis.patches);
  put(overrides, 'improvements', improvements.patches);
  put(overrides, 'lanes', laneOverrides(base, edited));
  put(overrides, 'goals', deepEqual(base.goals, edited.goals) ? undefined : edited.goals);

  const add: Additions = {};
  put(
    add,
    'stages',
    stages.added.map((stage) => {
      const before = edited.stages[edited.stages.findIndex((s) => s.id === stage.id) - 1];
      return before ? { ...stage, after: before.id } : stage;
    }),
  );
  put(
    add,
    'channels',
    edited.channels.filter((c) => !base.channels.some((b) => b.id === c.id)),
  );
  put(add, 'touchpoints', touchpoints.added);
  put(add, 'kpis', kpis.added);
  put(add, 'improvements', improvements.added);
  put(
    add,
    'personas',
    edited.personas.filter((p) => !base.personas.some((b) => b.id === p.id)),
  );
  put(
    add,
    'lanes',
    edited.lanes.filter((l): l is Lane => !base.lanes.some((b) => b.id === l.id)),
  );

  const next: RoleMap = { ...role, overrides };
  if (Object.keys(add).length > 0) next.add = add;
  else delete next.add;
  const persona = edited.personas.find((p) => p.id === role.persona);
  const title = role.title ?? role.overrides.title ?? `${base.title} — ${persona?.name ?? role.persona}`;
  if (edited.title !== title) next.title = edited.title;
  return next;
}
