import type { Journey } from '@tropa/core';
import type { EditorCommand } from '../commands.ts';

/** Takes the three-way merge of a conflict as the map: one undoable step (undo brings back mine alone). */
export const takeMerge: EditorCommand<{ journey: Journey }> = {
  id: 'map.merge',
  name: { en: 'Merge with their version', ru: 'Объединить с их версией' },
  run: (_j, { journey }) => journey,
};
