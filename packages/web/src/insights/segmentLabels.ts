import type { Localized } from '@tropa/core';

// Readable names for the DESIGN's segment attributes and buying-centre roles; anything else as it is.
const ATTRIBUTES: Record<string, Localized> = {
  age_group: { en: 'Age group', ru: 'Возрастная группа' },
  age: { en: 'Age', ru: 'Возраст' },
  role: { en: 'Role', ru: 'Роль' },
  segment: { en: 'Segment', ru: 'Сегмент' },
  region: { en: 'Region', ru: 'Регион' },
};

const VALUES: Record<string, Localized> = {
  'chief-engineer': { en: 'Chief engineer', ru: 'Главный инженер' },
  procurement: { en: 'Procurement', ru: 'Закупки' },
  director: { en: 'Director', ru: 'Директор' },
  technologist: { en: 'Technologist', ru: 'Технолог' },
  financier: { en: 'Financier', ru: 'Финансист' },
};

export function attributeName(id: string, t: (text: Localized) => string): string {
  const known = ATTRIBUTES[id];
  return known ? t(known) : id;
}

export function segmentValueName(id: string, t: (text: Localized) => string): string {
  const known = VALUES[id];
  return known ? t(known) : id;
}
