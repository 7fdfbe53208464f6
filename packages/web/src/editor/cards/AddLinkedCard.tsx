import { type ChannelIcon, type Journey, KPI_TYPE_NAMES, type Lane } from '@tropa/core';
import { type FormEvent, useState } from 'react';
import { useLang } from '../../i18n/lang.tsx';
import { ChannelBadge, channelName } from '../channelIcons.tsx';
import type { STAGE_KPI_TYPES } from './cardCommands.ts';
import { ChannelIconChoice, KpiTypeFields } from './LinkedFields.tsx';

/** What a person picked for a new card of a touchpoints, channels or KPI lane. */
export type LinkedChoice =
  | { kind: 'existing'; ref: string }
  | { kind: 'touchpoint'; name: string; channel?: string | undefined; owner?: string | undefined }
  | { kind: 'channel'; name: string; icon: ChannelIcon }
  | {
      kind: 'kpi';
      type: (typeof STAGE_KPI_TYPES)[number];
      name?: string | undefined;
      target?: number;
      toStage?: string | undefined;
    };

const text = {
  add: { en: 'Add', ru: 'Добавить' },
  cancel: { en: 'Cancel', ru: 'Отмена' },
  pickTouchpoint: { en: 'Touchpoints of this stage', ru: 'Точки контакта этого этапа' },
  pickChannel: { en: 'Channels of the map', ru: 'Каналы карты' },
  pickKpi: { en: 'KPIs of the map', ru: 'KPI карты' },
  none: { en: 'None yet.', ru: 'Пока нет.' },
  newTouchpoint: { en: 'New touchpoint', ru: 'Новая точка контакта' },
  newChannel: { en: 'New channel', ru: 'Новый канал' },
  newKpi: { en: 'New KPI', ru: 'Новый KPI' },
  name: { en: 'Name', ru: 'Название' },
  channel: { en: 'Channel', ru: 'Канал' },
  noChannel: { en: '— no channel —', ru: '— без канала —' },
  owner: { en: 'Owner (department)', ru: 'Владелец (отдел)' },
  target: { en: 'Target', ru: 'Цель' },
};

const field = (data: FormData, name: string) => String(data.get(name) ?? '').trim() || undefined;

/** The form a "+ Add" of a touchpoints, channels or KPI cell opens: pick one the map has, or define one. */
export function AddLinkedCard({
  journey,
  lane,
  stageId,
  onPick,
  onClose,
}: {
  journey: Journey;
  lane: Lane;
  stageId: string;
  onPick(choice: LinkedChoice): void;
  onClose(): void;
}) {
  const { t } = useLang();
  const [icon, setIcon] = useState<ChannelIcon>('other');
  const [kpiType, setKpiType] = useState<(typeof STAGE_KPI_TYPES)[number]>('nps');
  const later = journey.stages.slice(journey.stages.findIndex((s) => s.id === stageId) + 1);
  const existing =
    lane.type === 'touchpoints'
      ? journey.touchpoints
          .filter((tp) => tp.stage === stageId)
          .map((tp) => ({ ref: tp.id, label: tp.name, channel: tp.channel }))
      : lane.type === 'channels'
        ? journey.channels.map((c) => ({ ref: c.id, label: channelName(journey, c.id), channel: c.id }))
        : journey.kpis.map((k) => ({
            ref: k.id,
            label: k.name ?? t(KPI_TYPE_NAMES[k.type]),
            channel: undefined,
          }));
  const heading =
    lane.type === 'touchpoints'
      ? text.pickTouchpoint
      : lane.type === 'channels'
        ? text.pickChannel
        : text.pickKpi;

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const name = field(data, 'name');
    if (lane.type === 'touchpoints' && name) {
      onPick({ kind: 'touchpoint', name, channel: field(data, 'channel'), owner: field(data, 'owner') });
    } else if (lane.type === 'channels' && name) {
      onPick({ kind: 'channel', name, icon });
    } else if (lane.type === 'kpis') {
      const target = field(data, 'target');
      const type = String(data.get('type')) as (typeof STAGE_KPI_TYPES)[number];
      onPick({
        kind: 'kpi',
        type,
        name,
        toStage: field(data, 'toStage'),
        ...(target ? { target: Number(target) } : {}),
      });
    }
  }

  return (
    <fieldset className="linked-picker" aria-label={t(heading)}>
      <p className="picker-title">{t(heading)}</p>
      {existing.length === 0 && <p className="muted">{t(text.none)}</p>}
      <ul className="picker-options">
        {existing.map((o) => (
          <li key={o.ref}>
            <button type="button" onClick={() => onPick({ kind: 'existing', ref: o.ref })}>
              {o.channel !== undefined && <ChannelBadge journey={journey} channelId={o.channel} />}
              <span>{o.label}</span>
            </button>
          </li>
        ))}
      </ul>
      <form className="picker-new" onSubmit={submit}>
        <p className="picker-title">
          {t(
            lane.type === 'touchpoints'
              ? text.newTouchpoint
              : lane.type === 'channels'
                ? text.newChannel
                : text.newKpi,
          )}
        </p>
        {lane.type === 'kpis' && <KpiTypeFields later={later} type={kpiType} onType={setKpiType} />}
        <label>
          {t(text.name)}
          <input name="name" required={lane.type !== 'kpis'} maxLength={300} />
        </label>
        {lane.type === 'touchpoints' && (
          <>
            <label>
              {t(text.channel)}
              <select name="channel" defaultValue="">
                <option value="">{t(text.noChannel)}</option>
                {journey.channels.map((c) => (
                  <option key={c.id} value={c.id}>
                    {channelName(journey, c.id)}
                  </option>
                ))}
              </select>
            </label>
            <label>
              {t(text.owner)}
              <input name="owner" maxLength={300} />
            </label>
          </>
        )}
        {lane.type === 'channels' && <ChannelIconChoice journey={journey} icon={icon} onIcon={setIcon} />}
        {lane.type === 'kpis' && (
          <label>
            {t(text.target)}
            <input name="target" type="number" step="any" />
          </label>
        )}
        <div className="picker-actions">
          <button type="submit" className="primary">
            {t(text.add)}
          </button>
          <button type="button" onClick={onClose}>
            {t(text.cancel)}
          </button>
        </div>
      </form>
    </fieldset>
  );
}
