import { format, type JourneyInput, type Lang, type Localized } from '@tropa/core';

export type LaneInput = NonNullable<JourneyInput['lanes']>[number];
export type KpiInput = NonNullable<JourneyInput['kpis']>[number];
export type TouchpointInput = NonNullable<JourneyInput['touchpoints']>[number];

/** A stage of a starter map, with the channel its placeholder channel card shows. */
export interface StarterStage {
  id: string;
  name: Localized;
  goal: Localized;
  channel: string;
}

/**
 * Guidance questions, one per lane type, that become the placeholder cards.
 * `{stage}` is replaced with the stage's name so each card asks about its own column.
 */
export interface LanePrompts {
  actions: Localized;
  thoughts: Localized;
  emotions: Localized;
  pains: Localized;
  opportunities: Localized;
  wow: Localized;
  backstage: Localized;
  text: Localized;
}

export interface PlaceholderOptions {
  lang: Lang;
  stages: readonly StarterStage[];
  prompts: LanePrompts;
  touchpoints: readonly TouchpointInput[];
  kpis: readonly KpiInput[];
  /** Stages that get a "wow" placeholder: a delight is rare, so not every column has one. */
  wowStages: readonly string[];
}

/** The id of the placeholder pain card of a stage, so that improvements can name it. */
export function painId(stageId: string): string {
  return `pain-${stageId.replace(/^s-/, '')}`;
}

/** Where a KPI's card sits: its stage, else the stage a conversion or time ends at. */
function kpiStage(kpi: KpiInput): string | undefined {
  return kpi.stage ?? kpi.toStage;
}

/**
 * Every lane type of the method, each with a placeholder card per stage where the lane makes sense.
 * Placeholders are written as questions so an author sees what belongs in the cell.
 */
export function placeholderLanes(options: PlaceholderOptions): LaneInput[] {
  const { lang, stages, prompts, touchpoints, kpis, wowStages } = options;
  const ask = (prompt: Localized, stage: StarterStage) => format(prompt, lang, { stage: stage.name[lang] });
  const first = stages[0];
  return [
    {
      id: 'l-actions',
      type: 'actions',
      cards: stages.map((s) => ({ stage: s.id, text: ask(prompts.actions, s) })),
    },
    {
      id: 'l-touchpoints',
      type: 'touchpoints',
      cards: touchpoints.map((t) => ({ stage: t.stage, touchpoint: t.id })),
    },
    { id: 'l-channels', type: 'channels', cards: stages.map((s) => ({ stage: s.id, channel: s.channel })) },
    {
      id: 'l-thoughts',
      type: 'thoughts',
      cards: stages.map((s) => ({ stage: s.id, quote: ask(prompts.thoughts, s) })),
    },
    {
      id: 'l-emotions',
      type: 'emotions',
      cards: stages.map((s) => ({ stage: s.id, emotion: 0, text: ask(prompts.emotions, s) })),
    },
    {
      id: 'l-pains',
      type: 'pains',
      cards: stages.map((s) => ({
        id: painId(s.id),
        stage: s.id,
        text: ask(prompts.pains, s),
        severity: 'medium',
      })),
    },
    {
      id: 'l-opportunities',
      type: 'opportunities',
      cards: stages.map((s) => ({ stage: s.id, text: ask(prompts.opportunities, s), severity: 'medium' })),
    },
    {
      id: 'l-wow',
      type: 'wow',
      cards: stages
        .filter((s) => wowStages.includes(s.id))
        .map((s) => ({ stage: s.id, text: ask(prompts.wow, s) })),
    },
    {
      id: 'l-kpis',
      type: 'kpis',
      cards: kpis.flatMap((k) => {
        const stage = kpiStage(k);
        return stage ? [{ stage, kpi: k.id }] : [];
      }),
    },
    {
      id: 'l-backstage',
      type: 'backstage',
      cards: stages.map((s) => ({ stage: s.id, text: ask(prompts.backstage, s) })),
    },
    { id: 'l-text', type: 'text', cards: first ? [{ stage: first.id, text: ask(prompts.text, first) }] : [] },
  ];
}
