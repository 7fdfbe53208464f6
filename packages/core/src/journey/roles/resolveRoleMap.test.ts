import { describe, expect, it } from 'vitest';
import { buildJourney } from '../diff/testing.ts';
import { type Card, RoleMap, type RoleMapInput } from '../schema/index.ts';
import { resolveRoleMap } from './resolveRoleMap.ts';

function role(input: Partial<RoleMapInput> = {}): RoleMap {
  return RoleMap.parse({
    version: 1,
    id: 'partner-journey-procurement',
    extends: 'partner-journey',
    persona: 'p-procurement',
    ...input,
  });
}

function resolved(input: Partial<RoleMapInput>) {
  const result = resolveRoleMap(buildJourney(), role(input));
  if (!result.ok)
    throw new Error(`expected the role map to resolve: ${JSON.stringify(result.issues, null, 2)}`);
  return result;
}

function failed(input: Partial<RoleMapInput>, lang: 'en' | 'ru' = 'en') {
  const result = resolveRoleMap(buildJourney(), role(input), lang);
  if (result.ok) throw new Error('expected the role map to fail');
  return result.issues;
}

const cellOf = (journey: ReturnType<typeof buildJourney>, lane: string, stage: string) =>
  journey.lanes.find((l) => l.id === lane)?.cards.filter((c) => c.stage === stage);

