import type { Change, DivergenceReport, Journey, Localized } from '@tropa/core';

/** What one role changes in one stage (or in the map as a whole): short lines a person can scan. */
export interface DivergenceLine {
  kind: 'stage' | 'cell' | 'entity';
  /** The lane (for a cell) or the entity kind with its label. */
  subject: string;
  /** `+1 ~2 -1`, or the fields changed. */
  detail: string;
}

export interface DivergenceRow {
  /** A stage id, or '' for what is not tied to a stage. */
  stage: string;
  name: string;
  byRole: Map<string, DivergenceLine[]>;
}

const SIGNS = { added: '+', removed: '−', changed: '~', moved: '↕' } as const;

function counts(changes: readonly Change[]): string {
  return (Object.keys(SIGNS) as Array<keyof typeof SIGNS>)
    .map((op) => [SIGNS[op], changes.filter((c) => c.op === op).length] as const)
    .filter(([, n]) => n > 0)
    .map(([sign, n]) => `${sign}${n}`)
    .join(' ');
}

function fieldsOf(change: Change, field: (name: string) => string): string {
  return change.op === 'changed' ? change.fields.map((f) => field(f.field)).join(', ') : SIGNS[change.op];
}

/** The stage an entity change sits in: a stage's own key, a touchpoint's or KPI's `stage`. */
function stageOf(change: Change, journeys: readonly Journey[]): string {
  if (change.entity === 'stage') return change.key;
  const value = change.op === 'added' ? change.after : change.op === 'removed' ? change.before : undefined;
  const stage = (value as { stage?: unknown } | undefined)?.stage;
  if (typeof stage === 'string') return stage;
  if (change.entity === 'touchpoint' || change.entity === 'kpi') {
    for (const j of journeys) {
      const list: ReadonlyArray<{ id: string; stage?: string | undefined }> =
        change.entity === 'touchpoint' ? j.touchpoints : j.kpis;
      const found = list.find((x) => x.id === change.key)?.stage;
      if (found) return found;
    }
  }
  return '';
}

/**
 * Core's divergence report as a table: a row per stage (the base's in order, then the roles' own) and one
 * for the whole map, a column per role, each cell listing what that role changes there.
 */
export function divergenceTable(
  report: DivergenceReport,
  base: Journey,
  roles: readonly Journey[],
  words: {
    laneTitle(laneId: string): string;
    entity: Record<string, Localized>;
    field(name: string): string;
    t(text: Localized): string;
  },
): DivergenceRow[] {
  const rows = new Map<string, DivergenceRow>();
  const row = (stage: string, name: string) => {
    const existing = rows.get(stage);
    if (existing) return existing;
    const created = { stage, name, byRole: new Map<string, DivergenceLine[]>() };
    rows.set(stage, created);
    return created;
  };
  for (const s of base.stages) row(s.id, s.name);
  for (const r of roles) for (const s of r.stages) row(s.id, s.name);
  const whole = { stage: '', name: '', byRole: new Map<string, DivergenceLine[]>() };
  const push = (target: DivergenceRow, role: string, line: DivergenceLine) => {
    target.byRole.set(role, [...(target.byRole.get(role) ?? []), line]);
  };
  for (const cell of report.cells) {
    for (const { role, changes } of cell.roles) {
      push(row(cell.stage, cell.stage), role, {
        kind: 'cell',
        subject: words.laneTitle(cell.lane),
        detail: counts(changes),
      });
    }
  }
  const all = [base, ...roles];
  for (const entity of report.entities) {
    for (const { role, changes } of entity.roles) {
      for (const change of changes) {
        const stage = stageOf(change, all);
        const target = stage && rows.has(stage) ? row(stage, stage) : whole;
        const kind = change.entity === 'stage' ? 'stage' : 'entity';
        const label = change.label ?? change.key;
        const subject = `${words.t(words.entity[change.entity] ?? { en: change.entity, ru: change.entity })}${
          kind === 'stage' ? '' : ` ${label}`
        }`;
        push(target, role, { kind, subject, detail: fieldsOf(change, words.field) });
      }
    }
  }
  const out = [...rows.values()];
  if (whole.byRole.size > 0) out.push(whole);
  return out;
}
