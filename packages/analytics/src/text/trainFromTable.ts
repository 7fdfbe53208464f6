import { predictLabel, type TextModel, trainTextModel } from './classifier.ts';
import { type ClassificationScores, classificationScores } from './metrics.ts';
import { findColumn, type TextTable, TextTableError } from './textTable.ts';

/** Column names a feedback text is looked for under. */
export const TEXT_COLUMNS = ['text', 'comment', 'message', 'body', 'verbatim', 'review'];

export interface TrainReport {
  model: TextModel;
  /** Scores on the held-back part, of a model trained on the rest. */
  heldBack: ClassificationScores;
  trainRows: number;
  heldBackRows: number;
  /** Rows skipped for an empty text or label. */
  skipped: number;
  labels: Record<string, number>;
}

/**
 * Trains a classifier on a user's labelled feedback: holds back a share of each label (stratified,
 * reproducible), reports accuracy and macro-F1 there, then retrains on every row for the stored model.
 */
export function trainFromTable(
  table: TextTable,
  file: string,
  labelColumn: string,
  options: { textColumn?: string; holdBack?: number; seed?: number } = {},
): TrainReport {
  const label = findColumn(table, [labelColumn]);
  if (!label) {
    throw new TextTableError(file, 1, {
      en: `no column "${labelColumn}"; the file has ${table.columns.join(', ')}. Name the label column with --label.`,
      ru: `нет столбца «${labelColumn}»; в файле есть ${table.columns.join(', ')}. Укажите столбец меток в --label.`,
    });
  }
  const text = findColumn(table, options.textColumn ? [options.textColumn] : TEXT_COLUMNS);
  if (!text) {
    throw new TextTableError(file, 1, {
      en: `no text column (looked for ${options.textColumn ?? TEXT_COLUMNS.join(', ')}); name it with --text.`,
      ru: `нет столбца с текстом (искали ${options.textColumn ?? TEXT_COLUMNS.join(', ')}); укажите его в --text.`,
    });
  }
  const usable = table.rows
    .map((r) => ({ text: (r[text] ?? '').trim(), label: (r[label] ?? '').trim() }))
    .filter((r) => r.text !== '' && r.label !== '');
  const byLabel = new Map<string, typeof usable>();
  for (const r of usable) byLabel.set(r.label, [...(byLabel.get(r.label) ?? []), r]);
  if (byLabel.size < 2) {
    throw new TextTableError(file, undefined, {
      en: `column "${label}" needs at least two different labels among rows with a text; it has ${byLabel.size}.`,
      ru: `в столбце «${label}» нужно хотя бы две разные метки у строк с текстом; найдено ${byLabel.size}.`,
    });
  }
  const share = options.holdBack ?? 0.2;
  const train: typeof usable = [];
  const held: typeof usable = [];
  for (const rows of byLabel.values()) {
    // Every k-th row of each label is held back: stratified and the same on every run.
    const step = Math.max(2, Math.round(1 / share));
    rows.forEach((r, i) => {
      (i % step === step - 1 ? held : train).push(r);
    });
  }
  const seed = options.seed ?? 1;
  const trial = trainTextModel(
    train.map((r) => r.text),
    train.map((r) => r.label),
    { seed },
  );
  const labels = [...byLabel.keys()].sort();
  const heldBack = classificationScores(
    held.map((r) => r.label),
    held.map((r) => predictLabel(trial, r.text)),
    labels,
  );
  const model = trainTextModel(
    usable.map((r) => r.text),
    usable.map((r) => r.label),
    { seed },
  );
  return {
    model,
    heldBack,
    trainRows: train.length,
    heldBackRows: held.length,
    skipped: table.rows.length - usable.length,
    labels: Object.fromEntries(labels.map((l) => [l, byLabel.get(l)?.length ?? 0])),
  };
}
