import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, extname, relative, resolve } from 'node:path';
import {
  format,
  formatIssue,
  type Lang,
  type Localized,
  renderJourneyHtml,
  renderJourneySvg,
} from '@tropa/core';
import { type Command, UsageError } from '../command.ts';
import { loadJourneyFile } from '../load.ts';

const text = {
  summary: {
    en: 'Draw a journey map as a printable HTML page or an SVG image',
    ru: 'Нарисовать карту пути: HTML-страница для печати или SVG-картинка',
  },
  outOption: {
    en: 'Where to write the map: a .html or .svg file (the extension picks the format)',
    ru: 'Куда записать карту: файл .html или .svg (формат по расширению)',
  },
  roleOption: {
    en: 'Draw the role map of this role instead (role, persona or role map id)',
    ru: 'Нарисовать карту этой роли (роль, персона или id ролевой карты)',
  },
  labelsOption: {
    en: 'Language of the map’s labels, en or ru (default: the map’s own language)',
    ru: 'Язык подписей на карте, en или ru (по умолчанию — язык самой карты)',
  },
  needFile: {
    en: 'Name the journey file to draw, e.g. `tropa render journey.yaml -o map.html`.',
    ru: 'Укажите файл карты, например `tropa render journey.yaml -o map.html`.',
  },
  oneFile: {
    en: 'tropa render draws one file at a time; got {count}: {files}.',
    ru: 'tropa render рисует один файл за раз, а указано {count}: {files}.',
  },
  needOut: {
    en: 'Say where to write the map with -o, e.g. `-o map.html` or `-o map.svg`.',
    ru: 'Укажите, куда записать карту, через -o, например `-o map.html` или `-o map.svg`.',
  },
  badExtension: {
    en: 'Cannot tell the format of "{file}": end the name in .html for a web page or .svg for an image.',
    ru: 'Непонятен формат «{file}»: имя должно оканчиваться на .html (страница) или .svg (картинка).',
  },
  badLabels: {
    en: '--labels takes en or ru, not "{value}".',
    ru: '--labels принимает en или ru, а не «{value}».',
  },
  invalid: {
    en: '{file} has {count} error(s); nothing was drawn.',
    ru: 'В {file} ошибок: {count}; карта не нарисована.',
  },
  cannotWrite: {
    en: 'Cannot write {file}: {reason}. Check the folder exists and you may write there.',
    ru: 'Не удалось записать {file}: {reason}. Проверьте, что папка существует и доступна для записи.',
  },
  written: {
    en: 'Drew {title}: {stages} stages, {lanes} lanes → {file}',
    ru: 'Нарисована карта «{title}»: этапов {stages}, дорожек {lanes} → {file}',
  },
} satisfies Record<string, Localized>;

const FORMATS: Record<string, 'html' | 'svg'> = { '.html': 'html', '.htm': 'html', '.svg': 'svg' };

function stringValue(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined;
}

function parseLabels(value: string | undefined, lang: Lang): Lang | undefined {
  if (value === undefined) return undefined;
  if (value === 'en' || value === 'ru') return value;
  throw new UsageError(format(text.badLabels, lang, { value }));
}

export const renderCommand: Command = {
  name: 'render',
  summary: text.summary,
  usage: 'tropa render FILE -o OUT.html|OUT.svg [--role ROLE] [--labels en|ru]',
  options: {
    out: { type: 'string', short: 'o', description: text.outOption },
    role: { type: 'string', description: text.roleOption },
    labels: { type: 'string', description: text.labelsOption },
  },
  examples: [
    'tropa render examples/b2b-partner-journey/ru/partner-journey.yaml -o out/partner-journey.html',
    'tropa render examples/b2b-partner-journey/ru/partner-journey.yaml --role procurement -o out/procurement.svg',
  ],
  async run(ctx) {
    const { lang } = ctx;
    const [file, ...extra] = ctx.positionals;
    if (!file) throw new UsageError(text.needFile[lang]);
    if (extra.length > 0) {
      const files = ctx.positionals.join(', ');
      throw new UsageError(format(text.oneFile, lang, { count: ctx.positionals.length, files }));
    }
    const out = stringValue(ctx.values.out);
    if (!out) throw new UsageError(text.needOut[lang]);
    const kind = FORMATS[extname(out).toLowerCase()];
    if (!kind) throw new UsageError(format(text.badExtension, lang, { file: out }));
    const labels = parseLabels(stringValue(ctx.values.labels), lang);
    const role = stringValue(ctx.values.role);

    const loaded = await loadJourneyFile(file, {
      lang,
      cwd: ctx.cwd,
      ...(role !== undefined ? { role } : {}),
    });
    if (!loaded.ok) {
      for (const issue of loaded.issues) ctx.stderr(`${formatIssue(issue, lang)}\n`);
      const count = loaded.issues.filter((i) => i.severity === 'error').length;
      ctx.stderr(`${format(text.invalid, lang, { file: loaded.file, count })}\n`);
      return 1;
    }
    for (const warning of loaded.warnings) ctx.stderr(`${formatIssue(warning, lang)}\n`);

    const { journey } = loaded;
    const options = labels ? { lang: labels } : {};
    const drawn = kind === 'html' ? renderJourneyHtml(journey, options) : renderJourneySvg(journey, options);
    const target = resolve(ctx.cwd, out);
    try {
      await mkdir(dirname(target), { recursive: true });
      await writeFile(target, drawn, 'utf8');
    } catch (error) {
      const reason = (error as NodeJS.ErrnoException).code ?? (error as Error).message;
      ctx.stderr(`${format(text.cannotWrite, lang, { file: out, reason })}\n`);
      return 1;
    }
    const shown = relative(ctx.cwd, target) || out;
    ctx.stdout(
      `${format(text.written, lang, { title: journey.title, stages: journey.stages.length, lanes: journey.lanes.length, file: shown })}\n`,
    );
    return 0;
  },
};
