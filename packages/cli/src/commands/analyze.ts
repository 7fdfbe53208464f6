import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import {
  type AnalyzeOptions,
  analyzeDataset,
  type ColumnMapping,
  DuckDbEngine,
  IngestError,
  type IngestProgress,
  journeyRules,
  renderReportHtml,
} from '@tropa/analytics';
import { format, formatIssue, type Journey } from '@tropa/core';
import { type Command, type CommandContext, UsageError } from '../command.ts';
import { loadJourneyFile } from '../load.ts';

const text = {
  needEvents: { en: 'Give the event log: --events FILE.', ru: 'Укажите журнал событий: --events ФАЙЛ.' },
  badFormat: { en: '--format takes json or html.', ru: '--format принимает json или html.' },
  badNumber: {
    en: '{option} takes a positive number, not "{value}".',
    ru: '{option} принимает положительное число, а не «{value}».',
  },
  written: { en: 'Report written to {file}.', ru: 'Отчёт записан в {file}.' },
  read: { en: 'reading', ru: 'чтение' },
  sort: { en: 'sorting and indexing', ru: 'сортировка и индексация' },
  surveys: { en: 'reading surveys', ru: 'чтение опросов' },
  feedback: { en: 'reading feedback', ru: 'чтение отзывов' },
} as const;

function str(ctx: CommandContext, name: string): string | undefined {
  const v = ctx.values[name];
  return typeof v === 'string' ? v : undefined;
}

function positive(ctx: CommandContext, name: string): number | undefined {
  const v = str(ctx, name);
  if (v === undefined) return undefined;
  const n = Number(v);
  if (!Number.isFinite(n) || n <= 0)
    throw new UsageError(format(text.badNumber, ctx.lang, { option: `--${name}`, value: v }));
  return n;
}

async function loadJourney(
  path: string,
  ctx: CommandContext,
): Promise<{ rules: NonNullable<AnalyzeOptions['journey']>; document: Journey } | { issues: string }> {
  const loaded = await loadJourneyFile(path, { lang: ctx.lang, cwd: ctx.cwd });
  if (!loaded.ok) return { issues: loaded.issues.map((i) => formatIssue(i, ctx.lang)).join('\n') };
  const journey = loaded.journey;
  return { rules: { ...journeyRules(journey), id: journey.id, title: journey.title }, document: journey };
}

/**
 * A one-line progress bar on stderr, only when stderr is a terminal: the phase, the megabytes read when
 * known, and the seconds elapsed (redrawn four times a second, as DuckDB's own steps report nothing).
 */
function progressBar(
  ctx: CommandContext,
): { onProgress: (p: IngestProgress) => void; stop: () => void } | undefined {
  if (!process.stderr.isTTY) return undefined;
  const start = Date.now();
  let current: IngestProgress = { phase: 'read', done: 0, total: null };
  const draw = () => {
    const seconds = ((Date.now() - start) / 1000).toFixed(0);
    const bytes =
      current.phase === 'read' && current.done > 0 ? ` ${(current.done / 1e6).toFixed(1)} MB` : '';
    ctx.stderr(
      `\r\u001b[K[tropa] ${text[current.phase === 'done' ? 'sort' : current.phase][ctx.lang]}${bytes}… ${seconds} s`,
    );
  };
  const timer = setInterval(draw, 250);
  const stop = () => {
    clearInterval(timer);
    ctx.stderr('\r\u001b[K');
  };
  return {
    onProgress: (p) => {
      current = p;
      if (p.phase === 'done') stop();
    },
    stop,
  };
}

