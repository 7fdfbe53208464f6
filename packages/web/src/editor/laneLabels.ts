import type { Feeling, LaneType, Localized, Severity } from '@tropa/core';

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

export const SEVERITY_LABELS: Record<Severity, Localized> = {
  low: { en: 'Low', ru: 'Низкая' },
  medium: { en: 'Medium', ru: 'Средняя' },
  high: { en: 'High', ru: 'Высокая' },
  critical: { en: 'Critical', ru: 'Критичная' },
};

export const FEELING_LABELS: Record<Feeling, Localized> = {
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
