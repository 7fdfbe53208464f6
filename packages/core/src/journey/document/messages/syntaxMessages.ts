import { messages } from './entry.ts';

/** Messages about the text itself and the document as a whole: syntax, emptiness, version. */
export const SYNTAX_MESSAGES = messages({
  'bad-indent': {
    code: 'yaml-syntax',
    message: {
      en: 'Broken indentation: items of one list, and fields of one mapping, must start at the same column.',
      ru: 'Нарушены отступы: элементы одного списка и поля одного набора должны начинаться в одной колонке.',
    },
    fix: {
      en: 'Align this line with the lines it belongs with, using spaces.',
      ru: 'Выровняйте эту строку по соседним строкам того же уровня, используя пробелы.',
    },
  },
  'tab-indent': {
    code: 'yaml-syntax',
    message: {
      en: 'A tab is used for indentation; YAML allows only spaces there.',
      ru: 'Для отступа использована табуляция, а YAML допускает только пробелы.',
    },
    fix: {
      en: 'Replace the tabs at the start of the line with spaces.',
      ru: 'Замените табуляцию в начале строки пробелами.',
    },
  },
  'duplicate-key': {
    code: 'duplicate-key',
    message: {
      en: 'The field `{key}` appears more than once in the same mapping.',
      ru: 'Поле `{key}` встречается в одном наборе полей больше одного раза.',
    },
    fix: {
      en: 'Keep one of them; otherwise it is unclear which value is meant.',
      ru: 'Оставьте одно из них, иначе непонятно, какое значение имеется в виду.',
    },
  },
  'unclosed-quote': {
    code: 'yaml-syntax',
    message: { en: 'A quoted text is never closed.', ru: 'Текст в кавычках не закрыт.' },
    fix: {
      en: 'Add the closing quote at the end of the text that starts before this point.',
      ru: 'Поставьте закрывающую кавычку в конце текста, который начинается выше.',
    },
  },
  'unclosed-bracket': {
    code: 'yaml-syntax',
    message: {
      en: 'A bracket is not closed: `{char}` is missing.',
      ru: 'Скобка не закрыта: не хватает `{char}`.',
    },
    fix: {
      en: 'Add `{char}` where the list or mapping ends.',
      ru: 'Поставьте `{char}` там, где заканчивается список или набор полей.',
    },
  },
  'missing-dash': {
    code: 'yaml-syntax',
    message: {
      en: 'A list item has no `- ` in front of it, or the line is indented too little.',
      ru: 'Перед элементом списка нет `- `, или строка сдвинута недостаточно.',
    },
    fix: {
      en: 'Start the item with `- `, or indent the line under the item it belongs to.',
      ru: 'Начните элемент с `- ` или сдвиньте строку под элемент, к которому она относится.',
    },
  },
  'bad-syntax': {
    code: 'yaml-syntax',
    message: {
      en: 'The text cannot be read here: {detail}.',
      ru: 'Здесь текст не удаётся прочитать: {detail}.',
    },
    fix: {
      en: 'Check this line: a colon and a space after each key, closing quotes and brackets, `- ` before list items, spaces (not tabs) for indentation.',
      ru: 'Проверьте строку: двоеточие и пробел после каждого ключа, закрывающие кавычки и скобки, `- ` перед элементами списка, отступы пробелами, а не табуляцией.',
    },
  },
  'multiple-documents': {
    code: 'multiple-documents',
    message: {
      en: 'The file holds more than one document (separated by `---`); only the first is read.',
      ru: 'В файле больше одного документа (они разделены `---`); читается только первый.',
    },
    fix: {
      en: 'Put each map in its own file; a role map refers to its base map by `extends`.',
      ru: 'Положите каждую карту в отдельный файл; ролевая карта ссылается на базовую через `extends`.',
    },
  },
  'empty-document': {
    code: 'empty-document',
    message: { en: 'The document is empty.', ru: 'Документ пуст.' },
    fix: {
      en: 'Write at least `version: 1`, `id`, `title` and `stages`; `tropa init FILE` writes a starter map.',
      ru: 'Укажите хотя бы `version: 1`, `id`, `title` и `stages`; `tropa init FILE` создаёт заготовку карты.',
    },
  },
  'not-a-map': {
    code: 'invalid-type',
    message: {
      en: 'The document must be a mapping of fields (version, id, title, stages, …), but it is {received}.',
      ru: 'Документ должен быть набором полей (version, id, title, stages, …), а это {received}.',
    },
    fix: {
      en: 'Start the file with `version: 1` and write the map’s fields one per line as `key: value`.',
      ru: 'Начните файл с `version: 1` и запишите поля карты по одному в строке в виде `ключ: значение`.',
    },
  },
  'missing-version': {
    code: 'missing-version',
    message: { en: 'The document has no `version`.', ru: 'В документе нет поля `version`.' },
    fix: { en: 'Add `version: {current}` at the top.', ru: 'Добавьте `version: {current}` в начало файла.' },
  },
  'invalid-version': {
    code: 'invalid-version',
    message: {
      en: '`version` is {value}, but it must be a whole number from 1 to {current}.',
      ru: 'Поле `version` равно {value}, а должно быть целым числом от 1 до {current}.',
    },
    fix: {
      en: 'Write `version: {current}` for a map written for this Tropa.',
      ru: 'Для карты, написанной для этой версии Tropa, укажите `version: {current}`.',
    },
  },
  'newer-version': {
    code: 'newer-version',
    message: {
      en: 'The document is in format version {version}, but this Tropa knows versions up to {current}.',
      ru: 'Документ записан в формате версии {version}, а эта версия Tropa знает форматы только до {current}.',
    },
    fix: {
      en: 'Update Tropa to a release that reads version {version}.',
      ru: 'Обновите Tropa до выпуска, который читает версию {version}.',
    },
  },
  'migration-failed': {
    code: 'migration-failed',
    message: {
      en: 'The document could not be upgraded from format version {from}: {detail}.',
      ru: 'Не удалось обновить документ с формата версии {from}: {detail}.',
    },
    fix: {
      en: 'This is a Tropa bug: please report it with the file attached.',
      ru: 'Это ошибка Tropa: сообщите о ней и приложите файл.',
    },
  },
});
