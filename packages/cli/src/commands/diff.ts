import {
  type DocumentIssue,
  diffJourneys,
  format,
  formatDiff,
  formatDivergence,
  formatIssue,
  type Journey,
  type Lang,
  type Localized,
  roleDivergence,
} from '@tropa/core';
import { type Command, type CommandContext, UsageError } from '../command.ts';
import { issuesOf, type LoadResult, loadJourneyFile, loadRoleMapsBeside } from '../load.ts';

const text = {
  summary: {
    en: 'Show what changed between two versions of a map, or how role maps differ from their base',
    ru: 'Показать, что изменилось между двумя версиями карты или чем ролевые карты отличаются от обобщённой',
  },
  formatOption: { en: 'Output: text (default) or json', ru: 'Вывод: text (по умолчанию) или json' },
  roleOption: {
    en: 'Compare the role map of this role in both versions (role, persona or role map id)',
    ru: 'Сравнить ролевую карту этой роли в обеих версиях (роль, персона или id ролевой карты)',
  },
  divergenceOption: {
    en: 'Given one generalized map: how every role map beside it differs from it',
    ru: 'Для одной обобщённой карты: чем от неё отличается каждая ролевая карта рядом с ней',
  },
  needTwo: {
    en: 'Give two journey files to compare, e.g. `tropa diff old.yaml new.yaml`.',
    ru: 'Укажите два файла карты для сравнения, например `tropa diff old.yaml new.yaml`.',
  },
  needBase: {
    en: 'With --divergence, give one generalized map, e.g. `tropa diff --divergence partner-journey.yaml`.',
    ru: 'С --divergence укажите одну обобщённую карту, например `tropa diff --divergence partner-journey.yaml`.',
  },
  roleWithDivergence: {
    en: '--role and --divergence do not go together: --divergence already shows every role.',
    ru: '--role и --divergence несовместимы: --divergence и так показывает все роли.',
  },
  badFormat: {
    en: '--format takes text or json, not "{value}".',
    ru: '--format принимает text или json, а не «{value}».',
  },
  header: { en: 'Changes from {from} to {to}:', ru: 'Изменения от {from} к {to}:' },
  cannotCompare: {
    en: 'Cannot compare: fix the errors above first.',
    ru: 'Сравнить нельзя: сначала исправьте ошибки выше.',
  },
  notBase: {
    en: '{file} is a role map; --divergence takes the generalized map it extends.',
    ru: '{file} — ролевая карта; --divergence принимает обобщённую карту, которую она наследует.',
  },
  skippedRoles: {
    en: 'Role maps with errors are left out of the report: {count}.',
    ru: 'Ролевые карты с ошибками не вошли в отчёт: {count}.',
  },
} satisfies Record<string, Localized>;

function printIssues(ctx: CommandContext, issues: readonly DocumentIssue[]): void {
  for (const issue of issues) ctx.stderr(`${formatIssue(issue, ctx.lang)}\n`);
}

function outputFormat(value: unknown, lang: Lang): 'text' | 'json' {
  const chosen = value ?? 'text';
  if (chosen === 'text' || chosen === 'json') return chosen;
  throw new UsageError(format(text.badFormat, lang, { value: String(chosen) }));
}

async function divergence(ctx: CommandContext, file: string, as: 'text' | 'json'): Promise<number> {
  const { lang } = ctx;
  const { base, roles } = await loadRoleMapsBeside(file, { lang, cwd: ctx.cwd });
  if (!base.ok) {
    printIssues(ctx, base.issues);
    ctx.stderr(`${text.cannotCompare[lang]}\n`);
    return 1;
  }
  if (base.kind !== 'journey') {
    ctx.stderr(`${format(text.notBase, lang, { file })}\n`);
    return 1;
  }
  const failed = roles.filter((r) => !r.ok);
  printIssues(ctx, issuesOf(failed));
  if (failed.length > 0) ctx.stderr(`${format(text.skippedRoles, lang, { count: failed.length })}\n`);
  const resolved = roles.flatMap((r) => (r.ok ? [r.journey] : []));
  const report = roleDivergence(base.journey, resolved);
  ctx.stdout(as === 'json' ? `${JSON.stringify(report, null, 2)}\n` : formatDivergence(report, lang));
  return failed.length > 0 ? 1 : 0;
}

export const diffCommand: Command = {
  name: 'diff',
  summary: text.summary,
  usage: 'tropa diff A B [--role ROLE] [--format text|json]  |  tropa diff --divergence BASE',
  options: {
    format: { type: 'string', description: text.formatOption },
    role: { type: 'string', description: text.roleOption },
    divergence: { type: 'boolean', description: text.divergenceOption },
  },
  examples: [
    'tropa diff maps/partner-journey.v1.yaml maps/partner-journey.yaml',
    'tropa diff old/partner-journey.yaml new/partner-journey.yaml --role procurement',
    'tropa diff --divergence examples/b2b-partner-journey/ru/partner-journey.yaml --lang ru',
    'tropa diff a.yaml b.yaml --format json > changes.json',
  ],
  async run(ctx) {
    const { lang } = ctx;
    const as = outputFormat(ctx.values.format, lang);
    const role = typeof ctx.values.role === 'string' ? ctx.values.role : undefined;
    if (ctx.values.divergence === true) {
      if (role !== undefined) throw new UsageError(text.roleWithDivergence[lang]);
      const [base, ...extra] = ctx.positionals;
      if (!base || extra.length > 0) throw new UsageError(text.needBase[lang]);
      return divergence(ctx, base, as);
    }
    const [from, to, ...extra] = ctx.positionals;
    if (!from || !to || extra.length > 0) throw new UsageError(text.needTwo[lang]);

    const options = { lang, cwd: ctx.cwd, ...(role !== undefined ? { role } : {}) };
    const loaded: LoadResult[] = [await loadJourneyFile(from, options), await loadJourneyFile(to, options)];
    const journeys = loaded.flatMap((r): Journey[] => (r.ok ? [r.journey] : []));
    const [a, b] = journeys;
    if (!a || !b) {
      printIssues(ctx, issuesOf(loaded.filter((r) => !r.ok)));
      ctx.stderr(`${text.cannotCompare[lang]}\n`);
      return 1;
    }
    const diff = diffJourneys(a, b);
    if (as === 'json') {
      ctx.stdout(`${JSON.stringify({ from, to, ...diff }, null, 2)}\n`);
      return 0;
    }
    ctx.stdout(`${format(text.header, lang, { from, to })}\n\n${formatDiff(diff, lang)}`);
    return 0;
  },
};
