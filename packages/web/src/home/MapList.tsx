import type { DueReview } from '../api/types.ts';
import { navigate } from '../app/router.ts';
import { useLang } from '../i18n/lang.tsx';
import type { MapRow } from './useWorkspace.ts';

const text = {
  empty: { en: 'No maps yet: start one from a template.', ru: 'Карт пока нет: начните с шаблона.' },
  journey: { en: 'Generalized map', ru: 'Обобщённая карта' },
  role: { en: 'Role map', ru: 'Ролевая карта' },
  version: { en: 'version {n}', ru: 'версия {n}' },
  ok: { en: 'Reviewed · due in {days} d', ru: 'Ревизия через {days} дн.' },
  'due-soon': { en: 'Review due in {days} d', ru: 'Ревизия через {days} дн.' },
  overdue: { en: 'Review overdue by {days} d', ru: 'Ревизия просрочена на {days} дн.' },
  'never-reviewed': { en: 'Never reviewed', ru: 'Ревизий не было' },
};

/** The workspace's maps, generalized maps first, each with persona, version and review status. */
export function MapList({
  workspaceId,
  maps,
  reviews,
}: {
  workspaceId: string;
  maps: MapRow[];
  reviews: DueReview[];
}) {
  const { t } = useLang();
  if (maps.length === 0) return <p className="muted empty">{t(text.empty)}</p>;
  const sorted = [...maps].sort((a, b) => Number(a.kind === 'role') - Number(b.kind === 'role'));
  return (
    <ul className="map-list">
      {sorted.map((map) => {
        const review = reviews.find((r) => r.mapId === map.id);
        const href = `/w/${workspaceId}/maps/${map.id}`;
        return (
          <li key={map.id} className={`map-item ${map.kind}`}>
            <a
              href={href}
              onClick={(event) => {
                event.preventDefault();
                navigate(href);
              }}
            >
              <span className="map-title">{map.title}</span>
              <span className="map-meta">
                <span className={`badge ${map.kind}`}>{t(text[map.kind])}</span>
                {map.persona && <span className="persona">{map.persona}</span>}
                <span className="muted">{t(text.version, { n: map.version })}</span>
              </span>
            </a>
            {review && (
              <span className={`review ${review.status}`}>
                {t(text[review.status], { days: Math.abs(review.daysLeft ?? 0) })}
              </span>
            )}
          </li>
        );
      })}
    </ul>
  );
}
