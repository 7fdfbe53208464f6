import { messages } from './entry.ts';

/** Messages of the checks that look across the whole map: ids, references, dates. */
export const SEMANTIC_MESSAGES = messages({
  'duplicate-id': {
    code: 'duplicate-id',
    message: {
      en: 'The id {value} is used more than once in {collection} (first at {first}).',
      ru: 'Идентификатор {value} встречается в {collection} больше одного раза (впервые — в {first}).',
    },
    fix: {
      en: 'Give each one its own id, e.g. `{suggested}`.',
      ru: 'Дайте каждому элементу свой идентификатор, например `{suggested}`.',
    },
  },
  // {where}: "in `stages`" / "в `stages`"; {into}: "to `stages`" / "в `stages`" (the Russian cases differ).
  'unknown-reference': {
    code: 'unknown-reference',
    message: {
      en: '`{field}` refers to {value}, but there is no such id {where}.',
      ru: 'Поле `{field}` ссылается на {value}, но {where} такого идентификатора нет.',
    },
    fix: {
      en: '{suggestion}Known ids: {known}. Or add {value} {into}.',
      ru: '{suggestion}Известные идентификаторы: {known}. Или добавьте {value} {into}.',
    },
  },
  'unknown-reference-none': {
    code: 'unknown-reference',
    message: {
      en: '`{field}` refers to {value}, but there is nothing {where} yet.',
      ru: 'Поле `{field}` ссылается на {value}, но {where} пока ничего нет.',
    },
    fix: { en: 'Add {value} {into}.', ru: 'Добавьте {value} {into}.' },
  },
  'not-a-pain': {
    code: 'unknown-reference',
    message: {
      en: '`{field}` refers to card {value}, which is in the `{laneType}` lane `{lane}`, not in a pains lane.',
      ru: 'Поле `{field}` ссылается на карточку {value} из дорожки `{lane}` типа `{laneType}`, а не из дорожки болей.',
    },
    fix: {
      en: 'An improvement addresses pains: point it to a card of a `pains` lane.',
      ru: 'Улучшение устраняет боли: укажите карточку из дорожки типа `pains`.',
    },
  },
  'invalid-regex': {
    code: 'invalid-regex',
    message: {
      en: '`{field}` is not a valid regular expression: {detail}.',
      ru: 'Поле `{field}` — некорректное регулярное выражение: {detail}.',
    },
    fix: {
      en: 'Fix the expression; to compare activity names literally, use `activity` instead.',
      ru: 'Исправьте выражение; чтобы сравнивать названия действий буквально, используйте `activity`.',
    },
  },
  'unsupported-regex': {
    code: 'unsupported-regex',
    message: {
      en: '`pattern` uses {feature}, which the analytics engine (RE2 regular expressions) does not support.',
      ru: 'Выражение в поле `pattern` использует {feature}, а движок аналитики (регулярные выражения RE2) этого не поддерживает.',
    },
    fix: { en: '{advice}', ru: '{advice}' },
  },
  'missing-role': {
    code: 'missing-role',
    message: {
      en: 'The persona is a buying-centre role but has no `role`.',
      ru: 'Персона — роль закупочного центра, но поле `role` не указано.',
    },
    fix: {
      en: 'Add `role:` with one of {known}, or a slug of your own.',
      ru: 'Добавьте `role` — одно из значений {known} или собственный идентификатор роли.',
    },
  },
  'date-order': {
    code: 'date-order',
    message: {
      en: '`{later}` ({laterValue}) is earlier than `{earlier}` ({earlierValue}).',
      ru: 'Дата `{later}` ({laterValue}) раньше, чем `{earlier}` ({earlierValue}).',
    },
    fix: {
      en: 'Check both dates: `{earlier}` cannot come after `{later}`.',
      ru: 'Проверьте обе даты: `{earlier}` не может быть позже `{later}`.',
    },
  },
  'stage-order': {
    code: 'stage-order',
    severity: 'warning',
    message: {
      en: '`fromStage` {from} comes after `toStage` {to} in the journey.',
      ru: 'Этап `fromStage` {from} идёт в пути позже этапа `toStage` {to}.',
    },
    fix: { en: 'Swap the two stages.', ru: 'Поменяйте этапы местами.' },
  },
  'several-emotions-in-stage': {
    code: 'several-emotions-in-stage',
    severity: 'warning',
    message: {
      en: 'The emotions lane `{lane}` has more than one card in stage {stage}; the emotion curve has one point per stage.',
      ru: 'В дорожке эмоций `{lane}` больше одной карточки на этапе {stage}, а у кривой эмоций одна точка на этап.',
    },
    fix: {
      en: 'Keep one card per stage; put further feelings into a thoughts lane or the card’s `note`.',
      ru: 'Оставьте одну карточку на этап; остальные чувства перенесите в дорожку мыслей или в `note` карточки.',
    },
  },
});
