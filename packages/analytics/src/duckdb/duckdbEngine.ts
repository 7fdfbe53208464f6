import { randomBytes } from 'node:crypto';
import { mkdir, mkdtemp, rename, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { Id } from '@tropa/core';
import type {
  AnalyticsEngine,
  Dataset,
  DatasetSources,
  IngestOptions,
  IngestSummary,
  OpenOptions,
} from '../engine/engine.ts';
import type { Query, ResultOf } from '../engine/queries.ts';
import { buildEvents } from '../ingest/buildEvents.ts';
import { detectMapping } from '../ingest/columns.ts';
import { openSource } from '../ingest/sources.ts';
import { ingestFeedback, ingestSurveys } from '../ingest/surveys.ts';
import { sql } from '../sql/sql.ts';
import { runDuckDbQuery } from './dispatch.ts';
import { acquire, close, connect, current, type OpenFile, release } from './openFiles.ts';
import { periodConnection } from './periodScope.ts';
import { exec, rows } from './run.ts';

/**
 * The DuckDB engine: one database file per dataset (`<dataDir>/datasets/<id>.duckdb`) and one
 * DuckDB instance per file in this process (DuckDB locks a file to one process).
 */
export class DuckDbEngine implements AnalyticsEngine {
  readonly name = 'duckdb';
  /** Datasets this engine object has opened (each holds one use of the shared instance). */
  private readonly open = new Set<string>();

  constructor(readonly dataDir: string) {}

  private path(id: string): string {
    if (!Id.safeParse(id).success)
      throw new Error(`Invalid dataset id ${JSON.stringify(id)}: use letters, digits, ".", "_", "-".`);
    return join(this.dataDir, 'datasets', `${id}.duckdb`);
  }

  async createDataset(
    id: string,
    sources: DatasetSources,
    options: IngestOptions = {},
  ): Promise<IngestSummary> {
    const target = this.path(id);
    const dir = join(this.dataDir, 'datasets');
    await mkdir(dir, { recursive: true });
    // Built in a temporary file and renamed on success: a failed ingest leaves nothing behind.
    const temp = join(dir, `.${id}.${process.pid}.${randomBytes(4).toString('hex')}.tmp.duckdb`);
    const workDir = await mkdtemp(join(dir, '.work-'));
    const progress = options.onProgress;
    let file: OpenFile | undefined;
    try {
      file = await connect(temp);
      const { conn } = file;
      const { events } = sources;
      progress?.({ phase: 'read', done: 0, total: null });
      const source = await openSource(conn, {
        ...events,
        workDir,
        onBytes: (done) => progress?.({ phase: 'read', done, total: null }),
      });
      const mapping = detectMapping(events.path, source.columns, events.mapping);
      await exec(conn, sql`BEGIN TRANSACTION`);
      const built = await buildEvents(conn, events.path, source, mapping, () =>
        progress?.({ phase: 'sort', done: 0, total: null }),
      );
      let surveys = 0;
      let feedback = 0;
      if (sources.surveys) {
        progress?.({ phase: 'surveys', done: 0, total: null });
        surveys = await ingestSurveys(conn, sources.surveys);
      }
      if (sources.feedback) {
        progress?.({ phase: 'feedback', done: 0, total: null });
        feedback = await ingestFeedback(conn, sources.feedback);
      }
      await exec(
        conn,
        sql`CREATE TABLE meta AS SELECT ${JSON.stringify(mapping)} AS mapping, ${events.path} AS source, now() AS created_at`,
      );
      await exec(conn, sql`COMMIT`);
      await exec(conn, sql`CHECKPOINT`);
      close(file);
      file = undefined;
      await this.release(id);
      await rename(temp, target);
      progress?.({ phase: 'done', done: built.events, total: built.events });
      return { datasetId: id, ...built, surveys, feedback, mapping };
    } catch (error) {
      if (file) close(file);
      await rm(temp, { force: true });
      await rm(`${temp}.wal`, { force: true });
      throw error;
    } finally {
      await rm(workDir, { recursive: true, force: true });
    }
  }

  private file(id: string): Promise<OpenFile> {
    if (this.open.has(id)) return current(this.path(id));
    this.open.add(id);
    return acquire(this.path(id));
  }

  async openDataset(id: string, options: OpenOptions = {}): Promise<Dataset> {
    if (!(await this.hasDataset(id))) throw new Error(`Dataset "${id}" does not exist in ${this.dataDir}.`);
    const file = await this.file(id);
    if (options.period) {
      const scoped = await periodConnection(file.instance, options.period);
      return {
        id,
        run: async <Q extends Query>(query: Q) => (await runDuckDbQuery(scoped, query)) as ResultOf<Q>,
        attributes: async () =>
          (await rows<{ name: string }>(scoped, sql`SELECT name FROM attributes ORDER BY name`)).map(
            (r) => r.name,
          ),
        close: async () => scoped.closeSync(),
      };
    }
    // The connection is looked up on every call, so a dataset handle outlives a re-ingest of its id.
    const conn = async () => (await this.file(id)).conn;
    return {
      id,
      run: async <Q extends Query>(query: Q) => (await runDuckDbQuery(await conn(), query)) as ResultOf<Q>,
      attributes: async () =>
        (await rows<{ name: string }>(await conn(), sql`SELECT name FROM attributes ORDER BY name`)).map(
          (r) => r.name,
        ),
      close: async () => {},
    };
  }

  async hasDataset(id: string): Promise<boolean> {
    return stat(this.path(id)).then(
      () => true,
      () => false,
    );
  }

  /** Closes the dataset's file for every user in this process (before it is replaced or deleted). */
  private async release(id: string): Promise<void> {
    this.open.delete(id);
    await release(this.path(id), true);
  }

  async deleteDataset(id: string): Promise<void> {
    await this.release(id);
    await rm(this.path(id), { force: true });
    await rm(`${this.path(id)}.wal`, { force: true });
  }

  async close(): Promise<void> {
    for (const id of this.open) await release(this.path(id));
    this.open.clear();
  }
}
