import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import {
  type AnalyzeOptions,
  analyzeDataset,
  CHDB_VERSION,
  type ColumnMapping,
  IngestError,
  isChdbInstalled,
  journeyRules,
  loadTextModel,
  modelPathFor,
  openEngine,
  renderReportHtml,
  TextTableError,
} from '@tropa/analytics';
import { format, formatIssue, type Journey } from '@tropa/core';
import { ANALYZE_OPTIONS } from '../analyze/options.ts';
import { progressBar } from '../analyze/progressBar.ts';
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
  badEngine: {
    en: '--engine takes duckdb, chdb or clickhouse://USER:PASSWORD@HOST:8123/DB, not "{value}".',
    ru: '--engine принимает duckdb, chdb или clickhouse://USER:PASSWORD@HOST:8123/DB, а не «{value}».',
  },
  noChdb: {
    en: 'The chdb engine needs the chdb package (about 550 MB, not installed by npm ci): npm i --no-save chdb@{version}',
    ru: 'Движку chdb нужен пакет chdb (около 550 МБ, npm ci его не ставит): npm i --no-save chdb@{version}',
  },
} as const;

/** The engine named by --engine (DuckDB by default), checked before any file is read. */
async function engineSpec(ctx: CommandContext): Promise<string> {
  const spec = str(ctx, 'engine') ?? 'duckdb';
  if (spec !== 'duckdb' && spec !== 'chdb' && !/^clickhouses?:\/\/[^/]/.test(spec))
    throw new UsageError(format(text.badEngine, ctx.lang, { value: spec }));
  if (spec === 'chdb' && !(await isChdbInstalled()))
    throw new UsageError(format(text.noChdb, ctx.lang, { version: CHDB_VERSION }));
  return spec;
}

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

export const analyzeCommand: Command = {
  name: 'analyze',
  summary: {
    en: 'Analyze an event log (and surveys, feedback) against a journey map: JSON or HTML report',
    ru: 'Анализ журнала событий (и опросов, отзывов) по карте пути: отчёт JSON или HTML',
  },
  usage:
    'tropa analyze --events FILE [--journey MAP] [--surveys FILE] [--feedback FILE] [--format json|html] [--out FILE] [--engine duckdb|chdb|clickhouse://…]',
  options: ANALYZE_OPTIONS,
  examples: [
    'tropa analyze --events log.xes.gz --format html --out report.html',
    'tropa analyze --events events.csv --journey map.yaml --surveys surveys.csv --segment age_group',
    'tropa analyze --events events.parquet --engine clickhouse://analyst:secret@ch1:8123/journeys',
  ],
  async run(ctx) {
    const events = str(ctx, 'events');
    if (!events) throw new UsageError(text.needEvents[ctx.lang]);
    const spec = await engineSpec(ctx);
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
    const engine = openEngine(spec, dataDir);
    // A server is shared: each run writes its own dataset and drops it at the end.
    const datasetId = `analyze-${process.pid}-${Date.now().toString(36)}`;
    let bar: ReturnType<typeof progressBar>;
    try {
      bar = progressBar(ctx);
      const onProgress = bar?.onProgress;
      const summary = await engine.createDataset(
        datasetId,
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
      // A model trained with `tropa text train` on this feedback file replaces the shipped lexicon.
      const textModel = feedback ? await loadTextModel(modelPathFor(at(feedback))) : undefined;
      const dataset = await engine.openDataset(datasetId);
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
        ...(textModel ? { textModel } : {}),
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
      if (error instanceof TextTableError) {
        ctx.stderr(`${error.text(ctx.lang)}\n`);
        return 1;
      }
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
      await engine.deleteDataset(datasetId).catch(() => undefined);
      await engine.close();
      await rm(dataDir, { recursive: true, force: true });
    }
  },
};
