import type { Improvement, Journey } from '@tropa/core';
import type { EditorCommand } from '../editor/commands.ts';
import type { ImprovementStatus } from './planText.ts';

const today = () => new Date().toISOString().slice(0, 10);

/** Moves an improvement to another column of the plan; a finished one gets today as its done date. */
export const setImprovementStatus: EditorCommand<{ id: string; status: ImprovementStatus; on?: string }> = {
  id: 'improvement.status',
  name: { en: 'Move improvement', ru: 'Переместить улучшение' },
  run: (j: Journey, { id, status, on }) => ({
    ...j,
    improvements: j.improvements.map((imp) => {
      if (imp.id !== id) return imp;
      const moved = { ...imp, status };
      // The schema needs a done date for a done item: the impact is measured from it.
      if (status === 'done' && !moved.doneAt) moved.doneAt = on ?? today();
      return moved;
    }),
  }),
};

/** Adds an improvement, or replaces the one with the same id. */
export const saveImprovement: EditorCommand<{ improvement: Improvement }> = {
  id: 'improvement.save',
  name: { en: 'Edit improvement', ru: 'Изменить улучшение' },
  run: (j: Journey, { improvement }) => {
    const exists = j.improvements.some((imp) => imp.id === improvement.id);
    const improvements = exists
      ? j.improvements.map((imp) => (imp.id === improvement.id ? improvement : imp))
      : [...j.improvements, improvement];
    return { ...j, improvements };
  },
};
