import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseJourneyDocument } from '../document/parse.ts';
import type { Journey, RoleMap } from '../schema/index.ts';
import { resolveRoleMap } from './resolveRoleMap.ts';
import { roleFromJourney } from './roleFromJourney.ts';

const dir = resolve(import.meta.dirname, '../../../../../examples/b2b-partner-journey/en');
const ROLES = ['chief-engineer', 'director', 'financier', 'procurement', 'technologist'];

function read(name: string) {
  const file = resolve(dir, name);
  const parsed = parseJourneyDocument(readFileSync(file, 'utf8'), { file });
  if (!parsed.ok) throw new Error(`${name} did not parse`);
  return parsed.document;
}
function base(): Journey {
  const doc = read('partner-journey.yaml');
  if (doc.kind !== 'journey') throw new Error('not a journey');
  return doc.journey;
}
function role(name: string): RoleMap {
  const doc = read(`role-${name}.yaml`);
  if (doc.kind !== 'role') throw new Error('not a role');
  return doc.role;
}
function resolved(b: Journey, r: RoleMap): Journey {
  const result = resolveRoleMap(b, r);
  if (!result.ok) throw new Error(JSON.stringify(result.issues));
  return result.journey;
}
/** Cards per (lane, stage) cell: the order of cells in a lane is not shown, the order inside one is. */
function cells(j: Journey) {
  return j.lanes.map((l) => ({
    id: l.id,
    cells: j.stages.map((s) => l.cards.filter((c) => c.stage === s.id)),
  }));
}
const same = (a: Journey, b: Journey) => {
  expect(cells(a)).toEqual(cells(b));
  expect({ ...a, lanes: [] }).toEqual({ ...b, lanes: [] });
};

