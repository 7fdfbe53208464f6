import { describe, expect, it } from 'vitest';
import { diffJourneys } from './diffJourneys.ts';
import { buildJourney, editedJourney as edited } from './testing.ts';
import type { Change } from './types.ts';

const only = (changes: Change[], entity: Change['entity']) => changes.filter((c) => c.entity === entity);

describe('diffJourneys', () => {
  it('finds nothing between a journey and itself, nor between a document and its written-out defaults', () => {
    const a = buildJourney();
    expect(diffJourneys(a, a).changes).toEqual([]);
    const spelledOut = edited((j) => {
      j.kind = 'current';
      j.layout = 'linear';
      j.lanes[2]?.cards?.splice(1, 1, {
        stage: 's-request',
        text: 'Долго ждать ответа на запрос',
        severity: 'medium',
      });
    });
    expect(diffJourneys(a, spelledOut).changes).toEqual([]);
  });

  it('reads a card whose text and severity were edited as one changed card, not remove + add', () => {
    const b = edited((j) => {
      const pains = j.lanes[2]?.cards;
      pains?.splice(1, 1, {
        stage: 's-request',
        text: 'Очень долго ждать ответа на запрос КП',
        severity: 'high',
      });
    });
    const changes = diffJourneys(buildJourney(), b).changes;
    expect(changes).toEqual([
      {
        entity: 'card',
        op: 'changed',
        key: 'l-pains/s-request',
        label: 'Долго ждать ответа на запрос',
        lane: 'l-pains',
        stage: 's-request',
        fields: [
          {
            field: 'text',
            before: 'Долго ждать ответа на запрос',
            after: 'Очень долго ждать ответа на запрос КП',
          },
          { field: 'severity', before: 'medium', after: 'high' },
        ],
      },
    ]);
  });

  it('follows a card with an id to another stage, and tells a new card from an edited one', () => {
    const b = edited((j) => {
      const pains = j.lanes[2]?.cards ?? [];
      pains[0] = {
        id: 'pain-prices',
        stage: 's-request',
        text: 'Нет цен в открытом доступе',
        severity: 'high',
      };
      // A second pain in a cell that already had one: the old card is unchanged, the new one is added.
      pains.push({ stage: 's-request', text: 'Менеджер не перезванивает', severity: 'critical' });
    });
    const cards = only(diffJourneys(buildJourney(), b).changes, 'card');
    expect(cards.map((c) => [c.op, c.key])).toEqual([
      ['added', 'l-pains/s-request'],
      ['changed', 'l-pains/s-request#pain-prices'],
    ]);
    expect(cards[1]).toMatchObject({ fields: [{ field: 'stage', before: 's-aware', after: 's-request' }] });
  });

  it('reports stages added, renamed and moved, and only the stage that moved', () => {
    const b = edited((j) => {
      const [aware, request, contract, support] = j.stages;
      if (!aware || !request || !contract || !support) throw new Error('the fixture has four stages');
      j.stages = [aware, contract, { ...request, name: 'Запрос и коммерческое предложение' }, support];
      j.stages.push({ id: 's-repeat', name: 'Повторная сделка' });
    });
    const stages = only(diffJourneys(buildJourney(), b).changes, 'stage');
    expect(stages).toEqual([
      {
        entity: 'stage',
        op: 'added',
        key: 's-repeat',
        label: 'Повторная сделка',
        after: { id: 's-repeat', name: 'Повторная сделка' },
      },
      {
        entity: 'stage',
        op: 'changed',
        key: 's-request',
        label: 'Запрос и КП',
        fields: [{ field: 'name', before: 'Запрос и КП', after: 'Запрос и коммерческое предложение' }],
      },
      // s-request and s-contract swapped: one move explains it (the LCS keeps the other three).
      expect.objectContaining({ op: 'moved', from: expect.any(Number), to: expect.any(Number) }),
    ]);
    expect(stages.filter((c) => c.op === 'moved')).toHaveLength(1);
  });

  it('covers map fields, review policy, personas, channels, touchpoints, lanes, KPIs and improvements', () => {
    const b = edited((j) => {
      j.title = 'Путь партнёра';
      j.review = { cadenceMonths: 3, lastReviewedAt: '2026-05-15' };
      j.personas?.push({ id: 'p-director', kind: 'buying-centre-role', role: 'director', name: 'Директор' });
      j.channels = ['site', 'account', 'phone', 'email', 'messenger'];
      const touchpoints = j.touchpoints ?? [];
      touchpoints[1] = {
        id: 't-call',
        name: 'Звонок менеджера',
        stage: 's-contract',
        channel: 'phone',
        kind: 'human',
        owner: 'Продажи',
      };
      j.lanes = [j.lanes[1], j.lanes[0], j.lanes[2]].filter((l) => l !== undefined);
      j.kpis = j.kpis?.filter((k) => k.id !== 'k-repeat');
      j.goals = [{ id: 'g-repeat', text: 'Повысить долю повторных сделок', kpis: [] }];
      const improvement = j.improvements?.[0];
      if (improvement) improvement.owner = 'Маркетинг';
    });
    const changes = diffJourneys(buildJourney(), b).changes;
    const summary = changes.map((c) => `${c.op} ${c.entity} ${c.key}`);
    expect(summary).toEqual([
      'changed map ',
      'changed review ',
      'changed goal g-repeat',
      'added persona p-director',
      'added channel messenger',
      'changed touchpoint t-call',
      'moved lane l-actions', // a swap of two: either one moved; the LCS picks one
      'removed kpi k-repeat',
      'changed improvement i-pricelist',
    ]);
    expect(changes[0]).toMatchObject({ fields: [{ field: 'title', after: 'Путь партнёра' }] });
    expect(changes[5]).toMatchObject({ fields: [{ field: 'owner', before: undefined, after: 'Продажи' }] });
  });

  it('reports a card that changed its place inside a cell as moved', () => {
    const b = edited((j) => {
      j.lanes[0]?.cards?.push({ stage: 's-aware', text: 'Читает отзывы коллег' });
    });
    const c = edited((j) => {
      j.lanes[0]?.cards?.unshift({ stage: 's-aware', text: 'Читает отзывы коллег' });
    });
    const changes = diffJourneys(b, c).changes;
    expect(changes).toHaveLength(1);
    expect(changes[0]).toMatchObject({ entity: 'card', op: 'moved', lane: 'l-actions', stage: 's-aware' });
  });
});
