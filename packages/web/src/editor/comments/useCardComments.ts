import type { Journey } from '@tropa/core';
import { useMemo, useRef } from 'react';
import { setCardId } from '../cards/cardCommands.ts';
import { freshCardId } from '../cards/cardIds.ts';
import type { EditorCommand } from '../commands.ts';
import type { CardCommentsValue } from './CardComments.tsx';

type Run = <A>(command: EditorCommand<A>, args: A) => void;

/**
 * What the cards' comment buttons do: open the card's thread (`onOpen` with its id), giving a card without
 * an id one first, through a command, so it is saved (and undoable) like any edit. Not in a role map,
 * whose cards come from other documents. Stable while the counts are: a keystroke elsewhere does not
 * re-render every card's comment button.
 */
export function useCardComments(
  journey: Journey,
  run: Run,
  openByCard: ReadonlyMap<string, number>,
  canName: boolean,
  onOpen: (cardId: string) => void,
): CardCommentsValue {
  const current = useRef({ journey, onOpen });
  current.current = { journey, onOpen };
  return useMemo(
    () => ({
      openByCard,
      canName,
      open(laneId, index) {
        const { journey, onOpen } = current.current;
        const card = journey.lanes.find((l) => l.id === laneId)?.cards[index];
        if (!card || (card.id === undefined && !canName)) return;
        const id = card.id ?? freshCardId(journey);
        if (card.id === undefined) run(setCardId, { laneId, index, id });
        onOpen(id);
      },
    }),
    [openByCard, canName, run],
  );
}
