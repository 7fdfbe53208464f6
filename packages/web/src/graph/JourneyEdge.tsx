import { BaseEdge, type Edge, EdgeLabelRenderer, type EdgeProps } from '@xyflow/react';
import { createContext, useContext } from 'react';
import { type Cubic, type Point, svgPath } from './graphLayout.ts';
import type { GraphEdge } from './graphModel.ts';

/** How an edge is coloured: the flow, rework, start/end, or its slowness quartile in the time view. */
export type EdgeTone = 'flow' | 'rework' | 'marker' | 'slow-0' | 'slow-1' | 'slow-2' | 'slow-3';
const TONES: readonly EdgeTone[] = ['flow', 'rework', 'marker', 'slow-0', 'slow-1', 'slow-2', 'slow-3'];
const SELECTED = 'selected';

export type JourneyFlowEdge = Edge<
  {
    edge: GraphEdge;
    curve: Cubic;
    width: number;
    tone: EdgeTone;
    label: string | undefined;
    labelAt: Point | undefined;
    /** The edge in words, for the label's tooltip. */
    title: string;
  },
  'journey'
>;

/** Clicking an edge's label selects the edge, as clicking its line does. */
export const EdgeSelect = createContext<(edge: GraphEdge) => void>(() => undefined);

const markerId = (tone: string) => `tropa-arrow-${tone}`;

/** A directly-follows edge along its computed curve: thickness by count, dashed when it is rework. */
export function JourneyEdgeView({ id, data, selected }: EdgeProps<JourneyFlowEdge>) {
  const select = useContext(EdgeSelect);
  if (!data) return null;
  const { edge, curve, width, tone, label, labelAt, title } = data;
  const classes = `journey-edge tone-${tone} kind-${edge.kind}${selected ? ' selected' : ''}`;
  return (
    <>
      <BaseEdge
        id={id}
        path={svgPath(curve)}
        className={classes}
        style={{ strokeWidth: width }}
        markerEnd={`url(#${markerId(selected ? SELECTED : tone)})`}
        interactionWidth={Math.max(14, width + 8)}
      />
      {label !== undefined && labelAt && (
        <EdgeLabelRenderer>
          <button
            type="button"
            className={`edge-label nodrag nopan tone-${tone}${selected ? ' selected' : ''}`}
            data-edge={id}
            title={title}
            style={{ transform: `translate(-50%, -50%) translate(${labelAt.x}px, ${labelAt.y}px)` }}
            onClick={() => select(edge)}
          >
            {label}
          </button>
        </EdgeLabelRenderer>
      )}
    </>
  );
}

/** Arrowheads of a fixed size (xyflow's own grow with the stroke), one per tone. */
export function EdgeMarkers() {
  return (
    <svg className="edge-markers" aria-hidden="true" width="0" height="0">
      <defs>
        {[...TONES, SELECTED].map((tone) => (
          <marker
            key={tone}
            id={markerId(tone)}
            className={`edge-marker tone-${tone}`}
            viewBox="0 0 10 10"
            refX="8"
            refY="5"
            markerWidth="11"
            markerHeight="11"
            markerUnits="userSpaceOnUse"
            orient="auto-start-reverse"
          >
            <path d="M 0 0 L 10 5 L 0 10 z" />
          </marker>
        ))}
      </defs>
    </svg>
  );
}
