import { resolve } from 'node:path';
import { modelPathFor, readTextTable, saveTextModel, TextTableError, trainFromTable } from '@tropa/analytics';
import { format } from '@tropa/core';
import { type Command, type CommandContext, UsageError } from '../command.ts';

const text = {
  needAction: { en: 'Say what to do: tropa text train …', ru: 'Укажите действие: tropa text train …' },
  unknownAction: {
    en: 'Unknown action "{action}"; the only one is train.',
    ru: 'Неизвестное действие «{action}»; есть только train.',
  },
  needFeedback: {
    en: 'Give the labelled feedback: --feedback FILE.',
    ru: 'Укажите размеченные отзывы: --feedback ФАЙЛ.',
  },
  needLabel: { en: 'Name the label column: --label COLUMN.', ru: 'Укажите столбец меток: --label СТОЛБЕЦ.' },
  badHoldBack: {
    en: '--hold-back takes a share between 0.05 and 0.5.',
    ru: '--hold-back принимает долю от 0,05 до 0,5.',
  },
  summary: {
    en: 'Trained on {train} rows; held back {held} ({labels}).',
    ru: 'Обучено на {train} строках; отложено {held} ({labels}).',
  },
  scores: {
    en: 'Held-back part: accuracy {accuracy}, macro-F1 {macroF1}.',
    ru: 'Отложенная часть: точность {accuracy}, макро-F1 {macroF1}.',
  },
  perLabel: { en: '  F1 of "{label}": {f1}', ru: '  F1 для «{label}»: {f1}' },
  skipped: {
    en: 'Skipped {n} rows without text or label.',
    ru: 'Пропущено строк без текста или метки: {n}.',
  },
  saved: {
    en: 'Model retrained on all {n} rows and saved to {file}; `tropa analyze --feedback` uses it instead of the shipped lexicon.',
    ru: 'Модель переобучена на всех {n} строках и сохранена в {file}; `tropa analyze --feedback` использует её вместо встроенного словаря.',
  },
} as const;

function str(ctx: CommandContext, name: string): string | undefined {
  const v = ctx.values[name];
  return typeof v === 'string' ? v : undefined;
}

export const textCommand: Command = {
  name: 'text',
  summary: {
    en: 'Feedback text analysis: train a sentiment classifier on your own labelled feedback',
    ru: 'Анализ текстов отзывов: обучить классификатор тональности на своих размеченных отзывах',
  },
  usage: 'tropa text train --feedback FILE --label COLUMN [--text COLUMN] [--out MODEL.json]',
  options: {
    feedback: {
      type: 'string',
      description: {
        en: 'Labelled feedback (CSV or JSON Lines)',
        ru: 'Размеченные отзывы (CSV или JSON Lines)',
      },
    },
    label: { type: 'string', description: { en: 'Column with the labels', ru: 'Столбец с метками' } },
    text: {
      type: 'string',
      description: {
        en: 'Column with the text (detected when absent)',
        ru: 'Столбец с текстом (по умолчанию определяется)',
      },
    },
    out: {
      type: 'string',
      short: 'o',
      description: {
        en: 'Where to save the model (default: beside the feedback file)',
        ru: 'Куда сохранить модель (по умолчанию: рядом с файлом отзывов)',
      },
    },
    'hold-back': {
      type: 'string',
      description: { en: 'Share held back for the scores (0.2)', ru: 'Доля, отложенная для оценки (0,2)' },
    },
  },
  examples: ['tropa text train --feedback feedback.csv --label sentiment'],
  async run(ctx) {
    const action = ctx.positionals[0];
    if (!action) throw new UsageError(text.needAction[ctx.lang]);
    if (action !== 'train') throw new UsageError(format(text.unknownAction, ctx.lang, { action }));
    const feedback = str(ctx, 'feedback');
    if (!feedback) throw new UsageError(text.needFeedback[ctx.lang]);
    const label = str(ctx, 'label');
    if (!label) throw new UsageError(text.needLabel[ctx.lang]);
    const holdBackRaw = str(ctx, 'hold-back');
    const holdBack = holdBackRaw === undefined ? 0.2 : Number(holdBackRaw);
    if (!(holdBack >= 0.05 && holdBack <= 0.5)) throw new UsageError(text.badHoldBack[ctx.lang]);
    const path = resolve(ctx.cwd, feedback);
    const textColumn = str(ctx, 'text');
    try {
      const table = await readTextTable(path);
      const report = trainFromTable(table, feedback, label, {
        holdBack,
        ...(textColumn ? { textColumn } : {}),
      });
      const pct = (x: number) => x.toFixed(3);
      const labels = Object.entries(report.labels)
        .map(([l, n]) => `${l}: ${n}`)
        .join(', ');
      ctx.stdout(
        `${format(text.summary, ctx.lang, { train: report.trainRows, held: report.heldBackRows, labels })}\n`,
      );
      ctx.stdout(
        `${format(text.scores, ctx.lang, { accuracy: pct(report.heldBack.accuracy), macroF1: pct(report.heldBack.macroF1) })}\n`,
      );
      for (const [l, f1] of Object.entries(report.heldBack.f1))
        ctx.stdout(`${format(text.perLabel, ctx.lang, { label: l, f1: pct(f1) })}\n`);
      if (report.skipped > 0) ctx.stdout(`${format(text.skipped, ctx.lang, { n: report.skipped })}\n`);
      const out = str(ctx, 'out');
      const modelPath = out ? resolve(ctx.cwd, out) : modelPathFor(path);
      await saveTextModel(modelPath, report.model);
      ctx.stdout(
        `${format(text.saved, ctx.lang, { n: report.trainRows + report.heldBackRows, file: out ?? modelPathFor(feedback) })}\n`,
      );
      return 0;
    } catch (error) {
      if (error instanceof TextTableError) {
        ctx.stderr(`${error.text(ctx.lang)}\n`);
        return 1;
      }
      if (error instanceof Error && 'code' in error && error.code === 'ENOENT') {
        ctx.stderr(`${feedback}: ${ctx.lang === 'ru' ? 'файл не найден.' : 'file not found.'}\n`);
        return 1;
      }
      throw error;
    }
  },
};
