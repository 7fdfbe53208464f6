import { readdir } from 'node:fs/promises';
import { extname, join } from 'node:path';

/** Extensions of journey documents; `extends` with one of them is a path, else an id. */
export const JOURNEY_EXTENSIONS = ['.yaml', '.yml', '.json'];

/** Whether an `extends` value names a file rather than a map id. */
export function isPathReference(ref: string): boolean {
  return JOURNEY_EXTENSIONS.includes(extname(ref).toLowerCase());
}

/** The journey documents of a folder (absolute paths, sorted); an unreadable folder has none. */
export async function journeyFilesIn(folder: string): Promise<string[]> {
  try {
    const entries = await readdir(folder, { withFileTypes: true });
    return entries
      .filter((e) => e.isFile() && JOURNEY_EXTENSIONS.includes(extname(e.name).toLowerCase()))
      .map((e) => join(folder, e.name))
      .sort();
  } catch {
    return [];
  }
}

/**
 * The top-level `id` of a document that did not parse, read from its text, so that a broken base
 * map is still found by its id and its own errors are shown (rather than "not found").
 */
export function peekId(text: string): string | undefined {
  const yaml = /^id:[ \t]*['"]?([A-Za-z0-9][A-Za-z0-9._-]*)['"]?[ \t]*(?:#.*)?$/m.exec(text);
  if (yaml) return yaml[1];
  const json = /"id"\s*:\s*"([A-Za-z0-9][A-Za-z0-9._-]*)"/.exec(text);
  return json?.[1];
}
