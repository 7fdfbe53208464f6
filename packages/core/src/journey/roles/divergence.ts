import { diffJourneys } from '../diff/diffJourneys.ts';
import { type Change, DIFF_ENTITIES, type DiffEntity } from '../diff/types.ts';
import type { Journey } from '../schema/index.ts';

/** Map fields every role map sets for itself: not a divergence of the journey. */
const IDENTITY_FIELDS = new Set(['id', 'title', 'description', 'persona']);

/** Where one role map differs from the base map. */
export interface RoleDivergence {
  role: string;
  title: string;
  persona?: string;
  changes: Change[];
}

/** One role's changes in a cell (or to an entity). */
export interface RoleChanges {
  role: string;
  changes: Change[];
}

/** A (lane, stage) cell of the map and the roles whose cards there differ from the base. */
export interface CellDivergence {
  lane: string;
  stage: string;
  roles: RoleChanges[];
}

/** An entity other than a card (stage, touchpoint, KPI…) and the roles that change, add or remove it. */
export interface EntityDivergence {
  entity: DiffEntity;
  key: string;
  label?: string;
  roles: RoleChanges[];
}

/** Where each role differs from the base, and the same seen across roles: per cell and per entity. */
export interface DivergenceReport {
  base: string;
  roles: RoleDivergence[];
  /** In the map's order: lanes top to bottom, stages left to right (the roles' own ones last). */
  cells: CellDivergence[];
  entities: EntityDivergence[];
}

function withoutIdentity(changes: readonly Change[]): Change[] {
  return changes.flatMap((change) => {
    if (change.entity !== 'map' || change.op !== 'changed') return [change];
    const fields = change.fields.filter((f) => !IDENTITY_FIELDS.has(f.field));
    return fields.length > 0 ? [{ ...change, fields }] : [];
  });
}

/** Positions in the base first, then the order things first appear in the roles. */
function orderOf(base: readonly string[], extra: Iterable<string>): Map<string, number> {
  const order = new Map(base.map((id, i) => [id, i]));
  for (const id of extra) if (!order.has(id)) order.set(id, order.size);
  return order;
}

function pushTo<K>(map: Map<K, RoleChanges[]>, key: K, role: string, change: Change): void {
  const list = map.get(key) ?? [];
  const last = list[list.length - 1];
  if (last?.role === role) last.changes.push(change);
  else list.push({ role, changes: [change] });
  map.set(key, list);
}

/**
 * The divergence report of role maps from their base: per role, the semantic diff base → role
 * (stages, cells of each lane, touchpoints, KPIs, improvements…, its own id and title left out);
 * across roles, for each (lane, stage) cell and each other entity, which roles differ there.
 * @example formatDivergence(roleDivergence(base, resolved.map((r) => r.journey)), 'ru')
 */
export function roleDivergence(base: Journey, roles: readonly Journey[]): DivergenceReport {
  const perRole: RoleDivergence[] = roles.map((journey) => {
    const divergence: RoleDivergence = {
      role: journey.id,
      title: journey.title,
      changes: withoutIdentity(diffJourneys(base, journey).changes),
    };
    if (journey.persona !== undefined) divergence.persona = journey.persona;
    return divergence;
  });

  const cellMap = new Map<string, RoleChanges[]>();
  const entityMap = new Map<string, RoleChanges[]>();
  const entityInfo = new Map<string, { entity: DiffEntity; key: string; label?: string }>();
  for (const { role, changes } of perRole) {
    for (const change of changes) {
      if (change.entity === 'card' && change.lane !== undefined && change.stage !== undefined) {
        pushTo(cellMap, `${change.lane}\u0000${change.stage}`, role, change);
        continue;
      }
      const id = `${change.entity}\u0000${change.key}`;
      if (!entityInfo.has(id)) {
        entityInfo.set(id, {
          entity: change.entity,
          key: change.key,
          ...(change.label ? { label: change.label } : {}),
        });
      }
      pushTo(entityMap, id, role, change);
    }
  }

  const cells = [...cellMap].map(([key, list]) => {
    const [lane = '', stage = ''] = key.split('\u0000');
    return { lane, stage, roles: list };
  });
  const laneOrder = orderOf(
    base.lanes.map((l) => l.id),
    cells.map((c) => c.lane),
  );
  const stageOrder = orderOf(
    base.stages.map((s) => s.id),
    roles.flatMap((r) => r.stages.map((s) => s.id)),
  );
  cells.sort(
    (a, b) =>
      (laneOrder.get(a.lane) ?? 0) - (laneOrder.get(b.lane) ?? 0) ||
      (stageOrder.get(a.stage) ?? 0) - (stageOrder.get(b.stage) ?? 0),
  );
  // Grouped by kind of entity as a diff shows them; stages in the map's order.
  const kindOrder = (e: EntityDivergence) => DIFF_ENTITIES.indexOf(e.entity);
  const position = (e: EntityDivergence) => (e.entity === 'stage' ? (stageOrder.get(e.key) ?? 0) : 0);
  const entities = [...entityMap]
    .map(([id, list]) => ({ ...(entityInfo.get(id) as EntityDivergence), roles: list }))
    .sort((a, b) => kindOrder(a) - kindOrder(b) || position(a) - position(b));
  return { base: base.id, roles: perRole, cells, entities };
}
