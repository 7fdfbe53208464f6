import {
  CHANNEL_ICONS,
  CHANNEL_NAMES,
  type ChannelIcon,
  type Journey,
  KPI_TYPE_NAMES,
  type Stage,
} from '@tropa/core';
import { useLang } from '../../i18n/lang.tsx';
import { ChannelBadge } from '../channelIcons.tsx';
import { SPAN_KPI_TYPES, STAGE_KPI_TYPES } from './cardCommands.ts';

const text = {
  icon: { en: 'Icon', ru: 'Значок' },
  iconOf: { en: 'Icon: {name}', ru: 'Значок: {name}' },
  type: { en: 'Type', ru: 'Тип' },
  toStage: { en: 'Up to the stage', ru: 'До этапа' },
};

type StageKpiType = (typeof STAGE_KPI_TYPES)[number];

/** A new channel's icon, chosen among the icons Tropa draws. */
export function ChannelIconChoice({
  journey,
  icon,
  onIcon,
}: {
  journey: Journey;
  icon: ChannelIcon;
  onIcon(icon: ChannelIcon): void;
}) {
  const { t } = useLang();
  return (
    <fieldset className="icon-choice">
      <legend>{t(text.icon)}</legend>
      {CHANNEL_ICONS.map((i) => (
        <button
          key={i}
          type="button"
          className={i === icon ? 'chosen' : ''}
          aria-pressed={i === icon}
          aria-label={t(text.iconOf, { name: t(CHANNEL_NAMES[i]) })}
          onClick={() => onIcon(i)}
        >
          <ChannelBadge
            journey={{ ...journey, channels: [{ id: i, name: t(CHANNEL_NAMES[i]), icon: i }] }}
            channelId={i}
          />
        </button>
      ))}
    </fieldset>
  );
}

/** A new KPI's type, and for a measure between stages the stage it ends at (a later one). */
export function KpiTypeFields({
  later,
  type,
  onType,
}: {
  later: readonly Stage[];
  type: StageKpiType;
  onType(type: StageKpiType): void;
}) {
  const { t } = useLang();
  return (
    <>
      <label>
        {t(text.type)}
        <select name="type" value={type} onChange={(e) => onType(e.target.value as StageKpiType)}>
          {STAGE_KPI_TYPES.filter((k) => later.length > 0 || !SPAN_KPI_TYPES.includes(k)).map((k) => (
            <option key={k} value={k}>
              {t(KPI_TYPE_NAMES[k])}
            </option>
          ))}
        </select>
      </label>
      {SPAN_KPI_TYPES.includes(type) && (
        <label>
          {t(text.toStage)}
          <select name="toStage" defaultValue={later.at(-1)?.id}>
            {later.map((s) => (
              <option key={s.id} value={s.id}>
                {s.name}
              </option>
            ))}
          </select>
        </label>
      )}
    </>
  );
}
