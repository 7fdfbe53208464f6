import type { Persona } from '@tropa/core';
import { useCallback, useEffect, useState } from 'react';
import { api } from '../api/client.ts';
import type { Dataset, DueReview, MapAnswer, MapSummary, Workspace } from '../api/types.ts';

export interface MapRow extends MapSummary {
  /** The persona the map is for (a role map names its buying-centre role). */
  persona: string | undefined;
}

export interface WorkspaceView {
  workspaces: Workspace[];
  current: Workspace | undefined;
  maps: MapRow[];
  datasets: Dataset[];
  reviews: DueReview[];
  personas: Persona[];
}

/** Persona names by id from every generalized map: a role map names its persona by id only. */
function personaNames(answers: readonly MapAnswer[]): Map<string, string> {
  const names = new Map<string, string>();
  for (const a of answers) {
    if (a.document.kind === 'journey') for (const p of a.document.journey.personas) names.set(p.id, p.name);
  }
  return names;
}

function uniquePersonas(answers: readonly MapAnswer[]): Persona[] {
  const byId = new Map<string, Persona>();
  for (const a of answers) {
    if (a.document.kind === 'journey') for (const p of a.document.journey.personas) byId.set(p.id, p);
  }
  return [...byId.values()];
}

function personaOf(answer: MapAnswer, names: Map<string, string>): string | undefined {
  const doc = answer.document;
  const id = doc.kind === 'role' ? doc.role.persona : doc.journey.persona;
  return id === undefined ? undefined : (names.get(id) ?? id);
}

/** Everything the workspace home shows, loaded together; `reload` after a change. */
export function useWorkspace(workspaceId: string | undefined) {
  const [view, setView] = useState<WorkspaceView>();
  const [error, setError] = useState<string>();

  const load = useCallback(async () => {
    try {
      const { data } = await api<{ workspaces: Workspace[] }>('/api/workspaces');
      const current = data.workspaces.find((w) => w.id === workspaceId) ?? data.workspaces[0];
      if (!current) {
        setView({ workspaces: [], current: undefined, maps: [], datasets: [], reviews: [], personas: [] });
        return;
      }
      const base = `/api/workspaces/${current.id}`;
      const [maps, datasets, reviews] = await Promise.all([
        api<{ maps: MapSummary[] }>(`${base}/maps`),
        api<{ datasets: Dataset[] }>(`${base}/datasets`),
        api<{ maps: DueReview[] }>(`${base}/reviews/due`),
      ]);
      const answers = await Promise.all(
        maps.data.maps.map((m) => api<MapAnswer>(`${base}/maps/${m.id}`).then((a) => a.data)),
      );
      const names = personaNames(answers);
      setView({
        workspaces: data.workspaces,
        current,
        maps: maps.data.maps.map((m, i) => ({ ...m, persona: answers[i] && personaOf(answers[i], names) })),
        datasets: datasets.data.datasets,
        reviews: reviews.data.maps,
        personas: uniquePersonas(answers),
      });
    } catch (failure) {
      setError(failure instanceof Error ? failure.message : String(failure));
    }
  }, [workspaceId]);

  useEffect(() => {
    void load();
  }, [load]);

  return { view, error, reload: load };
}
