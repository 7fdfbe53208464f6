import { describe, expect, it } from 'vitest';
import { buildJourney } from '../diff/testing.ts';
import { type Journey, RoleMap, type RoleMapInput } from '../schema/index.ts';
import { roleDivergence } from './divergence.ts';
import { formatDivergence } from './formatDivergence.ts';
import { resolveRoleMap } from './resolveRoleMap.ts';

const base = buildJourney();

function resolved(id: string, persona: string, rest: Partial<RoleMapInput>): Journey {
  const role = RoleMap.parse({ version: 1, id, extends: base.id, persona, ...rest });
  const result = resolveRoleMap(base, role);
  if (!result.ok) throw new Error(JSON.stringify(result.issues));
  return result.journey;
}

const engineer = resolved('pj-engineer', 'p-engineer', {
  overrides: {
    stages: { 's-request': { goal: 'Проверить технические параметры' } },
    lanes: { 'l-emotions': [{ stage: 's-request', emotion: 0, feeling: 'doubt' }] },
  },
});
const procurement = resolved('pj-procurement', 'p-procurement', {
  description: 'Закупщик сравнивает предложения',
  overrides: {
    lanes: {
      'l-emotions': [{ stage: 's-request', emotion: -2, feeling: 'irritation' }],
      'l-pains': [{ id: 'pain-prices', stage: 's-aware', text: 'Нет цен', severity: 'critical' }],
    },
  },
  add: { kpis: [{ id: 'k-price-answer', type: 'custom', name: 'Ответ на запрос цены' }] },
});

describe('roleDivergence', () => {
  const report = roleDivergence(base, [engineer, procurement]);

  it('lists per role where it differs, leaving out its own id, title and description', () => {
    expect(
      report.roles.map((r) => [r.role, r.persona, r.changes.map((c) => `${c.op} ${c.entity} ${c.key}`)]),
    ).toEqual([
      ['pj-engineer', 'p-engineer', ['changed stage s-request', 'changed card l-emotions/s-request']],
      [
        'pj-procurement',
        'p-procurement',
        [
          'changed card l-emotions/s-request',
          'changed card l-pains/s-aware#pain-prices',
          'added kpi k-price-answer',
        ],
      ],
    ]);
  });

  it('shows, per cell in map order and per entity, which roles differ there', () => {
    expect(report.cells.map((c) => [c.lane, c.stage, c.roles.map((r) => r.role)])).toEqual([
      ['l-emotions', 's-request', ['pj-engineer', 'pj-procurement']],
      ['l-pains', 's-aware', ['pj-procurement']],
    ]);
    expect(report.entities.map((e) => [e.entity, e.key, e.roles.map((r) => r.role)])).toEqual([
      ['stage', 's-request', ['pj-engineer']],
      ['kpi', 'k-price-answer', ['pj-procurement']],
    ]);
  });

  it('formats the report in English and Russian', () => {
    const en = formatDivergence(report, 'en');
    expect(en).toContain('How 2 role map(s) differ from the base map partner-journey');
    expect(en).toContain('Role map pj-procurement');
    expect(en).toContain('    ~ card l-emotions/s-request "-1 impatience"');
    expect(en).toContain('  l-emotions × s-request: pj-engineer ~1, pj-procurement ~1');
    expect(en).toContain('  l-pains × s-aware: pj-procurement ~1');
    expect(en).toContain('  KPI k-price-answer "Ответ на запрос цены": pj-procurement +1');
    const ru = formatDivergence(report, 'ru');
    expect(ru).toContain('Ролевая карта pj-engineer');
    expect(ru).toContain('(персона p-engineer)');
    expect(ru).toContain('Ячейки, где роли отличаются (дорожка × этап):');
    expect(formatDivergence(roleDivergence(base, []), 'ru')).toBe('Нет ролевых карт для сравнения.\n');
  });
});
