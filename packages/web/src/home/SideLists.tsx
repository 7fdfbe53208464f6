import type { Persona } from '@tropa/core';
import type { DueReview } from '../api/types.ts';
import { navigate } from '../app/router.ts';
import { useLang } from '../i18n/lang.tsx';

const text = {
  reviews: { en: 'Reviews due', ru: 'Пора пересмотреть' },
  allReviewed: { en: 'Every map is reviewed on time.', ru: 'Все карты пересмотрены вовремя.' },
  overdue: { en: 'overdue by {days} d', ru: 'просрочено на {days} дн.' },
  'due-soon': { en: 'due in {days} d', ru: 'через {days} дн.' },
  'never-reviewed': { en: 'never reviewed', ru: 'ревизий не было' },
  personas: { en: 'Personas', ru: 'Персоны' },
  age: { en: 'age {age}', ru: 'возраст {age}' },
};

/** Maps whose half-year review is due or overdue, most urgent first (the server's order). */
export function ReviewsDue({ workspaceId, reviews }: { workspaceId: string; reviews: DueReview[] }) {
  const { t } = useLang();
  const due = reviews.filter((r) => r.status !== 'ok');
  return (
    <section className="side-section">
      <h2>{t(text.reviews)}</h2>
      {due.length === 0 && <p className="muted">{t(text.allReviewed)}</p>}
      <ul className="side-list">
        {due.map((r) => {
          const href = `/w/${workspaceId}/maps/${r.mapId}`;
          const status = r.status as Exclude<DueReview['status'], 'ok'>;
          return (
            <li key={r.mapId}>
              <a
                href={href}
                onClick={(e) => {
                  e.preventDefault();
                  navigate(href);
                }}
              >
                {r.title}
              </a>
              <span className={`review ${r.status}`}>
                {t(text[status], { days: Math.abs(r.daysLeft ?? 0) })}
              </span>
            </li>
          );
        })}
      </ul>
    </section>
  );
}

/** The personas the workspace's maps describe: the buying-centre roles and segments. */
export function PersonaList({ personas }: { personas: Persona[] }) {
  const { t } = useLang();
  if (personas.length === 0) return null;
  return (
    <section className="side-section">
      <h2>{t(text.personas)}</h2>
      <ul className="persona-list">
        {personas.map((p) => (
          <li key={p.id}>
            <span className="persona-avatar" aria-hidden="true">
              {p.name.slice(0, 1)}
            </span>
            <span>
              <strong>{p.name}</strong>
              <span className="muted">
                {[p.role, p.ageGroup && t(text.age, { age: p.ageGroup })].filter(Boolean).join(' · ')}
              </span>
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}
