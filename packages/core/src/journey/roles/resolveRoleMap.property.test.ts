import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { diffJourneys } from '../diff/diffJourneys.ts';
import { buildJourney } from '../diff/testing.ts';
import { type Journey, RoleMap } from '../schema/index.ts';
import { resolveRoleMap } from './resolveRoleMap.ts';

/** Freezes a value and everything in it, so that any write to the base throws. */
function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object') {
    for (const inner of Object.values(value)) deepFreeze(inner);
    Object.freeze(value);
  }
  return value;
}

const STAGES = ['s-aware', 's-request', 's-contract', 's-support'];
const name = fc.constantFrom('Тендер', 'Запрос цены', 'Request', 'Сервис');
const subsetOf = (items: string[]) => fc.subarray(items);

/** Role maps that patch stage names and KPI targets and rewrite emotion cells, nothing else. */
const roleInput = fc.record({
  renamed: subsetOf(STAGES).chain((ids) => fc.tuple(...ids.map((id) => fc.tuple(fc.constant(id), name)))),
  targets: subsetOf(['k-nps-request', 'k-repeat']).chain((ids) =>
    fc.tuple(...ids.map((id) => fc.tuple(fc.constant(id), fc.integer({ min: -100, max: 100 })))),
  ),
  cells: subsetOf(STAGES).chain((ids) =>
    fc.tuple(
      ...ids.map((stage) =>
        fc.record({ stage: fc.constant(stage), emotion: fc.integer({ min: -2, max: 2 }) }),
      ),
    ),
  ),
});

describe('resolveRoleMap properties', () => {
  it('never changes the base, and differs from it only where the role says', () => {
    const base = deepFreeze(buildJourney());
    const snapshot: Journey = structuredClone(base);
    fc.assert(
      fc.property(roleInput, ({ renamed, targets, cells }) => {
        const role = RoleMap.parse({
          version: 1,
          id: 'role',
          extends: base.id,
          persona: 'p-engineer',
          overrides: {
            stages: Object.fromEntries(renamed.map(([id, n]) => [id, { name: n }])),
            kpis: Object.fromEntries(targets.map(([id, target]) => [id, { target }])),
            lanes: { 'l-emotions': cells },
          },
        });
        const result = resolveRoleMap(base, role);
        if (!result.ok) throw new Error(JSON.stringify(result.issues));
        expect(base).toEqual(snapshot);
        const touched = new Set([
          ...renamed.map(([id]) => `stage ${id}`),
          ...targets.map(([id]) => `kpi ${id}`),
          ...cells.map((c) => `card l-emotions/${c.stage}`),
        ]);
        for (const change of diffJourneys(base, result.journey).changes) {
          if (change.entity === 'map') continue;
          const where =
            change.entity === 'card'
              ? `card ${change.lane}/${change.stage}`
              : `${change.entity} ${change.key}`;
          expect(touched).toContain(where);
        }
      }),
      { numRuns: 200 },
    );
  });
});
