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
    name: { en: 'Discovery', ru: 'Знакомство' },
    goal: { en: 'How does the customer learn about us?', ru: 'Как клиент узнаёт о нас?' },
    channel: 'social',
  },
  {
    id: 's-choice',
    name: { en: 'Choice', ru: 'Выбор' },
    goal: { en: 'What helps the customer choose?', ru: 'Что помогает клиенту выбрать?' },
    channel: 'site',
  },
  {
    id: 's-purchase',
    name: { en: 'Purchase', ru: 'Покупка' },
    goal: { en: 'What makes buying quick and safe?', ru: 'Что делает покупку быстрой и надёжной?' },
    channel: 'app',
  },
  {
    id: 's-use',
    name: { en: 'Use', ru: 'Использование' },
    goal: {
      en: 'What does the customer expect in everyday use?',
      ru: 'Чего клиент ждёт в повседневном использовании?',
    },
    channel: 'app',
  },
  {
    id: 's-support',
    name: { en: 'Support', ru: 'Поддержка' },
    goal: {
      en: 'How does the customer want a problem solved?',
      ru: 'Как клиент хочет, чтобы решили его проблему?',
    },
    channel: 'chat',
  },
  {
    id: 's-loyalty',
    name: { en: 'Repeat purchases', ru: 'Повторные покупки' },
    goal: { en: 'What brings the customer back?', ru: 'Что заставит клиента вернуться?' },
    channel: 'app',
  },
];

const prompts: LanePrompts = {
  actions: {
    en: 'What does the customer do at “{stage}”?',
    ru: 'Что делает клиент на этапе «{stage}»?',
  },
  thoughts: {
    en: 'What does the customer think or say at “{stage}”? Quote their words from reviews or calls.',
    ru: 'Что клиент думает и говорит на этапе «{stage}»? Приведите его слова из отзывов или звонков.',
  },
  emotions: {
    en: 'How does the customer feel at “{stage}”? Set emotion (−2…+2) and feeling.',
    ru: 'Что чувствует клиент на этапе «{stage}»? Задайте emotion (−2…+2) и feeling.',
  },
  pains: {
    en: 'What gets in the customer’s way at “{stage}”? Do they have to repeat themselves?',
    ru: 'Что мешает клиенту на этапе «{stage}»? Приходится ли ему повторять свою историю?',
  },
  opportunities: {
    en: 'How could “{stage}” be made easier or faster?',
    ru: 'Как сделать этап «{stage}» проще или быстрее?',
  },
  wow: {
    en: 'What could pleasantly surprise the customer at “{stage}”?',
    ru: 'Чем можно приятно удивить клиента на этапе «{stage}»?',
  },
  backstage: {
    en: 'Which staff, systems and processes work behind the scenes here?',
    ru: 'Какие сотрудники, системы и процессы работают здесь «за кадром»?',
  },
  text: {
    en: 'Notes: data sources, segments, assumptions, open questions.',
    ru: 'Заметки: источники данных, сегменты, допущения, открытые вопросы.',
  },
};

function touchpoints(lang: Lang): TouchpointInput[] {
  return [
    {
      id: 't-chat',
      name: { en: 'Chat with support', ru: 'Чат с поддержкой' }[lang],
      stage: 's-support',
      channel: 'chat',
      owner: { en: 'Contact centre', ru: 'Контакт-центр' }[lang],
      kind: 'human',
      // Counts `chat_started` events, but only those the log marks as coming from the chat channel.
      match: { activity: ['chat_started'], channel: ['chat'] },
    },
  ];
}

