import { useSyncExternalStore } from 'react';

// A few screens need no router library: the path is the state, pushState changes it.

const listeners = new Set<() => void>();

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  window.addEventListener('popstate', listener);
  return () => {
    listeners.delete(listener);
    window.removeEventListener('popstate', listener);
  };
}

/** The current path, re-rendering on navigation. */
export function usePath(): string {
  return useSyncExternalStore(subscribe, () => window.location.pathname);
}

/** Goes to `path` inside the app without reloading the page. */
export function navigate(path: string, replace = false): void {
  if (replace) window.history.replaceState(null, '', path);
  else window.history.pushState(null, '', path);
  for (const listener of listeners) listener();
}

/** The editor's views of one map: the grid, the touchpoint graph, the optimization plan, the reviews. */
export type MapView = 'map' | 'graph' | 'plan' | 'reviews';
const isMapView = (part: string | undefined): part is MapView =>
  part === 'graph' || part === 'plan' || part === 'reviews';

export type Screen =
  | { name: 'home'; workspaceId?: string }
  | { name: 'map'; workspaceId: string; mapId: string; view: MapView }
  | { name: 'insights'; workspaceId: string; mapId: string }
  | { name: 'sign-in' }
  | { name: 'sign-up' };

/**
 * Reads the screen a path names: /, /sign-in, /sign-up, /w/:workspace, /w/:workspace/maps/:map, and the map's
 * …/insights, …/graph, …/plan, …/reviews.
 */
export function screenOf(path: string): Screen {
  const parts = path.split('/').filter((p) => p.length > 0);
  if (parts[0] === 'sign-in') return { name: 'sign-in' };
  if (parts[0] === 'sign-up') return { name: 'sign-up' };
  if (parts[0] === 'w' && parts[1]) {
    if (parts[2] === 'maps' && parts[3]) {
      if (parts[4] === 'insights') return { name: 'insights', workspaceId: parts[1], mapId: parts[3] };
      const view = isMapView(parts[4]) ? parts[4] : 'map';
      return { name: 'map', workspaceId: parts[1], mapId: parts[3], view };
    }
    return { name: 'home', workspaceId: parts[1] };
  }
  return { name: 'home' };
}
