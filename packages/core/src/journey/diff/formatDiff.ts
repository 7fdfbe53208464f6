import { format, type Localized } from '../../i18n.ts';
import type { Lang } from '../schema/index.ts';
import { type Change, DIFF_ENTITIES, type DiffEntity, type JourneyDiff } from './types.ts';

/** What each kind of diffed entity is called, in lower case as it reads inside a sentence. */
export const DIFF_ENTITY_NAMES: Record<DiffEntity, Localized> = {
  map: { en: 'map', ru: 'карта' },
  review: { en: 'review policy', ru: 'регламент пересмотра' },
  goal: { en: 'goal', ru: 'цель' },
  persona: { en: 'persona', ru: 'персона' },
  channel: { en: 'channel', ru: 'канал' },
  stage: { en: 'stage', ru: 'этап' },
  touchpoint: { en: 'touchpoint', ru: 'точка контакта' },
  lane: { en: 'lane', ru: 'дорожка' },
  card: { en: 'card', ru: 'карточка' },
  kpi: { en: 'KPI', ru: 'KPI' },
  improvement: { en: 'improvement', ru: 'улучшение' },
  snapshot: { en: 'review snapshot', ru: 'срез пересмотра' },
};

const SECTION: Record<DiffEntity, Localized> = {
  map: { en: 'Map', ru: 'Карта' },
  review: { en: 'Review policy', ru: 'Регламент пересмотра' },
  goal: { en: 'Goals', ru: 'Цели' },
  persona: { en: 'Personas', ru: 'Персоны' },
  channel: { en: 'Channels', ru: 'Каналы' },
  stage: { en: 'Stages', ru: 'Этапы' },
  touchpoint: { en: 'Touchpoints', ru: 'Точки контакта' },
  lane: { en: 'Lanes', ru: 'Дорожки' },
  card: { en: 'Cards', ru: 'Карточки' },
  kpi: { en: 'KPIs', ru: 'KPI' },
  improvement: { en: 'Improvements', ru: 'Улучшения' },
  snapshot: { en: 'Review snapshots', ru: 'Срезы пересмотра' },
};

const text = {
  none: { en: 'No differences.', ru: 'Различий нет.' },
  absent: { en: '(none)', ru: '(нет)' },
  moved: { en: 'position {from} → {to}', ru: 'позиция {from} → {to}' },
  summary: {
    en: '{added} added, {removed} removed, {changed} changed, {moved} moved',
    ru: 'добавлено: {added}, удалено: {removed}, изменено: {changed}, перемещено: {moved}',
  },
} satisfies Record<string, Localized>;

const SIGN = { added: '+', removed: '-', changed: '~', moved: '↕' } as const;
const MAX_TEXT = 120;

/** Quotes user text the way each language does; long text is shortened. */
export function quoteDiffText(value: string, lang: Lang): string {
  const short = value.length > MAX_TEXT ? `${value.slice(0, MAX_TEXT - 1)}…` : value;
  const oneLine = short.replace(/\s*\n\s*/g, ' ');
  return lang === 'ru' ? `«${oneLine}»` : `"${oneLine}"`;
}

/** A field value as a diff shows it: slugs, numbers and booleans bare, text quoted, lists as JSON. */
export function formatDiffValue(value: unknown, lang: Lang): string {
  if (value === undefined || value === null) return text.absent[lang];
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (typeof value === 'string') return /^[\w.:+-]{1,60}$/.test(value) ? value : quoteDiffText(value, lang);
  const json = JSON.stringify(value);
  return json.length > MAX_TEXT ? `${json.slice(0, MAX_TEXT - 1)}…` : json;
}

/** `stage s-support "Service"`: an entity as a diff names it. */
export function entitySubject(
  subject: { entity: DiffEntity; key: string; label?: string | undefined },
  lang: Lang,
): string {
  const parts = [DIFF_ENTITY_NAMES[subject.entity][lang]];
  if (subject.key) parts.push(subject.key);
  if (subject.label !== undefined && subject.label !== subject.key)
    parts.push(quoteDiffText(subject.label, lang));
  return parts.join(' ');
}

/** What a change is about. */
export function changeSubject(change: Change, lang: Lang): string {
  return entitySubject(change, lang);
}

/** One change as lines of text (a change of several fields takes one line per field). */
export function formatDiffChange(change: Change, lang: Lang, indent = ''): string[] {
  const head = `${indent}${SIGN[change.op]} ${changeSubject(change, lang)}`;
  switch (change.op) {
    case 'added':
    case 'removed':
      return [head];
    case 'moved':
      return [`${head} ${format(text.moved, lang, { from: change.from + 1, to: change.to + 1 })}`];
    case 'changed': {
      const fields = change.fields.map(
        (f) => `${f.field}: ${formatDiffValue(f.before, lang)} → ${formatDiffValue(f.after, lang)}`,
      );
      // When the label is the text that changed, the field line already shows it: don't say it twice.
      const labelShown = change.fields.some((f) => f.before === change.label);
      const subject = labelShown
        ? `${indent}${SIGN.changed} ${entitySubject({ ...change, label: undefined }, lang)}`
        : head;
      if (fields.length === 1) return [`${subject} ${fields[0]}`];
      return [subject, ...fields.map((f) => `${indent}    ${f}`)];
    }
  }
}

/** Counts of changes by kind, as one localized line. */
export function formatDiffSummary(diff: JourneyDiff, lang: Lang): string {
  const count = (op: Change['op']) => diff.changes.filter((c) => c.op === op).length;
  return format(text.summary, lang, {
    added: count('added'),
    removed: count('removed'),
    changed: count('changed'),
    moved: count('moved'),
  });
}

/**
 * Readable text of a diff, grouped by entity:
 * `+ stage s-support "Service"`, `~ card l-pains/s-request "No prices" severity: medium → high`.
 */
export function formatDiff(diff: JourneyDiff, lang: Lang): string {
  if (diff.changes.length === 0) return `${text.none[lang]}\n`;
  const lines: string[] = [];
  for (const entity of DIFF_ENTITIES) {
    const group = diff.changes.filter((c) => c.entity === entity);
    if (group.length === 0) continue;
    if (lines.length > 0) lines.push('');
    lines.push(`${SECTION[entity][lang]}:`);
    for (const change of group) lines.push(...formatDiffChange(change, lang, '  '));
  }
  lines.push('', formatDiffSummary(diff, lang));
  return `${lines.join('\n')}\n`;
}
