import type { Journey } from '@tropa/core';
import { END, type GraphReport, START } from './graphReport.ts';

/**
 * A touchpoint as the graph shows it: where it sits (stage column, row in the stage) and what the data says.
 * `never-reached`: the map matches events to it, yet none came; `not-tracked`: it has no match rule, so the
 * data cannot show it. Both are the designed journey the data does not confirm.
 */
export interface GraphNode {
  id: string;
  kind: 'touchpoint' | 'start' | 'end';
  name: string;
  channel: string | undefined;
  /** Column: -1 for the start marker, the stage's index, the number of stages for the end marker. */
  column: number;
  row: number;
  events: number;
  cases: number;
  status: 'seen' | 'never-reached' | 'not-tracked';
}

/**
 * A directly-follows edge. `forward` goes to a later stage (or to/from start/end), `within` stays in a stage,
 * `back` returns to an earlier stage (rework), `loop` repeats the same touchpoint.
 */
export interface GraphEdge {
  id: string;
  from: string;
  to: string;
  count: number;
  kind: 'forward' | 'within' | 'back' | 'loop';
  /** Null for the start and end edges: the data has no time before a first or after a last event. */
  medianSeconds: number | null;
  meanSeconds: number | null;
  p90Seconds: number | null;
}

export interface GraphModel {
  stages: { id: string; name: string }[];
  nodes: GraphNode[];
  edges: GraphEdge[];
  /** The largest row count of any stage: the height of the columns. */
  rows: number;
}

export const edgeId = (from: string, to: string) => `${from}->${to}`;

function edgeKind(from: GraphNode, to: GraphNode): GraphEdge['kind'] {
  if (from.id === to.id) return 'loop';
  if (from.kind !== 'touchpoint' || to.kind !== 'touchpoint') return 'forward';
  if (to.column < from.column) return 'back';
  return to.column === from.column ? 'within' : 'forward';
}

/**
 * The map's touchpoints placed by stage with the data's directly-follows edges over them. Start and end edges
 * are derived: a node's events that no edge brings in are cases starting there, those no edge takes on end
 * there. Touchpoints of the data that the map no longer has are left out, with their edges.
 */
export function buildGraphModel(journey: Journey, report: NonNullable<GraphReport['journey']>): GraphModel {
  const stageIndex = new Map(journey.stages.map((s, i) => [s.id, i]));
  const counts = new Map(report.touchpointGraph.nodes.map((n) => [n.name, n.count]));
  const cases = new Map(report.mapping.touchpoints.map((t) => [t.id, t.cases]));
  const rowsUsed = journey.stages.map(() => 0);
  const nodes: GraphNode[] = [];
  for (const tp of journey.touchpoints) {
    const column = stageIndex.get(tp.stage);
    if (column === undefined) continue;
    const events = counts.get(tp.id) ?? 0;
    const status = events > 0 ? 'seen' : tp.match === undefined ? 'not-tracked' : 'never-reached';
    const row = rowsUsed[column] ?? 0;
    rowsUsed[column] = row + 1;
    nodes.push({
      id: tp.id,
      kind: 'touchpoint',
      name: tp.name,
      channel: tp.channel,
      column,
      row,
      events,
      cases: cases.get(tp.id) ?? 0,
      status,
    });
  }
  const byId = new Map(nodes.map((n) => [n.id, n]));
  const edges: GraphEdge[] = [];
  const inflow = new Map<string, number>();
  const outflow = new Map<string, number>();
  for (const e of report.touchpointGraph.edges) {
    const from = byId.get(e.from);
    const to = byId.get(e.to);
    if (!from || !to) continue;
    outflow.set(e.from, (outflow.get(e.from) ?? 0) + e.count);
    inflow.set(e.to, (inflow.get(e.to) ?? 0) + e.count);
    const { count, medianSeconds, meanSeconds, p90Seconds } = e;
    edges.push({
      id: edgeId(e.from, e.to),
      from: e.from,
      to: e.to,
      count,
      kind: edgeKind(from, to),
      medianSeconds,
      meanSeconds,
      p90Seconds,
    });
  }
  const seen = nodes.filter((n) => n.status === 'seen');
  const marker = (id: string, kind: 'start' | 'end', column: number, events: number): GraphNode => ({
    id,
    kind,
    name: kind,
    channel: undefined,
    column,
    row: 0,
    events,
    cases: events,
    status: 'seen',
  });
  const timeless = { kind: 'forward', medianSeconds: null, meanSeconds: null, p90Seconds: null } as const;
  let started = 0;
  let ended = 0;
  for (const n of seen) {
    const starts = n.events - (inflow.get(n.id) ?? 0);
    const ends = n.events - (outflow.get(n.id) ?? 0);
    if (starts > 0)
      edges.push({ id: edgeId(START, n.id), from: START, to: n.id, count: starts, ...timeless });
    if (ends > 0) edges.push({ id: edgeId(n.id, END), from: n.id, to: END, count: ends, ...timeless });
    started += Math.max(starts, 0);
    ended += Math.max(ends, 0);
  }
  if (seen.length > 0) {
    nodes.unshift(marker(START, 'start', -1, started));
    nodes.push(marker(END, 'end', journey.stages.length, ended));
  }
  edges.sort((a, b) => b.count - a.count || a.id.localeCompare(b.id));
  return {
    stages: journey.stages.map((s) => ({ id: s.id, name: s.name })),
    nodes,
    edges,
    rows: Math.max(1, ...rowsUsed),
  };
}
