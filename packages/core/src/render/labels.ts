import type { Localized } from '../i18n.ts';
import type { ChannelIcon } from '../journey/schema/channel.ts';
import type { Severity } from '../journey/schema/common.ts';
import type { KpiType } from '../journey/schema/kpi.ts';
import type { Feeling, LaneType } from '../journey/schema/lane.ts';
import type { KnownRole } from '../journey/schema/persona.ts';

/** Default titles of lanes, used when a lane has no title of its own. */
export const LANE_TITLES: Record<LaneType, Localized> = {
  actions: { en: 'Actions', ru: 'Действия' },
  touchpoints: { en: 'Touchpoints', ru: 'Точки контакта' },
  channels: { en: 'Channels', ru: 'Каналы' },
  thoughts: { en: 'Thoughts', ru: 'Мысли' },
  emotions: { en: 'Emotions', ru: 'Эмоции' },
  pains: { en: 'Pains and barriers', ru: 'Боли и барьеры' },
  opportunities: { en: 'Opportunities', ru: 'Возможности' },
  wow: { en: 'Wow moments', ru: 'Вау-моменты' },
  kpis: { en: 'KPIs', ru: 'KPI' },
  backstage: { en: 'Backstage', ru: 'Закулисье' },
  text: { en: 'Notes', ru: 'Заметки' },
};

export const FEELING_NAMES: Record<Feeling, Localized> = {
  interest: { en: 'interest', ru: 'интерес' },
  confusion: { en: 'confusion', ru: 'растерянность' },
  hope: { en: 'hope', ru: 'надежда' },
  doubt: { en: 'doubt', ru: 'сомнение' },
  trust: { en: 'trust', ru: 'доверие' },
  irritation: { en: 'irritation', ru: 'раздражение' },
  impatience: { en: 'impatience', ru: 'нетерпение' },
  confidence: { en: 'confidence', ru: 'уверенность' },
  satisfaction: { en: 'satisfaction', ru: 'удовлетворение' },
  joy: { en: 'joy', ru: 'радость' },
  disappointment: { en: 'disappointment', ru: 'разочарование' },
};

export const SEVERITY_NAMES: Record<Severity, Localized> = {
  low: { en: 'low', ru: 'низкая' },
  medium: { en: 'medium', ru: 'средняя' },
  high: { en: 'high', ru: 'высокая' },
  critical: { en: 'critical', ru: 'критичная' },
};

export const CHANNEL_NAMES: Record<ChannelIcon, Localized> = {
  site: { en: 'Website', ru: 'Сайт' },
  account: { en: 'Personal account', ru: 'Личный кабинет' },
  phone: { en: 'Phone', ru: 'Телефон' },
  email: { en: 'E-mail', ru: 'Эл. почта' },
  chat: { en: 'Chat', ru: 'Чат' },
  messenger: { en: 'Messenger', ru: 'Мессенджер' },
  social: { en: 'Social network', ru: 'Соцсети' },
  offline: { en: 'Offline', ru: 'Офлайн' },
  support: { en: 'Support', ru: 'Поддержка' },
  app: { en: 'Mobile app', ru: 'Приложение' },
  marketplace: { en: 'Marketplace', ru: 'Маркетплейс' },
  event: { en: 'Event', ru: 'Мероприятие' },
  other: { en: 'Other', ru: 'Другое' },
};

export const KPI_TYPE_NAMES: Record<KpiType, Localized> = {
  nps: { en: 'NPS', ru: 'NPS' },
  csat: { en: 'CSAT', ru: 'CSAT' },
  ces: { en: 'CES', ru: 'CES' },
  conversion: { en: 'Conversion', ru: 'Конверсия' },
  'time-between': { en: 'Time between stages', ru: 'Время между этапами' },
  'repeat-deal': { en: 'Repeat deals', ru: 'Повторные сделки' },
  'response-time': { en: 'Response time', ru: 'Время ответа' },
  'support-contacts': { en: 'Support contacts', ru: 'Обращения в поддержку' },
  custom: { en: 'Custom', ru: 'Свой показатель' },
};

