import { useEffect, useState } from 'react';
import type { User } from '../api/types.ts';
import { navigate } from '../app/router.ts';
import { useLang } from '../i18n/lang.tsx';
import { TopBar } from '../ui/TopBar.tsx';
import { integer } from './format.ts';
import { InsightsReport } from './InsightsReport.tsx';
import { PeriodPicker } from './PeriodPicker.tsx';
import { SectionNav } from './SectionNav.tsx';
import { useReport } from './useReport.ts';

const text = {
  title: { en: 'Insights', ru: 'Аналитика' },
  back: { en: '← Back to the map', ru: '← К карте' },
  dataset: { en: 'Dataset', ru: 'Набор данных' },
  loading: { en: 'Computing the journey from the data…', ru: 'Считаю путь по данным…' },
  noData: {
    en: 'No imported dataset in this workspace yet: import events to see the real journey.',
    ru: 'В пространстве ещё нет импортированных данных: загрузите события, чтобы увидеть реальный путь.',
  },
  stats: {
    en: '{cases} partners · {events} events · {surveys} survey answers · {feedback} reviews · {from} – {to}',
    ru: '{cases} партнёров · {events} событий · {surveys} ответов на опросы · {feedback} отзывов · {from} – {to}',
  },
};

/** The map's insights over a dataset as a report: funnel, times, channels, segments, KPI trends, feedback. */
export function InsightsPage(props: { workspaceId: string; mapId: string; user: User; onSignOut(): void }) {
  const { workspaceId, mapId } = props;
  const { t, lang } = useLang();
  const [datasetId, setDatasetId] = useState<string>();
  const [period, setPeriod] = useState<string>();
  const { datasets, map, chosen, state, analyticsUrl, attributes } = useReport(
    workspaceId,
    mapId,
    datasetId,
    period,
  );
  // The half-years come from the whole-data report; a period's report names only its own.
  const [periods, setPeriods] = useState<string[]>([]);
  const wholeKpis = state.status === 'ready' && period === undefined ? state.report.kpis : undefined;
  useEffect(() => {
    if (wholeKpis?.periodKind === 'half-year') setPeriods(wholeKpis.periods.map((p) => p.key));
  }, [wholeKpis]);
  const mapUrl = `/w/${workspaceId}/maps/${mapId}`;
  const date = (iso: string | null) => (iso ? new Date(iso).toLocaleDateString(lang) : '—');
  return (
    <div className="page">
      <TopBar user={props.user} onSignOut={props.onSignOut}>
        <a
          href={mapUrl}
          className="back"
          onClick={(e) => {
            e.preventDefault();
            navigate(mapUrl);
          }}
        >
          {t(text.back)}
        </a>
      </TopBar>
      <main className="insights">
        <header className="insights-head">
          <div>
            <h1>{t(text.title)}</h1>
            {map && <p className="muted">{map.map.title}</p>}
          </div>
          <div className="insights-pickers">
            {periods.length > 0 && <PeriodPicker periods={periods} value={period} onChange={setPeriod} />}
            {datasets && datasets.length > 0 && (
              <label className="dataset-pick">
                {t(text.dataset)}
                <select value={chosen} onChange={(e) => setDatasetId(e.target.value)}>
                  {datasets.map((d) => (
                    <option key={d.id} value={d.id}>
                      {d.name}
                    </option>
                  ))}
                </select>
              </label>
            )}
          </div>
        </header>
        {state.status === 'ready' && <SectionNav />}
        {state.status === 'loading' && <p className="loading">{t(text.loading)}</p>}
        {state.status === 'no-data' && <p className="empty">{t(text.noData)}</p>}
        {state.status === 'error' && <p className="form-error">{state.message}</p>}
        {state.status === 'ready' && (
          <>
            <p className="stats-line">
              {t(text.stats, {
                cases: integer(state.report.stats.cases, lang),
                events: integer(state.report.stats.events, lang),
                surveys: integer(state.report.stats.surveys, lang),
                feedback: integer(state.report.stats.feedback, lang),
                from: date(state.report.stats.firstEventAt),
                to: date(state.report.stats.lastEventAt),
              })}
            </p>
            <InsightsReport
              report={state.report}
              analyticsUrl={analyticsUrl ?? ''}
              attributes={attributes}
              lang={lang}
            />
          </>
        )}
      </main>
    </div>
  );
}
