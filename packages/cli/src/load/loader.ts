import { readFile, stat } from 'node:fs/promises';
import { dirname, relative, resolve } from 'node:path';
import {
  type DocumentIssue,
  formatPath,
  type Journey,
  type JourneyDocument,
  type Lang,
  type Locate,
  parseJourneyDocument,
  type RoleIssue,
  resolveRoleChain,
  sortIssues,
} from '@tropa/core';
import { isPathReference, journeyFilesIn, peekId } from './folder.ts';
import { fileIssue } from './messages.ts';

/** A journey file read and parsed (once per loader), or why it could not be. */
export type ParsedFile =
  | {
      ok: true;
      abs: string;
      file: string;
      document: JourneyDocument;
      locate: Locate;
      warnings: DocumentIssue[];
    }
  | { ok: false; abs: string; file: string; issues: DocumentIssue[]; id?: string; missing?: boolean };
export type ParsedDocument = Extract<ParsedFile, { ok: true }>;

/** A journey ready to use (a role map resolved against its base), or every issue that stops it. */
export type LoadResult =
  | {
      ok: true;
      file: string;
      kind: 'journey' | 'role';
      journey: Journey;
      /** For a role map: the generalized map it derives from, at the end of its `extends` chain. */
      base?: { file: string; journey: Journey };
      /** Warnings of this file (and of the role map as resolved); the base's own are its business. */
      warnings: DocumentIssue[];
    }
  | { ok: false; file: string; issues: DocumentIssue[] };

export const documentId = (d: JourneyDocument) => (d.kind === 'journey' ? d.journey.id : d.role.id);

const FOLDER: Record<Lang, string> = { en: 'it is a folder', ru: 'это папка' };

/**
 * Reads journey files and follows role maps' `extends` between them: by relative path when it ends
 * in .yaml/.yml/.json, else by id among the journey files in the same folder. Each file is parsed
 * once; issues name the file their text is in.
 */
export class JourneyLoader {
  private readonly files = new Map<string, Promise<ParsedFile>>();

  constructor(
    readonly lang: Lang,
    readonly cwd: string,
  ) {}

  /** Parses a file; `shown` is how it is named in issues (default: relative to the working folder). */
  parse(path: string, shown?: string): Promise<ParsedFile> {
    const abs = resolve(this.cwd, path);
    const cached = this.files.get(abs);
    if (cached) return cached;
    const parsed = this.read(abs, shown ?? (relative(this.cwd, abs) || abs));
    this.files.set(abs, parsed);
    return parsed;
  }

  private async read(abs: string, file: string): Promise<ParsedFile> {
    let text: string;
    try {
      if ((await stat(abs)).isDirectory()) {
        return {
          ok: false,
          abs,
          file,
          issues: [fileIssue(file, 'file-unreadable', this.lang, { detail: FOLDER[this.lang] })],
        };
      }
      text = await readFile(abs, 'utf8');
    } catch (error) {
      const code = (error as { code?: string }).code;
      if (code === 'ENOENT') {
        const issues = [fileIssue(file, 'file-not-found', this.lang, { cwd: this.cwd })];
        return { ok: false, abs, file, issues, missing: true };
      }
      const detail = error instanceof Error ? error.message : String(error);
      return { ok: false, abs, file, issues: [fileIssue(file, 'file-unreadable', this.lang, { detail })] };
    }
    const result = parseJourneyDocument(text, { file, lang: this.lang });
    if (result.ok) {
      return {
        ok: true,
        abs,
        file,
        document: result.document,
        locate: result.locate,
        warnings: result.warnings,
      };
    }
    const id = peekId(text);
    return { ok: false, abs, file, issues: result.issues, ...(id === undefined ? {} : { id }) };
  }

  /** Every journey file of a folder, parsed. */
  async folder(folder: string): Promise<ParsedFile[]> {
    return Promise.all((await journeyFilesIn(folder)).map((f) => this.parse(f)));
  }

  /** The document an `extends` names, seen from the file that writes it; undefined when there is none. */
  async reference(ref: string, from: ParsedDocument): Promise<ParsedFile | undefined> {
    if (isPathReference(ref)) {
      const target = await this.parse(resolve(dirname(from.abs), ref));
      return !target.ok && target.missing ? undefined : target;
    }
    const candidates = await this.folder(dirname(from.abs));
    return candidates.find(
      (p) => (p.ok ? documentId(p.document) === ref : p.id === ref) && p.abs !== from.abs,
    );
  }

  /** Follows `extends` from a role map: the files of the chain, up to its generalized map or a break. */
  async chain(
    start: ParsedDocument,
  ): Promise<{ files: ParsedDocument[]; refs: Map<string, JourneyDocument> } | ParsedFile> {
    const files = [start];
    const refs = new Map<string, JourneyDocument>();
    let current = start;
    while (current.document.kind === 'role') {
      const { role } = current.document;
      const next = await this.reference(role.extends, current);
      if (!next) break;
      if (!next.ok) return next;
      refs.set(`${role.id}\u0000${role.extends}`, next.document);
      if (files.some((f) => f.abs === next.abs)) break; // a circle: the resolver names it
      files.push(next);
      current = next;
    }
    return { files, refs };
  }

  /** A role map resolved along its `extends` chain; `root` is the generalized map's file when reached. */
  async resolveRole(start: ParsedDocument): Promise<LoadResult & { root?: string }> {
    if (start.document.kind !== 'role') throw new Error('resolveRole takes a role map');
    const chain = await this.chain(start);
    if (!('files' in chain)) return { ok: false, file: start.file, issues: chain.ok ? [] : chain.issues };
    const { files, refs } = chain;
    const siblings = await this.folder(dirname(start.abs));
    const known = siblings.flatMap((p) =>
      p.ok && p.document.kind === 'journey' ? [p.document.journey.id] : [],
    );
    const result = resolveRoleChain(
      start.document.role,
      (ref, from) => refs.get(`${from.id}\u0000${ref}`),
      this.lang,
      {
        known,
      },
    );
    const byId = new Map(files.map((f) => [documentId(f.document), f]));
    const place = (issue: RoleIssue) => toDocumentIssue(issue, byId.get(issue.document) ?? start);
    const last = files[files.length - 1] as ParsedDocument;
    if (!result.ok) return { ok: false, file: start.file, issues: sortIssues(result.issues.map(place)) };
    const base =
      last.document.kind === 'journey' ? { file: last.file, journey: last.document.journey } : undefined;
    return {
      ok: true,
      file: start.file,
      kind: 'role',
      journey: result.journey,
      ...(base ? { base, root: last.abs } : {}),
      warnings: sortIssues([...start.warnings, ...result.issues.map(place)]),
    };
  }
}

/** A role-map issue placed in the text of the file it points into. */
function toDocumentIssue(issue: RoleIssue, target: ParsedDocument): DocumentIssue {
  const out: DocumentIssue = {
    file: target.file,
    path: formatPath(issue.path),
    code: issue.code,
    severity: issue.severity,
    message: issue.message,
    fix: issue.fix,
  };
  const place = target.locate(issue.path, issue.at);
  if (place) {
    out.line = place.line;
    out.column = place.column;
  }
  return out;
}
