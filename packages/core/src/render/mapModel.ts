import { format } from '../i18n.ts';
import { type ChannelIcon, channelIcon } from '../journey/schema/channel.ts';
import type { Lang } from '../journey/schema/common.ts';
import type { Journey, Stage } from '../journey/schema/journey.ts';
import { DEFAULT_BETTER, type Kpi } from '../journey/schema/kpi.ts';
import type { CardOf, LaneOf, LaneType } from '../journey/schema/lane.ts';
import { KNOWN_ROLES, type KnownRole, type Persona } from '../journey/schema/persona.ts';
import type { Touchpoint } from '../journey/schema/touchpoint.ts';
import { type ReviewDue, reviewDue } from '../metrics/reviewDue.ts';
import { CHANNEL_NAMES, KPI_TYPE_NAMES, LANE_TITLES, ROLE_NAMES, WORDS } from './labels.ts';

/** Options of both renderers. */
export interface RenderOptions {
  /** Language of the labels; the map's own `lang` when absent. */
  lang?: Lang;
  /** The day the review status is judged against (YYYY-MM-DD); today when absent. */
  today?: string;
}

/** One lane with its cards sorted into a cell per stage, in stage order. */
export type LaneRow = {
  [T in LaneType]: { type: T; lane: LaneOf<T>; title: string; cells: CardOf<T>[][] };
}[LaneType];

export interface ChannelView {
  name: string;
  icon: ChannelIcon;
}

/** Where the map stands in its review cycle: the latest review (policy or snapshot) and when the next is due. */
export interface ReviewView {
  cadenceMonths: number;
  last?: string;
  due: ReviewDue;
}

export interface KpiView {
  name: string;
  type: string;
  target?: string;
  better: string;
  direction: 'higher' | 'lower';
}

/** Everything both renderers draw, resolved once: labels in the chosen language, references looked up. */
export interface MapModel {
  journey: Journey;
  lang: Lang;
  stages: Stage[];
  rows: LaneRow[];
  personas: Persona[];
  review: ReviewView;
  t: (key: keyof typeof WORDS, params?: Record<string, string | number>) => string;
  channel: (id: string) => ChannelView;
  touchpoint: (id: string) => Touchpoint | undefined;
  kpi: (id: string) => KpiView;
  persona: (id: string) => Persona | undefined;
  roleName: (role: string) => string;
}

function sortIntoCells<T extends { stage: string }>(cards: readonly T[], stageIndex: Map<string, number>) {
  const cells: T[][] = [...stageIndex.keys()].map(() => []);
  for (const card of cards) {
    const i = stageIndex.get(card.stage);
    if (i !== undefined) cells[i]?.push(card);
  }
  return cells;
}

function formatNumber(value: number, lang: Lang): string {
  return new Intl.NumberFormat(lang === 'ru' ? 'ru-RU' : 'en-GB', { maximumFractionDigits: 3 }).format(value);
}

function reviewView(journey: Journey, today: string | Date): ReviewView {
  const dates = [journey.review.lastReviewedAt, ...journey.reviews.map((r) => r.date)];
  const last = dates
    .filter((d): d is string => d !== undefined)
    .sort()
    .at(-1);
  const cadenceMonths = journey.review.cadenceMonths;
  return {
    cadenceMonths,
    ...(last ? { last } : {}),
    due: reviewDue({ cadenceMonths, lastReviewedAt: last }, today),
  };
}

/** Resolves a journey into the model the HTML and SVG renderers draw. */
export function buildMapModel(journey: Journey, options: RenderOptions = {}): MapModel {
  const lang = options.lang ?? journey.lang;
  const stageIndex = new Map(journey.stages.map((s, i) => [s.id, i]));
  const rows = journey.lanes.map(
    (lane) =>
      ({
        type: lane.type,
        lane,
        title: lane.title ?? LANE_TITLES[lane.type][lang],
        cells: sortIntoCells<{ stage: string }>(lane.cards, stageIndex),
      }) as LaneRow,
  );
  const t = (key: keyof typeof WORDS, params: Record<string, string | number> = {}) =>
    format(WORDS[key], lang, params);
  const stageName = (id: string | undefined) => journey.stages.find((s) => s.id === id)?.name;

  const channel = (id: string): ChannelView => {
    const entry = journey.channels.find((c) => c.id === id) ?? { id };
    const icon = channelIcon(entry);
    const known = icon !== 'other' || entry.id === 'other';
    return { icon, name: entry.name ?? (known ? CHANNEL_NAMES[icon][lang] : entry.id) };
  };

  const kpi = (id: string): KpiView => {
    const k: Kpi | undefined = journey.kpis.find((x) => x.id === id);
    if (!k) return { name: t('unknownRef', { id }), type: '', better: '', direction: 'higher' };
    const direction = k.better ?? DEFAULT_BETTER[k.type];
    const where =
      stageName(k.stage) ??
      (k.fromStage && k.toStage
        ? `${stageName(k.fromStage) ?? k.fromStage} → ${stageName(k.toStage) ?? k.toStage}`
        : '');
    const typeName = KPI_TYPE_NAMES[k.type][lang];
    return {
      name: k.name ?? (where ? `${typeName} · ${where}` : typeName),
      type: typeName,
      ...(k.target !== undefined
        ? { target: `${formatNumber(k.target, lang)}${k.unit ? ` ${k.unit}` : ''}` }
        : {}),
      better: t(direction === 'higher' ? 'higherBetter' : 'lowerBetter'),
      direction,
    };
  };

  const shown = journey.persona ? journey.personas.filter((p) => p.id === journey.persona) : journey.personas;
  return {
    journey,
    lang,
    stages: journey.stages,
    rows,
    personas: shown,
    review: reviewView(journey, options.today ?? new Date()),
    t,
    channel,
    touchpoint: (id) => journey.touchpoints.find((tp) => tp.id === id),
    kpi,
    persona: (id) => journey.personas.find((p) => p.id === id),
    roleName: (role) =>
      (KNOWN_ROLES as readonly string[]).includes(role) ? ROLE_NAMES[role as KnownRole][lang] : role,
  };
}

/** Formats a YYYY-MM-DD date for people, e.g. "15 May 2026" or "15 мая 2026 г.". */
export function formatDate(iso: string, lang: Lang): string {
  const date = new Date(`${iso}T00:00:00Z`);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(lang === 'ru' ? 'ru-RU' : 'en-GB', {
    dateStyle: 'medium',
    timeZone: 'UTC',
  }).format(date);
}

/** Channel icons the map actually shows, each once, in the order they first appear. */
export function usedChannelIcons(model: MapModel): { icon: ChannelIcon; name: string }[] {
  const ids = [
    ...model.journey.channels.map((c) => c.id),
    ...model.journey.touchpoints.flatMap((t) => (t.channel ? [t.channel] : [])),
    ...model.rows.flatMap((r) => (r.type === 'channels' ? r.cells.flat().map((c) => c.channel) : [])),
  ];
  const seen = new Map<ChannelIcon, string>();
  for (const id of ids) {
    const view = model.channel(id);
    const icon = channelIcon({ id, icon: view.icon });
    if (!seen.has(icon)) seen.set(icon, view.name);
  }
  return [...seen].map(([icon, name]) => ({ icon, name }));
}
