import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useAnalyticsReport } from '../../api/useAnalyticsReport.ts';
import type { SaveState } from '../useAutosave.ts';
import type { MeasuredKpi, MeasuredReport } from './measuredReport.ts';
import { type StageMeasure, stageMeasures } from './stageMeasures.ts';

/** What the grid's parts read while the data is on (undefined while it is off or loading). */
export interface MeasuredView {
  report: MeasuredReport;
  stages: Map<string, StageMeasure>;
  kpis: Map<string, MeasuredKpi>;
}

/**
 * The editor's measured layer: on or off, the dataset it reads, the report over it, and its refresh. The
 * report is computed per saved map version, so a mapping made in the editor asks for a refresh once saved.
 */
export function useMeasuredLayer(
  workspaceId: string,
  mapId: string,
  stageIds: readonly string[],
  save: SaveState,
) {
  // Kept for the session per map, so a reload (or a change of language) keeps the data shown.
  const key = `tropa.measured.${mapId}`;
  const [on, setOn] = useState(() => sessionStorage.getItem(key) !== null);
  const [datasetId, setDatasetId] = useState(() => sessionStorage.getItem(key) || undefined);
  useEffect(() => {
    if (on) sessionStorage.setItem(key, datasetId ?? '');
    else sessionStorage.removeItem(key);
  }, [key, on, datasetId]);
  const analytics = useAnalyticsReport<MeasuredReport>(workspaceId, mapId, datasetId, on);
  const toggle = useCallback(() => setOn((v) => !v), []);
  const savedVersion = save.status === 'saved' ? save.version : undefined;

  // The saved version the shown report was asked for; a later save makes it stale.
  const [askedAt, setAskedAt] = useState<number>();
  const refreshOnSave = useRef(false);
  const { refresh } = analytics;
  const refreshNow = useCallback(() => {
    setAskedAt(savedVersion);
    refresh();
  }, [refresh, savedVersion]);

  const refreshAfterSave = useCallback(() => {
    refreshOnSave.current = true;
  }, []);

  // Turned on, the report is asked for the version saved now; turned off, that is forgotten.
  useEffect(() => {
    if (on && askedAt === undefined && savedVersion !== undefined) setAskedAt(savedVersion);
    if (!on && askedAt !== undefined) setAskedAt(undefined);
  }, [on, askedAt, savedVersion]);
  const choose = useCallback(
    (id: string) => {
      setDatasetId(id);
      setAskedAt(savedVersion);
    },
    [savedVersion],
  );

  useEffect(() => {
    if (!refreshOnSave.current || savedVersion === undefined || savedVersion === askedAt) return;
    refreshOnSave.current = false;
    refreshNow();
  }, [savedVersion, askedAt, refreshNow]);

  const report = analytics.state.status === 'ready' ? analytics.state.report : undefined;
  const stagesKey = stageIds.join('|');
  // biome-ignore lint/correctness/useExhaustiveDependencies: the ids' joined key stands for the list (a new array each render)
  const view: MeasuredView | undefined = useMemo(() => {
    if (!on || !report) return undefined;
    return {
      report,
      stages: stageMeasures(report, stageIds),
      kpis: new Map((report.kpis?.kpis ?? []).map((k) => [k.kpi, k])),
    };
  }, [on, report, stagesKey]);

  return {
    on,
    toggle,
    datasets: analytics.datasets,
    chosen: analytics.chosen,
    choose,
    state: analytics.state,
    view,
    stale: on && savedVersion !== undefined && askedAt !== undefined && savedVersion !== askedAt,
    refresh: refreshNow,
    /** Refresh as soon as the next save lands (after a mapping command). */
    refreshAfterSave,
  };
}

export type MeasuredLayer = ReturnType<typeof useMeasuredLayer>;
