import { existsSync, statSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { basename, dirname, extname, relative, resolve } from 'node:path';
import { format, type Localized } from '@tropa/core';
import { type Command, UsageError } from '../command.ts';
import { isTemplateName, starterMap, starterText, TEMPLATE_NAMES } from '../templates/index.ts';

const text = {
  summary: {
    en: 'Write a starter journey map that follows the method',
    ru: 'Создать заготовку карты пути по методике',
  },
  templateOption: {
    en: 'b2b (partner and buying centre, default) or b2c (customer by age group); the map is written in the --lang language',
    ru: 'b2b (партнёр и закупочный центр, по умолчанию) или b2c (клиент по возрастным группам); карта пишется на языке --lang',
  },
  forceOption: { en: 'Overwrite the file if it exists', ru: 'Перезаписать файл, если он уже есть' },
  needFile: {
    en: 'Name the file to create, e.g. `tropa init my-journey.yaml`.',
    ru: 'Укажите, какой файл создать, например `tropa init my-journey.yaml`.',
  },
  oneFile: {
    en: 'tropa init creates one file; got {count}: {files}.',
    ru: 'tropa init создаёт один файл, а указано {count}: {files}.',
  },
  badTemplate: {
    en: 'Unknown template "{value}". Use one of: {names}.',
    ru: 'Неизвестный шаблон «{value}». Доступны: {names}.',
  },
  exists: {
    en: '{file} already exists; nothing was written. Choose another name, or add --force to overwrite it.',
    ru: '{file} уже существует, ничего не записано. Выберите другое имя или добавьте --force, чтобы перезаписать.',
  },
  folder: {
    en: '{file} is a folder. Give the name of the map file to create in it, e.g. {file}/journey.yaml.',
    ru: '{file} — это папка. Укажите имя файла карты внутри неё, например {file}/journey.yaml.',
  },
  cannotWrite: {
    en: 'Cannot write {file}: {detail}. Check that the folder exists and you may write to it.',
    ru: 'Не удаётся записать {file}: {detail}. Проверьте, что папка существует и в неё можно писать.',
  },
  written: {
    en: 'Created {file}: the {template} template in English, map id "{id}".\nNext: fill in the questions, then run `tropa validate {file}` and `tropa render {file} -o map.html`.',
    ru: 'Создан {file}: шаблон {template} на русском, id карты «{id}».\nДальше: заполните подсказки, затем `tropa validate {file}` и `tropa render {file} -o map.html`.',
  },
} satisfies Record<string, Localized>;

const EXTENSIONS = ['.yaml', '.yml', '.json'];

/**
 * The map id a file name suggests: the name without its extension, as an ASCII slug.
 * Names with no ASCII letters or digits (e.g. Cyrillic) fall back to `journey`.
 */
export function idFromFileName(file: string): string {
  const name = basename(file);
  const ext = extname(name);
  const stem = EXTENSIONS.includes(ext.toLowerCase()) ? name.slice(0, -ext.length) : name;
  const slug = stem
    .toLowerCase()
    .replace(/[^a-z0-9._-]+/g, '-')
    .replace(/^[^a-z0-9]+/, '')
    .replace(/[-.]+$/, '')
    .slice(0, 80);
  return slug || 'journey';
}

export const initCommand: Command = {
  name: 'init',
  summary: text.summary,
  usage: 'tropa init [--template b2b|b2c] [--lang ru|en] [--force] FILE',
  options: {
    template: { type: 'string', short: 't', description: text.templateOption },
    force: { type: 'boolean', short: 'f', description: text.forceOption },
  },
  examples: [
    'tropa init partner-journey.yaml',
    'tropa init --template b2c --lang ru contact-centre.yaml',
    'tropa init --force starter.json',
  ],
  async run(ctx) {
    const [file, ...extra] = ctx.positionals;
    if (!file) throw new UsageError(text.needFile[ctx.lang]);
    if (extra.length > 0) {
      const files = ctx.positionals.join(', ');
      throw new UsageError(format(text.oneFile, ctx.lang, { count: ctx.positionals.length, files }));
    }
    const template = ctx.values.template ?? 'b2b';
    if (typeof template !== 'string' || !isTemplateName(template)) {
      throw new UsageError(
        format(text.badTemplate, ctx.lang, { value: String(template), names: TEMPLATE_NAMES.join(', ') }),
      );
    }
    const path = resolve(ctx.cwd, file);
    const inside = relative(ctx.cwd, path);
    // Paths outside the working directory read better absolute than as a chain of `../`.
    const shown = inside && !inside.startsWith('..') ? inside : path;
    if (existsSync(path)) {
      if (statSync(path).isDirectory()) {
        ctx.stderr(`${format(text.folder, ctx.lang, { file: shown })}\n`);
        return 1;
      }
      if (ctx.values.force !== true) {
        ctx.stderr(`${format(text.exists, ctx.lang, { file: shown })}\n`);
        return 1;
      }
    }
    const id = idFromFileName(file);
    const map = starterMap(template, ctx.lang, id);
    const json = extname(file).toLowerCase() === '.json';
    try {
      await mkdir(dirname(path), { recursive: true });
      await writeFile(path, starterText(map, { template, lang: ctx.lang, file: shown, json }), 'utf8');
    } catch (error) {
      const detail = error instanceof Error ? error.message : String(error);
      ctx.stderr(`${format(text.cannotWrite, ctx.lang, { file: shown, detail })}\n`);
      return 1;
    }
    ctx.stdout(`${format(text.written, ctx.lang, { file: shown, template, id })}\n`);
    return 0;
  },
};
