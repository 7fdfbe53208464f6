import type { Card, Lane, Stage } from '@tropa/core';
import { type EditorCommand, updateLane } from '../commands.ts';

// "Reset to the generalized map" in a role map: the cell or stage takes the base's content again, so
// writing the role back (roleFromJourney) finds nothing different there and drops the override.

export const resetCell: EditorCommand<{ laneId: string; stageId: string; cards: readonly Card[] }> = {
  id: 'role.reset-cell',
  name: { en: 'Reset the cell to the generalized map', ru: 'Вернуть ячейку к обобщённой карте' },
  run: (j, { laneId, stageId, cards }) =>
    updateLane(j, laneId, (l) => {
      const at = l.cards.findIndex((c) => c.stage === stageId);
      const rest = l.cards.filter((c) => c.stage !== stageId);
      const before = at < 0 ? rest.length : l.cards.slice(0, at).filter((c) => c.stage !== stageId).length;
      return { ...l, cards: [...rest.slice(0, before), ...cards, ...rest.slice(before)] } as Lane;
    }),
};

export const resetStage: EditorCommand<{ stage: Stage }> = {
  id: 'role.reset-stage',
  name: { en: 'Reset the stage to the generalized map', ru: 'Вернуть этап к обобщённой карте' },
  run: (j, { stage }) => ({ ...j, stages: j.stages.map((s) => (s.id === stage.id ? stage : s)) }),
};
