import { dirname } from 'node:path';
import type { DocumentIssue, Journey, Lang, RoleMap } from '@tropa/core';
import { JourneyLoader, type LoadResult, type ParsedDocument } from './load/loader.ts';
import { fileIssue } from './load/messages.ts';

export type { LoadResult } from './load/loader.ts';

export interface LoadOptions {
  lang: Lang;
  /** On a generalized map: load its role map for this role instead (id, persona id or persona role). */
  role?: string;
  /** Relative paths are taken from here (default: the process's working folder). */
  cwd?: string;
}

/** Whether a role map is for `wanted`: by its id, its persona's id or its persona's buying-centre role. */
function isForRole(role: RoleMap, wanted: string, base: Journey): boolean {
  if (role.id === wanted || role.persona === wanted) return true;
  const personas = [...base.personas, ...(role.add?.personas ?? [])];
  return personas.find((p) => p.id === role.persona)?.role === wanted;
}

/** The role map beside a generalized map that derives from it and is for `wanted`. */
async function loadRoleOf(loader: JourneyLoader, base: ParsedDocument, wanted: string): Promise<LoadResult> {
  const { lang } = loader;
  if (base.document.kind === 'role') {
    return {
      ok: false,
      file: base.file,
      issues: [fileIssue(base.file, 'role-on-role-map', lang, { id: base.document.role.id })],
    };
  }
  const journey = base.document.journey;
  const roles = await rolesDerivedFrom(loader, base);
  const matching = roles.filter(
    (r) => r.document.kind === 'role' && isForRole(r.document.role, wanted, journey),
  );
  const names = (list: ParsedDocument[]) =>
    list
      .map((r) =>
        r.document.kind === 'role' ? `${r.document.role.id} (${r.document.role.persona})` : r.file,
      )
      .join(', ') || '—';
  const [only, ...others] = matching;
  if (!only)
    return {
      ok: false,
      file: base.file,
      issues: [fileIssue(base.file, 'role-not-found', lang, { role: wanted, known: names(roles) })],
    };
  if (others.length > 0) {
    return {
      ok: false,
      file: base.file,
      issues: [fileIssue(base.file, 'role-ambiguous', lang, { role: wanted, known: names(matching) })],
    };
  }
  return loader.resolveRole(only);
}

/** Role maps in the base's folder whose `extends` chain leads to it (parsed, not yet resolved). */
async function rolesDerivedFrom(loader: JourneyLoader, base: ParsedDocument): Promise<ParsedDocument[]> {
  const out: ParsedDocument[] = [];
  for (const p of await loader.folder(dirname(base.abs))) {
    if (!p.ok || p.document.kind !== 'role') continue;
    const chain = await loader.chain(p);
    if ('files' in chain && chain.files[chain.files.length - 1]?.abs === base.abs) out.push(p);
  }
  return out;
}

async function load(loader: JourneyLoader, path: string, role?: string): Promise<LoadResult> {
  const parsed = await loader.parse(path, path);
  if (!parsed.ok) return { ok: false, file: parsed.file, issues: parsed.issues };
  if (role !== undefined) return loadRoleOf(loader, parsed, role);
  if (parsed.document.kind === 'role') return loader.resolveRole(parsed);
  return {
    ok: true,
    file: parsed.file,
    kind: 'journey',
    journey: parsed.document.journey,
    warnings: parsed.warnings,
  };
}

/**
 * Reads a journey file and, for a role map, resolves it against the map it extends. Every problem —
 * a missing file, the file's own errors, its base's errors (named with the base's file), the
 * derivation's — comes back as an issue with file, line:column, path, message and fix.
 * @example const map = await loadJourneyFile('examples/b2b/ru/partner-journey.yaml', { lang: 'ru', role: 'procurement' });
 */
export function loadJourneyFile(path: string, options: LoadOptions): Promise<LoadResult> {
  return load(new JourneyLoader(options.lang, options.cwd ?? process.cwd()), path, options.role);
}

/** Loads several files with one loader (shared files are read once), in the given order. */
export async function loadJourneySet(
  paths: readonly string[],
  options: Omit<LoadOptions, 'role'>,
): Promise<LoadResult[]> {
  const loader = new JourneyLoader(options.lang, options.cwd ?? process.cwd());
  const results: LoadResult[] = [];
  for (const path of paths) results.push(await load(loader, path));
  return results;
}

/** A generalized map and every role map beside it that derives from it, each resolved. */
export async function loadRoleMapsBeside(
  path: string,
  options: Omit<LoadOptions, 'role'>,
): Promise<{ base: LoadResult; roles: LoadResult[] }> {
  const loader = new JourneyLoader(options.lang, options.cwd ?? process.cwd());
  const base = await load(loader, path);
  const parsed = await loader.parse(path, path);
  if (!base.ok || !parsed.ok || base.kind !== 'journey') return { base, roles: [] };
  const roles: LoadResult[] = [];
  for (const role of await rolesDerivedFrom(loader, parsed)) roles.push(await loader.resolveRole(role));
  return { base, roles };
}

/** Every issue of a set of results, each once (a broken base is reported once, not per role map). */
export function issuesOf(results: readonly LoadResult[]): DocumentIssue[] {
  const seen = new Set<string>();
  const out: DocumentIssue[] = [];
  for (const r of results) {
    for (const issue of r.ok ? r.warnings : r.issues) {
      const key = `${issue.file}|${issue.line}|${issue.column}|${issue.code}|${issue.path}|${issue.message}`;
      if (seen.has(key)) continue;
      seen.add(key);
      out.push(issue);
    }
  }
  return out;
}
