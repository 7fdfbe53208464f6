import { format, type Lang, type Localized } from '@tropa/core';

/** One rejected row of an input file. */
export interface BadRow {
  line: number;
  column: string;
  value: string | null;
  problem: 'empty' | 'timestamp' | 'range' | 'value';
}

const text = {
  badRows: {
    en: '{file}: {total} bad row(s); nothing was imported. First ones:',
    ru: '{file}: некорректных строк: {total}; ничего не импортировано. Первые из них:',
  },
  row: {
    en: '  line {line}, column "{column}": {problem} (value: {value})',
    ru: '  строка {line}, столбец «{column}»: {problem} (значение: {value})',
  },
  empty: { en: 'empty', ru: 'пустое значение' },
  timestamp: {
    en: 'not a timestamp (use ISO 8601 like 2024-03-05T14:30:00+03:00, 2024-03-05, or 05.03.2024 14:30)',
    ru: 'не дата и время (нужно ISO 8601, например 2024-03-05T14:30:00+03:00, 2024-03-05 или 05.03.2024 14:30)',
  },
  range: { en: 'out of range', ru: 'вне допустимого диапазона' },
  value: { en: 'not allowed', ru: 'недопустимое значение' },
} satisfies Record<string, Localized>;

/** Bad input: carries where it is and how to fix it, in English and Russian. */
export class IngestError extends Error {
  override name = 'IngestError';
  constructor(
    readonly code: 'bad-rows' | 'missing-column' | 'encoding' | 'format' | 'parse',
    readonly localized: Localized,
    readonly file: string,
    readonly badRows: BadRow[] = [],
    readonly totalBad = 0,
  ) {
    super(localized.en);
  }

  /** The message in the user's language. */
  text(lang: Lang): string {
    return this.localized[lang];
  }
}

function rowsText(file: string, rows: BadRow[], total: number, lang: Lang): string {
  const lines = [format(text.badRows, lang, { file, total })];
  for (const r of rows) {
    lines.push(
      format(text.row, lang, {
        line: r.line,
        column: r.column,
        problem: text[r.problem][lang],
        value: r.value === null ? 'NULL' : JSON.stringify(r.value),
      }),
    );
  }
  return lines.join('\n');
}

/** The error for a file with rejected rows: the first rows (at most 20) and the total. */
export function badRowsError(file: string, rows: BadRow[], total: number): IngestError {
  const shown = rows.slice(0, 20);
  return new IngestError(
    'bad-rows',
    { en: rowsText(file, shown, total, 'en'), ru: rowsText(file, shown, total, 'ru') },
    file,
    shown,
    total,
  );
}

/** An error with a single message for the whole file. */
export function fileError(code: IngestError['code'], file: string, message: Localized): IngestError {
  return new IngestError(code, { en: `${file}: ${message.en}`, ru: `${file}: ${message.ru}` }, file);
}
