import { DEFAULT_BETTER, type KpiValue, reviewDue } from '@tropa/core';
import { z } from 'zod';
import { recordAudit } from '../audit/record.ts';
import { newId } from '../auth/secrets.ts';
import { all, first, run } from '../db/database.ts';
import { jsonb, sql } from '../db/sql.ts';
import { notFound } from '../http/errors.ts';
import { defineRoute } from '../http/route.ts';
import { analyzeMap, readyDataset } from '../maps/analyze.ts';
import { journeyOf } from '../maps/resolve.ts';
import { loadMap, MapRow, parseStoredDocument } from '../maps/store.ts';
import { presentSnapshot, SnapshotRow, snapshotColumns } from '../presenters/review.ts';
import { MapParams, RecordId, WorkspaceParams } from './fields.ts';
import { MAP } from './maps.ts';

const SNAPSHOT = { en: 'Review snapshot', ru: 'Срез обзора' };
const today = () => new Date().toISOString().slice(0, 10);

/**
 * Every map of the workspace with its review status (`ok`, `due-soon`, `overdue`, `never-reviewed`) by its
 * cadence, counting the latest snapshot taken here as well as the document's `lastReviewedAt`; most urgent first.
 */
export const reviewsDue = defineRoute({
  id: 'reviews.due',
  method: 'GET',
  url: '/api/workspaces/:workspaceId/reviews/due',
  params: WorkspaceParams,
  query: z.object({ today: z.iso.date().optional() }),
  async handle({ db, params, query, lang }) {
    const maps = await all(
      db,
      MapRow.extend({ last_snapshot: z.string().nullable() }),
      sql`select m.*, (select max(taken_on)::text from review_snapshots r where r.map_id = m.id) as last_snapshot
          from maps m where m.workspace_id = ${params.workspaceId} and m.deleted_at is null order by m.title, m.id`,
    );
    const day = query.today ?? today();
    const rows = [];
    for (const map of maps) {
      const loaded = await loadMap(db, map.id);
      if (!loaded) continue;
      const journey = await journeyOf(
        db,
        params.workspaceId,
        parseStoredDocument(loaded.version),
        lang,
      ).catch(() => undefined);
      if (!journey) continue;
      const dates = [journey.review.lastReviewedAt, map.last_snapshot]
        .filter((d): d is string => typeof d === 'string')
        .sort();
      const lastReviewedAt = dates.at(-1);
      const due = reviewDue(
        { cadenceMonths: journey.review.cadenceMonths, ...(lastReviewedAt ? { lastReviewedAt } : {}) },
        day,
      );
      rows.push({
        mapId: map.id,
        title: map.title,
        cadenceMonths: journey.review.cadenceMonths,
        lastReviewedAt: lastReviewedAt ?? null,
        ...due,
      });
    }
    const urgency = { overdue: 0, 'never-reviewed': 1, 'due-soon': 2, ok: 3 } as const;
    rows.sort((a, b) => urgency[a.status] - urgency[b.status] || (a.daysLeft ?? 0) - (b.daysLeft ?? 0));
    return { body: { today: day, maps: rows } };
  },
});

/** Freezes the map's KPI values computed from a dataset as a review snapshot. */
export const createSnapshot = defineRoute({
  id: 'reviews.create',
  method: 'POST',
  url: '/api/workspaces/:workspaceId/maps/:mapId/reviews',
  params: MapParams,
  body: z.strictObject({
    dataset: RecordId,
    date: z.iso.date().optional(),
    notes: z.string().max(5000).default(''),
  }),
  async handle({ db, app, params, body, access, lang }) {
    const dataset = await readyDataset(db, params.workspaceId, body.dataset, 'body.dataset');
    const loaded = await loadMap(db, params.mapId);
    if (!loaded) throw notFound(MAP);
    const report = await analyzeMap(
      db,
      app.datasets,
      { workspaceId: params.workspaceId, ...loaded },
      dataset,
      { lang },
    );
    const kpis: KpiValue[] = (report.kpis?.kpis ?? [])
      .filter((k) => k.overall.value !== null)
      .map((k) => ({
        kpi: k.kpi,
        value: k.overall.value as number,
        n: k.overall.n,
        ...(k.overall.low !== null ? { low: k.overall.low } : {}),
        ...(k.overall.high !== null ? { high: k.overall.high } : {}),
      }));
    const id = newId('r');
    await run(
      db,
      sql`insert into review_snapshots (id, map_id, map_version, dataset_id, dataset_name, taken_on, kpis, notes, created_by)
          values (${id}, ${params.mapId}, ${loaded.version.version}, ${dataset.id}, ${dataset.name},
                  ${body.date ?? today()}::date, ${jsonb(kpis)}, ${body.notes}, ${access.actor.userId ?? ''})`,
    );
    await recordAudit(db, {
      workspaceId: params.workspaceId,
      actor: access.actor,
      action: 'review.snapshot',
      targetKind: 'map',
      targetId: params.mapId,
      detail: { snapshot: id },
    });
    const row = await first(
      db,
      SnapshotRow,
      sql`select ${snapshotColumns} from review_snapshots where id = ${id}`,
    );
    if (!row) throw notFound(SNAPSHOT);
    return { status: 201, body: { snapshot: presentSnapshot(row), skipped: report.kpis?.skipped ?? [] } };
  },
});

export const listSnapshots = defineRoute({
  id: 'reviews.list',
  method: 'GET',
  url: '/api/workspaces/:workspaceId/maps/:mapId/reviews',
  params: MapParams,
  async handle({ db, params }) {
    const rows = await all(
      db,
      SnapshotRow,
      sql`select ${snapshotColumns} from review_snapshots where map_id = ${params.mapId} order by taken_on desc, created_at desc`,
    );
    return { body: { snapshots: rows.map(presentSnapshot) } };
  },
});

/** Two snapshots side by side: each KPI's value in both, the change, and whether it moved the right way. */
export const compareSnapshots = defineRoute({
  id: 'reviews.compare',
  method: 'GET',
  url: '/api/workspaces/:workspaceId/maps/:mapId/reviews/compare',
  params: MapParams,
  query: z.object({ from: RecordId, to: RecordId }),
  async handle({ db, params, query, lang }) {
    const pick = (id: string) =>
      first(
        db,
        SnapshotRow,
        sql`select ${snapshotColumns} from review_snapshots where id = ${id} and map_id = ${params.mapId}`,
      );
    const [from, to] = [await pick(query.from), await pick(query.to)];
    if (!from || !to) throw notFound(SNAPSHOT);
    const loaded = await loadMap(db, params.mapId);
    if (!loaded) throw notFound(MAP);
    const journey = await journeyOf(db, params.workspaceId, parseStoredDocument(loaded.version), lang);
    const better = new Map(journey.kpis.map((k) => [k.id, k.better ?? DEFAULT_BETTER[k.type]]));
    const ids = [...new Set([...from.kpis.map((k) => k.kpi), ...to.kpis.map((k) => k.kpi)])];
    const kpis = ids.map((kpi) => {
      const a = from.kpis.find((k) => k.kpi === kpi) ?? null;
      const b = to.kpis.find((k) => k.kpi === kpi) ?? null;
      const delta = a && b ? b.value - a.value : null;
      const direction = better.get(kpi) ?? 'higher';
      const improved = delta === null || delta === 0 ? null : delta > 0 === (direction === 'higher');
      return { kpi, from: a, to: b, delta, better: direction, improved };
    });
    return { body: { from: presentSnapshot(from), to: presentSnapshot(to), kpis } };
  },
});
