import type { Journey } from '@tropa/core';
import { Background, BackgroundVariant, Controls, MiniMap, type Node, ReactFlow } from '@xyflow/react';
import '@xyflow/react/dist/style.css';
import { useMemo } from 'react';
import { useLang } from '../i18n/lang.tsx';
import { duration, integer } from '../insights/format.ts';
import { flowEdges, flowNodes, type GraphMode } from './flowElements.ts';
import { layoutGraph } from './graphLayout.ts';
import type { GraphEdge, GraphModel } from './graphModel.ts';
import type { GraphSelection } from './graphReport.ts';
import { EdgeMarkers, EdgeSelect, JourneyEdgeView } from './JourneyEdge.tsx';
import { MarkerNodeView, StageNodeView, TouchpointNodeView } from './TouchpointNode.tsx';

const text = {
  canvas: { en: 'Journey graph', ru: 'Граф пути' },
  edge: { en: '{from} → {to}: {count} times', ru: '{from} → {to}: {count} раз' },
  timed: {
    en: '{from} → {to}: {count} times, median {time}',
    ru: '{from} → {to}: {count} раз, медиана {time}',
  },
  start: { en: 'Start', ru: 'Начало' },
  end: { en: 'End', ru: 'Конец' },
};

const nodeTypes = { touchpoint: TouchpointNodeView, marker: MarkerNodeView, stage: StageNodeView };
const edgeTypes = { journey: JourneyEdgeView };

function minimapColour(node: Node): string {
  if (node.type === 'stage') return '#eef0f6';
  if (node.type === 'marker') return '#94a3b8';
  const status = (node.data as { node?: { status?: string } }).node?.status;
  return status === 'seen' ? '#818cf8' : '#d6d9e2';
}

/** The graph on xyflow's canvas: fixed layout by stage, zoom, pan, minimap and controls. */
export function GraphCanvas({
  model,
  journey,
  kept,
  mode,
  selection,
  onSelect,
}: {
  model: GraphModel;
  journey: Journey;
  kept: Set<string>;
  mode: GraphMode;
  selection: GraphSelection | undefined;
  onSelect(selection: GraphSelection | undefined): void;
}) {
  const { t, lang } = useLang();
  const layout = useMemo(() => layoutGraph(model), [model]);
  const nodes = useMemo(
    () => flowNodes(model, layout, journey, selection),
    [model, layout, journey, selection],
  );
  const describe = useMemo(() => {
    const names = new Map(model.nodes.map((n) => [n.id, n.kind === 'touchpoint' ? n.name : t(text[n.kind])]));
    return (e: GraphEdge) => {
      const words = {
        from: names.get(e.from) ?? e.from,
        to: names.get(e.to) ?? e.to,
        count: integer(e.count, lang),
      };
      return e.medianSeconds === null
        ? t(text.edge, words)
        : t(text.timed, { ...words, time: duration(e.medianSeconds, lang) });
    };
  }, [model, t, lang]);
  const edges = useMemo(
    () => flowEdges(model, layout, kept, mode, lang, selection, describe),
    [model, layout, kept, mode, lang, selection, describe],
  );
  const selectEdge = useMemo(
    () => (edge: { from: string; to: string }) => onSelect({ kind: 'edge', from: edge.from, to: edge.to }),
    [onSelect],
  );
  return (
    <EdgeSelect.Provider value={selectEdge}>
      <section className="graph-canvas" aria-label={t(text.canvas)}>
        <EdgeMarkers />
        <ReactFlow
          nodes={nodes}
          edges={edges}
          nodeTypes={nodeTypes}
          edgeTypes={edgeTypes}
          nodesDraggable={false}
          nodesConnectable={false}
          edgesFocusable
          fitView
          fitViewOptions={{ padding: 0.02 }}
          minZoom={0.2}
          maxZoom={2}
          onNodeClick={(_, node) => {
            if (node.type !== 'stage') onSelect({ kind: 'node', id: node.id });
          }}
          onEdgeClick={(_, edge) => selectEdge({ from: edge.source, to: edge.target })}
          onPaneClick={() => onSelect(undefined)}
        >
          <Background variant={BackgroundVariant.Dots} gap={18} size={1} color="#d5d9e4" />
          <MiniMap
            pannable
            zoomable
            nodeColor={minimapColour}
            nodeStrokeWidth={0}
            style={{ width: 168, height: 96 }}
          />
          <Controls showInteractive={false} />
        </ReactFlow>
      </section>
    </EdgeSelect.Provider>
  );
}
