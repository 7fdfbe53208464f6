// The parts of the analytics answers the graph view reads. web may not import analytics, so the shapes it relies
// on are written here (src/api/report.ts holds the insights' share of the same report).

/** One directly-follows pair of touchpoints: how many times a case went from one straight to the other. */
export interface FollowsEdge {
  from: string;
  to: string;
  count: number;
  meanSeconds: number;
  medianSeconds: number;
  p90Seconds: number;
}

/** The touchpoint-level directly-follows graph: nodes are touchpoint ids with their event counts. */
export interface TouchpointGraph {
  nodes: { name: string; count: number }[];
  edges: FollowsEdge[];
}

/** How the dataset's events fell on the map's touchpoints (those with match rules). */
export interface TouchpointMapping {
  id: string;
  stage: string;
  events: number;
  cases: number;
}

/** The slice of `GET …/analytics` the graph view needs. */
export interface GraphReport {
  stats: { cases: number; events: number };
  journey?: {
    mapping: { touchpoints: TouchpointMapping[]; matchedEvents: number; unmatchedEvents: number };
    touchpointGraph: TouchpointGraph;
  };
}

/** One case that passed a node or an edge, as `GET …/analytics/cases` lists it. */
export interface CaseRow {
  caseId: string;
  events: number;
  firstAt: string;
  lastAt: string;
  /** How many times the case passed the node or the edge. */
  occurrences: number;
  /** The case's touchpoints in order. */
  path: string[];
  lastStage: string | null;
}

/** A page of `GET …/analytics/cases?dataset=…&node=…` (or `&edgeFrom=…&edgeTo=…`). */
export interface CasesPage {
  total: number;
  limit: number;
  offset: number;
  cases: CaseRow[];
}

/** What was clicked: a touchpoint, or a pair of touchpoints (the start and end markers are `START`/`END`). */
export type GraphSelection = { kind: 'node'; id: string } | { kind: 'edge'; from: string; to: string };

export const START = '__start__';
export const END = '__end__';

/**
 * The graph's part of a report, or undefined when the report has no journey section (a map without stages
 * matched to the data). Checks the arrays it will walk, so an older server's answer fails here, not mid-render.
 */
export function graphPartOf(report: unknown): GraphReport['journey'] {
  const journey = (report as Partial<GraphReport> | undefined)?.journey;
  if (!journey) return undefined;
  const graph = journey.touchpointGraph;
  if (!graph || !Array.isArray(graph.nodes) || !Array.isArray(graph.edges)) return undefined;
  if (!Array.isArray(journey.mapping?.touchpoints)) return undefined;
  return journey;
}
