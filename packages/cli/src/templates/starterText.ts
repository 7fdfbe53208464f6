import {
  format,
  Journey,
  type JourneyInput,
  type Lang,
  type Localized,
  stringifyJourneyDocument,
} from '@tropa/core';

const headerText: Localized = {
  en: [
    ' A Tropa journey map, started with `tropa init --template {template}`.',
    ' Replace the questions with what you know about your {who}; delete what does not apply.',
    ' Check it:  tropa validate {file}',
    ' Draw it:   tropa render {file} -o map.html',
  ].join('\n'),
  ru: [
    ' Карта пути Tropa, созданная командой `tropa init --template {template}`.',
    ' Замените вопросы-подсказки тем, что вы знаете о своём {who}; лишнее удалите.',
    ' Проверить:  tropa validate {file}',
    ' Нарисовать: tropa render {file} -o map.html',
  ].join('\n'),
};

const counterpart: Record<string, Localized> = {
  b2b: { en: 'partner', ru: 'партнёре' },
  b2c: { en: 'customer', ru: 'клиенте' },
};

/** A comment before each top-level section: the step of the method it holds. */
const sectionNotes: Record<string, Localized> = {
  goals: {
    en: ' Goals: why the map is made. Tie each goal to the KPIs that show it is reached.',
    ru: ' Цели карты: зачем она делается. Каждая цель связана с KPI, по которым видно, что она достигнута.',
  },
  personas: {
    en: ' Personas: portraits of the counterparty, with goals, pains and preferred channels (most preferred first).',
    ru: ' Персоны: портреты контрагента — цели, боли и предпочитаемые каналы (первым — самый удобный).',
  },
  stages: {
    en: ' Stages: from first contact to long-term cooperation and support. Each stage is a column of the map.',
    ru: ' Этапы: от первого контакта до долгосрочного сотрудничества и поддержки. Каждый этап — колонка карты.',
  },
  channels: {
    en: ' Channels: where the interaction happens (site, account, phone, email, chat, messenger, social, offline...).',
    ru: ' Каналы: где происходит взаимодействие (сайт, личный кабинет, телефон, почта, чат, мессенджер, соцсети, офлайн...).',
  },
  touchpoints: {
    en: ' Touchpoints: stage, channel and owning department. `match` rules assign event-log events (activity, channel) to them.',
    ru: ' Точки контакта: этап, канал и отдел-владелец. Правила `match` относят события журнала (activity, channel) к точке.',
  },
  lanes: {
    en: ' Lanes: the rows of the map; every stage has a cell in each lane. Replace the guiding questions with your findings.',
    ru: ' Дорожки: строки карты; у каждого этапа есть ячейка в каждой дорожке. Замените вопросы своими наблюдениями.',
  },
  kpis: {
    en: ' KPIs per stage, each with a target; `better` says which way is good.',
    ru: ' KPI по этапам, у каждого — целевое значение; `better` — в какую сторону лучше.',
  },
  improvements: {
    en: ' Optimization plan: the pains each improvement removes, the KPI it should move, owner, status, value and effort.',
    ru: ' План улучшений: какие боли снимает улучшение, какой KPI сдвинет, ответственный, статус, ценность и затраты.',
  },
  review: {
    en: ' Regular review: every 6 months by default — a KPI snapshot, compared with the last one, then the map is updated.',
    ru: ' Регулярный пересмотр: по умолчанию раз в 6 месяцев — снимок KPI, сравнение с прошлым, обновление карты.',
  },
  reviews: {
    en: ' KPI snapshots taken at reviews.',
    ru: ' Снимки KPI, сделанные при пересмотрах.',
  },
};

export interface StarterTextOptions {
  template: string;
  lang: Lang;
  /** The file name shown in the header's example commands. */
  file: string;
  json?: boolean;
}

function commentLines(text: string): string[] {
  return text.split('\n').map((line) => `#${line}`);
}

/**
 * The starter map as file text, written by core's `stringifyJourneyDocument`. YAML gets a header
 * and a note before each top-level section saying which step of the method it holds; JSON has no
 * comments, so it is the plain document.
 */
export function starterText(map: JourneyInput, options: StarterTextOptions): string {
  const journey = Journey.parse(map);
  const body = stringifyJourneyDocument({ kind: 'journey', journey }, options.json ? 'json' : 'yaml');
  if (options.json) return body;
  const { lang } = options;
  const who = counterpart[options.template] ?? counterpart.b2c;
  const header = format(headerText, lang, {
    template: options.template,
    file: options.file,
    who: who?.[lang] ?? '',
  });
  const lines: string[] = [...commentLines(header), ''];
  for (const line of body.split('\n')) {
    // Top-level keys are the only lines that start in the first column.
    const key = /^([A-Za-z]+):/.exec(line)?.[1];
    const note = key ? sectionNotes[key] : undefined;
    if (note) {
      if (lines.at(-1) !== '') lines.push('');
      lines.push(...commentLines(note[lang]));
    }
    lines.push(line);
  }
  return lines.join('\n');
}
