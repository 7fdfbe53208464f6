import type { Journey, Lane, LaneType, Localized, Severity } from '@tropa/core';
import { freshCardId } from './cards/cardIds.ts';
import { freshId, moveItem } from './ids.ts';

/**
 * An editor command, declared once: its name (for the history and menus), what it does to the map, and its
 * shortcut. Commands are pure: undo restores the map the command started from (the history keeps both), so
 * no command can undo itself wrongly.
 */
export interface EditorCommand<A> {
  id: string;
  name: Localized;
  shortcut?: string;
  run(journey: Journey, args: A): Journey;
}

function command<A>(spec: EditorCommand<A>): EditorCommand<A> {
  return spec;
}

export function updateLane(journey: Journey, laneId: string, change: (lane: Lane) => Lane): Journey {
  return { ...journey, lanes: journey.lanes.map((l) => (l.id === laneId ? change(l) : l)) };
}

function indexOfStage(journey: Journey, stageId: string): number {
  return journey.stages.findIndex((s) => s.id === stageId);
}

/** Lane types whose cards are plain text a person types in. */
export const TEXT_LANES = [
  'actions',
  'thoughts',
  'pains',
  'opportunities',
  'wow',
  'backstage',
  'text',
] as const;
type TextLane = (typeof TEXT_LANES)[number];

export function isTextLane(type: LaneType): type is TextLane {
  return (TEXT_LANES as readonly string[]).includes(type);
}

function newCard(type: TextLane, id: string, stage: string, text: string) {
  if (type === 'thoughts') return { id, stage, quote: text };
  if (type === 'pains' || type === 'opportunities') return { id, stage, text, severity: 'medium' as const };
  return { id, stage, text };
}

export const renameMap = command<{ title: string }>({
  id: 'map.rename',
  name: { en: 'Rename map', ru: 'Переименовать карту' },
  run: (j, { title }) => ({ ...j, title }),
});

export const addStage = command<{ name: string; after?: string }>({
  id: 'stage.add',
  name: { en: 'Add stage', ru: 'Добавить этап' },
  run(j, { name, after }) {
    const stage = {
      id: freshId(
        'stage',
        j.stages.map((s) => s.id),
      ),
      name,
    };
    const at = after === undefined ? j.stages.length : indexOfStage(j, after) + 1;
    const stages = [...j.stages];
    stages.splice(at, 0, stage);
    return { ...j, stages };
  },
});

export const renameStage = command<{ stageId: string; name: string }>({
  id: 'stage.rename',
  name: { en: 'Rename stage', ru: 'Переименовать этап' },
  run: (j, { stageId, name }) => ({
    ...j,
    stages: j.stages.map((s) => (s.id === stageId ? { ...s, name } : s)),
  }),
});

export const moveStage = command<{ stageId: string; to: number }>({
  id: 'stage.move',
  name: { en: 'Move stage', ru: 'Переставить этап' },
  run: (j, { stageId, to }) => ({ ...j, stages: moveItem(j.stages, indexOfStage(j, stageId), to) }),
});

export const addLane = command<{ type: LaneType; title?: string }>({
  id: 'lane.add',
  name: { en: 'Add lane', ru: 'Добавить дорожку' },
  run(j, { type, title }) {
    const id = freshId(
      `l-${type}`,
      j.lanes.map((l) => l.id),
    );
    const lane = { id, type, cards: [], ...(title ? { title } : {}) } as Lane;
    return { ...j, lanes: [...j.lanes, lane] };
  },
});

export const renameLane = command<{ laneId: string; title: string }>({
  id: 'lane.rename',
  name: { en: 'Rename lane', ru: 'Переименовать дорожку' },
  run: (j, { laneId, title }) => updateLane(j, laneId, (l) => ({ ...l, title })),
});

export const moveLane = command<{ laneId: string; to: number }>({
  id: 'lane.move',
  name: { en: 'Move lane', ru: 'Переставить дорожку' },
  run: (j, { laneId, to }) => ({
    ...j,
    lanes: moveItem(
      j.lanes,
      j.lanes.findIndex((l) => l.id === laneId),
      to,
    ),
  }),
});

export const addCard = command<{ laneId: string; stageId: string; text: string }>({
  id: 'card.add',
  name: { en: 'Add card', ru: 'Добавить карточку' },
  run: (j, { laneId, stageId, text }) =>
    updateLane(j, laneId, (l) =>
      isTextLane(l.type)
        ? ({ ...l, cards: [...l.cards, newCard(l.type, freshCardId(j), stageId, text)] } as Lane)
        : l,
    ),
});

export const editCard = command<{ laneId: string; index: number; text: string }>({
  id: 'card.edit',
  name: { en: 'Edit card', ru: 'Изменить карточку' },
  run: (j, { laneId, index, text }) =>
    updateLane(j, laneId, (l) => {
      const cards = l.cards.map((c, i) =>
        i !== index ? c : l.type === 'thoughts' ? { ...c, quote: text } : { ...c, text },
      );
      return { ...l, cards } as Lane;
    }),
});

export const setSeverity = command<{ laneId: string; index: number; severity: Severity }>({
  id: 'card.severity',
  name: { en: 'Set severity', ru: 'Изменить важность' },
  run: (j, { laneId, index, severity }) =>
    updateLane(j, laneId, (l) =>
      l.type === 'pains' || l.type === 'opportunities'
        ? { ...l, cards: l.cards.map((c, i) => (i === index ? { ...c, severity } : c)) }
        : l,
    ),
});

export const removeCard = command<{ laneId: string; index: number }>({
  id: 'card.remove',
  name: { en: 'Delete card', ru: 'Удалить карточку' },
  run(j, { laneId, index }) {
    const cardId = j.lanes.find((l) => l.id === laneId)?.cards[index]?.id;
    const next = updateLane(
      j,
      laneId,
      (l) => ({ ...l, cards: l.cards.filter((_, i) => i !== index) }) as Lane,
    );
    if (cardId === undefined) return next;
    // An improvement that addressed the card no longer names it, so the map stays valid.
    const improvements = next.improvements.map((imp) => ({
      ...imp,
      addresses: imp.addresses.filter((a) => a !== cardId),
    }));
    return { ...next, improvements };
  },
});

export const setEmotion = command<{ laneId: string; stageId: string; emotion: number }>({
  id: 'emotion.set',
  name: { en: 'Change emotion', ru: 'Изменить эмоцию' },
  run: (j, { laneId, stageId, emotion }) =>
    updateLane(j, laneId, (l) => {
      if (l.type !== 'emotions') return l;
      const value = Math.max(-2, Math.min(2, Math.round(emotion)));
      const exists = l.cards.some((c) => c.stage === stageId);
      const cards = exists
        ? l.cards.map((c) => (c.stage === stageId ? { ...c, emotion: value } : c))
        : [...l.cards, { stage: stageId, emotion: value }];
      return { ...l, cards };
    }),
});

export const moveCard = command<{ laneId: string; index: number; stageId: string; before?: number }>({
  id: 'card.move',
  name: { en: 'Move card', ru: 'Переместить карточку' },
  run: (j, { laneId, index, stageId, before }) =>
    updateLane(j, laneId, (l) => {
      const card = l.cards[index];
      if (!card || before === index) return l;
      const rest = l.cards.filter((_, i) => i !== index);
      // `before` names a position in the lane as it was; removing the card shifts later ones by one.
      const at = before === undefined ? rest.length : before > index ? before - 1 : before;
      rest.splice(at, 0, { ...card, stage: stageId });
      return { ...l, cards: rest } as Lane;
    }),
});
