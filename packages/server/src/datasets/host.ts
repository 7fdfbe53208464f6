import { EventEmitter } from 'node:events';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type AnalyticsEngine, type IngestProgress, openEngine } from '@tropa/analytics';

/** What an import reports while it runs, for the progress stream. */
export type ImportEvent =
  | { type: 'progress'; progress: IngestProgress }
  | { type: 'ready' }
  | { type: 'failed'; code: string; message: string };

/**
 * The server's analytics engine and the order of work on each dataset: DuckDB locks a file to one
 * process, so this process owns them all, and jobs on one dataset (import, delete, queries) run one
 * after another. Imports also publish their progress here for the server-sent-event stream.
 */
export class DatasetHost {
  readonly engine: AnalyticsEngine;
  readonly uploadsDir: string;
  /** Text models trained on or uploaded for a dataset, one JSON file each, used instead of the lexicon. */
  readonly textModelsDir: string;
  private readonly queues = new Map<string, Promise<unknown>>();
  private readonly events = new EventEmitter();
  private readonly ownedDir: string | undefined;

  /**
   * `dataDir` undefined: a temporary folder, removed on close (tests, in-memory servers). `engine` names the
   * analytics engine (`TROPA_ANALYTICS`: duckdb by default, chdb, clickhouse://USER:PASSWORD@HOST:8123/DB).
   */
  constructor(dataDir: string | undefined, engine?: string) {
    this.ownedDir = dataDir === undefined ? mkdtempSync(join(tmpdir(), 'tropa-datasets-')) : undefined;
    const root = dataDir ?? (this.ownedDir as string);
    this.engine = openEngine(engine, join(root, 'analytics'));
    this.uploadsDir = join(root, 'uploads');
    this.textModelsDir = join(root, 'text-models');
    this.events.setMaxListeners(0);
  }

  /** Where the dataset's own text model is kept. */
  textModelPath(datasetId: string): string {
    return join(this.textModelsDir, `${datasetId}.json`);
  }

  /** Runs `job` after every earlier job on the same dataset has finished. */
  exclusive<T>(datasetId: string, job: () => Promise<T>): Promise<T> {
    const previous = this.queues.get(datasetId) ?? Promise.resolve();
    const next = previous.then(job, job);
    const settled = next.catch(() => undefined);
    this.queues.set(datasetId, settled);
    void settled.then(() => {
      if (this.queues.get(datasetId) === settled) this.queues.delete(datasetId);
    });
    return next;
  }

  /** Waits for every queued job (tests, shutdown). */
  async idle(): Promise<void> {
    while (this.queues.size > 0) await Promise.all(this.queues.values());
  }

  publish(datasetId: string, event: ImportEvent): void {
    this.events.emit(datasetId, event);
  }

  /** Listens to one dataset's import events; returns the function that stops listening. */
  subscribe(datasetId: string, listener: (event: ImportEvent) => void): () => void {
    this.events.on(datasetId, listener);
    return () => this.events.off(datasetId, listener);
  }

  async close(): Promise<void> {
    await this.idle();
    await this.engine.close();
    if (this.ownedDir) rmSync(this.ownedDir, { recursive: true, force: true });
  }
}
