import type { Journey } from '@tropa/core';
import { type FormEvent, useState } from 'react';
import { ApiFailure, api } from '../api/client.ts';
import { useLang } from '../i18n/lang.tsx';
import { cardLabel, findCard } from './comments/cardLabel.ts';
import type { MapComment } from './comments/useComments.ts';

const text = {
  title: { en: 'Comments', ru: 'Комментарии' },
  close: { en: 'Close', ru: 'Закрыть' },
  about: { en: 'About', ru: 'О чём' },
  wholeMap: { en: 'The whole map', ru: 'Вся карта' },
  stage: { en: 'Stage: {name}', ru: 'Этап: {name}' },
  card: { en: 'Card: {name}', ru: 'Карточка: {name}' },
  onlyCard: { en: 'Comments on the card «{name}»', ru: 'Комментарии к карточке «{name}»' },
  showAll: { en: 'All comments', ru: 'Все комментарии' },
  placeholder: { en: 'Write a comment…', ru: 'Напишите комментарий…' },
  send: { en: 'Comment', ru: 'Отправить' },
  resolve: { en: 'Resolve', ru: 'Решено' },
  reopen: { en: 'Reopen', ru: 'Открыть снова' },
  showResolved: { en: 'Show resolved', ru: 'Показать решённые' },
  none: { en: 'No open comments.', ru: 'Открытых комментариев нет.' },
};

/**
 * The map's comment thread: on the whole map, a stage or a card; resolve and reopen. `focus` (a card id)
 * shows that card's thread only. `beforeSend` saves the map first, so a card just given an id exists on
 * the server when its comment arrives.
 */
export function CommentsPanel({
  url,
  journey,
  comments,
  reload,
  focus,
  onFocus,
  beforeSend,
  onClose,
}: {
  url: string;
  journey: Journey;
  comments: readonly MapComment[];
  reload(): Promise<void>;
  focus?: string | undefined;
  onFocus(cardId: string | undefined): void;
  beforeSend(): Promise<void>;
  onClose(): void;
}) {
  const { t, lang } = useLang();
  const [showResolved, setShowResolved] = useState(false);
  const [error, setError] = useState<string>();
  const stageName = (id: string | undefined) => journey.stages.find((s) => s.id === id)?.name ?? id ?? '';
  const cardName = (id: string | undefined) => {
    const card = id === undefined ? undefined : findCard(journey, id);
    return card ? cardLabel(journey, card) : (id ?? '');
  };
  const targetName = (c: MapComment) =>
    c.target.kind === 'stage'
      ? t(text.stage, { name: stageName(c.target.id) })
      : c.target.kind === 'card'
        ? t(text.card, { name: cardName(c.target.id) })
        : t(text.wholeMap);

  async function send(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    const data = new FormData(form);
    const [kind = '', id] = String(data.get('about') ?? '').split(':');
    const target = kind === 'stage' || kind === 'card' ? { kind, id } : { kind: 'map' };
    try {
      if (target.kind === 'card') await beforeSend();
      await api(`${url}/comments`, {
        method: 'POST',
        body: { body: String(data.get('body') ?? ''), target },
      });
      form.reset();
      setError(undefined);
      await reload();
    } catch (failure) {
      setError(failure instanceof ApiFailure ? failure.message : String(failure));
    }
  }

  async function resolve(comment: MapComment) {
    await api(`${url}/comments/${comment.id}/resolve`, {
      method: 'POST',
      body: { resolved: !comment.resolved },
    });
    await reload();
  }

  const shown = comments.filter(
    (c) =>
      (showResolved || !c.resolved) &&
      (focus === undefined || (c.target.kind === 'card' && c.target.id === focus)),
  );
  return (
    <aside className="side-panel" aria-label={t(text.title)}>
      <header>
        <h2>{t(text.title)}</h2>
        <button type="button" className="ghost" onClick={onClose} aria-label={t(text.close)}>
          ×
        </button>
      </header>
      {focus !== undefined && (
        <p className="comment-focus">
          <span>{t(text.onlyCard, { name: cardName(focus) })}</span>
          <button type="button" className="ghost" onClick={() => onFocus(undefined)}>
            {t(text.showAll)}
          </button>
        </p>
      )}
      <form className="comment-form" onSubmit={send} key={focus ?? ''}>
        <label>
          {t(text.about)}
          <select name="about" defaultValue={focus === undefined ? '' : `card:${focus}`}>
            <option value="">{t(text.wholeMap)}</option>
            {journey.stages.map((s) => (
              <option key={s.id} value={`stage:${s.id}`}>
                {t(text.stage, { name: s.name })}
              </option>
            ))}
            {focus !== undefined && (
              <option value={`card:${focus}`}>{t(text.card, { name: cardName(focus) })}</option>
            )}
          </select>
        </label>
        <textarea name="body" rows={3} required maxLength={5000} placeholder={t(text.placeholder)} />
        <button type="submit" className="primary">
          {t(text.send)}
        </button>
      </form>
      {error && <p className="form-error">{error}</p>}
      <label className="check">
        <input type="checkbox" checked={showResolved} onChange={(e) => setShowResolved(e.target.checked)} />
        {t(text.showResolved)}
      </label>
      {shown.length === 0 && <p className="muted">{t(text.none)}</p>}
      <ol className="comments">
        {shown.map((c) => (
          <li key={c.id} className={c.resolved ? 'resolved' : ''}>
            <div className="version-line">
              <strong>{c.author.name}</strong>
              <span className="muted">{new Date(c.createdAt).toLocaleString(lang)}</span>
            </div>
            <div className="comment-target muted">
              {c.target.kind === 'card' && c.target.id !== focus ? (
                <button type="button" className="link" onClick={() => onFocus(c.target.id)}>
                  {targetName(c)}
                </button>
              ) : (
                targetName(c)
              )}
            </div>
            <p className="comment-body">{c.body}</p>
            <button type="button" onClick={() => resolve(c)}>
              {t(c.resolved ? text.reopen : text.resolve)}
            </button>
          </li>
        ))}
      </ol>
    </aside>
  );
}
