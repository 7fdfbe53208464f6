import type { MergeConflict, MergeSide } from '@tropa/core';
import { useLang } from '../../i18n/lang.tsx';

const text = {
  title: {
    en: 'Changed on both sides — choose for each:',
    ru: 'Изменено с обеих сторон — выберите для каждого:',
  },
  theirs: { en: 'Theirs: {value}', ru: 'Их: {value}' },
  mine: { en: 'Mine: {value}', ru: 'Моё: {value}' },
  absent: { en: '(removed)', ru: '(удалено)' },
  order: { en: 'order', ru: 'порядок' },
  whole: { en: 'kept or removed', ru: 'оставить или удалить' },
};

const ENTITY: Record<string, { en: string; ru: string }> = {
  map: { en: 'Map', ru: 'Карта' },
  stage: { en: 'Stage', ru: 'Этап' },
  lane: { en: 'Lane', ru: 'Дорожка' },
  card: { en: 'Card', ru: 'Карточка' },
  touchpoint: { en: 'Touchpoint', ru: 'Точка контакта' },
  kpi: { en: 'KPI', ru: 'KPI' },
  improvement: { en: 'Improvement', ru: 'Улучшение' },
  goal: { en: 'Goal', ru: 'Цель' },
  persona: { en: 'Persona', ru: 'Персона' },
  channel: { en: 'Channel', ru: 'Канал' },
  snapshot: { en: 'Snapshot', ru: 'Снимок' },
};

/** A value of one side, short: text in quotes, an entity by its name, a list by its size. */
function shown(value: unknown, absent: string): string {
  if (value === undefined) return absent;
  if (typeof value === 'string') return `«${value.length > 60 ? `${value.slice(0, 59)}…` : value}»`;
  if (Array.isArray(value))
    return value.map((v) => (typeof v === 'object' && v && 'id' in v ? String(v.id) : String(v))).join(', ');
  if (typeof value === 'object' && value !== null) {
    const v = value as { name?: unknown; title?: unknown; text?: unknown; id?: unknown };
    return shown(v.name ?? v.title ?? v.text ?? v.id ?? JSON.stringify(value), absent);
  }
  return String(value);
}

/** The true conflicts of a merge, each with a choice of theirs or mine. */
export function ConflictChoices({
  conflicts,
  picks,
  onPick,
}: {
  conflicts: readonly MergeConflict[];
  picks: Readonly<Record<string, MergeSide>>;
  onPick(id: string, side: MergeSide): void;
}) {
  const { t } = useLang();
  const absent = t(text.absent);
  return (
    <fieldset className="conflict-choices">
      <legend>{t(text.title)}</legend>
      <ul>
        {conflicts.map((c) => {
          const what = c.field === 'order' ? t(text.order) : c.field === '' ? t(text.whole) : c.field;
          const side = picks[c.id] ?? 'mine';
          return (
            <li key={c.id} data-conflict={c.id}>
              <span className="conflict-subject">
                {t(ENTITY[c.entity] ?? { en: c.entity, ru: c.entity })} {c.label ?? c.key} · {what}
              </span>
              <label>
                <input
                  type="radio"
                  name={c.id}
                  checked={side === 'theirs'}
                  onChange={() => onPick(c.id, 'theirs')}
                />
                {t(text.theirs, { value: shown(c.theirs, absent) })}
              </label>
              <label>
                <input
                  type="radio"
                  name={c.id}
                  checked={side === 'mine'}
                  onChange={() => onPick(c.id, 'mine')}
                />
                {t(text.mine, { value: shown(c.mine, absent) })}
              </label>
            </li>
          );
        })}
      </ul>
    </fieldset>
  );
}
