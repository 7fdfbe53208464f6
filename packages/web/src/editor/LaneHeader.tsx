import type { Lane } from '@tropa/core';
import { useLang } from '../i18n/lang.tsx';
import { InlineText } from './InlineText.tsx';
import { LANE_TITLES } from './laneLabels.ts';
import { MeasuredLegend } from './measured/MeasuredLegend.tsx';

const text = {
  rename: { en: 'Rename lane', ru: 'Переименовать дорожку' },
  up: { en: 'Move lane up', ru: 'Поднять дорожку' },
  down: { en: 'Move lane down', ru: 'Опустить дорожку' },
};

/** A lane's row header: its title (renamed in place) and its type, moved up or down. */
export function LaneHeader({
  lane,
  index,
  count,
  readOnly,
  onRename,
  onMove,
}: {
  lane: Lane;
  index: number;
  count: number;
  readOnly: boolean;
  onRename(title: string): void;
  onMove(to: number): void;
}) {
  const { t } = useLang();
  const title = lane.title ?? t(LANE_TITLES[lane.type]);
  return (
    <div className={`lane-header lane-${lane.type}`} data-lane={lane.id}>
      {readOnly ? (
        <span className="lane-title">{title}</span>
      ) : (
        <InlineText value={title} label={t(text.rename)} className="lane-title" onCommit={onRename} />
      )}
      {lane.title && <span className="lane-type">{t(LANE_TITLES[lane.type])}</span>}
      {lane.type === 'emotions' && <MeasuredLegend />}
      {!readOnly && (
        <span className="lane-move">
          <button
            type="button"
            aria-label={t(text.up)}
            disabled={index === 0}
            onClick={() => onMove(index - 1)}
          >
            ↑
          </button>
          <button
            type="button"
            aria-label={t(text.down)}
            disabled={index === count - 1}
            onClick={() => onMove(index + 1)}
          >
            ↓
          </button>
        </span>
      )}
    </div>
  );
}
