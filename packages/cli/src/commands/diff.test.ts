import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../main.ts';

const repo = resolve(import.meta.dirname, '../../../..');

async function tropa(argv: string[], cwd: string) {
  let stdout = '';
  let stderr = '';
  const code = await main(argv, {
    cwd,
    env: {},
    stdout: (s) => {
      stdout += s;
    },
    stderr: (s) => {
      stderr += s;
    },
  });
  return { code, stdout, stderr };
}

const V1 = `version: 1
id: partner-journey
title: Partner journey
personas:
  - { id: p-procurement, kind: buying-centre-role, role: procurement, name: Procurement }
stages:
  - { id: s-aware, name: Awareness }
  - { id: s-request, name: Request }
lanes:
  - id: l-pains
    type: pains
    cards:
      - { stage: s-request, text: Slow answers to requests }
kpis:
  - { id: k-nps, type: nps, stage: s-request, target: 30 }
`;
const V2 = V1.replace(
  '  - { id: s-request, name: Request }',
  '  - { id: s-request, name: Request }\n  - { id: s-support, name: Support }',
)
  .replace('Slow answers to requests }', 'Slow answers to requests, severity: high }')
  .replace('target: 30', 'target: 40');
const ROLE = `version: 1
id: pj-procurement
extends: partner-journey
persona: p-procurement
overrides:
  lanes:
    l-pains:
      - { stage: s-aware, text: No public prices, severity: critical }
`;

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'tropa-diff-'));
  for (const [folder, base] of [
    ['v1', V1],
    ['v2', V2],
  ] as const) {
    mkdirSync(join(dir, folder));
    writeFileSync(join(dir, folder, 'partner.yaml'), base);
    writeFileSync(join(dir, folder, 'procurement.yaml'), ROLE);
  }
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('tropa diff', () => {
  it('prints the semantic diff of two versions, grouped by entity, and exits 0', async () => {
    const { code, stdout } = await tropa(['diff', 'v1/partner.yaml', 'v2/partner.yaml'], dir);
    expect(code).toBe(0);
    expect(stdout).toBe(
      [
        'Changes from v1/partner.yaml to v2/partner.yaml:',
        '',
        'Stages:',
        '  + stage s-support "Support"',
        '',
        'Cards:',
        '  ~ card l-pains/s-request "Slow answers to requests" severity: medium → high',
        '',
        'KPIs:',
        '  ~ KPI k-nps "nps" target: 30 → 40',
        '',
        '1 added, 0 removed, 2 changed, 0 moved',
        '',
      ].join('\n'),
    );
  });

  it('resolves role maps first, and picks them with --role; speaks Russian', async () => {
    const { code, stdout } = await tropa(
      ['diff', '--lang', 'ru', 'v1/partner.yaml', 'v2/partner.yaml', '--role', 'procurement'],
      dir,
    );
    expect(code).toBe(0);
    expect(stdout).toContain('Изменения от v1/partner.yaml к v2/partner.yaml:');
    expect(stdout).toContain('  + этап s-support «Support»');
    const roles = await tropa(['diff', 'v1/partner.yaml', 'v1/procurement.yaml'], dir);
    expect(roles.stdout).toContain('      persona: (none) → p-procurement\n');
    expect(roles.stdout).toContain('  + card l-pains/s-aware "No public prices"');
  });

  it('prints the changes as JSON with --format json', async () => {
    const { code, stdout } = await tropa(
      ['diff', '--format', 'json', 'v1/partner.yaml', 'v2/partner.yaml'],
      dir,
    );
    expect(code).toBe(0);
    const report = JSON.parse(stdout) as {
      from: string;
      to: string;
      changes: Array<{ op: string; entity: string; key: string }>;
    };
    expect(report.from).toBe('v1/partner.yaml');
    expect(report.changes.map((c) => `${c.op} ${c.entity} ${c.key}`)).toEqual([
      'added stage s-support',
      'changed card l-pains/s-request',
      'changed kpi k-nps',
    ]);
  });

  it('shows how every role map beside a base differs from it with --divergence', async () => {
    const { code, stdout } = await tropa(['diff', '--divergence', 'v1/partner.yaml'], dir);
    expect(code).toBe(0);
    expect(stdout).toContain('How 1 role map(s) differ from the base map partner-journey');
    expect(stdout).toContain('  l-pains × s-aware: pj-procurement +1');
    const examples = await tropa(
      ['diff', '--divergence', 'examples/b2b-partner-journey/en/partner-journey.yaml'],
      repo,
    );
    expect(examples.code).toBe(0);
    for (const role of ['chief-engineer', 'director', 'financier', 'procurement', 'technologist']) {
      expect(examples.stdout).toContain(`Role map partner-journey-${role} `);
    }
  });

  it('fails with the errors when a file cannot be loaded, and is a usage error without two files', async () => {
    const missing = await tropa(['diff', 'v1/partner.yaml', 'v3/partner.yaml'], dir);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain('v3/partner.yaml  error  The file does not exist.');
    expect((await tropa(['diff', 'v1/partner.yaml'], dir)).code).toBe(2);
    expect((await tropa(['diff', '--divergence', 'a.yaml', 'b.yaml'], dir)).code).toBe(2);
    expect((await tropa(['diff', '--format', 'html', 'a.yaml', 'b.yaml'], dir)).code).toBe(2);
  });
});