export const analyzeCommand: Command = {
  name: 'analyze',
  summary: {
    en: 'Analyze an event log (and surveys, feedback) against a journey map: JSON or HTML report',
    ru: 'Анализ журнала событий (и опросов, отзывов) по карте пути: отчёт JSON или HTML',
  },
  usage:
    'tropa analyze --events FILE [--journey MAP] [--surveys FILE] [--feedback FILE] [--format json|html] [--out FILE]',
  options: {
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
    'repeat-window': {
      type: 'string',
      description: {
        en: 'Hours within which a channel switch is a repeat contact (48)',
        ru: 'Часов, в которые смена канала — повторное обращение (48)',
      },
    },
  },
  examples: [
    'tropa analyze --events log.xes.gz --format html --out report.html',
    'tropa analyze --events events.csv --journey map.yaml --surveys surveys.csv --segment age_group',
  ],
  async run(ctx) {
    const events = str(ctx, 'events');
    if (!events) throw new UsageError(text.needEvents[ctx.lang]);
    const outFormat = str(ctx, 'format') ?? 'json';
    if (outFormat !== 'json' && outFormat !== 'html') throw new UsageError(text.badFormat[ctx.lang]);
    const at = (p: string) => resolve(ctx.cwd, p);
    const mapping: Partial<ColumnMapping> = {};
    for (const field of ['case', 'activity', 'timestamp', 'channel', 'resource'] as const) {
      const column = str(ctx, field);
      if (column !== undefined) mapping[field] = column;
    }
    const numbers = {
      top: positive(ctx, 'top'),
      windowDays: positive(ctx, 'window'),
      churnAfterDays: positive(ctx, 'churn-after'),
      repeatWindowHours: positive(ctx, 'repeat-window'),
    };
    const journeyPath = str(ctx, 'journey');
    let journey: AnalyzeOptions['journey'];
    let journeyDocument: Journey | undefined;
    if (journeyPath) {
      const loaded = await loadJourney(journeyPath, ctx);
      if ('issues' in loaded) {
        ctx.stderr(`${loaded.issues}\n`);
        return 1;
      }
      journey = loaded.rules;
      journeyDocument = loaded.document;
    }
    const surveys = str(ctx, 'surveys');
    const feedback = str(ctx, 'feedback');
    const delimiter = str(ctx, 'delimiter');
    const dataDir = await mkdtemp(join(tmpdir(), 'tropa-analyze-'));
    const engine = new DuckDbEngine(dataDir);
    let bar: ReturnType<typeof progressBar>;
    try {
      bar = progressBar(ctx);
      const onProgress = bar?.onProgress;
      const summary = await engine.createDataset(
        'analyze',
        {
          events: { path: at(events), mapping, ...(delimiter ? { delimiter } : {}) },
          ...(surveys
            ? {
                surveys: {
                  path: at(surveys),
                  ...(surveys.match(/\.(jsonl|ndjson)$/i) ? { format: 'jsonl' as const } : {}),
                },
              }
            : {}),
          ...(feedback
            ? {
                feedback: {
                  path: at(feedback),
                  ...(feedback.match(/\.(jsonl|ndjson)$/i) ? { format: 'jsonl' as const } : {}),
                },
              }
            : {}),
        },
        onProgress ? { onProgress } : {},
      );
      const dataset = await engine.openDataset('analyze');
      const segmentBy = ctx.values.segment;
      const report = await analyzeDataset(dataset, summary, {
        source: { events, ...(surveys ? { surveys } : {}), ...(feedback ? { feedback } : {}) },
        ...(journey ? { journey } : {}),
        ...(journeyDocument ? { journeyDocument } : {}),
        ...(Array.isArray(segmentBy) ? { segmentBy } : {}),
        ...(numbers.top ? { topVariants: Math.floor(numbers.top) } : {}),
        ...(numbers.windowDays ? { windowDays: numbers.windowDays } : {}),
        ...(numbers.churnAfterDays ? { churnAfterDays: numbers.churnAfterDays } : {}),
        ...(numbers.repeatWindowHours ? { repeatWindowHours: numbers.repeatWindowHours } : {}),
      });
      const output =
        outFormat === 'html' ? renderReportHtml(report, ctx.lang) : `${JSON.stringify(report, null, 2)}\n`;
      const out = str(ctx, 'out');
      if (out) {
        await writeFile(at(out), output);
        ctx.stderr(`${format(text.written, ctx.lang, { file: out })}\n`);
      } else ctx.stdout(output);
      return 0;
    } catch (error) {
      if (error instanceof IngestError) {
        ctx.stderr(`${error.text(ctx.lang)}\n`);
        return 1;
      }
      if (error instanceof Error && /^Unknown attribute/.test(error.message)) {
        ctx.stderr(`${error.message}\n`);
        return 1;
      }
      throw error;
    } finally {
      bar?.stop();
      await engine.close();
      await rm(dataDir, { recursive: true, force: true });
    }
  },
};