describe('roleFromJourney', () => {
  it.each(ROLES)('an unedited role map (%s) comes back to the same resolved map', (name) => {
    const b = base();
    const r = role(name);
    const view = resolved(b, r);
    const derived = roleFromJourney(b, r, view);
    same(resolved(b, derived), view);
    // And it is a fixed point: deriving again writes the same document.
    expect(roleFromJourney(b, derived, resolved(b, derived))).toEqual(derived);
  });

  it('a stage renamed in the role map becomes overrides.stages[id].name; the base is untouched', () => {
    const b = base();
    const before = structuredClone(b);
    const r = role('procurement');
    const view = resolved(b, r);
    const stage = view.stages[0]?.id ?? '';
    const edited = {
      ...view,
      stages: view.stages.map((s, i) => (i === 0 ? { ...s, name: 'Price hunt' } : s)),
    };
    const derived = roleFromJourney(b, r, edited);
    expect(derived.overrides.stages?.[stage]).toMatchObject({ name: 'Price hunt' });
    expect(resolved(b, derived).stages[0]?.name).toBe('Price hunt');
    expect(b).toEqual(before);
    // Renamed back: the override of the name is gone (the role's own goal for another stage stays).
    const back = roleFromJourney(b, derived, { ...edited, stages: view.stages });
    expect(back.overrides.stages?.[stage]).toBeUndefined();
    expect(back.overrides.stages).toEqual(r.overrides.stages);
  });

  it('a changed cell becomes that cell’s lane override; reset to the base cards removes it', () => {
    const b = base();
    const r = role('director');
    const view = resolved(b, r);
    const lane = view.lanes.find((l) => l.type === 'actions');
    const stage = view.stages[1]?.id ?? '';
    if (!lane) throw new Error('no actions lane');
    const edit = (cards: Journey['lanes'][number]['cards']) =>
      ({ ...view, lanes: view.lanes.map((l) => (l.id === lane.id ? { ...l, cards } : l)) }) as Journey;
    const added = edit([...lane.cards, { stage, text: 'Asks the board' }]);
    const derived = roleFromJourney(b, r, added);
    const override = derived.overrides.lanes?.[lane.id] ?? [];
    expect(override.filter((c) => c.stage === stage).at(-1)).toMatchObject({ text: 'Asks the board' });
    same(resolved(b, derived), added);
    // Emptying the cell is written as `{ stage }` alone.
    const emptied = roleFromJourney(b, r, edit(lane.cards.filter((c) => c.stage !== stage)));
    expect(emptied.overrides.lanes?.[lane.id]).toContainEqual({ stage });
    const reset = roleFromJourney(b, derived, view);
    expect(reset.overrides.lanes?.[lane.id]).toEqual(r.overrides.lanes?.[lane.id]);
  });

  it('an emotion point moved is an override of the emotion lane’s cell', () => {
    const b = base();
    const r = role('financier');
    const view = resolved(b, r);
    const lane = view.lanes.find((l) => l.type === 'emotions');
    const stage = view.stages.at(-1)?.id ?? '';
    if (!lane) throw new Error('no emotions lane');
    const cards = lane.cards.map((c) => (c.stage === stage ? { ...c, emotion: 2 } : c));
    const edited = {
      ...view,
      lanes: view.lanes.map((l) => (l.id === lane.id ? { ...l, cards } : l)),
    } as Journey;
    const derived = roleFromJourney(b, r, edited);
    expect(derived.overrides.lanes?.[lane.id]?.find((c) => c.stage === stage)).toMatchObject({ emotion: 2 });
    same(resolved(b, derived), edited);
  });

  it('a new stage, touchpoint and KPI of the role are additions; the stage sits after its neighbour', () => {
    const b = base();
    const r = role('technologist');
    const view = resolved(b, r);
    const first = view.stages[0]?.id ?? '';
    const edited: Journey = {
      ...view,
      stages: [view.stages[0], { id: 's-pilot', name: 'Pilot' }, ...view.stages.slice(1)].filter(
        (s): s is Journey['stages'][number] => s !== undefined,
      ),
      touchpoints: [
        ...view.touchpoints,
        { id: 'tp-lab', name: 'Lab test', stage: 's-pilot', kind: 'physical' },
      ],
      kpis: [...view.kpis, { id: 'k-pilot', type: 'csat', stage: 's-pilot' }],
    };
    const derived = roleFromJourney(b, r, edited);
    expect(derived.add?.stages).toContainEqual({ id: 's-pilot', name: 'Pilot', after: first });
    expect(derived.add?.touchpoints?.map((t) => t.id)).toContain('tp-lab');
    expect(derived.add?.kpis?.map((k) => k.id)).toContain('k-pilot');
    same(resolved(b, derived), edited);
  });

  it('a stage the role removes is one `null` patch; its touchpoints and cells go with it, unpatched', () => {
    const b = base();
    const r = role('director');
    const view = resolved(b, r);
    const without = (gone: string): Journey => ({
      ...view,
      stages: view.stages.filter((s) => s.id !== gone),
      touchpoints: view.touchpoints.filter((t) => t.stage !== gone),
      lanes: view.lanes.map((l) => ({
        ...l,
        cards: l.cards.filter((c) => c.stage !== gone),
      })) as Journey['lanes'],
    });
    // A stage with touchpoints whose removal leaves no dangling reference (KPIs, improvements) behind.
    const gone =
      view.stages.find(
        (s) =>
          view.touchpoints.some((t) => t.stage === s.id) &&
          resolveRoleMap(b, roleFromJourney(b, r, without(s.id))).ok,
      )?.id ?? '';
    expect(gone).not.toBe('');
    const edited = without(gone);
    const derived = roleFromJourney(b, r, edited);
    expect(derived.overrides.stages?.[gone]).toBeNull();
    expect(Object.values(derived.overrides.touchpoints ?? {})).not.toContain(null);
    const again = resolveRoleMap(b, derived);
    expect(again.ok && again.journey.stages.map((s) => s.id)).toEqual(edited.stages.map((s) => s.id));
  });
});
