export * from './demo/index.ts';
export * from './duckdb/duckdbEngine.ts';
export * from './engine/engine.ts';
export * from './engine/queries.ts';
export * from './ingest/columns.ts';
export * from './ingest/errors.ts';
export * from './mapping/journeyRules.ts';
export * from './sql/sql.ts';
