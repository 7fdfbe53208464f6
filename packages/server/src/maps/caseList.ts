import { type CaseListResult, journeyRules, type Period } from '@tropa/analytics';
import type { Lang } from '@tropa/core';
import type { DatasetHost } from '../datasets/host.ts';
import type { Queryable } from '../db/database.ts';
import { invalidInput } from '../http/errors.ts';
import { type readyDataset, withDataset } from './analyze.ts';
import { journeyOf } from './resolve.ts';
import type { MapRow, VersionRow } from './store.ts';
import { parseStoredDocument } from './store.ts';

/** Which touchpoint (or directly-follows pair of touchpoints) the cases are asked for; ids as the report's graph names them. */
export type CaseTarget = { node: string } | { edgeFrom: string; edgeTo: string };

/**
 * The cases of a dataset that pass through one touchpoint or one touchpoint edge of a map version's
 * touchpoint graph, with the touchpoints' names; unknown ids are refused naming the query field.
 */
export async function casesOfMap(
  db: Queryable,
  host: DatasetHost,
  target: { workspaceId: string; map: MapRow; version: VersionRow },
  dataset: Awaited<ReturnType<typeof readyDataset>>,
  options: { at: CaseTarget; limit: number; offset: number; period?: Period | undefined; lang: Lang },
): Promise<CaseListResult & { touchpoints: Record<string, string> }> {
  const journey = await journeyOf(db, target.workspaceId, parseStoredDocument(target.version), options.lang);
  const rules = journeyRules(journey);
  const touchpoints = Object.fromEntries(rules.touchpoints.map((t) => [t.id, t.name]));
  const known = (field: string, id: string) => {
    if (!(id in touchpoints)) throw invalidInput(field, `"${id}" is not a touchpoint of the map`);
    return id;
  };
  const at = options.at;
  const where =
    'node' in at
      ? { node: known('query.node', at.node) }
      : { edge: { from: known('query.edgeFrom', at.edgeFrom), to: known('query.edgeTo', at.edgeTo) } };
  const result = await host.exclusive(dataset.id, async () =>
    withDataset(host, dataset.id, options.period, (opened) =>
      opened.run({
        kind: 'caseList',
        level: 'touchpoint',
        journey: rules,
        limit: options.limit,
        offset: options.offset,
        ...where,
      }),
    ),
  );
  return { ...result, touchpoints };
}
