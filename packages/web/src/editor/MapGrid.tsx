import { type Card, type Journey, LANE_TYPES, type LaneType } from '@tropa/core';
import { useEffect, useMemo } from 'react';
import { useLang } from '../i18n/lang.tsx';
import { CardCell, type CellActions } from './CardCell.tsx';
import { EmotionCurve } from './EmotionCurve.tsx';
import { LaneHeader } from './LaneHeader.tsx';
import { LANE_TITLES } from './laneLabels.ts';
import { EmotionResets } from './roles/EmotionResets.tsx';
import { StageHeader } from './StageHeader.tsx';

export const COLUMN_WIDTH = 248;

const text = {
  addStage: { en: 'Add stage', ru: 'Добавить этап' },
  addLane: { en: '+ Add lane…', ru: '+ Добавить дорожку…' },
  stage: { en: 'Stages', ru: 'Этапы' },
};

export interface GridActions extends CellActions {
  renameStage(stageId: string, name: string): void;
  moveStage(stageId: string, to: number): void;
  addStage(): void;
  renameLane(laneId: string, title: string): void;
  moveLane(laneId: string, to: number): void;
  addLane(type: LaneType): void;
  setEmotion(laneId: string, stageId: string, emotion: number): void;
  /** In a role map: the stage takes the generalized map's fields again. */
  resetStage?(stageId: string): void;
}

/** The linear map: stages as columns, lanes as rows, the emotion lane drawn as a curve across the columns. */
export function MapGrid({
  journey,
  readOnly,
  actions,
  overrides,
}: {
  journey: Journey;
  readOnly: boolean;
  actions: GridActions;
  /** A role map's own cards (`laneId#index`) and stages, marked as the role's. */
  overrides?: { cards: Set<string>; stages: Set<string> } | undefined;
}) {
  const { t } = useLang();
  const stages = journey.stages;
  // Cards grouped by lane and stage once per change, keeping their index in the lane for the commands.
  const cells = useMemo(() => {
    const byLane = new Map<string, Map<string, { card: Card; index: number }[]>>();
    for (const lane of journey.lanes) {
      const byStage = new Map<string, { card: Card; index: number }[]>();
      lane.cards.forEach((card, index) => {
        const list = byStage.get(card.stage) ?? [];
        list.push({ card, index });
        byStage.set(card.stage, list);
      });
      byLane.set(lane.id, byStage);
    }
    return byLane;
  }, [journey.lanes]);
  // The browser bench (bench/web.ts) times the map's opening from this mark, set after the first commit.
  useEffect(() => {
    performance.mark('tropa:map-rendered');
  }, []);

  return (
    <div
      className="map-grid"
      style={{ gridTemplateColumns: `200px repeat(${stages.length}, ${COLUMN_WIDTH}px) 64px` }}
    >
      <div className="corner">{t(text.stage)}</div>
      {stages.map((stage, index) => (
        <StageHeader
          key={stage.id}
          stage={stage}
          index={index}
          count={stages.length}
          readOnly={readOnly}
          overridden={overrides?.stages.has(stage.id) ?? false}
          onRename={(name) => actions.renameStage(stage.id, name)}
          onMove={(to) => actions.moveStage(stage.id, to)}
          onReset={actions.resetStage && (() => actions.resetStage?.(stage.id))}
          onReceive={(from) => {
            const moving = stages[from];
            if (moving) actions.moveStage(moving.id, index);
          }}
        />
      ))}
      <div className="stage-add">
        {!readOnly && (
          <button
            type="button"
            aria-label={t(text.addStage)}
            title={t(text.addStage)}
            onClick={actions.addStage}
          >
            +
          </button>
        )}
      </div>
      {journey.lanes.map((lane, laneIndex) => (
        <div className="lane-row" key={lane.id} style={{ display: 'contents' }}>
          <LaneHeader
            lane={lane}
            index={laneIndex}
            count={journey.lanes.length}
            readOnly={readOnly}
            onRename={(title) => actions.renameLane(lane.id, title)}
            onMove={(to) => actions.moveLane(lane.id, to)}
          />
          {lane.type === 'emotions' ? (
            <div className="emotion-cell" style={{ gridColumn: `2 / span ${stages.length}` }}>
              <EmotionCurve
                journey={journey}
                lane={lane}
                columnWidth={COLUMN_WIDTH}
                onSet={(stageId, emotion) => !readOnly && actions.setEmotion(lane.id, stageId, emotion)}
              />
              {!readOnly && actions.resetCell && overrides && (
                <EmotionResets
                  lane={lane}
                  stages={stages}
                  overridden={overrides.cards}
                  columnWidth={COLUMN_WIDTH}
                  onReset={(stageId) => actions.resetCell?.(lane.id, stageId)}
                />
              )}
            </div>
          ) : (
            stages.map((stage) => (
              <CardCell
                key={stage.id}
                journey={journey}
                lane={lane}
                stageId={stage.id}
                cards={cells.get(lane.id)?.get(stage.id) ?? []}
                overridden={overrides?.cards}
                readOnly={readOnly}
                actions={actions}
              />
            ))
          )}
          <div className="row-end" />
        </div>
      ))}
      {!readOnly && (
        <div className="lane-add">
          <select
            value=""
            aria-label={t(text.addLane)}
            onChange={(e) => e.target.value && actions.addLane(e.target.value as LaneType)}
          >
            <option value="">{t(text.addLane)}</option>
            {LANE_TYPES.map((type) => (
              <option key={type} value={type}>
                {t(LANE_TITLES[type])}
              </option>
            ))}
          </select>
        </div>
      )}
    </div>
  );
}
