import type { Dataset } from '../api/types.ts';
import { useLang } from '../i18n/lang.tsx';

const text = {
  empty: { en: 'No datasets yet.', ru: 'Наборов данных пока нет.' },
  importing: { en: 'importing…', ru: 'импортируется…' },
  ready: { en: 'ready', ru: 'готов' },
  failed: { en: 'failed', ru: 'ошибка' },
};

/** The workspace's datasets with their import status. */
export function DatasetList({ datasets }: { datasets: Dataset[] }) {
  const { t, lang } = useLang();
  if (datasets.length === 0) return <p className="muted">{t(text.empty)}</p>;
  return (
    <ul className="dataset-list">
      {datasets.map((d) => (
        <li key={d.id}>
          <span>{d.name}</span>
          <span className={`status ${d.status}`}>{t(text[d.status])}</span>
          <span className="muted">{new Date(d.createdAt).toLocaleDateString(lang)}</span>
        </li>
      ))}
    </ul>
  );
}
