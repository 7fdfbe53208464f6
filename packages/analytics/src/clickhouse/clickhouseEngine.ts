import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import type {
  AnalyticsEngine,
  Dataset,
  DatasetSources,
  IngestOptions,
  IngestSummary,
  OpenOptions,
} from '../engine/engine.ts';
import type { Query, ResultOf } from '../engine/queries.ts';
import { ident, sql } from '../sql/sql.ts';
import { openChdb } from './chdbConnection.ts';
import type { ClickHouseConnection } from './connection.ts';
import { runClickHouseQuery } from './dispatch.ts';
import { openClickHouseHttp, parseClickHouseUrl } from './httpConnection.ts';
import { ingestIntoClickHouse } from './ingest.ts';
import { periodTables } from './periodScope.ts';
import { datasetTables, TABLE_KINDS } from './tables.ts';

/**
 * The ClickHouse engine: each dataset is a set of `tropa_<id>_*` tables in one database, queried with
 * ClickHouse's array functions. In-process through chdb (`ClickHouseEngine.chdb(dataDir)`) or on a
 * server or cluster over HTTP (`ClickHouseEngine.server('clickhouse://user:pass@host:8123/db', workDir)`).
 */
export class ClickHouseEngine implements AnalyticsEngine {
  private connection: Promise<ClickHouseConnection> | undefined;

  private constructor(
    readonly name: 'chdb' | 'clickhouse',
    private readonly connect: () => Promise<ClickHouseConnection>,
    /** Local directory for ingest staging files. */
    private readonly workDir: string,
  ) {}

  /** ClickHouse in this process (chdb), its data under `<dataDir>/clickhouse`. */
  static chdb(dataDir: string): ClickHouseEngine {
    return new ClickHouseEngine('chdb', () => openChdb(join(dataDir, 'clickhouse')), dataDir);
  }

  /** A ClickHouse server or cluster node; `workDir` holds ingest staging files. */
  static server(url: string, workDir: string): ClickHouseEngine {
    const target = parseClickHouseUrl(url);
    return new ClickHouseEngine('clickhouse', async () => openClickHouseHttp(target), workDir);
  }

  private ch(): Promise<ClickHouseConnection> {
    this.connection ??= this.connect();
    return this.connection;
  }

  async createDataset(
    id: string,
    sources: DatasetSources,
    options: IngestOptions = {},
  ): Promise<IngestSummary> {
    datasetTables(id);
    // Staging files of an ingest live beside the DuckDB engine's datasets and are removed after it.
    const staging = join(this.workDir, 'datasets');
    await mkdir(staging, { recursive: true });
    return ingestIntoClickHouse(await this.ch(), id, sources, options, staging);
  }

  async openDataset(id: string, options: OpenOptions = {}): Promise<Dataset> {
    if (!(await this.hasDataset(id))) throw new Error(`Dataset "${id}" does not exist in ClickHouse.`);
    const ch = await this.ch();
    const scoped = options.period ? await periodTables(ch, id, options.period) : undefined;
    const tables = scoped?.tables ?? datasetTables(id);
    return {
      id,
      run: <Q extends Query>(query: Q) => runClickHouseQuery(ch, tables, query) as Promise<ResultOf<Q>>,
      attributes: async () =>
        (
          await ch.rows<{ name: string }>(sql`SELECT name FROM ${ident(tables.attributes)} ORDER BY name`)
        ).map((r) => r.name),
      close: async () => scoped?.drop(),
    };
  }

  async hasDataset(id: string): Promise<boolean> {
    const ch = await this.ch();
    const [row] = await ch.rows<{ result: number }>(sql`EXISTS TABLE ${ident(datasetTables(id).meta)}`);
    return row?.result === 1;
  }

  async deleteDataset(id: string): Promise<void> {
    const ch = await this.ch();
    const tables = datasetTables(id);
    // Meta first: a half-deleted dataset no longer counts as existing.
    for (const kind of [...TABLE_KINDS].reverse())
      await ch.exec(sql`DROP TABLE IF EXISTS ${ident(tables[kind])}`);
  }

  async close(): Promise<void> {
    const connection = this.connection;
    this.connection = undefined;
    if (connection) await (await connection).close();
  }
}
