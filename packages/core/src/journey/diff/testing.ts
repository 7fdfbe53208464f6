import { Journey } from '../schema/index.ts';

// Test factory (used by the diff and role-map tests): a small but realistic B2B partner journey.

type Entity = { id: string; [field: string]: unknown };

/**
 * An author's document, typed loosely so a test can edit it freely (`Journey.parse` checks it):
 * the schema's own input type is a union per lane that plain edits cannot satisfy.
 */
export interface EditableJourney {
  [field: string]: unknown;
  stages: Entity[];
  lanes: Array<{
    id: string;
    type: string;
    title?: string;
    cards: Array<{ stage: string; [field: string]: unknown }>;
  }>;
  personas: Entity[];
  channels: Array<string | Entity>;
  touchpoints: Entity[];
  goals: Entity[];
  kpis: Entity[];
  improvements: Entity[];
}

/** A partner journey of an equipment supplier, in Russian, as an author would write it. */
export function partnerJourneyInput(): EditableJourney {
  return {
    version: 1,
    id: 'partner-journey',
    title: 'Путь партнёра — поставка оборудования',
    lang: 'ru',
    goals: [{ id: 'g-repeat', text: 'Повысить долю повторных сделок', kpis: ['k-repeat'] }],
    personas: [
      {
        id: 'p-engineer',
        kind: 'buying-centre-role',
        role: 'chief-engineer',
        name: 'Главный инженер',
        channels: ['phone', 'email'],
      },
      { id: 'p-procurement', kind: 'buying-centre-role', role: 'procurement', name: 'Закупщик' },
    ],
    stages: [
      { id: 's-aware', name: 'Знакомство' },
      { id: 's-request', name: 'Запрос и КП' },
      { id: 's-contract', name: 'Договор' },
      { id: 's-support', name: 'Сервис' },
    ],
    channels: ['site', 'account', 'phone', 'email'],
    touchpoints: [
      {
        id: 't-form',
        name: 'Форма запроса КП',
        stage: 's-request',
        channel: 'site',
        owner: 'Отдел продаж',
        match: { activity: ['request_form_sent'] },
      },
      { id: 't-call', name: 'Звонок менеджера', stage: 's-contract', channel: 'phone', kind: 'human' },
    ],
    lanes: [
      {
        id: 'l-actions',
        type: 'actions',
        cards: [
          { stage: 's-aware', text: 'Ищет поставщика на выставке и в поиске' },
          { stage: 's-request', text: 'Отправляет заявку на КП через сайт' },
        ],
      },
      {
        id: 'l-emotions',
        type: 'emotions',
        cards: [
          { stage: 's-aware', emotion: 1, feeling: 'interest' },
          { stage: 's-request', emotion: -1, feeling: 'impatience' },
          { stage: 's-contract', emotion: 0, feeling: 'doubt' },
        ],
      },
      {
        id: 'l-pains',
        type: 'pains',
        cards: [
          { id: 'pain-prices', stage: 's-aware', text: 'Нет цен в открытом доступе', severity: 'high' },
          { stage: 's-request', text: 'Долго ждать ответа на запрос' },
          { stage: 's-support', text: 'Трудно дозвониться в сервис', severity: 'high' },
        ],
      },
    ],
    kpis: [
      { id: 'k-nps-request', type: 'nps', stage: 's-request', target: 30 },
      { id: 'k-repeat', type: 'repeat-deal', target: 0.4 },
    ],
    improvements: [
      {
        id: 'i-pricelist',
        title: 'Опубликовать прайс-лист в личном кабинете',
        addresses: ['pain-prices'],
        kpi: 'k-nps-request',
        status: 'done',
        doneAt: '2026-03-01',
      },
    ],
    review: { cadenceMonths: 6, lastReviewedAt: '2026-05-15' },
  };
}

/** A parsed journey: the partner journey with top-level fields replaced by `overrides`. */
export function buildJourney(overrides: Partial<EditableJourney> = {}): Journey {
  return Journey.parse({ ...partnerJourneyInput(), ...overrides });
}

/** The partner journey after `edit`, applied to a fresh copy of the author's input, then parsed. */
export function editedJourney(edit: (input: EditableJourney) => void): Journey {
  const input = partnerJourneyInput();
  edit(input);
  return Journey.parse(input);
}
