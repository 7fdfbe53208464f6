import type { Journey } from '@tropa/core';
import { Handle, type Node, type NodeProps, Position } from '@xyflow/react';
import { ChannelBadge } from '../editor/channelIcons.tsx';
import { useLang } from '../i18n/lang.tsx';
import { integer } from '../insights/format.ts';
import type { GraphNode } from './graphModel.ts';

const text = {
  events: { en: '{n} events', ru: '{n} событ.' },
  partners: { en: '{n} partners', ru: '{n} партнёров' },
  'never-reached': { en: 'never reached', ru: 'не встречается' },
  'not-tracked': { en: 'no match rule', ru: 'нет правила' },
  neverHint: {
    en: 'On the map, but no event of the data fell on it',
    ru: 'На карте есть, но ни одно событие данных на неё не попало',
  },
  untrackedHint: {
    en: 'On the map without a match rule: the data cannot show it',
    ru: 'На карте без правила сопоставления: данные не могут её показать',
  },
  start: { en: 'Start', ru: 'Начало' },
  end: { en: 'End', ru: 'Конец' },
};

export type TouchpointFlowNode = Node<{ node: GraphNode; journey: Journey }, 'touchpoint'>;
export type MarkerFlowNode = Node<{ node: GraphNode }, 'marker'>;
export type StageFlowNode = Node<{ index: number; name: string }, 'stage'>;

// Edges are drawn by their own curves (graphLayout.ts); the handles only anchor them for xyflow.
const anchors = (
  <>
    <Handle type="target" position={Position.Left} isConnectable={false} className="graph-handle" />
    <Handle type="source" position={Position.Right} isConnectable={false} className="graph-handle" />
  </>
);

/** A touchpoint: channel icon, name from the map, the events and partners the data has on it. */
export function TouchpointNodeView({ data, selected }: NodeProps<TouchpointFlowNode>) {
  const { t, lang } = useLang();
  const { node, journey } = data;
  const dim = node.status !== 'seen';
  const title = `${node.name}${dim ? ` — ${t(node.status === 'never-reached' ? text.neverHint : text.untrackedHint)}` : ` — ${t(text.partners, { n: integer(node.cases, lang) })}`}`;
  return (
    <div
      className={`tp-node status-${node.status}${selected ? ' selected' : ''}`}
      data-touchpoint={node.id}
      title={title}
    >
      {anchors}
      <div className="tp-head">
        <ChannelBadge journey={journey} channelId={node.channel} />
        <span className="tp-count">
          {dim
            ? t(text[node.status as 'never-reached' | 'not-tracked'])
            : t(text.events, { n: integer(node.events, lang) })}
        </span>
      </div>
      <div className="tp-name">{node.name}</div>
    </div>
  );
}

/** The start or end marker, with how many cases begin or finish their journey in the data. */
export function MarkerNodeView({ data, selected }: NodeProps<MarkerFlowNode>) {
  const { t, lang } = useLang();
  const { node } = data;
  return (
    <div className={`marker-node ${node.kind}${selected ? ' selected' : ''}`} data-marker={node.kind}>
      {anchors}
      <span className="marker-dot" />
      {t(node.kind === 'start' ? text.start : text.end)}
      <span className="marker-count">{integer(node.events, lang)}</span>
    </div>
  );
}

/** A stage's column behind its touchpoints: the number and name of the stage on top. */
export function StageNodeView({ data }: NodeProps<StageFlowNode>) {
  return (
    <div className="stage-band">
      <div className="stage-band-head">
        <span className="stage-number">{data.index + 1}</span>
        <span className="stage-band-name">{data.name}</span>
      </div>
    </div>
  );
}