describe('resolveRoleMap', () => {
  it('inherits everything the role does not change, and takes the role’s id, persona and title', () => {
    const { journey, issues } = resolved({});
    const base = buildJourney();
    expect(issues).toEqual([]);
    expect(journey).toEqual({
      ...base,
      id: 'partner-journey-procurement',
      persona: 'p-procurement',
      title: 'Путь партнёра — поставка оборудования — Закупщик',
    });
    expect(resolved({ title: 'Путь закупщика' }).journey.title).toBe('Путь закупщика');
    expect(resolved({ overrides: { title: 'Закупки' } }).journey.title).toBe('Закупки');
  });

  it('patches fields of inherited entities and replaces only the cells the role rewrites', () => {
    const base = buildJourney();
    const snapshot = structuredClone(base);
    const result = resolveRoleMap(
      base,
      role({
        overrides: {
          stages: { 's-request': { goal: 'Получить три сопоставимых КП' } },
          kpis: { 'k-nps-request': { target: 20 } },
          touchpoints: { 't-form': { owner: null } },
          lanes: {
            'l-emotions': [
              { stage: 's-request', emotion: -2, feeling: 'irritation', text: 'Третий день без ответа' },
              { stage: 's-support', emotion: 1, feeling: 'satisfaction' },
            ],
          },
        },
      }),
    );
    if (!result.ok) throw new Error(JSON.stringify(result.issues));
    const { journey } = result;
    expect(journey.stages[1]).toEqual({
      id: 's-request',
      name: 'Запрос и КП',
      goal: 'Получить три сопоставимых КП',
    });
    expect(journey.kpis[0]?.target).toBe(20);
    expect(journey.touchpoints[0]).not.toHaveProperty('owner');
    // The rewritten cell takes the place of the card it replaces; the other cells stay as they were.
    expect(journey.lanes[1]?.cards.map((c) => [c.stage, 'emotion' in c ? c.emotion : null])).toEqual([
      ['s-aware', 1],
      ['s-request', -2],
      ['s-contract', 0],
      ['s-support', 1],
    ]);
    expect(base).toEqual(snapshot);
  });

  it('reports a bad card in a lane override at its own path, in the role map', () => {
    const issues = failed({ overrides: { lanes: { 'l-emotions': [{ stage: 's-aware', emotion: 7 }] } } });
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({
      document: 'partner-journey-procurement',
      path: ['overrides', 'lanes', 'l-emotions', 0, 'emotion'],
      severity: 'error',
    });
    expect(issues[0]?.message).toMatch(/7/);
    expect(
      failed({ overrides: { lanes: { 'l-emotions': [{ stage: 's-aware', emotion: 7 }] } } }, 'ru')[0]
        ?.message,
    ).toMatch(/[а-я]/);
  });

  it('names unknown ids in overrides by their path, with the known ones and a likely typo', () => {
    const issues = failed({
      overrides: {
        stages: { 's-reqest': { name: 'x' } },
        lanes: {
          'l-emotoins': [{ stage: 's-aware', emotion: 1 }],
          'l-pains': [{ stage: 's-nowhere', text: 'x' }],
        },
      },
    });
    expect(issues.map((i) => [i.code, i.path.join('.')])).toEqual([
      ['role-unknown-id', 'overrides.stages.s-reqest'],
      ['role-unknown-lane', 'overrides.lanes.l-emotoins'],
      ['role-unknown-stage', 'overrides.lanes.l-pains.0.stage'],
    ]);
    expect(issues[0]?.fix).toContain('Did you mean s-request?');
    expect(issues[0]?.fix).toContain('s-aware, s-request, s-contract, s-support');
    expect(issues[1]?.fix).toContain('l-emotions');
  });

  it('validates a patched entity against its schema and reports at the patch', () => {
    const issues = failed({
      overrides: { kpis: { 'k-nps-request': { type: 'conversion' } }, stages: { 's-aware': { id: 's-x' } } },
    });
    expect(issues.map((i) => [i.code, i.path.join('.')])).toEqual([
      ['role-patch-id', 'overrides.stages.s-aware.id'],
      ['kpi-needs-stages', 'overrides.kpis.k-nps-request.fromStage'],
    ]);
  });

  it('removes a stage with its cells and touchpoints, and reports what still refers to it', () => {
    const issues = failed({ overrides: { stages: { 's-aware': null } } });
    // The pain card pain-prices sat in s-aware: the improvement addressing it now dangles. It is
    // written in the base map, so that is where the issue points, saying which role breaks it.
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({
      document: 'partner-journey',
      path: ['improvements', 0, 'addresses', 0],
      code: 'unknown-reference',
    });
    expect(issues[0]?.message).toMatch(/^In the role map partner-journey-procurement: /);

    const { journey } = resolved({
      overrides: {
        stages: { 's-request': null },
        kpis: { 'k-nps-request': null },
        improvements: { 'i-pricelist': { kpi: null } },
      },
    });
    expect(journey.stages.map((s) => s.id)).toEqual(['s-aware', 's-contract', 's-support']);
    expect(journey.touchpoints.map((t) => t.id)).toEqual(['t-call']);
    expect(journey.lanes.flatMap((l): Card[] => l.cards).filter((c) => c.stage === 's-request')).toEqual([]);
  });

  it('reports a KPI left measuring a removed stage in the base, at its own path', () => {
    const issues = failed({
      overrides: { stages: { 's-request': null }, improvements: { 'i-pricelist': { kpi: null } } },
    });
    expect(issues.map((i) => [i.document, i.path.join('.')])).toEqual([['partner-journey', 'kpis.0.stage']]);
  });

  it('inserts added stages after the stage they name, in their written order', () => {
    const { journey } = resolved({
      add: {
        stages: [
          { id: 's-tender', name: 'Тендер', after: 's-request' },
          { id: 's-approval', name: 'Согласование', after: 's-request' },
          { id: 's-audit', name: 'Аудит' },
        ],
      },
      overrides: {
        lanes: { 'l-pains': [{ stage: 's-tender', text: 'Долгая процедура тендера', severity: 'high' }] },
      },
    });
    expect(journey.stages.map((s) => s.id)).toEqual([
      's-aware',
      's-request',
      's-tender',
      's-approval',
      's-contract',
      's-support',
      's-audit',
    ]);
    expect(journey.stages[2]).not.toHaveProperty('after');
    expect(cellOf(journey, 'l-pains', 's-tender')).toEqual([
      { stage: 's-tender', text: 'Долгая процедура тендера', severity: 'high' },
    ]);
  });

  it('rejects an added id the map already has and an `after` that names no stage', () => {
    const issues = failed({
      add: {
        stages: [{ id: 's-x', name: 'X', after: 's-nope' }],
        kpis: [{ id: 'k-repeat', type: 'nps' }],
      },
    });
    expect(issues.map((i) => [i.code, i.path.join('.')])).toEqual([
      ['role-unknown-stage', 'add.stages.0.after'],
      ['duplicate-id', 'add.kpis.0.id'],
    ]);
  });

  it('empties a cell for the role with a card that names only its stage', () => {
    const { journey } = resolved({ overrides: { lanes: { 'l-pains': [{ stage: 's-support' }] } } });
    expect(cellOf(journey, 'l-pains', 's-support')).toEqual([]);
    expect(cellOf(journey, 'l-pains', 's-request')).toHaveLength(1);
  });

  it('requires the role’s persona in the base or among the role’s own personas', () => {
    expect(failed({ persona: 'p-financier' }).map((i) => i.path.join('.'))).toEqual(['persona']);
    const { journey } = resolved({
      persona: 'p-financier',
      add: {
        personas: [{ id: 'p-financier', kind: 'buying-centre-role', role: 'financier', name: 'Финансист' }],
      },
    });
    expect(journey.title).toBe('Путь партнёра — поставка оборудования — Финансист');
    expect(journey.personas.map((p) => p.id)).toEqual(['p-engineer', 'p-procurement', 'p-financier']);
  });

  it('traces every part of the result to where it was written', () => {
    const result = resolved({
      add: { stages: [{ id: 's-tender', name: 'Тендер', after: 's-request' }] },
      overrides: {
        stages: { 's-contract': { goal: 'Подписать быстро' } },
        lanes: { 'l-emotions': [{ stage: 's-request', emotion: -2 }] },
      },
    });
    const { trace } = result;
    const role = 'partner-journey-procurement';
    expect(trace(['stages', 2, 'name'])).toEqual({ document: role, path: ['add', 'stages', 0, 'name'] });
    expect(trace(['stages', 3, 'goal'])).toEqual({
      document: role,
      path: ['overrides', 'stages', 's-contract', 'goal'],
    });
    expect(trace(['stages', 3, 'name'])).toEqual({
      document: 'partner-journey',
      path: ['stages', 2, 'name'],
    });
    expect(trace(['lanes', 1, 'cards', 1, 'emotion'])).toEqual({
      document: role,
      path: ['overrides', 'lanes', 'l-emotions', 0, 'emotion'],
    });
    expect(trace(['lanes', 1, 'cards', 2])).toEqual({
      document: 'partner-journey',
      path: ['lanes', 1, 'cards', 2],
    });
    expect(trace(['review', 'cadenceMonths'])).toEqual({
      document: 'partner-journey',
      path: ['review', 'cadenceMonths'],
    });
    expect(trace(['persona'])).toEqual({ document: role, path: ['persona'] });
  });

  it('fails when the role removes every stage', () => {
    const stages = Object.fromEntries(
      ['s-aware', 's-request', 's-contract', 's-support'].map((s) => [s, null]),
    );
    const issues = failed({
      overrides: { stages, kpis: { 'k-nps-request': null }, improvements: { 'i-pricelist': null } },
    });
    expect(issues.map((i) => i.code)).toContain('role-no-stages');
  });
});
