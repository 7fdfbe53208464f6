import { useLang } from '../../i18n/lang.tsx';
import { integer, percent } from '../../insights/format.ts';
import type { MeasuredLayer } from './useMeasuredLayer.ts';

const text = {
  bar: { en: 'Measured layer', ru: 'Слой данных' },
  dataset: { en: 'Dataset', ru: 'Набор данных' },
  loading: { en: 'Computing the journey from the data…', ru: 'Считаю путь по данным…' },
  noData: {
    en: 'No imported dataset in this workspace yet: import events on the home page.',
    ru: 'В пространстве ещё нет загруженных данных: импортируйте события на главной.',
  },
  stats: {
    en: '{cases} partners · {events} events · {mapped} of events mapped',
    ru: '{cases} партнёров · {events} событий · сопоставлено {mapped} событий',
  },
  noJourney: { en: 'The map’s stages match no data.', ru: 'Этапы карты не сопоставлены с данными.' },
  unmapped: { en: 'Unmapped events: {count}', ru: 'Несопоставленных событий: {count}' },
  unmappedTitle: {
    en: 'Activities no touchpoint matches',
    ru: 'Действия, которые не попали ни в одну точку',
  },
  stale: { en: 'The map changed since', ru: 'Карта изменилась' },
  refresh: { en: '↻ Refresh', ru: '↻ Обновить' },
};

/** The strip under the toolbar while the data is on: dataset, what the data holds, unmapped, refresh. */
export function MeasuredBar({
  layer,
  unmappedOpen,
  onToggleUnmapped,
}: {
  layer: MeasuredLayer;
  unmappedOpen: boolean;
  onToggleUnmapped(): void;
}) {
  const { t, lang } = useLang();
  if (!layer.on) return null;
  const { state, datasets } = layer;
  const report = layer.view?.report;
  const mapping = report?.journey?.mapping;
  const total = mapping ? mapping.matchedEvents + mapping.unmatchedEvents : 0;
  return (
    <section className="measured-bar" aria-label={t(text.bar)}>
      {datasets && datasets.length > 1 ? (
        <label className="dataset-pick">
          {t(text.dataset)}
          <select value={layer.chosen} onChange={(e) => layer.choose(e.target.value)}>
            {datasets.map((d) => (
              <option key={d.id} value={d.id}>
                {d.name}
              </option>
            ))}
          </select>
        </label>
      ) : (
        datasets?.[0] && <strong className="dataset-name">{datasets[0].name}</strong>
      )}
      {state.status === 'loading' && <span className="loading">{t(text.loading)}</span>}
      {state.status === 'no-data' && <span className="muted">{t(text.noData)}</span>}
      {state.status === 'error' && <span className="form-error">{state.message}</span>}
      {report && (
        <span className="measured-stats">
          {mapping
            ? t(text.stats, {
                cases: integer(report.stats.cases, lang),
                events: integer(report.stats.events, lang),
                mapped: percent(total > 0 ? mapping.matchedEvents / total : 1, lang, 1),
              })
            : t(text.noJourney)}
        </span>
      )}
      {mapping && mapping.unmatched.length > 0 && (
        <button
          type="button"
          className={`unmapped-toggle ${unmappedOpen ? 'active' : ''}`}
          aria-pressed={unmappedOpen}
          title={t(text.unmappedTitle)}
          onClick={onToggleUnmapped}
        >
          {t(text.unmapped, { count: integer(mapping.unmatchedEvents, lang) })}
        </button>
      )}
      <span className="spacer" />
      {layer.stale && <span className="stale">{t(text.stale)}</span>}
      {(report || state.status === 'error') && (
        <button type="button" onClick={layer.refresh}>
          {t(text.refresh)}
        </button>
      )}
    </section>
  );
}
