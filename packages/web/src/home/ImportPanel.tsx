import { type FormEvent, useState } from 'react';
import { useLang } from '../i18n/lang.tsx';
import { csvHeader, guessMapping, MAPPED_FIELDS, type MappedField } from './columnMapping.ts';
import { useImport } from './useImport.ts';

const text = {
  title: { en: 'Import data', ru: 'Импорт данных' },
  name: { en: 'Dataset name', ru: 'Название набора' },
  events: { en: 'Events (CSV, JSON Lines, Parquet, XES)', ru: 'События (CSV, JSON Lines, Parquet, XES)' },
  surveys: { en: 'Surveys (optional)', ru: 'Опросы (необязательно)' },
  feedback: { en: 'Feedback (optional)', ru: 'Отзывы (необязательно)' },
  mapping: { en: 'Which column is which', ru: 'Какая колонка за что отвечает' },
  case: { en: 'Partner (case)', ru: 'Партнёр (кейс)' },
  activity: { en: 'Activity', ru: 'Действие' },
  timestamp: { en: 'Time', ru: 'Время' },
  channel: { en: 'Channel', ru: 'Канал' },
  resource: { en: 'Operator', ru: 'Оператор' },
  none: { en: '— none —', ru: '— нет —' },
  start: { en: 'Import', ru: 'Импортировать' },
  upload: { en: 'Uploading {detail}', ru: 'Загрузка {detail}' },
  read: { en: 'Reading events: {detail}', ru: 'Чтение событий: {detail}' },
  sort: { en: 'Ordering each partner’s events', ru: 'Упорядочиваю события партнёров' },
  surveys_phase: { en: 'Reading surveys', ru: 'Чтение опросов' },
  feedback_phase: { en: 'Reading feedback', ru: 'Чтение отзывов' },
  done: { en: 'Finishing', ru: 'Завершение' },
  ready: { en: 'Imported: the dataset is ready.', ru: 'Импорт завершён: набор данных готов.' },
  again: { en: 'Import another', ru: 'Импортировать ещё' },
};

const PHASE_TEXT = {
  upload: text.upload,
  read: text.read,
  sort: text.sort,
  surveys: text.surveys_phase,
  feedback: text.feedback_phase,
  done: text.done,
};

/** Upload events (and surveys, feedback), say which column is which, and watch the import to the end. */
export function ImportPanel({ workspaceId, onImported }: { workspaceId: string; onImported(): void }) {
  const { t } = useLang();
  const { state, start, reset } = useImport(workspaceId, onImported);
  const [columns, setColumns] = useState<string[]>([]);
  const [mapping, setMapping] = useState<Partial<Record<MappedField, string>>>({});
  const [delimiter, setDelimiter] = useState<string>();

  async function readHeader(file: File | undefined) {
    if (!file || !/\.(csv|tsv|txt)$/i.test(file.name)) {
      setColumns([]);
      setDelimiter(undefined);
      return;
    }
    const head = await file.slice(0, 64 * 1024).text();
    const header = csvHeader(head.split('\n')[0] ?? '');
    setColumns(header.columns);
    setDelimiter(header.delimiter);
    setMapping(guessMapping(header.columns));
  }

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const source = new FormData(event.currentTarget);
    // Text fields first: the server reads them before it streams the files.
    const form = new FormData();
    form.append('name', String(source.get('name') ?? ''));
    if (columns.length > 0) form.append('mapping', JSON.stringify(mapping));
    if (delimiter) form.append('delimiter', delimiter);
    for (const field of ['events', 'surveys', 'feedback']) {
      const file = source.get(field);
      if (file instanceof File && file.size > 0) form.append(field, file, file.name);
    }
    void start(form);
  }

  if (state.status === 'running') {
    const p = state.progress;
    return (
      <section className="import-panel" aria-busy="true">
        <h2>{t(text.title)}</h2>
        <p className="import-phase">{t(PHASE_TEXT[p.phase], { detail: p.detail })}</p>
        <div
          className={`progress ${p.share === null ? 'indeterminate' : ''}`}
          role="progressbar"
          aria-valuemin={0}
          aria-valuemax={100}
          aria-valuenow={p.share === null ? undefined : Math.round(p.share * 100)}
        >
          <div style={{ width: p.share === null ? '40%' : `${Math.round(p.share * 100)}%` }} />
        </div>
      </section>
    );
  }
  return (
    <section className="import-panel">
      <h2>{t(text.title)}</h2>
      {state.status === 'ready' && (
        <p className="import-ready" role="status">
          {t(text.ready)}{' '}
          <button type="button" className="ghost" onClick={reset}>
            {t(text.again)}
          </button>
        </p>
      )}
      {state.status === 'failed' && <p className="form-error">{state.message}</p>}
      {state.status !== 'ready' && (
        <form onSubmit={submit} className="import-form">
          <label>
            {t(text.name)}
            <input name="name" required maxLength={200} />
          </label>
          <label>
            {t(text.events)}
            <input name="events" type="file" required onChange={(e) => readHeader(e.target.files?.[0])} />
          </label>
          {columns.length > 0 && (
            <fieldset className="mapping">
              <legend>{t(text.mapping)}</legend>
              {(Object.keys(MAPPED_FIELDS) as MappedField[]).map((field) => (
                <label key={field}>
                  {t(text[field])}
                  <select
                    value={mapping[field] ?? ''}
                    onChange={(e) => setMapping({ ...mapping, [field]: e.target.value || undefined })}
                  >
                    <option value="">{t(text.none)}</option>
                    {columns.map((c) => (
                      <option key={c} value={c}>
                        {c}
                      </option>
                    ))}
                  </select>
                </label>
              ))}
            </fieldset>
          )}
          <label>
            {t(text.surveys)}
            <input name="surveys" type="file" />
          </label>
          <label>
            {t(text.feedback)}
            <input name="feedback" type="file" />
          </label>
          <button type="submit" className="primary">
            {t(text.start)}
          </button>
        </form>
      )}
    </section>
  );
}
