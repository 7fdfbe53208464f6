import type { Card, Journey, Lane, Severity } from '@tropa/core';
import { type DragEvent, useState } from 'react';
import { useLang } from '../i18n/lang.tsx';
import { AddLinkedCard, type LinkedChoice } from './cards/AddLinkedCard.tsx';
import { isLinkedLane } from './cards/cardCommands.ts';
import { ChannelBadge, channelName } from './channelIcons.tsx';
import { isTextLane } from './commands.ts';
import { CardCommentButton } from './comments/CardComments.tsx';
import { InlineText } from './InlineText.tsx';
import { SEVERITY_LABELS } from './laneLabels.ts';
import { MeasuredKpiChips } from './measured/MeasuredKpiChips.tsx';

const text = {
  add: { en: 'Add', ru: 'Добавить' },
  newCard: { en: 'New card', ru: 'Новая карточка' },
  edit: { en: 'Edit card', ru: 'Изменить карточку' },
  remove: { en: 'Delete card', ru: 'Удалить карточку' },
  severity: { en: 'Severity', ru: 'Важность' },
  quit: { en: 'Partners quit here', ru: 'Здесь партнёры уходят' },
  role: { en: 'Written for this role', ru: 'Написано для этой роли' },
  reset: { en: '↺ Reset to the generalized map', ru: '↺ Вернуть как в обобщённой карте' },
};

export interface CellActions {
  add(laneId: string, stageId: string, text: string): void;
  /** A card of a touchpoints, channels or KPI lane: one the map has, or a new one defined with it. */
  addLinked(laneId: string, stageId: string, choice: LinkedChoice): void;
  edit(laneId: string, index: number, text: string): void;
  remove(laneId: string, index: number): void;
  severity(laneId: string, index: number, severity: Severity): void;
  /** In a role map: the cell takes the generalized map's cards again. */
  resetCell?(laneId: string, stageId: string): void;
  /** A card dragged within its lane: to this stage, before the card at `before` (else at the end). */
  move(laneId: string, index: number, stageId: string, before?: number): void;
}

const CARD_TYPE = 'text/x-tropa-card';

/** Reads a dragged card of this lane, if the drag carries one. */
function draggedCard(event: DragEvent, laneId: string): number | undefined {
  const raw = event.dataTransfer.getData(CARD_TYPE);
  const [lane, index] = raw.split('#');
  return lane === laneId && index !== undefined && /^\d+$/.test(index) ? Number(index) : undefined;
}

function cardText(card: Card): string {
  if ('quote' in card) return card.quote;
  return 'text' in card && typeof card.text === 'string' ? card.text : '';
}

