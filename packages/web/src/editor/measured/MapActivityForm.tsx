import type { Journey } from '@tropa/core';
import { type FormEvent, useState } from 'react';
import { useLang } from '../../i18n/lang.tsx';
import { touchpointsByStage } from './mapActivityCommands.ts';
import type { UnmappedActivity } from './measuredReport.ts';

const text = {
  existing: { en: 'Existing touchpoint', ru: 'Существующая точка контакта' },
  create: { en: 'New touchpoint', ru: 'Новая точка контакта' },
  touchpoint: { en: 'Touchpoint', ru: 'Точка контакта' },
  stage: { en: 'Stage', ru: 'Этап' },
  name: { en: 'Name', ru: 'Название' },
  onChannel: { en: 'Only events on channel «{channel}»', ru: 'Только события в канале «{channel}»' },
  map: { en: 'Map', ru: 'Сопоставить' },
  cancel: { en: 'Cancel', ru: 'Отмена' },
  none: { en: 'The map has no touchpoints yet', ru: 'На карте ещё нет точек контакта' },
};

/** Where an unmapped activity goes: into an existing touchpoint's match rule, or a new touchpoint's. */
export type MapChoice =
  | { kind: 'existing'; touchpointId: string; channel?: string | undefined }
  | { kind: 'new'; stageId: string; name: string; channel?: string | undefined };

/** The "Map to touchpoint…" form of one unmapped activity. */
export function MapActivityForm({
  journey,
  row,
  onMap,
  onCancel,
}: {
  journey: Journey;
  row: UnmappedActivity;
  onMap(choice: MapChoice): void;
  onCancel(): void;
}) {
  const { t } = useLang();
  const groups = touchpointsByStage(journey).filter((g) => g.touchpoints.length > 0);
  const [kind, setKind] = useState<'existing' | 'new'>(groups.length > 0 ? 'existing' : 'new');
  const [touchpointId, setTouchpointId] = useState(groups[0]?.touchpoints[0]?.id ?? '');
  const [stageId, setStageId] = useState(journey.stages[0]?.id ?? '');
  const [name, setName] = useState(row.activity);
  const [onChannel, setOnChannel] = useState(false);
  const channel = onChannel && row.channel !== null ? row.channel : undefined;

  function submit(event: FormEvent) {
    event.preventDefault();
    if (kind === 'existing' && touchpointId) onMap({ kind, touchpointId, channel });
    if (kind === 'new' && stageId) onMap({ kind, stageId, name: name.trim() || row.activity, channel });
  }

  return (
    <form className="map-activity-form" onSubmit={submit}>
      <fieldset className="map-kind">
        <label className="check">
          <input
            type="radio"
            name="kind"
            checked={kind === 'existing'}
            disabled={groups.length === 0}
            onChange={() => setKind('existing')}
          />
          {t(text.existing)}
        </label>
        <label className="check">
          <input type="radio" name="kind" checked={kind === 'new'} onChange={() => setKind('new')} />
          {t(text.create)}
        </label>
      </fieldset>
      {kind === 'existing' ? (
        <label>
          {t(text.touchpoint)}
          <select value={touchpointId} onChange={(e) => setTouchpointId(e.target.value)}>
            {groups.map((g) => (
              <optgroup key={g.stage.id} label={g.stage.name}>
                {g.touchpoints.map((tp) => (
                  <option key={tp.id} value={tp.id}>
                    {tp.name}
                  </option>
                ))}
              </optgroup>
            ))}
          </select>
        </label>
      ) : (
        <>
          <label>
            {t(text.stage)}
            <select value={stageId} onChange={(e) => setStageId(e.target.value)}>
              {journey.stages.map((s) => (
                <option key={s.id} value={s.id}>
                  {s.name}
                </option>
              ))}
            </select>
          </label>
          <label>
            {t(text.name)}
            <input value={name} maxLength={300} onChange={(e) => setName(e.target.value)} />
          </label>
        </>
      )}
      {row.channel !== null && (
        <label className="check">
          <input type="checkbox" checked={onChannel} onChange={(e) => setOnChannel(e.target.checked)} />
          {t(text.onChannel, { channel: row.channel })}
        </label>
      )}
      {groups.length === 0 && kind === 'existing' && <p className="muted">{t(text.none)}</p>}
      <div className="form-actions">
        <button type="submit" className="primary">
          {t(text.map)}
        </button>
        <button type="button" className="ghost" onClick={onCancel}>
          {t(text.cancel)}
        </button>
      </div>
    </form>
  );
}
