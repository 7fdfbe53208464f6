import { existsSync } from 'node:fs';
import { copyFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DEFAULT_DEMO_CASES, DEFAULT_DEMO_SEED, writeDemo } from '@tropa/analytics';
import { format, type Localized } from '@tropa/core';
import { type Command, UsageError } from '../command.ts';

const text = {
  summary: {
    en: 'Write a seeded demo data set (events, surveys, feedback) for the B2B example map',
    ru: 'Создать демонстрационные данные (события, опросы, отзывы) для примера B2B-карты',
  },
  out: { en: 'Directory to write into (created if missing)', ru: 'Папка для файлов (будет создана)' },
  seed: {
    en: `Random seed; the same seed gives the same files (default ${DEFAULT_DEMO_SEED})`,
    ru: `Зерно генератора: одно зерно — одни и те же файлы (по умолчанию ${DEFAULT_DEMO_SEED})`,
  },
  cases: {
    en: `Number of partner companies (default ${DEFAULT_DEMO_CASES})`,
    ru: `Число компаний-партнёров (по умолчанию ${DEFAULT_DEMO_CASES})`,
  },
  force: { en: 'Overwrite the files if they exist', ru: 'Перезаписать файлы, если они уже есть' },
  needOut: {
    en: 'Say where to write the files, e.g. `tropa demo --out demo-data`.',
    ru: 'Укажите, куда записать файлы, например `tropa demo --out demo-data`.',
  },
  badNumber: {
    en: '--{option} takes a whole number from {min} to {max}; got "{value}".',
    ru: '--{option} принимает целое число от {min} до {max}, а указано «{value}».',
  },
  exists: {
    en: '{file} already exists; nothing was written. Choose another directory, or add --force to overwrite.',
    ru: '{file} уже существует, ничего не записано. Выберите другую папку или добавьте --force, чтобы перезаписать.',
  },
  written: {
    en: 'Wrote {events} events, {surveys} survey answers and {feedback} feedback messages of {cases} partner companies (seed {seed}) to {dir} in {seconds} s.\nSee {dir}/README.md for what is in them.',
    ru: 'Записано в {dir} за {seconds} с: {events} событий, {surveys} ответов на опросы и {feedback} отзывов по {cases} компаниям-партнёрам (зерно {seed}).\nЧто в файлах — в {dir}/README.md.',
  },
  mapCopied: {
    en: 'The example map is copied next to them: {file}.',
    ru: 'Рядом скопирована карта-пример: {file}.',
  },
} satisfies Record<string, Localized>;

const OUTPUT_FILES = ['events.csv', 'surveys.csv', 'feedback.csv', 'README.md', 'partner-journey.yaml'];
const EXAMPLE_MAP = fileURLToPath(
  new URL('../../../../examples/b2b-partner-journey/ru/partner-journey.yaml', import.meta.url),
);

function wholeNumber(
  value: unknown,
  option: string,
  min: number,
  max: number,
  fallback: number,
  lang: 'en' | 'ru',
): number {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (typeof value !== 'string' || !/^\d+$/.test(value) || n < min || n > max) {
    throw new UsageError(format(text.badNumber, lang, { option, min, max, value: String(value) }));
  }
  return n;
}

export const demoCommand: Command = {
  name: 'demo',
  summary: text.summary,
  usage: 'tropa demo --out DIR [--seed N] [--cases N] [--force]',
  options: {
    out: { type: 'string', short: 'o', description: text.out },
    seed: { type: 'string', description: text.seed },
    cases: { type: 'string', description: text.cases },
    force: { type: 'boolean', short: 'f', description: text.force },
  },
  examples: ['tropa demo --out demo-data', 'tropa demo --out small --cases 200 --seed 7'],
  async run(ctx) {
    const out = ctx.values.out;
    if (typeof out !== 'string' || out === '') throw new UsageError(format(text.needOut, ctx.lang));
    const seed = wholeNumber(ctx.values.seed, 'seed', 0, 2 ** 32 - 1, DEFAULT_DEMO_SEED, ctx.lang);
    const cases = wholeNumber(ctx.values.cases, 'cases', 1, 1_000_000, DEFAULT_DEMO_CASES, ctx.lang);
    const dir = resolve(ctx.cwd, out);
    if (ctx.values.force !== true) {
      const taken = OUTPUT_FILES.map((f) => join(dir, f)).find((f) => existsSync(f));
      if (taken) {
        ctx.stderr(`${format(text.exists, ctx.lang, { file: taken })}\n`);
        return 1;
      }
    }
    const started = performance.now();
    const dataset = await writeDemo(dir, { seed, cases });
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    ctx.stdout(
      `${format(text.written, ctx.lang, {
        events: dataset.events.length,
        surveys: dataset.surveys.length,
        feedback: dataset.feedback.length,
        cases,
        seed,
        dir: out,
        seconds,
      })}\n`,
    );
    if (existsSync(EXAMPLE_MAP)) {
      const target = join(dir, 'partner-journey.yaml');
      await copyFile(EXAMPLE_MAP, target);
      ctx.stdout(`${format(text.mapCopied, ctx.lang, { file: join(out, 'partner-journey.yaml') })}\n`);
    }
    return 0;
  },
};
