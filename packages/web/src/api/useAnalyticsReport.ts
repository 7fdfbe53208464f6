import { useCallback, useEffect, useState } from 'react';
import { api } from './client.ts';
import type { Dataset } from './types.ts';

export type AnalyticsState<R> =
  | { status: 'off' }
  | { status: 'loading' }
  | { status: 'no-data' }
  | { status: 'ready'; report: R; dataset: string }
  | { status: 'error'; message: string };

const messageOf = (e: unknown) => (e instanceof Error ? e.message : String(e));

/**
 * The workspace's ready datasets and a map's analytics report over the chosen one (the first by default),
 * as `GET …/maps/:map/analytics?dataset=ID` computes it for the map's latest saved version. Each screen
 * declares the report shape `R` it reads. Nothing is fetched while `enabled` is false; `refresh` asks again
 * (after a save, the server computes the report for the new version). `query` adds the route's other
 * parameters (`&period=2025-H2`).
 */
export function useAnalyticsReport<R>(
  workspaceId: string,
  mapId: string,
  datasetId: string | undefined,
  enabled = true,
  query = '',
) {
  const [datasets, setDatasets] = useState<Dataset[]>();
  const [state, setState] = useState<AnalyticsState<R>>({ status: enabled ? 'loading' : 'off' });
  const [round, setRound] = useState(0);
  const base = `/api/workspaces/${workspaceId}`;

  // biome-ignore lint/correctness/useExhaustiveDependencies: each refresh (`round`) reads the list again, so an import finished meanwhile shows up
  useEffect(() => {
    if (!enabled) return;
    let current = true;
    api<{ datasets: Dataset[] }>(`${base}/datasets`)
      .then(({ data }) => current && setDatasets(data.datasets.filter((x) => x.status === 'ready')))
      .catch((e: unknown) => current && setState({ status: 'error', message: messageOf(e) }));
    return () => {
      current = false;
    };
  }, [base, enabled, round]);

  const chosen =
    datasetId !== undefined && datasets?.some((d) => d.id === datasetId) ? datasetId : datasets?.[0]?.id;
  useEffect(() => {
    if (!enabled) {
      setState({ status: 'off' });
      return;
    }
    if (datasets === undefined) return;
    if (chosen === undefined) {
      setState({ status: 'no-data' });
      return;
    }
    // A refresh keeps the dataset's report on screen until the new one arrives, so nothing flickers.
    setState((s) => (s.status === 'ready' && s.dataset === chosen ? s : { status: 'loading' }));
    let current = true;
    api<{ report: R }>(`${base}/maps/${mapId}/analytics?dataset=${encodeURIComponent(chosen)}${query}`)
      .then(({ data }) => current && setState({ status: 'ready', report: data.report, dataset: chosen }))
      .catch((e: unknown) => current && setState({ status: 'error', message: messageOf(e) }));
    return () => {
      current = false;
    };
  }, [base, mapId, chosen, datasets, enabled, query]);

  const refresh = useCallback(() => setRound((r) => r + 1), []);
  return { datasets, chosen, state, refresh };
}
