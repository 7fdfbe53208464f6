import { describe, expect, it } from 'vitest';
import type { JourneyInput } from '../../schema/journey.ts';
import { Journey } from '../../schema/journey.ts';
import { describeIssues } from '../describe.ts';
import { formatPath } from '../issue.ts';
import { checkJourney } from './checkJourney.ts';

/** A small valid journey; tests override what they need. */
function buildJourney(overrides: Partial<JourneyInput> = {}) {
  return Journey.parse({
    version: 1,
    id: 'j',
    title: 'J',
    stages: [
      { id: 's-aware', name: 'Aware' },
      { id: 's-buy', name: 'Buy' },
    ],
    channels: ['site', 'phone'],
    personas: [{ id: 'p-eng', kind: 'buying-centre-role', role: 'chief-engineer', name: 'Engineer' }],
    touchpoints: [{ id: 't-form', name: 'Form', stage: 's-aware', channel: 'site' }],
    lanes: [
      { id: 'l-pains', type: 'pains', cards: [{ id: 'pain-1', stage: 's-aware', text: 'Slow' }] },
      { id: 'l-emotions', type: 'emotions', cards: [{ stage: 's-aware', emotion: -1 }] },
    ],
    kpis: [{ id: 'k-nps', type: 'nps', stage: 's-buy' }],
    improvements: [{ id: 'i-1', title: 'Faster', addresses: ['pain-1'], kpi: 'k-nps' }],
    goals: [{ id: 'g-1', text: 'Grow', kpis: ['k-nps'] }],
    ...overrides,
  });
}

const found = (overrides: Partial<JourneyInput>) =>
  checkJourney(buildJourney(overrides)).map((i) => [i.code, formatPath(i.path)]);

