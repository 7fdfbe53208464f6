import type { JourneyRules } from '../../mapping/journeyRules.ts';
import type { GraphLevel } from './graph.ts';

/**
 * The cases behind one node or one edge of the directly-follows graph (the `dfg` query's nodes
 * and edges, at the same level): an edge is a pair of consecutive nodes of one case, so the
 * occurrences summed over all cases equal the graph's edge (or node) count.
 */
export interface CaseListQuery {
  kind: 'caseList';
  level?: GraphLevel;
  /** Needed for the touchpoint and stage levels. */
  journey?: JourneyRules;
  /** A node name as the dfg result names it (activity name, touchpoint id, stage id). */
  node?: string;
  edge?: { from: string; to: string };
  limit: number;
  offset: number;
}

/** Longest path a case carries; `pathLength` tells the full length. */
export const CASE_PATH_LIMIT = 30;

export interface CaseListItem {
  caseId: string;
  /** All the case's events, mapped or not. */
  events: number;
  firstAt: string;
  lastAt: string;
  /** Times the node (or edge) occurs in the case. */
  occurrences: number;
  /** The case's node sequence at the query's level, the first CASE_PATH_LIMIT of them. */
  path: string[];
  pathLength: number;
  /** Stage id of the case's last mapped event; null without a journey or with no mapped event. */
  lastStage: string | null;
  /** Median seconds between the edge's two events in this case; null for a node. */
  medianSecondsOnEdge: number | null;
}

export interface CaseListResult {
  /** Cases where the node or edge occurs at least once. */
  total: number;
  /** Sorted by occurrences (most first), then case id. */
  cases: CaseListItem[];
}
