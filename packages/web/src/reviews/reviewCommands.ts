import type { Journey } from '@tropa/core';
import type { EditorCommand } from '../editor/commands.ts';

/** Changes how often the map is reviewed. */
export const setReviewCadence: EditorCommand<{ months: number }> = {
  id: 'review.cadence',
  name: { en: 'Change review cadence', ru: 'Изменить частоту обзора' },
  run: (j: Journey, { months }) => ({ ...j, review: { ...j.review, cadenceMonths: months } }),
};
