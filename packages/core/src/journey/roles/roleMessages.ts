import { messages } from '../document/messages/entry.ts';

/** Messages about deriving a role map from the map it extends. */
export const ROLE_MESSAGES = messages({
  'role-unknown-id': {
    code: 'role-unknown-id',
    message: {
      en: '`overrides.{collection}` names {id}, but the map {base} has no {entity} with that id.',
      ru: 'В `overrides.{collection}` указан {id}, но в карте {base} нет такого идентификатора ({entity}).',
    },
    fix: {
      en: '{suggestion}Known ids: {known}. A {entity} only this role has goes under `add.{collection}`.',
      ru: '{suggestion}Известные идентификаторы: {known}. Новый элемент ({entity}), который есть только у этой роли, добавьте в `add.{collection}`.',
    },
  },
  'role-patch-id': {
    code: 'role-patch-id',
    message: {
      en: 'A patch cannot change the id of {id}.',
      ru: 'Правка не может менять идентификатор {id}.',
    },
    fix: {
      en: 'Remove the old one (`{id}: null`) and add the new one under `add.{collection}`.',
      ru: 'Удалите прежний элемент (`{id}: null`) и добавьте новый в `add.{collection}`.',
    },
  },
  'role-patch-not-mapping': {
    code: 'role-patch-not-mapping',
    message: {
      en: 'The patch of {id} must be a mapping of the fields to change, or null to remove it.',
      ru: 'Правка {id} должна быть набором изменяемых полей или null, чтобы удалить элемент.',
    },
    fix: {
      en: 'Write the fields that differ for this role, indented under `{id}:`.',
      ru: 'Перечислите под `{id}:` с отступом поля, которые у этой роли другие.',
    },
  },
  'role-unknown-lane': {
    code: 'role-unknown-lane',
    message: {
      en: '`overrides.lanes` names the lane {id}, but the map has no such lane.',
      ru: 'В `overrides.lanes` указана дорожка {id}, но такой дорожки в карте нет.',
    },
    fix: {
      en: '{suggestion}Known lanes: {known}. A lane only this role has goes under `add.lanes`.',
      ru: '{suggestion}Известные дорожки: {known}. Дорожку, которая есть только у этой роли, добавьте в `add.lanes`.',
    },
  },
  'role-unknown-stage': {
    code: 'role-unknown-stage',
    message: {
      en: '`{field}` is {id}, but the role map has no such stage.',
      ru: 'Поле `{field}` равно {id}, но такого этапа в ролевой карте нет.',
    },
    fix: {
      en: '{suggestion}Stages of the role map: {known}.',
      ru: '{suggestion}Этапы ролевой карты: {known}.',
    },
  },
  'role-duplicate-add': {
    code: 'duplicate-id',
    message: {
      en: '`add.{collection}` adds {id}, but the map already has a {entity} with that id.',
      ru: '`add.{collection}` добавляет {id}, но в карте уже есть элемент с таким идентификатором ({entity}).',
    },
    fix: {
      en: 'To change the inherited one, patch it under `overrides.{collection}`; otherwise choose another id.',
      ru: 'Чтобы изменить унаследованный элемент, поправьте его в `overrides.{collection}`; иначе выберите другой идентификатор.',
    },
  },
  'role-unknown-persona': {
    code: 'unknown-reference',
    message: {
      en: 'The role map is for the persona {id}, but neither the map {base} nor `add.personas` has it.',
      ru: 'Ролевая карта сделана для персоны {id}, но её нет ни в карте {base}, ни в `add.personas`.',
    },
    fix: {
      en: '{suggestion}Known personas: {known}. Or describe the persona under `add.personas`.',
      ru: '{suggestion}Известные персоны: {known}. Или опишите персону в `add.personas`.',
    },
  },
  'role-no-stages': {
    code: 'role-no-stages',
    message: {
      en: 'The role map removes every stage of the map.',
      ru: 'Ролевая карта удаляет все этапы карты.',
    },
    fix: {
      en: 'Keep at least one stage, or add the role’s own under `add.stages`.',
      ru: 'Оставьте хотя бы один этап или добавьте свои в `add.stages`.',
    },
  },
  'role-extends-missing': {
    code: 'role-extends-missing',
    message: {
      en: 'The role map extends {id}, which was not found.',
      ru: 'Ролевая карта наследует {id}, но такая карта не найдена.',
    },
    fix: {
      en: 'Write the id of a map in the same folder, or a relative path to its file ending in .yaml, .yml or .json. {known}',
      ru: 'Укажите идентификатор карты из той же папки или относительный путь к её файлу (.yaml, .yml или .json). {known}',
    },
  },
  'role-extends-cycle': {
    code: 'role-extends-cycle',
    message: {
      en: 'Role maps extend each other in a circle: {chain}.',
      ru: 'Ролевые карты наследуют друг друга по кругу: {chain}.',
    },
    fix: {
      en: 'Make one of them extend the generalized map.',
      ru: 'Пусть одна из них наследует обобщённую карту.',
    },
  },
});
export type RoleMessageKey = keyof typeof ROLE_MESSAGES;

/** Collections a role map patches or adds to, as named inside messages. */
export const COLLECTION_WORDS = {
  stages: { en: 'stage', ru: 'этап' },
  touchpoints: { en: 'touchpoint', ru: 'точка контакта' },
  kpis: { en: 'KPI', ru: 'KPI' },
  improvements: { en: 'improvement', ru: 'улучшение' },
  channels: { en: 'channel', ru: 'канал' },
  lanes: { en: 'lane', ru: 'дорожка' },
  personas: { en: 'persona', ru: 'персона' },
} as const;
export type RoleCollection = keyof typeof COLLECTION_WORDS;