function kpis(lang: Lang): KpiInput[] {
  const t = (text: Localized) => text[lang];
  return [
    {
      id: 'k-conv-choice-purchase',
      type: 'conversion',
      name: t({ en: 'Choice to purchase', ru: 'Конверсия из выбора в покупку' }),
      fromStage: 's-choice',
      toStage: 's-purchase',
      target: 0.2,
    },
    {
      id: 'k-csat-purchase',
      type: 'csat',
      name: t({ en: 'Purchase CSAT', ru: 'CSAT покупки' }),
      stage: 's-purchase',
      target: 0.85,
    },
    {
      id: 'k-nps-use',
      type: 'nps',
      name: t({ en: 'NPS in use', ru: 'NPS при использовании' }),
      stage: 's-use',
      target: 30,
    },
    {
      id: 'k-ces-support',
      type: 'ces',
      name: t({ en: 'Ease of getting help', ru: 'Лёгкость получения помощи' }),
      stage: 's-support',
      target: 5.5,
    },
    {
      id: 'k-response-chat',
      type: 'response-time',
      name: t({ en: 'Time to an operator in chat', ru: 'Время до оператора в чате' }),
      stage: 's-support',
      pairs: [{ from: 'chat_started', to: 'chat_operator' }],
      unit: t({ en: 'min', ru: 'мин' }),
      target: 3,
    },
    {
      id: 'k-support',
      type: 'support-contacts',
      name: t({ en: 'Contacts per problem', ru: 'Обращений на одну проблему' }),
      stage: 's-support',
      target: 1.3,
    },
    {
      id: 'k-repeat',
      type: 'repeat-deal',
      name: t({ en: 'Repeat purchases', ru: 'Доля повторных покупок' }),
      stage: 's-loyalty',
      target: 0.35,
    },
  ];
}

/** A starter B2C customer journey: a customer persona per age group and a path from discovery to loyalty. */
export function b2cTemplate(lang: Lang, id: string): JourneyInput {
  const t = (text: Localized) => text[lang];
  const contacts = touchpoints(lang);
  const measures = kpis(lang);
  const persona = (personaId: string, ageGroup: string, name: Localized, channels: string[]) => ({
    id: personaId,
    kind: 'customer' as const,
    name: t(name),
    ageGroup,
    goals: [t({ en: 'What does this customer want to achieve?', ru: 'Чего этот клиент хочет добиться?' })],
    pains: [t({ en: 'What annoys or worries them?', ru: 'Что его раздражает или тревожит?' })],
    channels,
    quote: t({ en: 'A typical phrase of the customer.', ru: 'Характерная фраза клиента.' }),
  });
  return {
    version: 1,
    id,
    title: t({ en: 'Customer journey', ru: 'Путь клиента' }),
    description: t({
      en: 'A customer journey from discovery to repeat purchases. Age groups use different channels: describe each.',
      ru: 'Путь клиента от знакомства до повторных покупок. Возрастные группы выбирают разные каналы — опишите каждую.',
    }),
    lang,
    kind: 'current',
    layout: 'linear',
    persona: 'p-customer',
    goals: [
      {
        id: 'g-study',
        kind: 'study',
        text: t({
          en: 'Understand where customers drop out between choice and purchase.',
          ru: 'Понять, где клиенты уходят между выбором и покупкой.',
        }),
        kpis: ['k-conv-choice-purchase', 'k-nps-use'],
      },
      {
        id: 'g-support',
        kind: 'remove-touchpoints',
        text: t({
          en: 'Solve a problem in the first channel the customer chose, without repeat contacts.',
          ru: 'Решать проблему в том канале, куда клиент обратился, без повторных обращений.',
        }),
        kpis: ['k-support', 'k-ces-support'],
      },
    ],
    personas: [
      persona('p-customer', '25-34', { en: 'Customer, 25–34', ru: 'Клиент 25–34 лет' }, [
        'app',
        'chat',
        'social',
      ]),
      persona('p-customer-55', '55+', { en: 'Customer, 55+', ru: 'Клиент 55+' }, ['phone', 'offline']),
    ],
    stages: stages.map((s) => ({ id: s.id, name: t(s.name), goal: t(s.goal) })),
    channels: ['site', 'app', 'chat', 'phone', 'social', 'offline'],
    touchpoints: contacts,
    lanes: placeholderLanes({
      lang,
      stages,
      prompts,
      touchpoints: contacts,
      kpis: measures,
      wowStages: ['s-support'],
    }),
    kpis: measures,
    improvements: [
      {
        id: 'i-example',
        title: t({
          en: 'Example: an “operator” button in the chat bot',
          ru: 'Пример: кнопка «Позвать оператора» в чат-боте',
        }),
        description: t({
          en: 'Replace with a real improvement: the pain it removes, the KPI it should move, its owner.',
          ru: 'Замените реальным улучшением: какую боль оно снимает, какой KPI сдвинет, кто отвечает.',
        }),
        addresses: [painId('s-support')],
        kpi: 'k-ces-support',
        status: 'idea',
      },
    ],
    review: { cadenceMonths: 6 },
    reviews: [],
  };
}
