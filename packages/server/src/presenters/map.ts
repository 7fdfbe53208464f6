import type { MapRow, VersionRow } from '../maps/store.ts';
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
export function presentVersionInfo(version: VersionRow) {
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
