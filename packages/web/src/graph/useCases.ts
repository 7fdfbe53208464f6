import { useEffect, useState } from 'react';
import { api } from '../api/client.ts';
import { type CasesPage, END, type GraphSelection, START } from './graphReport.ts';

export const CASES_PER_PAGE = 20;

export type CasesState =
  | { status: 'loading' }
  | { status: 'ready'; page: CasesPage }
  | { status: 'error'; message: string }
  /** The start and end markers are not touchpoints: the cases route has nothing to list for them. */
  | { status: 'none' };

/** The query naming the selection for `GET …/analytics/cases`, or undefined for the start / end markers. */
export function casesQuery(selection: GraphSelection): string | undefined {
  const marker = (id: string) => id === START || id === END;
  if (selection.kind === 'node') {
    return marker(selection.id) ? undefined : `node=${encodeURIComponent(selection.id)}`;
  }
  if (marker(selection.from) || marker(selection.to)) return undefined;
  return `edgeFrom=${encodeURIComponent(selection.from)}&edgeTo=${encodeURIComponent(selection.to)}`;
}

/** One page of the cases that passed the selected node or edge, from the dataset the graph shows. */
export function useCases(
  workspaceId: string,
  mapId: string,
  datasetId: string,
  selection: GraphSelection,
  offset: number,
): CasesState {
  const [state, setState] = useState<CasesState>({ status: 'loading' });
  const query = casesQuery(selection);
  useEffect(() => {
    if (query === undefined) {
      setState({ status: 'none' });
      return;
    }
    setState({ status: 'loading' });
    let current = true;
    const url = `/api/workspaces/${workspaceId}/maps/${mapId}/analytics/cases?dataset=${encodeURIComponent(datasetId)}&${query}&limit=${CASES_PER_PAGE}&offset=${offset}`;
    api<CasesPage>(url)
      .then(({ data }) => current && setState({ status: 'ready', page: data }))
      .catch(
        (e: unknown) =>
          current && setState({ status: 'error', message: e instanceof Error ? e.message : String(e) }),
      );
    return () => {
      current = false;
    };
  }, [workspaceId, mapId, datasetId, query, offset]);
  return state;
}
