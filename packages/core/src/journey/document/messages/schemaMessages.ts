import { messages } from './entry.ts';

// Messages for what the zod schemas reject. Templates name the field as written in the file
// (`{field}`) so that both languages point at the same word the author typed.
// `{suggestion}` params are whole sentences (or empty), built where the closest match is known.

/** Messages for values the document schema rejects. */
export const SCHEMA_MESSAGES = messages({
  'missing-field': {
    code: 'missing-field',
    message: { en: 'The required field `{field}` is missing.', ru: 'Нет обязательного поля `{field}`.' },
    fix: { en: 'Add `{field}:` here{hint}.', ru: 'Добавьте сюда поле `{field}`{hint}.' },
  },
  'invalid-type': {
    code: 'invalid-type',
    message: {
      en: '`{field}` is {received}, but it must be {expected}.',
      ru: 'Поле `{field}` содержит {received}, а должно содержать {expected}.',
    },
    fix: { en: 'Write {expected} here{example}.', ru: 'Запишите здесь {expected}{example}.' },
  },
  'empty-value': {
    code: 'invalid-type',
    message: {
      en: '`{field}` has no value, but it must be {expected}.',
      ru: 'У поля `{field}` нет значения, а ожидается {expected}.',
    },
    fix: {
      en: 'Write the value after `{field}:`, or remove the line if the field is optional.',
      ru: 'Впишите значение после `{field}:` или удалите строку, если поле необязательное.',
    },
  },
  'empty-item': {
    code: 'invalid-type',
    message: {
      en: 'The list item `{field}` is empty, but it must be {expected}.',
      ru: 'Элемент списка `{field}` пуст, а ожидается {expected}.',
    },
    fix: {
      en: 'Write the item after its `- `, or remove the line.',
      ru: 'Впишите элемент после `- ` или удалите строку.',
    },
  },
  'unknown-value': {
    code: 'unknown-value',
    message: {
      en: '`{field}` is {value}, which is not one of the allowed values.',
      ru: 'Значение {value} в поле `{field}` не из числа допустимых.',
    },
    fix: { en: '{suggestion}Allowed: {allowed}.', ru: '{suggestion}Допустимые значения: {allowed}.' },
  },
  'unknown-lane-type': {
    code: 'unknown-lane-type',
    message: { en: 'Unknown lane type {value}.', ru: 'Неизвестный тип дорожки {value}.' },
    fix: { en: '{suggestion}Lane types: {allowed}.', ru: '{suggestion}Типы дорожек: {allowed}.' },
  },
  'unknown-field': {
    code: 'unknown-field',
    message: { en: 'Unknown field `{field}`.', ru: 'Неизвестное поле `{field}`.' },
    fix: {
      en: '{suggestion}Fields allowed here: {allowed}.',
      ru: '{suggestion}Здесь допустимы поля: {allowed}.',
    },
  },
  'out-of-range': {
    code: 'out-of-range',
    message: {
      en: '`{field}` is {value}, but it must be {range}.',
      ru: 'Поле `{field}` равно {value}, а должно быть {range}.',
    },
    fix: { en: 'Use {rangeUse}.', ru: 'Укажите {rangeUse}.' },
  },
  'out-of-range-advised': {
    code: 'out-of-range',
    message: {
      en: '`{field}` is {value}, but it must be {range}.',
      ru: 'Поле `{field}` равно {value}, а должно быть {range}.',
    },
    fix: { en: '{advice}', ru: '{advice}' },
  },
  'not-integer': {
    code: 'out-of-range',
    message: {
      en: '`{field}` is {value}, but it must be a whole number.',
      ru: 'Поле `{field}` равно {value}, а должно быть целым числом.',
    },
    fix: { en: 'Drop the fraction.', ru: 'Уберите дробную часть.' },
  },
  'empty-text': {
    code: 'invalid-length',
    message: { en: '`{field}` is empty.', ru: 'Поле `{field}` пустое.' },
    fix: {
      en: 'Write the text, or remove the field if it is optional.',
      ru: 'Впишите текст или удалите поле, если оно необязательное.',
    },
  },
  'text-too-long': {
    code: 'invalid-length',
    message: {
      en: '`{field}` is {length} characters long; at most {max} are allowed.',
      ru: 'Длина текста в поле `{field}` — {length}, а допускается не больше {max} символов.',
    },
    fix: { en: 'Shorten it to {max} characters{hint}.', ru: 'Сократите текст до {max} символов{hint}.' },
  },
  'too-few-items': {
    code: 'invalid-length',
    message: {
      en: '`{field}` has {count} item(s), but it needs at least {min}.',
      ru: 'В списке `{field}` элементов: {count}, а нужно не меньше {min}.',
    },
    fix: { en: 'Add items to `{field}`.{advice}', ru: 'Добавьте элементы в `{field}`.{advice}' },
  },
  'too-many-items': {
    code: 'invalid-length',
    message: {
      en: '`{field}` has {count} items, but at most {max} are allowed.',
      ru: 'В списке `{field}` элементов: {count}, а допускается не больше {max}.',
    },
    fix: { en: 'Remove items from `{field}`.', ru: 'Уберите лишние элементы из `{field}`.' },
  },
  'invalid-id': {
    code: 'invalid-id',
    message: {
      en: '{value} is not a valid id: an id has only Latin letters, digits, `.`, `_` and `-`, starts with a letter or digit and has at most 80 characters.',
      ru: '{value} не подходит как идентификатор: в нём допустимы только латинские буквы, цифры, `.`, `_` и `-`, начинаться он должен с буквы или цифры, длина — не больше 80 символов.',
    },
    fix: { en: 'Use, for example, `{suggested}`.', ru: 'Используйте, например, `{suggested}`.' },
  },
  'invalid-date': {
    code: 'invalid-date',
    message: {
      en: '`{field}` is {value}, which is not a calendar date written as YYYY-MM-DD.',
      ru: 'Значение {value} в поле `{field}` — не календарная дата в виде ГГГГ-ММ-ДД.',
    },
    fix: {
      en: 'Write the date as YYYY-MM-DD, e.g. 2026-03-01.',
      ru: 'Запишите дату как ГГГГ-ММ-ДД, например 2026-03-01.',
    },
  },
  'invalid-age-group': {
    code: 'invalid-age-group',
    message: {
      en: '`{field}` is {value}, which is not an age band.',
      ru: 'Значение {value} в поле `{field}` — не возрастная группа.',
    },
    fix: {
      en: 'Write a band such as 25-34, 55+ or <18.',
      ru: 'Укажите диапазон, например 25-34, 55+ или <18.',
    },
  },
  'invalid-format': {
    code: 'invalid-format',
    message: {
      en: '`{field}` is {value}, which does not have the expected form ({format}).',
      ru: 'Значение {value} в поле `{field}` имеет неверный вид (ожидается {format}).',
    },
    fix: { en: 'Rewrite the value in the expected form.', ru: 'Перепишите значение в ожидаемом виде.' },
  },
  'invalid-key': {
    code: 'invalid-id',
    message: {
      en: 'The key {value} is not a valid id.',
      ru: 'Ключ {value} не подходит как идентификатор.',
    },
    fix: {
      en: 'Use the id of an existing entity: Latin letters, digits, `.`, `_` and `-`.',
      ru: 'Используйте идентификатор существующего элемента: латинские буквы, цифры, `.`, `_` и `-`.',
    },
  },
  'empty-match-rule': {
    code: 'empty-match-rule',
    message: {
      en: 'This match rule has no condition, so it would match every event.',
      ru: 'В этом правиле сопоставления нет ни одного условия, и под него подошло бы любое событие.',
    },
    fix: {
      en: 'Give it `activity`, `pattern` or `channel`.',
      ru: 'Укажите в нём `activity`, `pattern` или `channel`.',
    },
  },
  'kpi-needs-stages': {
    code: 'kpi-needs-stages',
    message: {
      en: 'A `{type}` KPI needs both `fromStage` and `toStage`.',
      ru: 'Для KPI типа `{type}` нужны оба поля: `fromStage` и `toStage`.',
    },
    fix: {
      en: 'Add `fromStage:` and `toStage:` with the ids of the stages where the measure starts and ends.',
      ru: 'Добавьте `fromStage` и `toStage` — идентификаторы этапов, на которых измерение начинается и заканчивается.',
    },
  },
  'kpi-needs-pairs': {
    code: 'kpi-needs-pairs',
    message: {
      en: 'A `response-time` KPI needs `pairs`: the activities that start and stop the clock.',
      ru: 'Для KPI типа `response-time` нужны пары `pairs`: действия, с которых начинается и которыми заканчивается отсчёт.',
    },
    fix: {
      en: 'Add e.g. `pairs: [{ from: request_sent, to: offer_sent }]`.',
      ru: 'Добавьте, например, `pairs: [{ from: request_sent, to: offer_sent }]`.',
    },
  },
  'improvement-done-needs-date': {
    code: 'improvement-done-needs-date',
    message: {
      en: 'The improvement is done but has no `doneAt`, so its before/after impact cannot be measured.',
      ru: 'Улучшение выполнено, но у него нет даты `doneAt`, поэтому нельзя сравнить показатели до и после.',
    },
    fix: {
      en: 'Add `doneAt: YYYY-MM-DD`, the day it was finished.',
      ru: 'Добавьте `doneAt: ГГГГ-ММ-ДД` — дату завершения.',
    },
  },
  'invalid-value': {
    code: 'invalid-value',
    message: { en: '`{field}` is not valid: {detail}.', ru: 'Поле `{field}` заполнено неверно: {detail}.' },
    fix: {
      en: 'Check the value against the schema (packages/core/generated/journey.schema.json).',
      ru: 'Сверьте значение со схемой (packages/core/generated/journey.schema.json).',
    },
  },
});