describe('checkJourney', () => {
  it('finds nothing wrong with a consistent journey', () => {
    expect(checkJourney(buildJourney())).toEqual([]);
  });

  it('finds duplicate ids per collection, and card ids across lanes', () => {
    expect(
      found({
        stages: [
          { id: 's-aware', name: 'A' },
          { id: 's-buy', name: 'B' },
          { id: 's-aware', name: 'C' },
        ],
        channels: ['site', { id: 'site', name: 'Site again' }, 'phone'],
        lanes: [
          { id: 'l-pains', type: 'pains', cards: [{ id: 'pain-1', stage: 's-aware', text: 'Slow' }] },
          { id: 'l-wow', type: 'wow', cards: [{ id: 'pain-1', stage: 's-buy', text: 'Fast' }] },
        ],
      }),
    ).toEqual([
      ['duplicate-id', 'stages[2].id'],
      ['duplicate-id', 'channels[1].id'],
      ['duplicate-id', 'lanes[1].cards[0].id'],
    ]);
  });

  it('follows every kind of reference', () => {
    expect(
      found({
        persona: 'p-none',
        goals: [{ id: 'g-1', text: 'Grow', kpis: ['k-none'] }],
        personas: [{ id: 'p-eng', kind: 'customer', name: 'E', channels: ['fax'] }],
        touchpoints: [{ id: 't-form', name: 'Form', stage: 's-none', channel: 'fax' }],
        kpis: [
          { id: 'k-nps', type: 'nps', stage: 's-none', touchpoint: 't-none' },
          { id: 'k-conv', type: 'conversion', fromStage: 's-none', toStage: 's-buy' },
        ],
        lanes: [
          { id: 'l-tp', type: 'touchpoints', cards: [{ stage: 's-buy', touchpoint: 't-none' }] },
          { id: 'l-ch', type: 'channels', cards: [{ stage: 's-buy', channel: 'fax' }] },
          { id: 'l-kpi', type: 'kpis', cards: [{ stage: 's-buy', kpi: 'k-none' }] },
          { id: 'l-th', type: 'thoughts', cards: [{ stage: 's-buy', quote: 'Hm', persona: 'p-none' }] },
        ],
        improvements: [{ id: 'i-1', title: 'Faster', addresses: ['pain-none'], kpi: 'k-none' }],
        reviews: [{ date: '2026-01-01', kpis: [{ kpi: 'k-none', value: 1 }] }],
      }).map(([, path]) => path),
    ).toEqual([
      'persona',
      'goals[0].kpis[0]',
      'personas[0].channels[0]',
      'touchpoints[0].stage',
      'touchpoints[0].channel',
      'kpis[0].stage',
      'kpis[0].touchpoint',
      'kpis[1].fromStage',
      'lanes[0].cards[0].touchpoint',
      'lanes[1].cards[0].channel',
      'lanes[2].cards[0].kpi',
      'lanes[3].cards[0].persona',
      'improvements[0].kpi',
      'improvements[0].addresses[0]',
      'reviews[0].kpis[0].kpi',
    ]);
  });

  it('wants improvements to address pain cards, not other cards', () => {
    const issues = checkJourney(
      buildJourney({
        lanes: [{ id: 'l-a', type: 'actions', cards: [{ id: 'c-1', stage: 's-aware', text: 'Reads' }] }],
        improvements: [{ id: 'i-1', title: 'Faster', addresses: ['c-1'] }],
      }),
    );
    const [worded] = describeIssues(issues, { file: 'j.yaml' });
    expect(worded?.message).toBe(
      "`addresses[0]` refers to card 'c-1', which is in the `actions` lane `l-a`, not in a pains lane.",
    );
  });

  it('checks match patterns against RE2, wants roles named and dates in order', () => {
    expect(
      found({
        touchpoints: [
          {
            id: 't-form',
            name: 'Form',
            stage: 's-aware',
            match: [{ activity: 'a' }, { pattern: '([' }, { pattern: 'a(?!b)' }],
          },
        ],
        personas: [{ id: 'p-eng', kind: 'buying-centre-role', name: 'Engineer' }],
        improvements: [
          {
            id: 'i-1',
            title: 'Faster',
            addresses: ['pain-1'],
            startedAt: '2026-05-01',
            dueAt: '2026-04-01',
            doneAt: '2026-04-02',
            status: 'done',
          },
        ],
        reviews: [{ date: '2026-06-01', period: { from: '2026-05-01', to: '2025-11-01' } }],
      }),
    ).toEqual([
      ['invalid-regex', 'touchpoints[0].match[1].pattern'],
      ['unsupported-regex', 'touchpoints[0].match[2].pattern'],
      ['missing-role', 'personas[0]'],
      ['date-order', 'improvements[0].doneAt'],
      ['date-order', 'improvements[0].dueAt'],
      ['date-order', 'reviews[0].period.to'],
    ]);
  });

  it('warns about a backwards KPI and a crowded emotion stage', () => {
    const issues = checkJourney(
      buildJourney({
        kpis: [{ id: 'k-nps', type: 'time-between', fromStage: 's-buy', toStage: 's-aware' }],
        lanes: [
          { id: 'l-pains', type: 'pains', cards: [{ id: 'pain-1', stage: 's-aware', text: 'Slow' }] },
          {
            id: 'l-emotions',
            type: 'emotions',
            cards: [
              { stage: 's-aware', emotion: -1 },
              { stage: 's-buy', emotion: 1 },
              { stage: 's-aware', emotion: 2 },
            ],
          },
        ],
      }),
    );
    expect(issues.map((i) => [i.code, i.severity, formatPath(i.path)])).toEqual([
      ['stage-order', 'warning', 'kpis[0].fromStage'],
      ['several-emotions-in-stage', 'warning', 'lanes[1].cards[2].stage'],
    ]);
  });

  it('never changes the journey it checks', () => {
    const journey = buildJourney({ persona: 'p-none' });
    const copy = structuredClone(journey);
    checkJourney(journey);
    expect(journey).toEqual(copy);
  });
});
