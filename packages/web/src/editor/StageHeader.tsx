import type { Stage } from '@tropa/core';
import { useState } from 'react';
import { useLang } from '../i18n/lang.tsx';
import { InlineText } from './InlineText.tsx';
import { StageMeasureBlock } from './measured/StageMeasureBlock.tsx';

const text = {
  rename: { en: 'Rename stage', ru: 'Переименовать этап' },
  left: { en: 'Move stage left', ru: 'Сдвинуть этап влево' },
  right: { en: 'Move stage right', ru: 'Сдвинуть этап вправо' },
  drag: { en: 'Drag to reorder', ru: 'Перетащите, чтобы переставить' },
  role: { en: 'changed for this role', ru: 'изменено для роли' },
  reset: { en: 'Reset the stage to the generalized map', ru: 'Вернуть этап как в обобщённой карте' },
};

/** A stage column's header: its number and name (renamed in place), moved by drag and drop or arrows. */
export function StageHeader({
  stage,
  index,
  count,
  readOnly,
  overridden,
  onRename,
  onMove,
  onReceive,
  onReset,
}: {
  stage: Stage;
  index: number;
  count: number;
  readOnly: boolean;
  /** The role map changes this stage. */
  overridden: boolean;
  onRename(name: string): void;
  onMove(to: number): void;
  /** Another stage (at `from`) was dropped here: it takes this stage's place. */
  onReceive(from: number): void;
  /** In a role map: the stage takes the generalized map's fields again. */
  onReset?: (() => void) | undefined;
}) {
  const { t } = useLang();
  const [over, setOver] = useState(false);
  return (
    // biome-ignore lint/a11y/noStaticElementInteractions: drag and drop is the mouse's way; the ‹ › buttons are the keyboard's
    <div
      className={`stage-header ${over ? 'drop-target' : ''} ${overridden ? 'overridden' : ''}`}
      data-stage={stage.id}
      draggable={!readOnly}
      title={readOnly ? undefined : t(text.drag)}
      onDragStart={(e) => e.dataTransfer.setData('text/x-tropa-stage', String(index))}
      onDragOver={(e) => {
        if (!e.dataTransfer.types.includes('text/x-tropa-stage')) return;
        e.preventDefault();
        setOver(true);
      }}
      onDragLeave={() => setOver(false)}
      onDrop={(e) => {
        setOver(false);
        const from = Number(e.dataTransfer.getData('text/x-tropa-stage'));
        if (Number.isInteger(from) && from !== index) onReceive(from);
      }}
    >
      <span className="stage-number">{index + 1}</span>
      {readOnly ? (
        <span className="stage-name">{stage.name}</span>
      ) : (
        <InlineText value={stage.name} label={t(text.rename)} className="stage-name" onCommit={onRename} />
      )}
      {!readOnly && (
        <span className="stage-move">
          <button
            type="button"
            aria-label={t(text.left)}
            disabled={index === 0}
            onClick={() => onMove(index - 1)}
          >
            ‹
          </button>
          <button
            type="button"
            aria-label={t(text.right)}
            disabled={index === count - 1}
            onClick={() => onMove(index + 1)}
          >
            ›
          </button>
        </span>
      )}
      {stage.goal && <p className="stage-goal">{stage.goal}</p>}
      <StageMeasureBlock stageId={stage.id} last={index === count - 1} />
      {overridden && (
        <span className="role-mark">
          {t(text.role)}
          {onReset && !readOnly && (
            <button
              type="button"
              className="role-reset"
              aria-label={t(text.reset)}
              title={t(text.reset)}
              onClick={onReset}
            >
              ↺
            </button>
          )}
        </span>
      )}
    </div>
  );
}
