import { useEffect, useState } from 'react';
import { api } from '../api/client.ts';
import type { Report } from '../api/report.ts';
import type { MapAnswer } from '../api/types.ts';
import { useAnalyticsReport } from '../api/useAnalyticsReport.ts';

/** The workspace's ready datasets, the map, and the map's analytics report over the chosen dataset. */
export function useReport(workspaceId: string, mapId: string, datasetId: string | undefined) {
  const [map, setMap] = useState<MapAnswer>();
  const { datasets, chosen, state } = useAnalyticsReport<Report>(workspaceId, mapId, datasetId);

  useEffect(() => {
    api<MapAnswer>(`/api/workspaces/${workspaceId}/maps/${mapId}`)
      .then((m) => setMap(m.data))
      .catch(() => setMap(undefined));
  }, [workspaceId, mapId]);

  return { datasets, map, chosen, state };
}
