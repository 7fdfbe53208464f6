import type { Journey } from '@tropa/core';
import { useEffect, useState } from 'react';
import { useLang } from '../../i18n/lang.tsx';
import { integer, percent } from '../../insights/format.ts';
import { MapActivityForm, type MapChoice } from './MapActivityForm.tsx';
import type { MeasuredReport, UnmappedActivity } from './measuredReport.ts';

const text = {
  title: { en: 'Unmapped activities', ru: 'Несопоставленные действия' },
  close: { en: 'Close', ru: 'Закрыть' },
  summary: {
    en: '{events} events ({share}) match no touchpoint of the map, so no stage counts them.',
    ru: '{events} событий ({share}) не попали ни в одну точку контакта, поэтому ни один этап их не учитывает.',
  },
  none: {
    en: 'Every event of the data maps to a touchpoint.',
    ru: 'Все события данных сопоставлены с точками контакта.',
  },
  activity: { en: 'Activity', ru: 'Действие' },
  channel: { en: 'Channel', ru: 'Канал' },
  events: { en: 'Events', ru: 'Событий' },
  share: { en: 'Share', ru: 'Доля' },
  any: { en: '—', ru: '—' },
  mapTo: { en: 'Map to touchpoint…', ru: 'Сопоставить с точкой…' },
  mapped: { en: 'Mapped: counted after the save', ru: 'Сопоставлено: учтётся после сохранения' },
  readOnly: {
    en: 'Role maps are mapped in their base map.',
    ru: 'Ролевые карты сопоставляются в базовой карте.',
  },
};

const keyOf = (row: UnmappedActivity) => `${row.activity}\u0000${row.channel ?? ''}`;

/** Unmapped activities sorted by count, each mappable to a touchpoint (an undoable, autosaved command). */
export function UnmappedPanel({
  journey,
  mapping,
  readOnly,
  onMap,
  onClose,
}: {
  journey: Journey;
  mapping: NonNullable<MeasuredReport['journey']>['mapping'];
  readOnly: boolean;
  onMap(row: UnmappedActivity, choice: MapChoice): void;
  onClose(): void;
}) {
  const { t, lang } = useLang();
  const [open, setOpen] = useState<string>();
  const [mapped, setMapped] = useState<Set<string>>(new Set());
  // biome-ignore lint/correctness/useExhaustiveDependencies: a new report (`mapping`) says what is still unmapped (an undone mapping comes back), so the marks start again
  useEffect(() => setMapped(new Set()), [mapping]);
  const total = mapping.matchedEvents + mapping.unmatchedEvents;
  const rows = [...mapping.unmatched].sort(
    (a, b) => b.count - a.count || a.activity.localeCompare(b.activity),
  );
  const isMapped = (row: UnmappedActivity) =>
    mapped.has(keyOf(row)) || mapped.has(keyOf({ ...row, channel: null }));
  return (
    <aside className="side-panel unmapped-panel" aria-label={t(text.title)}>
      <header>
        <h2>{t(text.title)}</h2>
        <button type="button" className="ghost" onClick={onClose} aria-label={t(text.close)}>
          ×
        </button>
      </header>
      <p className="muted">
        {rows.length === 0
          ? t(text.none)
          : t(text.summary, {
              events: integer(mapping.unmatchedEvents, lang),
              share: percent(total > 0 ? mapping.unmatchedEvents / total : 0, lang, 1),
            })}
      </p>
      {readOnly && rows.length > 0 && <p className="muted">{t(text.readOnly)}</p>}
      {rows.length > 0 && (
        <div className="unmapped-row head" aria-hidden="true">
          <span>{t(text.activity)}</span>
          <span>{t(text.channel)}</span>
          <span className="count">{t(text.events)}</span>
          <span className="share">{t(text.share)}</span>
        </div>
      )}
      <ul className="unmapped-list">
        {rows.map((row) => {
          const key = keyOf(row);
          return (
            <li key={key} className={isMapped(row) ? 'mapped' : ''} data-activity={row.activity}>
              <div className="unmapped-row">
                <code className="activity">{row.activity}</code>
                <span className="channel" title={t(text.channel)}>
                  {row.channel ?? t(text.any)}
                </span>
                <span className="count" title={t(text.events)}>
                  {integer(row.count, lang)}
                </span>
                <span className="share" title={t(text.share)}>
                  {percent(total > 0 ? row.count / total : 0, lang, 1)}
                </span>
              </div>
              {isMapped(row) ? (
                <p className="mapped-note">✓ {t(text.mapped)}</p>
              ) : open === key ? (
                <MapActivityForm
                  journey={journey}
                  row={row}
                  onCancel={() => setOpen(undefined)}
                  onMap={(choice) => {
                    onMap(row, choice);
                    setMapped((m) => new Set(m).add(keyOf({ ...row, channel: choice.channel ?? null })));
                    setOpen(undefined);
                  }}
                />
              ) : (
                !readOnly && (
                  <button type="button" className="map-to" onClick={() => setOpen(key)}>
                    {t(text.mapTo)}
                  </button>
                )
              )}
            </li>
          );
        })}
      </ul>
    </aside>
  );
}
