import { formatPath, hasErrors } from '../document/issue.ts';
import { checkJourney } from '../document/semantic/checkJourney.ts';
import type { Journey, JourneyDocument, Lang, RoleMap } from '../schema/index.ts';
import { applyRoleMap } from './applyRoleMap.ts';
import { identityTrace, type Trace } from './origins.ts';
import { listIds, type PendingIssue, type RoleIssue, roleIssue, wordIssues } from './roleIssue.ts';

/** A resolved role map: the full journey, where each of its parts was written, and any warnings. */
export type RoleResolution =
  | { ok: true; journey: Journey; issues: RoleIssue[]; trace: Trace }
  | { ok: false; issues: RoleIssue[] };

export interface ResolveOptions {
  /** Where the base's own parts were written, when the base is itself a resolved role map. */
  baseTrace?: Trace;
}

/** Journey checks of a derived journey, placed where the text lies; problems the base already had are left out. */
function checkDerived(
  base: Journey,
  baseTrace: Trace,
  derived: Journey,
  trace: Trace,
  role: string,
): PendingIssue[] {
  const place = (journey: Journey, at: Trace) =>
    checkJourney(journey).map((issue) => {
      const origin = at(issue.path);
      const pending: PendingIssue = { document: origin.document, issue: { ...issue, path: origin.path } };
      if (origin.document !== role) pending.via = role;
      return pending;
    });
  const key = (p: PendingIssue) => `${p.document}|${formatPath(p.issue.path)}|${p.issue.messageKey}`;
  const before = new Set(place(base, baseTrace).map(key));
  return place(derived, trace).filter((p) => !before.has(key(p)));
}

function resolveStep(base: Journey, role: RoleMap, lang: Lang, baseTrace: Trace): RoleResolution {
  const applied = applyRoleMap(base, role, baseTrace);
  if (hasErrors(applied.issues.map((p) => p.issue)))
    return { ok: false, issues: wordIssues(applied.issues, lang) };
  const checked = checkDerived(base, baseTrace, applied.journey, applied.trace, role.id);
  const pending = [...applied.issues, ...checked];
  const issues = wordIssues(pending, lang);
  if (hasErrors(issues)) return { ok: false, issues };
  return { ok: true, journey: applied.journey, issues, trace: applied.trace };
}

/**
 * The full role map: the base with the role's overrides and additions applied, checked as a whole
 * journey. Every issue names the document (by id) and the path where its text lies — the role
 * map's `overrides.lanes.l-emotions[0].emotion`, or the base's own path for an inherited part that
 * only breaks in this role (say, an improvement addressing a pain the role removed).
 * Never changes its inputs.
 * @example
 * const result = resolveRoleMap(base, role, 'ru');
 * if (result.ok) render(result.journey);
 */
export function resolveRoleMap(
  base: Journey,
  role: RoleMap,
  lang: Lang = 'en',
  options: ResolveOptions = {},
): RoleResolution {
  return resolveStep(base, role, lang, options.baseTrace ?? identityTrace(base.id));
}

/** Finds the document a role map's `extends` names (an id or a relative path). */
export type FindDocument = (ref: string, from: RoleMap) => JourneyDocument | undefined;

/**
 * Resolves a role map whose base may itself be a role map: follows `extends` to the generalized
 * map, reports a missing link or a circle at the `extends` that causes it, then applies the role
 * maps from the outermost in. A link that fails stops the chain with its own issues. `known` lists
 * the maps that could have been meant, for the message about a missing one.
 */
export function resolveRoleChain(
  role: RoleMap,
  find: FindDocument,
  lang: Lang = 'en',
  options: { known?: readonly string[] } = {},
): RoleResolution {
  const chain: RoleMap[] = [role];
  let base: Journey | undefined;
  while (!base) {
    const current = chain[0] as RoleMap;
    const found = find(current.extends, current);
    if (!found) {
      const list = listIds(options.known ?? []);
      const known = options.known?.length
        ? { en: `Maps found: ${list}.`, ru: `Найденные карты: ${list}.` }
        : '';
      const issue = roleIssue('role-extends-missing', current.id, ['extends'], {
        id: current.extends,
        known,
      });
      return { ok: false, issues: wordIssues([issue], lang) };
    }
    if (found.kind === 'journey') {
      base = found.journey;
      break;
    }
    const seen = chain.findIndex((r) => r.id === found.role.id);
    if (seen >= 0) {
      // chain[0] extends found; reading from `found` along its `extends` closes the circle.
      const circle = [...chain.slice(0, seen + 1).reverse(), found.role];
      const issue = roleIssue('role-extends-cycle', current.id, ['extends'], {
        chain: circle.map((r) => r.id).join(' → '),
      });
      return { ok: false, issues: wordIssues([issue], lang) };
    }
    chain.unshift(found.role);
  }
  let journey = base;
  let trace = identityTrace(base.id);
  let result: RoleResolution | undefined;
  for (const step of chain) {
    result = resolveStep(journey, step, lang, trace);
    if (!result.ok) return result;
    journey = result.journey;
    trace = result.trace;
  }
  return result as RoleResolution;
}
