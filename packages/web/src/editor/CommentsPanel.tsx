import type { Journey } from '@tropa/core';
import { type FormEvent, useCallback, useEffect, useState } from 'react';
import { ApiFailure, api } from '../api/client.ts';
import { useLang } from '../i18n/lang.tsx';

interface Comment {
  id: string;
  target: { kind: 'map' | 'stage' | 'card'; id?: string };
  body: string;
  author: { name: string };
  createdAt: string;
  resolved: boolean;
}

const text = {
  title: { en: 'Comments', ru: 'Комментарии' },
  close: { en: 'Close', ru: 'Закрыть' },
  about: { en: 'About', ru: 'О чём' },
  wholeMap: { en: 'The whole map', ru: 'Вся карта' },
  stage: { en: 'Stage: {name}', ru: 'Этап: {name}' },
  placeholder: { en: 'Write a comment…', ru: 'Напишите комментарий…' },
  send: { en: 'Comment', ru: 'Отправить' },
  resolve: { en: 'Resolve', ru: 'Решено' },
  reopen: { en: 'Reopen', ru: 'Открыть снова' },
  showResolved: { en: 'Show resolved', ru: 'Показать решённые' },
  none: { en: 'No open comments.', ru: 'Открытых комментариев нет.' },
};

/** The map's comment thread: on the whole map or on a stage; resolve and reopen. */
export function CommentsPanel({ url, journey, onClose }: { url: string; journey: Journey; onClose(): void }) {
  const { t, lang } = useLang();
  const [comments, setComments] = useState<Comment[]>([]);
  const [showResolved, setShowResolved] = useState(false);
  const [error, setError] = useState<string>();
  const stageName = (id: string | undefined) => journey.stages.find((s) => s.id === id)?.name ?? id ?? '';

  const load = useCallback(async () => {
    const { data } = await api<{ comments: Comment[] }>(`${url}/comments`);
    setComments(data.comments);
  }, [url]);
  useEffect(() => {
    load().catch((e: unknown) => setError(e instanceof Error ? e.message : String(e)));
  }, [load]);

  async function send(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    const data = new FormData(form);
    const about = String(data.get('about') ?? '');
    const target = about ? { kind: 'stage', id: about } : { kind: 'map' };
    try {
      await api(`${url}/comments`, {
        method: 'POST',
        body: { body: String(data.get('body') ?? ''), target },
      });
      form.reset();
      await load();
    } catch (failure) {
      setError(failure instanceof ApiFailure ? failure.message : String(failure));
    }
  }

  async function resolve(comment: Comment) {
    await api(`${url}/comments/${comment.id}/resolve`, {
      method: 'POST',
      body: { resolved: !comment.resolved },
    });
    await load();
  }

  const shown = comments.filter((c) => showResolved || !c.resolved);
  return (
    <aside className="side-panel" aria-label={t(text.title)}>
      <header>
        <h2>{t(text.title)}</h2>
        <button type="button" className="ghost" onClick={onClose} aria-label={t(text.close)}>
          ×
        </button>
      </header>
      <form className="comment-form" onSubmit={send}>
        <label>
          {t(text.about)}
          <select name="about" defaultValue="">
            <option value="">{t(text.wholeMap)}</option>
            {journey.stages.map((s) => (
              <option key={s.id} value={s.id}>
                {t(text.stage, { name: s.name })}
              </option>
            ))}
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
              {c.target.kind === 'stage' ? t(text.stage, { name: stageName(c.target.id) }) : t(text.wholeMap)}
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
