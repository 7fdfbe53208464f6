import { useCallback, useState } from 'react';
import type { GraphMode } from './flowElements.ts';
import type { GraphSelection } from './graphReport.ts';

/** What the user set on a map's graph: kept for the tab's session, so coming back (or a reload) finds it. */
export interface GraphSettings {
  datasetId: string | undefined;
  mode: GraphMode;
  percent: number;
  selection: GraphSelection | undefined;
}

const DEFAULTS: GraphSettings = {
  datasetId: undefined,
  mode: 'frequency',
  percent: 20,
  selection: undefined,
};

function read(key: string): GraphSettings {
  try {
    const stored = JSON.parse(sessionStorage.getItem(key) ?? 'null') as Partial<GraphSettings> | null;
    if (!stored) return DEFAULTS;
    return {
      datasetId: typeof stored.datasetId === 'string' ? stored.datasetId : undefined,
      mode: stored.mode === 'time' ? 'time' : 'frequency',
      percent:
        typeof stored.percent === 'number' ? Math.min(100, Math.max(0, stored.percent)) : DEFAULTS.percent,
      selection:
        stored.selection?.kind === 'node' || stored.selection?.kind === 'edge' ? stored.selection : undefined,
    };
  } catch {
    return DEFAULTS;
  }
}

/** The graph's settings for one map, and a setter that merges a change and remembers it. */
export function useGraphSettings(mapId: string): [GraphSettings, (change: Partial<GraphSettings>) => void] {
  const key = `tropa.graph.${mapId}`;
  const [settings, setSettings] = useState(() => read(key));
  const update = useCallback(
    (change: Partial<GraphSettings>) =>
      setSettings((current) => {
        const next = { ...current, ...change };
        sessionStorage.setItem(key, JSON.stringify(next));
        return next;
      }),
    [key],
  );
  return [settings, update];
}
