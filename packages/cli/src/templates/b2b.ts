import type { JourneyInput, Lang, Localized } from '@tropa/core';
import {
  type KpiInput,
  type LanePrompts,
  painId,
  placeholderLanes,
  type StarterStage,
  type TouchpointInput,
} from './placeholders.ts';

const stages: StarterStage[] = [
  {
    id: 's-aware',
    name: { en: 'First contact', ru: 'Знакомство' },
    goal: {
      en: 'What does the partner want to find out first?',
      ru: 'Что партнёр хочет узнать в первую очередь?',
    },
    channel: 'site',
  },
  {
    id: 's-request',
    name: { en: 'Request', ru: 'Запрос' },
    goal: {
      en: 'What does the partner need from the request?',
      ru: 'Что партнёру нужно получить в ответ на запрос?',
    },
    channel: 'account',
  },
  {
    id: 's-proposal',
    name: { en: 'Proposal', ru: 'КП' },
    goal: {
      en: 'What makes a proposal easy to accept?',
      ru: 'Каким должно быть КП, чтобы его легко было принять?',
    },
    channel: 'email',
  },
  {
    id: 's-contract',
    name: { en: 'Contract', ru: 'Договор' },
    goal: { en: 'What must the contract settle?', ru: 'Что партнёр должен согласовать в договоре?' },
    channel: 'email',
  },
  {
    id: 's-delivery',
    name: { en: 'Delivery', ru: 'Поставка' },
    goal: { en: 'What does the partner expect from delivery?', ru: 'Чего партнёр ждёт от поставки?' },
    channel: 'phone',
  },
  {
    id: 's-service',
    name: { en: 'Operation and support', ru: 'Эксплуатация и поддержка' },
    goal: { en: 'What help does the partner need in use?', ru: 'Какая помощь нужна партнёру в работе?' },
    channel: 'support',
  },
  {
    id: 's-repeat',
    name: { en: 'Repeat deals', ru: 'Повторные сделки' },
    goal: { en: 'What brings the partner back?', ru: 'Что заставит партнёра вернуться?' },
    channel: 'account',
  },
];

const prompts: LanePrompts = {
  actions: {
    en: 'What does the partner do at “{stage}”?',
    ru: 'Что делает партнёр на этапе «{stage}»?',
  },
  thoughts: {
    en: 'What does the partner think or say at “{stage}”? Quote their words from interviews.',
    ru: 'Что партнёр думает и говорит на этапе «{stage}»? Приведите его слова из интервью.',
  },
  emotions: {
    en: 'How does the partner feel at “{stage}”? Set emotion (−2…+2) and feeling.',
    ru: 'Что чувствует партнёр на этапе «{stage}»? Задайте emotion (−2…+2) и feeling.',
  },
  pains: {
    en: 'What gets in the partner’s way at “{stage}”? Could they quit here?',
    ru: 'Что мешает партнёру на этапе «{stage}»? Может ли он здесь уйти?',
  },
  opportunities: {
    en: 'How could “{stage}” be made easier or faster?',
    ru: 'Как сделать этап «{stage}» проще или быстрее?',
  },
  wow: {
    en: 'What could pleasantly surprise the partner at “{stage}”?',
    ru: 'Чем можно приятно удивить партнёра на этапе «{stage}»?',
  },
  backstage: {
    en: 'Which staff, systems and processes work behind the scenes here?',
    ru: 'Какие сотрудники, системы и процессы работают здесь «за кадром»?',
  },
  text: {
    en: 'Notes: data sources, assumptions, open questions for the team.',
    ru: 'Заметки: источники данных, допущения, вопросы к команде.',
  },
};

function touchpoints(lang: Lang): TouchpointInput[] {
  return [
    {
      id: 't-request-form',
      name: { en: 'Request form', ru: 'Форма запроса' }[lang],
      stage: 's-request',
      channel: 'account',
      owner: { en: 'Sales', ru: 'Отдел продаж' }[lang],
      kind: 'digital',
      // Each event whose activity is `request_form_sent` is counted at this touchpoint, so at this stage.
      match: { activity: ['request_form_sent'] },
    },
  ];
}

function kpis(lang: Lang): KpiInput[] {
  const t = (text: Localized) => text[lang];
  return [
    {
      id: 'k-nps-request',
      type: 'nps',
      name: t({ en: 'NPS after the request', ru: 'NPS после запроса' }),
      stage: 's-request',
      target: 30,
    },
    {
      id: 'k-time-request-proposal',
      type: 'time-between',
      name: t({ en: 'Time from request to proposal', ru: 'Время от запроса до КП' }),
      fromStage: 's-request',
      toStage: 's-proposal',
      unit: t({ en: 'h', ru: 'ч' }),
      target: 24,
    },
    {
      id: 'k-conv-request-contract',
      type: 'conversion',
      name: t({ en: 'Request to contract', ru: 'Конверсия из запроса в договор' }),
      fromStage: 's-request',
      toStage: 's-contract',
      target: 0.3,
    },
    {
      id: 'k-ces-contract',
      type: 'ces',
      name: t({ en: 'Ease of contracting', ru: 'Лёгкость заключения договора' }),
      stage: 's-contract',
      target: 5.5,
    },
    {
      id: 'k-csat-delivery',
      type: 'csat',
      name: t({ en: 'Delivery CSAT', ru: 'CSAT поставки' }),
      stage: 's-delivery',
      target: 0.85,
    },
    {
      id: 'k-support',
      type: 'support-contacts',
      name: t({ en: 'Support contacts per partner', ru: 'Обращения в поддержку на партнёра' }),
      stage: 's-service',
      target: 1.5,
      better: 'lower',
    },
    {
      id: 'k-repeat',
      type: 'repeat-deal',
      name: t({ en: 'Repeat deals', ru: 'Доля повторных сделок' }),
      stage: 's-repeat',
      target: 0.4,
    },
  ];
}

