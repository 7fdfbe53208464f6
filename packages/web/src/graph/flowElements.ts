import type { Journey, Lang } from '@tropa/core';
import type { Node } from '@xyflow/react';
import { duration, integer } from '../insights/format.ts';
import { edgeCurve, type Layout, nodeObstacles } from './graphLayout.ts';
import type { GraphEdge, GraphModel } from './graphModel.ts';
import type { GraphSelection } from './graphReport.ts';
import type { EdgeTone, JourneyFlowEdge } from './JourneyEdge.tsx';
import { labelWidth, placeLabels } from './labelPlacement.ts';
import { slownessCuts, slownessOf, thickness } from './pathFilter.ts';
import type { MarkerFlowNode, StageFlowNode, TouchpointFlowNode } from './TouchpointNode.tsx';

export type GraphMode = 'frequency' | 'time';

function toneOf(edge: GraphEdge, mode: GraphMode, cuts: [number, number, number]): EdgeTone {
  if (edge.medianSeconds === null) return 'marker';
  if (mode === 'time') return `slow-${slownessOf(edge.medianSeconds, cuts)}`;
  return edge.kind === 'back' ? 'rework' : 'flow';
}

/** The xyflow nodes: stage bands behind, then the start / end markers and the touchpoints, fixed in place. */
export function flowNodes(
  model: GraphModel,
  layout: Layout,
  journey: Journey,
  selection: GraphSelection | undefined,
): Node[] {
  const bands: StageFlowNode[] = model.stages.map((stage, index) => {
    const band = layout.bands[index] ?? { x: 0, y: 0, w: 0, h: 0 };
    return {
      id: `stage:${stage.id}`,
      type: 'stage',
      position: { x: band.x, y: band.y },
      width: band.w,
      height: band.h,
      data: { index, name: stage.name },
      selectable: false,
      focusable: false,
      zIndex: -1,
    };
  });
  const nodes = model.nodes.map((node): TouchpointFlowNode | MarkerFlowNode => {
    const box = layout.boxes.get(node.id) ?? { x: 0, y: 0, w: 0, h: 0 };
    const base = {
      id: node.id,
      position: { x: box.x, y: box.y },
      width: box.w,
      height: box.h,
      selected: selection?.kind === 'node' && selection.id === node.id,
    };
    return node.kind === 'touchpoint'
      ? { ...base, type: 'touchpoint', data: { node, journey } }
      : { ...base, type: 'marker', data: { node } };
  });
  return [...bands, ...nodes];
}

/** The kept edges with their curves, widths, tones and labels (count or median time), labels kept apart. */
export function flowEdges(
  model: GraphModel,
  layout: Layout,
  kept: Set<string>,
  mode: GraphMode,
  lang: Lang,
  selection: GraphSelection | undefined,
  describe: (edge: GraphEdge) => string,
): JourneyFlowEdge[] {
  const cuts = slownessCuts(model.edges);
  const max = Math.max(1, ...model.edges.map((e) => e.count));
  const shown = model.edges.filter((e) => kept.has(e.id));
  const curves = new Map(
    shown.flatMap((e) => {
      const s = layout.boxes.get(e.from);
      const t = layout.boxes.get(e.to);
      return s && t ? [[e.id, edgeCurve(e, s, t, layout)] as const] : [];
    }),
  );
  const labelOf = (e: GraphEdge) =>
    mode === 'frequency'
      ? integer(e.count, lang)
      : e.medianSeconds === null
        ? undefined
        : duration(e.medianSeconds, lang);
  const requests = shown.flatMap((e) => {
    const curve = curves.get(e.id);
    const text = labelOf(e);
    return curve && text !== undefined ? [{ id: e.id, curve, text }] : [];
  });
  const spots = placeLabels(requests, nodeObstacles(model.nodes, layout), labelWidth);
  return shown.flatMap((edge): JourneyFlowEdge[] => {
    const curve = curves.get(edge.id);
    if (!curve) return [];
    const selected = selection?.kind === 'edge' && selection.from === edge.from && selection.to === edge.to;
    return [
      {
        id: edge.id,
        type: 'journey',
        source: edge.from,
        target: edge.to,
        selected,
        data: {
          edge,
          curve,
          width: thickness(edge.count, max),
          tone: toneOf(edge, mode, cuts),
          label: labelOf(edge),
          labelAt: spots.get(edge.id),
          title: describe(edge),
        },
      },
    ];
  });
}
