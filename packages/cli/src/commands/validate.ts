import { readdir, stat } from 'node:fs/promises';
import { dirname, extname, join, relative, resolve } from 'node:path';
import { type DocumentIssue, format, formatIssue, type Lang, type Localized, sortIssues } from '@tropa/core';
import { type Command, UsageError } from '../command.ts';
import { JOURNEY_EXTENSIONS } from '../load/folder.ts';
import { issuesOf, type LoadResult, loadJourneySet } from '../load.ts';

const text = {
  summary: {
    en: 'Check journey maps and role maps: syntax, schema, references; every error with its line',
    ru: 'Проверить карты пути и ролевые карты: синтаксис, схема, ссылки; каждая ошибка со строкой',
  },
  formatOption: {
    en: 'Output: text (default) or json (for editors and CI)',
    ru: 'Вывод: text (по умолчанию) или json (для редакторов и CI)',
  },
  needFile: {
    en: 'Name at least one journey file or folder, e.g. `tropa validate journey.yaml`.',
    ru: 'Укажите хотя бы один файл карты или папку, например `tropa validate journey.yaml`.',
  },
  badFormat: {
    en: '--format takes text or json, not "{value}".',
    ru: '--format принимает text или json, а не «{value}».',
  },
  valid: { en: '✓ {file}', ru: '✓ {file}' },
  validRole: { en: '✓ {file} (role map of {base})', ru: '✓ {file} (ролевая карта для {base})' },
  invalid: { en: '✗ {file}', ru: '✗ {file}' },
  emptyFolder: {
    en: 'No journey files (.yaml, .yml, .json) in the folder {file}.',
    ru: 'В папке {file} нет файлов карт (.yaml, .yml, .json).',
  },
  summaryLine: {
    en: 'Checked {files}: {valid} valid, {failed} with errors; {errors}, {warnings}.',
    ru: 'Проверено файлов: {files}; без ошибок: {valid}, с ошибками: {failed}. Ошибок: {errors}, предупреждений: {warnings}.',
  },
} satisfies Record<string, Localized>;

/** English counts with their noun (`1 error`, `2 errors`); Russian lines put the count after a colon instead. */
function counted(n: number, noun: string, lang: Lang): string {
  return lang === 'ru' ? String(n) : `${n} ${noun}${n === 1 ? '' : 's'}`;
}

/** Files as given, and the journey files inside any folder given (recursively), in a stable order. */
async function expandPaths(
  paths: readonly string[],
  cwd: string,
): Promise<{ files: string[]; empty: string[] }> {
  const files: string[] = [];
  const empty: string[] = [];
  for (const path of paths) {
    const abs = resolve(cwd, path);
    const isFolder = await stat(abs).then(
      (s) => s.isDirectory(),
      () => false,
    );
    if (!isFolder) {
      files.push(path);
      continue;
    }
    const entries = await readdir(abs, { recursive: true, withFileTypes: true });
    const found = entries
      .filter((e) => e.isFile() && JOURNEY_EXTENSIONS.includes(extname(e.name).toLowerCase()))
      .filter((e) => !e.parentPath.split(/[\\/]/).includes('node_modules'))
      .map((e) => relative(cwd, join(e.parentPath, e.name)))
      .sort();
    if (found.length === 0) empty.push(path);
    files.push(...found);
  }
  return { files, empty };
}

function statusLine(result: LoadResult, lang: Lang): string {
  if (!result.ok) return format(text.invalid, lang, { file: result.file });
  if (result.kind === 'role' && result.base) {
    return format(text.validRole, lang, {
      file: result.file,
      base: relative(dirname(result.file), result.base.file),
    });
  }
  return format(text.valid, lang, { file: result.file });
}

export const validateCommand: Command = {
  name: 'validate',
  summary: text.summary,
  usage: 'tropa validate FILE|FOLDER… [--format text|json]',
  options: {
    format: { type: 'string', description: text.formatOption },
  },
  examples: [
    'tropa validate examples/b2b-partner-journey/ru/partner-journey.yaml',
    'tropa validate examples            # every map in the folder, role maps resolved against their base',
    'tropa validate --lang ru --format json maps/*.yaml',
  ],
  async run(ctx) {
    const { lang } = ctx;
    const outputFormat = ctx.values.format ?? 'text';
    if (outputFormat !== 'text' && outputFormat !== 'json') {
      throw new UsageError(format(text.badFormat, lang, { value: String(outputFormat) }));
    }
    if (ctx.positionals.length === 0) throw new UsageError(text.needFile[lang]);

    const { files, empty } = await expandPaths(ctx.positionals, ctx.cwd);
    const results = await loadJourneySet(files, { lang, cwd: ctx.cwd });
    const issues: DocumentIssue[] = sortIssues(issuesOf(results));
    const errors = issues.filter((i) => i.severity === 'error').length;
    const warnings = issues.length - errors;
    const failed = results.filter((r) => !r.ok).length + empty.length;
    const valid = results.length - results.filter((r) => !r.ok).length;

    if (outputFormat === 'json') {
      const report = {
        valid: failed === 0,
        files: results.map((r) => ({
          file: r.file,
          valid: r.ok,
          ...(r.ok ? { kind: r.kind, ...(r.base ? { base: r.base.file } : {}) } : {}),
        })),
        emptyFolders: empty,
        issues,
      };
      ctx.stdout(`${JSON.stringify(report, null, 2)}\n`);
      return failed === 0 ? 0 : 1;
    }

    for (const issue of issues) ctx.stdout(`${formatIssue(issue, lang)}\n`);
    if (issues.length > 0) ctx.stdout('\n');
    for (const result of results) ctx.stdout(`${statusLine(result, lang)}\n`);
    for (const folder of empty) ctx.stdout(`✗ ${format(text.emptyFolder, lang, { file: folder })}\n`);
    const summary = format(text.summaryLine, lang, {
      files: counted(files.length + empty.length, 'file', lang),
      valid,
      failed,
      errors: counted(errors, 'error', lang),
      warnings: counted(warnings, 'warning', lang),
    });
    ctx.stdout(`${summary}\n`);
    return failed === 0 ? 0 : 1;
  },
};
