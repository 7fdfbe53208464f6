import type { IssuePath } from '../document/issue.ts';

/** Where a piece of a resolved role map was written: a document (by id) and a path in it. */
export interface Origin {
  document: string;
  path: IssuePath;
}

/** Maps a path in a resolved journey to where its text was written. */
export type Trace = (path: IssuePath) => Origin;

/** The trace of a journey read from one document: every path is its own. */
export function identityTrace(document: string): Trace {
  return (path) => ({ document, path });
}

/** Marks an origin in the journey a role map was applied to (traced further through that journey's trace). */
export const FROM_BASE = Symbol('from-base');

/** A part of the resolved journey and where it came from. */
export interface OriginEntry {
  resolved: IssuePath;
  from: typeof FROM_BASE | string;
  path: IssuePath;
}

function isPrefix(prefix: IssuePath, path: IssuePath): boolean {
  return prefix.length <= path.length && prefix.every((segment, i) => segment === path[i]);
}

/**
 * A trace over the entries of one derivation step: the longest entry that holds the path decides;
 * parts inherited unchanged from the base are traced through the base's own trace, so chains of
 * role maps lead back to the document where each piece was written.
 */
export function traceFrom(entries: readonly OriginEntry[], base: Trace): Trace {
  return (path) => {
    let best: OriginEntry | undefined;
    for (const entry of entries) {
      if (isPrefix(entry.resolved, path) && (!best || entry.resolved.length > best.resolved.length))
        best = entry;
    }
    if (!best) return base(path);
    const full = [...best.path, ...path.slice(best.resolved.length)];
    return best.from === FROM_BASE ? base(full) : { document: best.from, path: full };
  };
}
