import type { Improvement } from '@tropa/core';

/** The column an improvement stands in (core exports the schema; this is its type). */
export type ImprovementStatus = Improvement['status'];

/** The plan's labels in both languages. */
export const planText = {
  board: { en: 'Board', ru: 'Доска' },
  matrix: { en: 'Value / effort', ru: 'Ценность / усилия' },
  add: { en: 'Add improvement', ru: 'Добавить улучшение' },
  edit: { en: 'Edit', ru: 'Изменить' },
  status: { en: 'Status', ru: 'Статус' },
  empty: { en: 'Nothing here', ru: 'Пусто' },
  owner: { en: 'Owner', ru: 'Ответственный' },
  addresses: { en: 'Addresses', ru: 'Снимает боли' },
  kpi: { en: 'Moves KPI', ru: 'Двигает KPI' },
  value: { en: 'Value', ru: 'Ценность' },
  effort: { en: 'Effort', ru: 'Усилия' },
  scores: { en: 'value {value} · effort {effort}', ru: 'ценность {value} · усилия {effort}' },
  unscored: { en: 'Not scored yet: {items}', ru: 'Ещё без оценки: {items}' },
  quickWins: { en: 'Quick wins', ru: 'Быстрые победы' },
  bigBets: { en: 'Big bets', ru: 'Крупные ставки' },
  fillIns: { en: 'Fill-ins', ru: 'Мелочи' },
  moneyPits: { en: 'Money pits', ru: 'Пожиратели ресурсов' },
  none: { en: '—', ru: '—' },
} as const;

export const statusText: Record<ImprovementStatus, { en: string; ru: string }> = {
  idea: { en: 'Idea', ru: 'Идея' },
  planned: { en: 'Planned', ru: 'Запланировано' },
  'in-progress': { en: 'In progress', ru: 'В работе' },
  done: { en: 'Done', ru: 'Сделано' },
  dropped: { en: 'Dropped', ru: 'Отменено' },
};
