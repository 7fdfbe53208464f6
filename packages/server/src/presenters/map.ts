import type { MapRow, VersionListRow, VersionRow } from '../maps/store.ts';
import { parseStoredDocument } from '../maps/store.ts';

/** The strong entity tag of a map version; `If-Match` names it to save on top of that version. */
export function etagOf(version: number): string {
  return `"v${version}"`;
}

/** A map as lists show it. */
export function presentMapSummary(map: MapRow) {
  return {
    id: map.id,
    workspaceId: map.workspace_id,
    slug: map.slug,
    title: map.title,
    kind: map.kind,
    version: map.head_version,
    createdAt: map.created_at.toISOString(),
    updatedAt: map.updated_at.toISOString(),
  };
}

/** One version's metadata: who saved it, when, why. */
export function presentVersionInfo(version: VersionListRow) {
  return {
    version: version.version,
    message: version.message,
    author: { id: version.author_id, name: version.author_name },
    createdAt: version.created_at.toISOString(),
    restoredFrom: version.restored_from,
  };
}

/** A map with one version's document: the text as written and the validated data. */
export function presentMap(map: MapRow, version: VersionRow) {
  return {
    map: presentMapSummary(map),
    version: presentVersionInfo(version),
    format: version.format,
    source: version.source,
    document: parseStoredDocument(version),
  };
}

/**
 * The same as `presentMap`, already serialized: the stored document JSON is spliced in as it is,
 * saving a parse and a stringify of the whole map on every read.
 */
export function presentMapJson(map: MapRow, version: VersionRow): string {
  return `{"map":${JSON.stringify(presentMapSummary(map))},"version":${JSON.stringify(presentVersionInfo(version))},"format":${JSON.stringify(version.format)},"source":${JSON.stringify(version.source)},"document":${version.document}}`;
}
