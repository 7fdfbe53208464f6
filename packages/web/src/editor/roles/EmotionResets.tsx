import type { LaneOf, Stage } from '@tropa/core';
import { useLang } from '../../i18n/lang.tsx';

const text = {
  reset: {
    en: 'Reset the emotion of «{stage}» to the generalized map',
    ru: 'Вернуть эмоцию этапа «{stage}» как в обобщённой карте',
  },
  role: { en: 'for this role', ru: 'для роли' },
};

/**
 * In a role map, under the emotion curve: a mark and a reset for each stage whose emotion point the role
 * changes (the emotion lane's cell override).
 */
export function EmotionResets({
  lane,
  stages,
  overridden,
  columnWidth,
  onReset,
}: {
  lane: LaneOf<'emotions'>;
  stages: readonly Stage[];
  /** The role's own cards, as `laneId#index`. */
  overridden: ReadonlySet<string>;
  columnWidth: number;
  onReset(stageId: string): void;
}) {
  const { t } = useLang();
  const changed = new Set(
    lane.cards.flatMap((card, index) => (overridden.has(`${lane.id}#${index}`) ? [card.stage] : [])),
  );
  return (
    <div className="emotion-resets" style={{ width: stages.length * columnWidth }}>
      {stages.map((stage, i) =>
        changed.has(stage.id) ? (
          <button
            key={stage.id}
            type="button"
            className="role-reset"
            style={{ left: i * columnWidth + columnWidth / 2 + 22 }}
            aria-label={t(text.reset, { stage: stage.name })}
            title={t(text.reset, { stage: stage.name })}
            onClick={() => onReset(stage.id)}
          >
            ↺ {t(text.role)}
          </button>
        ) : null,
      )}
    </div>
  );
}
