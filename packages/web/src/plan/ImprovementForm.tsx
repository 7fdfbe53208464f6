import { IMPROVEMENT_STATUSES, Improvement, type Journey } from '@tropa/core';
import { type FormEvent, useState } from 'react';
import { freshId } from '../editor/ids.ts';
import { useLang } from '../i18n/lang.tsx';
import { type ImprovementStatus, planText, statusText } from './planText.ts';

const text = {
  titleNew: { en: 'New improvement', ru: 'Новое улучшение' },
  titleEdit: { en: 'Edit improvement', ru: 'Изменить улучшение' },
  title: { en: 'Title', ru: 'Название' },
  startedAt: { en: 'Started', ru: 'Начато' },
  dueAt: { en: 'Due', ru: 'Срок' },
  doneAt: { en: 'Done on', ru: 'Сделано' },
  save: { en: 'Save', ru: 'Сохранить' },
  cancel: { en: 'Cancel', ru: 'Отмена' },
  needTitle: { en: 'Give the improvement a title.', ru: 'Дайте улучшению название.' },
  needDone: { en: 'A done improvement needs its done date.', ru: 'Для сделанного улучшения нужна дата.' },
  datesOrder: { en: 'The due date cannot come before the start.', ru: 'Срок не может быть раньше начала.' },
};

const SCORES = ['', '1', '2', '3', '4', '5'] as const;

/** Adds or edits one improvement: title, owner, status, value, effort and dates, checked before saving. */
export function ImprovementForm({
  journey,
  initial,
  onSave,
  onCancel,
}: {
  journey: Journey;
  initial?: Improvement;
  onSave(improvement: Improvement): void;
  onCancel(): void;
}) {
  const { t } = useLang();
  const [title, setTitle] = useState(initial?.title ?? '');
  const [owner, setOwner] = useState(initial?.owner ?? '');
  const [status, setStatus] = useState<ImprovementStatus>(initial?.status ?? 'idea');
  const [value, setValue] = useState(initial?.value?.toString() ?? '');
  const [effort, setEffort] = useState(initial?.effort?.toString() ?? '');
  const [startedAt, setStartedAt] = useState(initial?.startedAt ?? '');
  const [dueAt, setDueAt] = useState(initial?.dueAt ?? '');
  const [doneAt, setDoneAt] = useState(initial?.doneAt ?? '');
  const [error, setError] = useState<string>();

  function submit(e: FormEvent) {
    e.preventDefault();
    if (!title.trim()) return setError(t(text.needTitle));
    if (status === 'done' && !doneAt) return setError(t(text.needDone));
    if (startedAt && dueAt && dueAt < startedAt) return setError(t(text.datesOrder));
    const candidate = {
      ...(initial ?? {
        id: freshId(
          'imp',
          journey.improvements.map((i) => i.id),
        ),
        addresses: [],
      }),
      title: title.trim(),
      status,
      owner: owner.trim() || undefined,
      value: value ? Number(value) : undefined,
      effort: effort ? Number(effort) : undefined,
      startedAt: startedAt || undefined,
      dueAt: dueAt || undefined,
      doneAt: doneAt || undefined,
    };
    const parsed = Improvement.safeParse(candidate);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      return setError(`${issue?.path.join('.') ?? ''}: ${issue?.message ?? ''}`);
    }
    onSave(parsed.data);
  }

  return (
    <form className="improvement-form panel" onSubmit={submit} noValidate>
      <h2>{t(initial ? text.titleEdit : text.titleNew)}</h2>
      <label>
        {t(text.title)}
        <input value={title} onChange={(e) => setTitle(e.target.value)} maxLength={300} />
      </label>
      <label>
        {t(planText.owner)}
        <input value={owner} onChange={(e) => setOwner(e.target.value)} maxLength={300} />
      </label>
      <label>
        {t(planText.status)}
        <select value={status} onChange={(e) => setStatus(e.target.value as ImprovementStatus)}>
          {IMPROVEMENT_STATUSES.map((s) => (
            <option key={s} value={s}>
              {t(statusText[s])}
            </option>
          ))}
        </select>
      </label>
      <div className="form-row">
        <label>
          {t(planText.value)}
          <select value={value} onChange={(e) => setValue(e.target.value)}>
            {SCORES.map((s) => (
              <option key={s} value={s}>
                {s || t(planText.none)}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t(planText.effort)}
          <select value={effort} onChange={(e) => setEffort(e.target.value)}>
            {SCORES.map((s) => (
              <option key={s} value={s}>
                {s || t(planText.none)}
              </option>
            ))}
          </select>
        </label>
      </div>
      <div className="form-row">
        <label>
          {t(text.startedAt)}
          <input type="date" value={startedAt} onChange={(e) => setStartedAt(e.target.value)} />
        </label>
        <label>
          {t(text.dueAt)}
          <input type="date" value={dueAt} onChange={(e) => setDueAt(e.target.value)} />
        </label>
      </div>
      <div className="form-row">
        <label>
          {t(text.doneAt)}
          <input type="date" value={doneAt} onChange={(e) => setDoneAt(e.target.value)} />
        </label>
      </div>
      {error && (
        <p className="form-error" role="alert">
          {error}
        </p>
      )}
      <div className="form-actions">
        <button type="submit" className="primary">
          {t(text.save)}
        </button>
        <button type="button" onClick={onCancel}>
          {t(text.cancel)}
        </button>
      </div>
    </form>
  );
}
