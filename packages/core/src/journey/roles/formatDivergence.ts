import { format, type Localized } from '../../i18n.ts';
import { entitySubject, formatDiff } from '../diff/formatDiff.ts';
import type { Change } from '../diff/types.ts';
import type { Lang } from '../schema/index.ts';
import type { DivergenceReport, RoleChanges } from './divergence.ts';

const text = {
  title: {
    en: 'How {count} role map(s) differ from the base map {base}',
    ru: 'Чем ролевые карты ({count}) отличаются от обобщённой карты {base}',
  },
  role: { en: 'Role map {role} “{title}”', ru: 'Ролевая карта {role} «{title}»' },
  persona: { en: ' (persona {persona})', ru: ' (персона {persona})' },
  noRoles: { en: 'No role maps to compare.', ru: 'Нет ролевых карт для сравнения.' },
  cells: {
    en: 'Cells where roles differ (lane × stage):',
    ru: 'Ячейки, где роли отличаются (дорожка × этап):',
  },
  entities: { en: 'Other differences, by entity:', ru: 'Прочие отличия по элементам:' },
  same: { en: 'All role maps are the same as the base.', ru: 'Все ролевые карты совпадают с обобщённой.' },
} satisfies Record<string, Localized>;

/** `+1 ~2` — what a role did in one place. */
function counts(changes: readonly Change[]): string {
  const signs = { added: '+', removed: '-', changed: '~', moved: '↕' } as const;
  return (Object.keys(signs) as Array<keyof typeof signs>)
    .map((op) => [signs[op], changes.filter((c) => c.op === op).length] as const)
    .filter(([, n]) => n > 0)
    .map(([sign, n]) => `${sign}${n}`)
    .join(' ');
}

const whoDiffers = (roles: readonly RoleChanges[]) =>
  roles.map((r) => `${r.role} ${counts(r.changes)}`).join(', ');

/** The divergence report as text: each role's differences, then the cells and entities where roles differ. */
export function formatDivergence(report: DivergenceReport, lang: Lang): string {
  if (report.roles.length === 0) return `${text.noRoles[lang]}\n`;
  const lines = [format(text.title, lang, { count: report.roles.length, base: report.base }), ''];
  for (const role of report.roles) {
    const persona = role.persona === undefined ? '' : format(text.persona, lang, { persona: role.persona });
    lines.push(`${format(text.role, lang, { role: role.role, title: role.title })}${persona}`);
    const body = formatDiff({ changes: role.changes }, lang).trimEnd().split('\n');
    lines.push(...body.map((line) => (line === '' ? '' : `  ${line}`)), '');
  }
  if (report.cells.length === 0 && report.entities.length === 0) {
    lines.push(text.same[lang]);
    return `${lines.join('\n')}\n`;
  }
  if (report.cells.length > 0) {
    lines.push(text.cells[lang]);
    for (const cell of report.cells) lines.push(`  ${cell.lane} × ${cell.stage}: ${whoDiffers(cell.roles)}`);
    lines.push('');
  }
  if (report.entities.length > 0) {
    lines.push(text.entities[lang]);
    for (const entity of report.entities) {
      lines.push(`  ${entitySubject(entity, lang)}: ${whoDiffers(entity.roles)}`);
    }
  }
  return `${lines.join('\n').trimEnd()}\n`;
}
