import { useEffect, useState } from 'react';
import { api } from '../api/client.ts';
import type { Report } from '../api/report.ts';
import type { Dataset, MapAnswer } from '../api/types.ts';
import { useAnalyticsReport } from '../api/useAnalyticsReport.ts';

/** A dataset as the list answers it, with what its import stored (the case attributes to segment by). */
type DatasetWithSummary = Dataset & { summary?: { attributes?: string[] } | null };

/**
 * The workspace's ready datasets, the map, and the map's analytics report over the chosen dataset, whole or
 * over one half-year (`period`, e.g. `2025-H2`); `analyticsUrl` is that report's address, for the segment
 * breakdown to ask the same with `&segment=`.
 */
export function useReport(
  workspaceId: string,
  mapId: string,
  datasetId: string | undefined,
  period?: string,
) {
  const [map, setMap] = useState<MapAnswer>();
  const query = period ? `&period=${encodeURIComponent(period)}` : '';
  const { datasets, chosen, state } = useAnalyticsReport<Report>(workspaceId, mapId, datasetId, true, query);

  useEffect(() => {
    api<MapAnswer>(`/api/workspaces/${workspaceId}/maps/${mapId}`)
      .then((m) => setMap(m.data))
      .catch(() => setMap(undefined));
  }, [workspaceId, mapId]);

  const analyticsUrl =
    chosen === undefined
      ? undefined
      : `/api/workspaces/${workspaceId}/maps/${mapId}/analytics?dataset=${encodeURIComponent(chosen)}${query}`;
  const attributes = (datasets as DatasetWithSummary[] | undefined)?.find((d) => d.id === chosen)?.summary
    ?.attributes;
  return { datasets, map, chosen, state, analyticsUrl, attributes };
}
