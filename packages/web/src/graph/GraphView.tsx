import type { Journey } from '@tropa/core';
import { useCallback, useMemo } from 'react';
import { useAnalyticsReport } from '../api/useAnalyticsReport.ts';
import { useLang } from '../i18n/lang.tsx';
import { CasesPanel } from './CasesPanel.tsx';
import { GraphCanvas } from './GraphCanvas.tsx';
import { GraphLegend } from './GraphLegend.tsx';
import { buildGraphModel } from './graphModel.ts';
import { type GraphReport, type GraphSelection, graphPartOf } from './graphReport.ts';
import { keepPaths } from './pathFilter.ts';
import { useGraphSettings } from './useGraphSettings.ts';

const text = {
  dataset: { en: 'Dataset', ru: 'Набор данных' },
  show: { en: 'Show', ru: 'Показать' },
  frequency: { en: 'Frequency', ru: 'Частота' },
  time: { en: 'Median time', ru: 'Медиана времени' },
  paths: { en: 'Paths', ru: 'Переходы' },
  pathsHint: {
    en: 'Hide rare paths: keeps the most frequent share of paths, and always each touchpoint’s strongest way in and out',
    ru: 'Скрыть редкие переходы: остаются самые частые, и всегда самый сильный вход и выход каждой точки',
  },
  shown: {
    en: '{shown} of {total} paths shown · {hidden} hidden',
    ru: 'Показано {shown} из {total} переходов · скрыто {hidden}',
  },
  loading: { en: 'Computing the journey from the data…', ru: 'Считаю путь по данным…' },
  noData: {
    en: 'No imported dataset in this workspace yet: import events to see the real journey.',
    ru: 'В пространстве ещё нет импортированных данных: загрузите события, чтобы увидеть реальный путь.',
  },
  noJourney: {
    en: 'This map has no stages matched to the data.',
    ru: 'Этапы карты не сопоставлены с данными.',
  },
};

/** The map's touchpoints as the data's directly-follows graph, with a paths slider and the cases behind it. */
export function GraphView({
  workspaceId,
  mapId,
  journey,
}: {
  workspaceId: string;
  mapId: string;
  journey: Journey;
}) {
  const { t } = useLang();
  const [settings, update] = useGraphSettings(mapId);
  const { mode, percent, selection } = settings;
  const { datasets, chosen, state } = useAnalyticsReport<GraphReport>(workspaceId, mapId, settings.datasetId);
  const onSelect = useCallback((next: GraphSelection | undefined) => update({ selection: next }), [update]);
  const part = state.status === 'ready' ? graphPartOf(state.report) : undefined;
  const model = useMemo(() => (part ? buildGraphModel(journey, part) : undefined), [journey, part]);
  const kept = useMemo(() => (model ? keepPaths(model.edges, percent) : undefined), [model, percent]);
  return (
    <div className="graph-view">
      <div className="graph-bar">
        {datasets && datasets.length > 0 && (
          <label className="graph-field">
            {t(text.dataset)}
            <select
              value={chosen}
              onChange={(e) => update({ datasetId: e.target.value, selection: undefined })}
            >
              {datasets.map((d) => (
                <option key={d.id} value={d.id}>
                  {d.name}
                </option>
              ))}
            </select>
          </label>
        )}
        <fieldset className="segmented graph-mode" aria-label={t(text.show)}>
          {(['frequency', 'time'] as const).map((m) => (
            <button
              key={m}
              type="button"
              aria-pressed={mode === m}
              className={mode === m ? 'active' : ''}
              onClick={() => update({ mode: m })}
            >
              {t(text[m])}
            </button>
          ))}
        </fieldset>
        <label className="graph-slider" title={t(text.pathsHint)}>
          <span>
            {t(text.paths)} <strong>{percent}%</strong>
          </span>
          <input
            type="range"
            min={0}
            max={100}
            step={5}
            value={percent}
            aria-label={t(text.paths)}
            onChange={(e) => update({ percent: Number(e.target.value) })}
          />
        </label>
        {model && kept && (
          <span className="graph-count" role="status">
            {t(text.shown, {
              shown: kept.ids.size,
              total: model.edges.length,
              hidden: model.edges.length - kept.ids.size,
            })}
          </span>
        )}
        <span className="spacer" />
        <GraphLegend mode={mode} />
      </div>
      {state.status === 'loading' && <p className="loading">{t(text.loading)}</p>}
      {state.status === 'no-data' && <p className="empty">{t(text.noData)}</p>}
      {state.status === 'error' && <p className="form-error graph-error">{state.message}</p>}
      {state.status === 'ready' && !model && <p className="empty">{t(text.noJourney)}</p>}
      {model && kept && chosen && (
        <div className="graph-body">
          <GraphCanvas
            key={chosen}
            model={model}
            journey={journey}
            kept={kept.ids}
            mode={mode}
            selection={selection}
            onSelect={onSelect}
          />
          {selection && (
            <CasesPanel
              key={JSON.stringify(selection)}
              workspaceId={workspaceId}
              mapId={mapId}
              datasetId={chosen}
              model={model}
              selection={selection}
              onClose={() => onSelect(undefined)}
            />
          )}
        </div>
      )}
    </div>
  );
}
