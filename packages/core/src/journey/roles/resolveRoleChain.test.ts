import { describe, expect, it } from 'vitest';
import { buildJourney } from '../diff/testing.ts';
import { type JourneyDocument, RoleMap, type RoleMapInput } from '../schema/index.ts';
import { resolveRoleChain } from './resolveRoleMap.ts';

const base = buildJourney();

function roleMap(id: string, extendsRef: string, rest: Partial<RoleMapInput> = {}): RoleMap {
  return RoleMap.parse({ version: 1, id, extends: extendsRef, persona: 'p-engineer', ...rest });
}

/** A folder of documents found by id, as the CLI finds them beside each other. */
function finder(...roles: RoleMap[]) {
  const docs: JourneyDocument[] = [
    { kind: 'journey', journey: base },
    ...roles.map((role) => ({ kind: 'role' as const, role })),
  ];
  return (ref: string) => docs.find((d) => (d.kind === 'journey' ? d.journey.id : d.role.id) === ref);
}

describe('resolveRoleChain', () => {
  it('applies a role map that extends another role map on top of it', () => {
    const engineer = roleMap('engineer', 'partner-journey', {
      overrides: { stages: { 's-request': { goal: 'Проверить параметры оборудования' } } },
      add: { stages: [{ id: 's-test', name: 'Испытания', after: 's-contract' }] },
    });
    const seniorEngineer = roleMap('senior-engineer', 'engineer', {
      title: 'Путь главного инженера крупного завода',
      overrides: {
        lanes: { 'l-pains': [{ stage: 's-test', text: 'Нет стенда для испытаний', severity: 'high' }] },
      },
    });
    const result = resolveRoleChain(seniorEngineer, finder(engineer, seniorEngineer));
    if (!result.ok) throw new Error(JSON.stringify(result.issues, null, 2));
    expect(result.journey.id).toBe('senior-engineer');
    expect(result.journey.title).toBe('Путь главного инженера крупного завода');
    expect(result.journey.stages.map((s) => s.id)).toEqual([
      's-aware',
      's-request',
      's-contract',
      's-test',
      's-support',
    ]);
    expect(result.journey.stages[1]?.goal).toBe('Проверить параметры оборудования');
    // Each part leads back to the document it was written in, across the chain.
    expect(result.trace(['stages', 3, 'name'])).toEqual({
      document: 'engineer',
      path: ['add', 'stages', 0, 'name'],
    });
    expect(result.trace(['stages', 0, 'name'])).toEqual({
      document: 'partner-journey',
      path: ['stages', 0, 'name'],
    });
    expect(result.trace(['lanes', 2, 'cards', 3, 'text'])).toEqual({
      document: 'senior-engineer',
      path: ['overrides', 'lanes', 'l-pains', 0, 'text'],
    });
  });

  it('reports a circle of role maps at the `extends` that closes it', () => {
    const a = roleMap('role-a', 'role-b');
    const b = roleMap('role-b', 'role-c');
    const c = roleMap('role-c', 'role-a');
    const result = resolveRoleChain(a, finder(a, b, c));
    expect(result.ok).toBe(false);
    expect(result.issues).toEqual([
      expect.objectContaining({
        document: 'role-c',
        path: ['extends'],
        code: 'role-extends-cycle',
        message: 'Role maps extend each other in a circle: role-a → role-b → role-c → role-a.',
      }),
    ]);
    const self = roleMap('role-self', 'role-self');
    expect(resolveRoleChain(self, finder(self)).issues[0]?.message).toContain('role-self → role-self');
  });

  it('reports a missing base at `extends`, in Russian too', () => {
    const lost = roleMap('lost', 'no-such-map');
    const result = resolveRoleChain(lost, finder(lost), 'ru', { known: ['partner-journey'] });
    expect(result.issues).toEqual([
      expect.objectContaining({ document: 'lost', path: ['extends'], code: 'role-extends-missing' }),
    ]);
    expect(result.issues[0]?.message).toBe('Ролевая карта наследует no-such-map, но такая карта не найдена.');
    expect(result.issues[0]?.fix).toContain('Найденные карты: partner-journey.');
  });

  it('stops at the first link that fails, with that link’s issues', () => {
    const broken = roleMap('broken', 'partner-journey', { overrides: { kpis: { 'k-nope': null } } });
    const child = roleMap('child', 'broken');
    const result = resolveRoleChain(child, finder(broken, child));
    expect(result.ok).toBe(false);
    expect(result.issues.map((i) => [i.document, i.path.join('.')])).toEqual([
      ['broken', 'overrides.kpis.k-nope'],
    ]);
  });
});