function role(id: string, role: string, name: Localized, lang: Lang) {
  return {
    id,
    kind: 'buying-centre-role' as const,
    role,
    name: name[lang],
    goals: [lang === 'ru' ? 'Чего эта роль хочет добиться?' : 'What does this role want to achieve?'],
    pains: [lang === 'ru' ? 'Что её раздражает или пугает?' : 'What annoys or worries this role?'],
  };
}

/** A starter B2B partner journey: the partner company, its buying centre and a generalized path. */
export function b2bTemplate(lang: Lang, id: string): JourneyInput {
  const t = (text: Localized) => text[lang];
  const contacts = touchpoints(lang);
  const measures = kpis(lang);
  return {
    version: 1,
    id,
    title: t({ en: 'Partner journey', ru: 'Путь партнёра' }),
    description: t({
      en: 'A generalized partner journey. Derive role maps from it for each member of the buying centre.',
      ru: 'Обобщённый путь партнёра. Ролевые карты для участников закупочного центра наследуют его.',
    }),
    lang,
    kind: 'current',
    layout: 'linear',
    persona: 'p-partner',
    goals: [
      {
        id: 'g-study',
        kind: 'study',
        text: t({
          en: 'Understand how partners really go from first contact to a repeat deal, and where they leave.',
          ru: 'Понять, как партнёры на самом деле проходят путь до повторной сделки и где уходят.',
        }),
        kpis: ['k-conv-request-contract', 'k-nps-request'],
      },
      {
        id: 'g-speed',
        kind: 'fix-path',
        text: t({
          en: 'Answer a request with a proposal within one working day.',
          ru: 'Отвечать на запрос коммерческим предложением в течение рабочего дня.',
        }),
        kpis: ['k-time-request-proposal'],
      },
      {
        id: 'g-repeat',
        kind: 'grow-sales',
        text: t({ en: 'Grow the share of repeat deals.', ru: 'Увеличить долю повторных сделок.' }),
        kpis: ['k-repeat'],
      },
    ],
    personas: [
      {
        id: 'p-partner',
        kind: 'partner',
        name: t({ en: 'Partner company', ru: 'Компания-партнёр' }),
        description: t({
          en: 'Who is the partner: size, industry, what they buy and why?',
          ru: 'Кто партнёр: размер, отрасль, что и зачем покупает?',
        }),
        goals: [t({ en: 'What does the partner want from us?', ru: 'Чего партнёр хочет от нас?' })],
        pains: [t({ en: 'What makes working with us hard?', ru: 'Что мешает работать с нами?' })],
        channels: ['account', 'phone', 'email'],
        quote: t({ en: 'A typical phrase of the partner.', ru: 'Характерная фраза партнёра.' }),
      },
      role('p-chief-engineer', 'chief-engineer', { en: 'Chief engineer', ru: 'Главный инженер' }, lang),
      role(
        'p-procurement',
        'procurement',
        { en: 'Procurement specialist', ru: 'Специалист по закупкам' },
        lang,
      ),
      role('p-director', 'director', { en: 'Director', ru: 'Директор' }, lang),
      role('p-technologist', 'technologist', { en: 'Technologist', ru: 'Технолог' }, lang),
      role('p-financier', 'financier', { en: 'Financial director', ru: 'Финансовый директор' }, lang),
    ],
    stages: stages.map((s) => ({ id: s.id, name: t(s.name), goal: t(s.goal) })),
    channels: ['site', 'account', 'phone', 'email', 'messenger', 'support'],
    touchpoints: contacts,
    lanes: placeholderLanes({
      lang,
      stages,
      prompts,
      touchpoints: contacts,
      kpis: measures,
      wowStages: ['s-delivery'],
    }),
    kpis: measures,
    improvements: [
      {
        id: 'i-example',
        title: t({
          en: 'Example: publish prices in the partner portal',
          ru: 'Пример: опубликовать цены в личном кабинете',
        }),
        description: t({
          en: 'Replace with a real improvement: the pain it removes, the KPI it should move, its owner.',
          ru: 'Замените реальным улучшением: какую боль оно снимает, какой KPI сдвинет, кто отвечает.',
        }),
        addresses: [painId('s-request')],
        kpi: 'k-nps-request',
        status: 'idea',
      },
    ],
    review: { cadenceMonths: 6 },
    reviews: [],
  };
}
