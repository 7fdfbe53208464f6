import { useCallback, useEffect, useState } from 'react';
import { ApiFailure, api } from '../api/client.ts';
import type { Dataset } from '../api/types.ts';

export interface SnapshotKpi {
  kpi: string;
  value: number;
  n?: number;
  low?: number;
  high?: number;
}

/** A review snapshot as the server presents it. */
export interface Snapshot {
  id: string;
  date: string;
  mapVersion: number;
  dataset: { id: string; name: string };
  kpis: SnapshotKpi[];
  notes: string;
  createdAt: string;
}

export interface Comparison {
  from: Snapshot;
  to: Snapshot;
  kpis: {
    kpi: string;
    from: SnapshotKpi | null;
    to: SnapshotKpi | null;
    delta: number | null;
    better: 'higher' | 'lower';
    improved: boolean | null;
  }[];
}

const messageOf = (e: unknown) => (e instanceof ApiFailure || e instanceof Error ? e.message : String(e));

/** The map's review snapshots and the workspace's ready datasets; creates a snapshot from one of them. */
export function useSnapshots(workspaceId: string, mapId: string) {
  const base = `/api/workspaces/${workspaceId}`;
  const [snapshots, setSnapshots] = useState<Snapshot[]>();
  const [datasets, setDatasets] = useState<Dataset[]>([]);
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);

  const reload = useCallback(async () => {
    try {
      const [list, sets] = await Promise.all([
        api<{ snapshots: Snapshot[] }>(`${base}/maps/${mapId}/reviews`),
        api<{ datasets: Dataset[] }>(`${base}/datasets`),
      ]);
      setSnapshots(list.data.snapshots);
      setDatasets(sets.data.datasets.filter((d) => d.status === 'ready'));
    } catch (e) {
      setError(messageOf(e));
    }
  }, [base, mapId]);

  useEffect(() => {
    void reload();
  }, [reload]);

  const create = useCallback(
    async (dataset: string, notes: string) => {
      setBusy(true);
      setError(undefined);
      try {
        await api(`${base}/maps/${mapId}/reviews`, { method: 'POST', body: { dataset, notes } });
        await reload();
      } catch (e) {
        setError(messageOf(e));
      } finally {
        setBusy(false);
      }
    },
    [base, mapId, reload],
  );

  const compare = useCallback(
    async (from: string, to: string) =>
      (
        await api<Comparison>(
          `${base}/maps/${mapId}/reviews/compare?from=${encodeURIComponent(from)}&to=${encodeURIComponent(to)}`,
        )
      ).data,
    [base, mapId],
  );

  return { snapshots, datasets, error, busy, create, compare };
}
