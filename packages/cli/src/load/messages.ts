import type { DocumentIssue, Localized } from '@tropa/core';
import { format, type Lang } from '@tropa/core';

interface LoadMessage {
  message: Localized;
  fix: Localized;
}

/** What can go wrong while finding and reading journey files (not inside them). */
export const LOAD_MESSAGES = {
  'file-not-found': {
    message: { en: 'The file does not exist.', ru: 'Файл не найден.' },
    fix: {
      en: 'Check the path; a relative path is taken from {cwd}.',
      ru: 'Проверьте путь; относительный путь отсчитывается от {cwd}.',
    },
  },
  'file-unreadable': {
    message: { en: 'The file cannot be read: {detail}.', ru: 'Файл не удаётся прочитать: {detail}.' },
    fix: {
      en: 'Give the path of a journey file (.yaml, .yml or .json) you may read.',
      ru: 'Укажите путь к файлу карты (.yaml, .yml или .json), доступному для чтения.',
    },
  },
  'role-not-found': {
    message: {
      en: 'No role map for the role {role} was found beside this map.',
      ru: 'Рядом с этой картой нет ролевой карты для роли {role}.',
    },
    fix: {
      en: '--role takes a role map’s id, its persona’s id or its persona’s role (e.g. procurement). Role maps here: {known}.',
      ru: '--role принимает идентификатор ролевой карты, её персоны или роль персоны (например, procurement). Ролевые карты здесь: {known}.',
    },
  },
  'role-ambiguous': {
    message: {
      en: 'Several role maps match the role {role}: {known}.',
      ru: 'Роли {role} соответствуют несколько ролевых карт: {known}.',
    },
    fix: { en: 'Name the one you mean by its id.', ru: 'Укажите нужную по её идентификатору.' },
  },
  'role-on-role-map': {
    message: {
      en: 'This file is already a role map ({id}); --role picks a role map of a generalized map.',
      ru: 'Этот файл уже ролевая карта ({id}); --role выбирает ролевую карту для обобщённой карты.',
    },
    fix: {
      en: 'Give the generalized map with --role, or leave --role out.',
      ru: 'Укажите с --role обобщённую карту или уберите --role.',
    },
  },
} satisfies Record<string, LoadMessage>;
export type LoadMessageKey = keyof typeof LOAD_MESSAGES;

/** An issue with a file as a whole (it has no line): missing, unreadable, no such role beside it. */
export function fileIssue(
  file: string,
  key: LoadMessageKey,
  lang: Lang,
  params: Record<string, string | number> = {},
): DocumentIssue {
  const entry: LoadMessage = LOAD_MESSAGES[key];
  return {
    file,
    path: '',
    code: key,
    severity: 'error',
    message: format(entry.message, lang, params),
    fix: format(entry.fix, lang, params),
  };
}