/** The cards of one lane in one stage, editable in place; text lanes get an "add" button. */
export function CardCell({
  journey,
  lane,
  stageId,
  cards,
  overridden,
  readOnly,
  actions,
}: {
  journey: Journey;
  lane: Lane;
  stageId: string;
  cards: { card: Card; index: number }[];
  /** A role map's own cards, as `laneId#index`. */
  overridden?: Set<string> | undefined;
  readOnly: boolean;
  actions: CellActions;
}) {
  const { t } = useLang();
  const editable = isTextLane(lane.type) && !readOnly;
  const linked = isLinkedLane(lane.type) && !readOnly;
  const [picking, setPicking] = useState(false);
  return (
    // biome-ignore lint/a11y/noStaticElementInteractions: a drop target for dragged cards; editing stays on the buttons inside
    <div
      className={`cell lane-${lane.type}`}
      data-lane={lane.id}
      data-stage={stageId}
      onDragOver={(e) => {
        if (!readOnly && e.dataTransfer.types.includes(CARD_TYPE)) e.preventDefault();
      }}
      onDrop={(e) => {
        const from = draggedCard(e, lane.id);
        if (from !== undefined) actions.move(lane.id, from, stageId);
      }}
    >
      {cards.map(({ card, index }) => (
        <article
          key={index}
          className={`card ${'severity' in card ? `sev-${card.severity}` : ''} ${overridden?.has(`${lane.id}#${index}`) ? 'overridden' : ''}`}
          title={overridden?.has(`${lane.id}#${index}`) ? t(text.role) : undefined}
          draggable={!readOnly}
          onDragStart={(e) => e.dataTransfer.setData(CARD_TYPE, `${lane.id}#${index}`)}
          onDrop={(e) => {
            const from = draggedCard(e, lane.id);
            if (from === undefined) return;
            e.stopPropagation();
            actions.move(lane.id, from, stageId, index);
          }}
        >
          <CardCommentButton laneId={lane.id} index={index} cardId={card.id} />
          {'touchpoint' in card && <Touchpoint journey={journey} id={card.touchpoint} />}
          {'channel' in card && <ChannelTag journey={journey} id={card.channel} />}
          {'kpi' in card && <KpiTag journey={journey} id={card.kpi} />}
          {'kpi' in card && <MeasuredKpiChips kpiId={card.kpi} />}
          {editable ? (
            <InlineText
              value={cardText(card)}
              multiline
              label={t(text.edit)}
              onCommit={(next) => actions.edit(lane.id, index, next)}
            />
          ) : (
            cardText(card) && <p className="card-text">{cardText(card)}</p>
          )}
          {'severity' in card && (
            <div className="card-foot">
              <select
                className={`severity sev-${card.severity}`}
                value={card.severity}
                disabled={readOnly}
                aria-label={t(text.severity)}
                onChange={(e) => actions.severity(lane.id, index, e.target.value as Severity)}
              >
                {(Object.keys(SEVERITY_LABELS) as Severity[]).map((s) => (
                  <option key={s} value={s}>
                    {t(SEVERITY_LABELS[s])}
                  </option>
                ))}
              </select>
              {'quitPoint' in card && card.quitPoint && <span className="quit">⛔ {t(text.quit)}</span>}
            </div>
          )}
          {(editable || linked) && (
            <button
              type="button"
              className="card-remove"
              aria-label={t(text.remove)}
              title={t(text.remove)}
              onClick={() => actions.remove(lane.id, index)}
            >
              ×
            </button>
          )}
        </article>
      ))}
      {editable && (
        <button
          type="button"
          className="cell-add"
          onClick={() => actions.add(lane.id, stageId, t(text.newCard))}
        >
          + {t(text.add)}
        </button>
      )}
      {!readOnly &&
        actions.resetCell &&
        cards.some(({ index }) => overridden?.has(`${lane.id}#${index}`)) && (
          <button type="button" className="cell-reset" onClick={() => actions.resetCell?.(lane.id, stageId)}>
            {t(text.reset)}
          </button>
        )}
      {linked &&
        (picking ? (
          <AddLinkedCard
            journey={journey}
            lane={lane}
            stageId={stageId}
            onClose={() => setPicking(false)}
            onPick={(choice) => {
              setPicking(false);
              actions.addLinked(lane.id, stageId, choice);
            }}
          />
        ) : (
          <button type="button" className="cell-add" onClick={() => setPicking(true)}>
            + {t(text.add)}
          </button>
        ))}
    </div>
  );
}

function Touchpoint({ journey, id }: { journey: Journey; id: string }) {
  const touchpoint = journey.touchpoints.find((x) => x.id === id);
  return (
    <p className="card-text">
      <ChannelBadge journey={journey} channelId={touchpoint?.channel} />
      {touchpoint?.name ?? id}
      {touchpoint?.owner && <span className="owner"> · {touchpoint.owner}</span>}
    </p>
  );
}

function ChannelTag({ journey, id }: { journey: Journey; id: string }) {
  return (
    <p className="card-text">
      <ChannelBadge journey={journey} channelId={id} />
      {channelName(journey, id)}
    </p>
  );
}

function KpiTag({ journey, id }: { journey: Journey; id: string }) {
  const kpi = journey.kpis.find((k) => k.id === id);
  return (
    <p className="card-text kpi">
      <strong>{kpi?.name ?? kpi?.type ?? id}</strong>
      {kpi?.target !== undefined && <span className="muted"> → {String(kpi.target)}</span>}
    </p>
  );
}
