import type { ColumnMapping } from '../ingest/columns.ts';
import type { Period } from './period.ts';
import type { Query, ResultOf } from './queries.ts';

/** File formats the event ingest reads; `undefined` means detect from the file name. */
export type EventFormat = 'csv' | 'jsonl' | 'parquet' | 'xes';

/** Where a dataset's events come from, and how its columns map to ours. */
export interface EventSource {
  path: string;
  format?: EventFormat;
  /** Source column names for our fields; unspecified fields are detected from common names. */
  mapping?: Partial<ColumnMapping>;
  /** CSV only: forced delimiter and encoding (both detected when absent). */
  delimiter?: string;
  encoding?: 'utf-8' | 'windows-1251';
}

/** A survey or feedback file (CSV or JSON Lines). */
export interface TableSource {
  path: string;
  format?: 'csv' | 'jsonl';
}

/** Everything a new dataset is built from, in one all-or-nothing step. */
export interface DatasetSources {
  events: EventSource;
  surveys?: TableSource;
  feedback?: TableSource;
}

/** Progress of a long step; `total` is unknown (null) while a stream is read. */
export interface IngestProgress {
  phase: 'read' | 'sort' | 'surveys' | 'feedback' | 'done';
  done: number;
  total: number | null;
}

export interface IngestOptions {
  onProgress?: (progress: IngestProgress) => void;
}

/** What an ingest stored. */
export interface IngestSummary {
  datasetId: string;
  events: number;
  cases: number;
  activities: number;
  channels: number;
  surveys: number;
  feedback: number;
  mapping: ColumnMapping;
  /** Extra source columns kept as case or event attributes. */
  attributes: string[];
}

/** A dataset opened for queries. */
export interface Dataset {
  readonly id: string;
  /** Runs one typed query. */
  run<Q extends Query>(query: Q): Promise<ResultOf<Q>>;
  /** Attributes available to segment by (case-level columns beyond the mapped ones). */
  attributes(): Promise<string[]>;
  /** Releases what a period's view of the dataset holds (a no-op for the whole dataset). */
  close(): Promise<void>;
}

export interface OpenOptions {
  /** Read only the events, surveys and feedback of this time range. */
  period?: Period;
}

/**
 * The boundary every analytics engine implements (DuckDB now; a distributed engine later).
 * Datasets are created whole from their sources and never half-written.
 */
export interface AnalyticsEngine {
  readonly name: string;
  /** Builds a dataset from its sources, replacing an existing one of that id only on success. */
  createDataset(id: string, sources: DatasetSources, options?: IngestOptions): Promise<IngestSummary>;
  /** Opens an existing dataset, whole or over a period; throws when it does not exist. */
  openDataset(id: string, options?: OpenOptions): Promise<Dataset>;
  hasDataset(id: string): Promise<boolean>;
  deleteDataset(id: string): Promise<void>;
  /** Releases every file and connection the engine holds. */
  close(): Promise<void>;
}
