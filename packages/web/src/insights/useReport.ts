import { useEffect, useState } from 'react';
import { api } from '../api/client.ts';
import type { Report } from '../api/report.ts';
import type { Dataset, MapAnswer } from '../api/types.ts';

export type ReportState =
  | { status: 'loading' }
  | { status: 'no-data' }
  | { status: 'ready'; report: Report }
  | { status: 'error'; message: string };

/** The workspace's ready datasets, and the map's analytics report over the chosen one. */
export function useReport(workspaceId: string, mapId: string, datasetId: string | undefined) {
  const [datasets, setDatasets] = useState<Dataset[]>();
  const [map, setMap] = useState<MapAnswer>();
  const [state, setState] = useState<ReportState>({ status: 'loading' });
  const base = `/api/workspaces/${workspaceId}`;

  useEffect(() => {
    Promise.all([api<{ datasets: Dataset[] }>(`${base}/datasets`), api<MapAnswer>(`${base}/maps/${mapId}`)])
      .then(([d, m]) => {
        setDatasets(d.data.datasets.filter((x) => x.status === 'ready'));
        setMap(m.data);
      })
      .catch((e: unknown) =>
        setState({ status: 'error', message: e instanceof Error ? e.message : String(e) }),
      );
  }, [base, mapId]);

  const chosen = datasetId ?? datasets?.[0]?.id;
  useEffect(() => {
    if (datasets === undefined) return;
    if (chosen === undefined) {
      setState({ status: 'no-data' });
      return;
    }
    setState({ status: 'loading' });
    let current = true;
    api<{ report: Report }>(`${base}/maps/${mapId}/analytics?dataset=${encodeURIComponent(chosen)}`)
      .then(({ data }) => current && setState({ status: 'ready', report: data.report }))
      .catch(
        (e: unknown) =>
          current && setState({ status: 'error', message: e instanceof Error ? e.message : String(e) }),
      );
    return () => {
      current = false;
    };
  }, [base, mapId, chosen, datasets]);

  return { datasets, map, chosen, state };
}
