import type { GraphEdge } from './graphModel.ts';

/** The edges a paths slider keeps, and the smallest count among the ones it kept by rank. */
export interface KeptPaths {
  ids: Set<string>;
  /** Kept by rank alone: the most frequent `percent` of the paths. */
  ranked: number;
  /** Kept although rarer, so that every touchpoint the data reaches stays connected. */
  backbone: number;
}

/**
 * The paths slider of process-mining tools (Disco, ProM's fuzzy miner): keeps the most frequent `percent` of
 * the edges, and at any setting each node's strongest way in and strongest way out, so that hiding rare
 * paths simplifies the picture without cutting a touchpoint off. At 100 every edge is kept.
 * @example keepPaths(model.edges, 30).ids.has('t-form->t-call')
 */
export function keepPaths(edges: readonly GraphEdge[], percent: number): KeptPaths {
  const sorted = [...edges].sort((a, b) => b.count - a.count || a.id.localeCompare(b.id));
  const take = Math.round((Math.min(Math.max(percent, 0), 100) / 100) * sorted.length);
  const ids = new Set(sorted.slice(0, take).map((e) => e.id));
  const ranked = ids.size;
  const strongestOut = new Map<string, GraphEdge>();
  const strongestIn = new Map<string, GraphEdge>();
  // Loops neither lead in nor out: they never hold a node in place.
  for (const e of sorted) {
    if (e.kind === 'loop') continue;
    if (!strongestOut.has(e.from)) strongestOut.set(e.from, e);
    if (!strongestIn.has(e.to)) strongestIn.set(e.to, e);
  }
  for (const e of [...strongestOut.values(), ...strongestIn.values()]) ids.add(e.id);
  return { ids, ranked, backbone: ids.size - ranked };
}

/** Slowness of an edge's median time among all timed edges of the graph: quartiles, 0 fastest, 3 slowest. */
export type Slowness = 0 | 1 | 2 | 3;

/** The quartile cut points of the edges' median times, for colouring by slowness. */
export function slownessCuts(edges: readonly GraphEdge[]): [number, number, number] {
  const times = edges
    .map((e) => e.medianSeconds)
    .filter((t): t is number => t !== null)
    .sort((a, b) => a - b);
  const at = (q: number) => times[Math.min(times.length - 1, Math.floor(q * times.length))] ?? 0;
  return [at(0.25), at(0.5), at(0.75)];
}

export function slownessOf(seconds: number, cuts: readonly [number, number, number]): Slowness {
  if (seconds <= cuts[0]) return 0;
  if (seconds <= cuts[1]) return 1;
  return seconds <= cuts[2] ? 2 : 3;
}

/** Stroke width on a log scale of the count: 1.5 px for a single case up to 9 px for the busiest edge. */
export function thickness(count: number, max: number): number {
  if (max <= 1) return 2;
  return 1.5 + (7.5 * Math.log(Math.max(count, 1))) / Math.log(max);
}
