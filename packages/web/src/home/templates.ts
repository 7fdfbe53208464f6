import { type Journey, type Lang, parseJourneyDocument } from '@tropa/core';
import b2bEn from '../../../../examples/b2b-partner-journey/en/partner-journey.yaml?raw';
import b2bRu from '../../../../examples/b2b-partner-journey/ru/partner-journey.yaml?raw';
import b2cEn from '../../../../examples/b2c-contact-centre/en/contact-centre.yaml?raw';
import b2cRu from '../../../../examples/b2c-contact-centre/ru/contact-centre.yaml?raw';

export type TemplateId = 'b2b' | 'b2c' | 'blank';

export const TEMPLATES: { id: TemplateId; title: Record<Lang, string>; hint: Record<Lang, string> }[] = [
  {
    id: 'b2b',
    title: { en: 'B2B partner journey', ru: 'B2B: путь партнёра' },
    hint: {
      en: 'Equipment supply: eight stages, a buying centre of five roles',
      ru: 'Поставка оборудования: восемь этапов, закупочный центр из пяти ролей',
    },
  },
  {
    id: 'b2c',
    title: { en: 'B2C contact centre', ru: 'B2C: контакт-центр' },
    hint: { en: 'A customer with a question, across channels', ru: 'Клиент с вопросом, через все каналы' },
  },
  {
    id: 'blank',
    title: { en: 'Blank map', ru: 'Пустая карта' },
    hint: { en: 'Three stages and the usual lanes', ru: 'Три этапа и основные дорожки' },
  },
];

function blank(lang: Lang): Journey {
  const ru = lang === 'ru';
  return {
    version: 1,
    id: 'journey',
    title: ru ? 'Новая карта пути' : 'New journey map',
    lang,
    kind: 'current',
    layout: 'linear',
    goals: [],
    personas: [],
    stages: [
      { id: 's-aware', name: ru ? 'Знакомство' : 'Awareness' },
      { id: 's-choose', name: ru ? 'Выбор' : 'Choice' },
      { id: 's-use', name: ru ? 'Использование' : 'Use' },
    ],
    channels: [],
    touchpoints: [],
    lanes: [
      { id: 'l-actions', type: 'actions', cards: [] },
      { id: 'l-emotions', type: 'emotions', cards: [] },
      { id: 'l-pains', type: 'pains', cards: [] },
      { id: 'l-opportunities', type: 'opportunities', cards: [] },
    ],
    kpis: [],
    improvements: [],
    review: { cadenceMonths: 6 },
    reviews: [],
  };
}

const SOURCES: Record<Exclude<TemplateId, 'blank'>, Record<Lang, string>> = {
  b2b: { en: b2bEn, ru: b2bRu },
  b2c: { en: b2cEn, ru: b2cRu },
};

/** A new map from a template, in the UI language, with an id not yet used in the workspace. */
export function journeyFromTemplate(id: TemplateId, lang: Lang, takenSlugs: ReadonlySet<string>): Journey {
  let journey = blank(lang);
  if (id !== 'blank') {
    const parsed = parseJourneyDocument(SOURCES[id][lang], { file: `${id}.yaml`, lang });
    if (parsed.ok && parsed.document.kind === 'journey') journey = parsed.document.journey;
  }
  let slug = journey.id;
  for (let n = 2; takenSlugs.has(slug); n++) slug = `${journey.id}-${n}`;
  return { ...journey, id: slug };
}