export const ROLE_NAMES: Record<KnownRole, Localized> = {
  'chief-engineer': { en: 'Chief engineer', ru: 'Главный инженер' },
  procurement: { en: 'Procurement', ru: 'Закупки' },
  director: { en: 'Director', ru: 'Директор' },
  technologist: { en: 'Technologist', ru: 'Технолог' },
  financier: { en: 'Financier', ru: 'Финансист' },
};

export const TOUCHPOINT_KINDS: Record<'human' | 'digital' | 'physical', Localized> = {
  human: { en: 'human', ru: 'живой контакт' },
  digital: { en: 'digital', ru: 'цифровая' },
  physical: { en: 'physical', ru: 'физическая' },
};

export const BACKSTAGE_KINDS: Record<'staff' | 'system' | 'process', Localized> = {
  staff: { en: 'staff', ru: 'сотрудники' },
  system: { en: 'system', ru: 'система' },
  process: { en: 'process', ru: 'процесс' },
};

/** Every other word the map prints. */
export const WORDS = {
  current: { en: 'Current state', ru: 'Текущее состояние' },
  future: { en: 'Future state', ru: 'Целевое состояние' },
  persona: { en: 'Persona', ru: 'Персона' },
  personas: { en: 'Personas', ru: 'Персоны' },
  goals: { en: 'Goals of the map', ru: 'Цели карты' },
  review: { en: 'Review', ru: 'Пересмотр' },
  lastReview: { en: 'Last review', ru: 'Последний пересмотр' },
  nextReview: { en: 'Next review due', ru: 'Следующий пересмотр' },
  notReviewed: { en: 'not reviewed yet', ru: 'ещё не пересматривалась' },
  overdue: { en: 'overdue', ru: 'просрочен' },
  dueSoon: { en: 'due soon', ru: 'скоро' },
  reviewNow: { en: 'review now', ru: 'пересмотреть сейчас' },
  everyMonths: { en: 'every {n} months', ru: 'раз в {n} мес.' },
  ageGroup: { en: 'age {age}', ru: 'возраст {age}' },
  stage: { en: 'Stage', ru: 'Этап' },
  stageGoal: { en: 'Goal', ru: 'Цель' },
  severity: { en: 'severity', ru: 'критичность' },
  quitPoint: { en: 'quit point', ru: 'точка ухода' },
  quitPointHint: { en: 'partners quit the journey here', ru: 'здесь партнёры уходят' },
  evidence: { en: 'Evidence', ru: 'Подтверждение' },
  owner: { en: 'owner', ru: 'владелец' },
  target: { en: 'target', ru: 'цель' },
  higherBetter: { en: 'higher is better', ru: 'чем выше, тем лучше' },
  lowerBetter: { en: 'lower is better', ru: 'чем ниже, тем лучше' },
  noEmotion: { en: 'no data', ru: 'нет данных' },
  legend: { en: 'Legend', ru: 'Условные обозначения' },
  emotionScale: { en: 'Emotion, −2…+2', ru: 'Эмоция, −2…+2' },
  gap: { en: 'stage without emotion', ru: 'этап без оценки эмоции' },
  pain: { en: 'pain', ru: 'боль' },
  opportunity: { en: 'opportunity', ru: 'возможность' },
  wow: { en: 'wow moment', ru: 'вау-момент' },
  channels: { en: 'Channels', ru: 'Каналы' },
  preferredChannels: { en: 'prefers', ru: 'предпочитает' },
  unknownRef: { en: 'not in the map: {id}', ru: 'нет в карте: {id}' },
  madeWith: { en: 'Drawn by Tropa', ru: 'Нарисовано в Tropa' },
  lane: { en: 'Lane', ru: 'Дорожка' },
} satisfies Record<string, Localized>;
