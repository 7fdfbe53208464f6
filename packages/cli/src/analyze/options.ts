import type { OptionSpec } from '../command.ts';

/** The options of `tropa analyze`, with their help in English and Russian. */
export const ANALYZE_OPTIONS: Record<string, OptionSpec> = {
  events: {
    type: 'string',
    description: {
      en: 'Event log: CSV, JSON Lines, Parquet, XES (.gz too)',
      ru: 'Журнал событий: CSV, JSON Lines, Parquet, XES (и .gz)',
    },
  },
  journey: {
    type: 'string',
    description: {
      en: 'Journey map (YAML/JSON) with touchpoint match rules',
      ru: 'Карта пути (YAML/JSON) с правилами сопоставления',
    },
  },
  surveys: {
    type: 'string',
    description: { en: 'Survey answers (CSV or JSON Lines)', ru: 'Ответы опросов (CSV или JSON Lines)' },
  },
  feedback: {
    type: 'string',
    description: {
      en: 'Customer and operator feedback (CSV or JSON Lines)',
      ru: 'Отзывы клиентов и операторов (CSV или JSON Lines)',
    },
  },
  format: {
    type: 'string',
    description: { en: 'json (default) or html', ru: 'json (по умолчанию) или html' },
  },
  out: {
    type: 'string',
    short: 'o',
    description: {
      en: 'Write the report here (default: stdout)',
      ru: 'Куда записать отчёт (по умолчанию: stdout)',
    },
  },
  case: {
    type: 'string',
    description: { en: 'Source column of the case id', ru: 'Столбец идентификатора случая' },
  },
  activity: {
    type: 'string',
    description: { en: 'Source column of the activity', ru: 'Столбец действия' },
  },
  timestamp: {
    type: 'string',
    description: { en: 'Source column of the timestamp', ru: 'Столбец времени' },
  },
  channel: { type: 'string', description: { en: 'Source column of the channel', ru: 'Столбец канала' } },
  resource: {
    type: 'string',
    description: { en: 'Source column of the resource (operator)', ru: 'Столбец исполнителя (оператора)' },
  },
  delimiter: {
    type: 'string',
    description: {
      en: 'CSV delimiter (detected when absent)',
      ru: 'Разделитель CSV (по умолчанию определяется)',
    },
  },
  segment: {
    type: 'string',
    multiple: true,
    description: {
      en: 'Attribute to break down by (repeatable)',
      ru: 'Атрибут для разбивки (можно несколько)',
    },
  },
  top: {
    type: 'string',
    description: { en: 'How many variants to list (20)', ru: 'Сколько вариантов показать (20)' },
  },
  window: {
    type: 'string',
    description: { en: 'Funnel conversion window in days', ru: 'Окно конверсии воронки, дней' },
  },
  'churn-after': {
    type: 'string',
    description: {
      en: 'Days without events after which a case quit (90)',
      ru: 'Дней без событий, после которых случай ушёл (90)',
    },
  },
  engine: {
    type: 'string',
    description: {
      en: 'Analytics engine: duckdb (default), chdb, clickhouse://USER:PASSWORD@HOST:8123/DB',
      ru: 'Движок аналитики: duckdb (по умолчанию), chdb, clickhouse://USER:PASSWORD@HOST:8123/DB',
    },
  },
  'repeat-window': {
    type: 'string',
    description: {
      en: 'Hours within which a channel switch is a repeat contact (48)',
      ru: 'Часов, в которые смена канала — повторное обращение (48)',
    },
  },
};
