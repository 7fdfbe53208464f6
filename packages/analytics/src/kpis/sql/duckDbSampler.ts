import type { DuckDBConnection } from '@duckdb/node-api';
import type { JourneyRules } from '../../mapping/journeyRules.ts';
import type { SqlFragment } from '../../sql/sql.ts';
import type { KpiSampler } from '../kpiSampler.ts';
import { cohortSamples } from './cohortSamples.ts';
import { dataSpan, hasTable, mappedEventsTable } from './common.ts';
import { pairDurationSamples, stageDurationSamples } from './durationSamples.ts';
import { supportSamples } from './supportSamples.ts';
import { surveySamples } from './surveySamples.ts';

/**
 * The DuckDB engine's KPI samples. The events are mapped to the map's stages once, into a temporary
 * table, the first time a KPI needs them.
 */
export function duckDbKpiSampler(conn: DuckDBConnection, rules: JourneyRules): KpiSampler {
  let mapped: Promise<{ table: SqlFragment; drop: () => Promise<void> }> | undefined;
  const table = async () => {
    mapped ??= mappedEventsTable(conn, rules);
    return (await mapped).table;
  };
  return {
    hasSurveys: () => hasTable(conn, 'surveys'),
    dataSpan: (withSurveys) => dataSpan(conn, withSurveys),
    surveys: (journey, o) => surveySamples(conn, journey, o),
    stageDurations: async (o) => stageDurationSamples(conn, { mapped: await table(), ...o }),
    pairDurations: (o) => pairDurationSamples(conn, o),
    cohorts: async (o) => cohortSamples(conn, { mapped: await table(), ...o }),
    support: async (o) => supportSamples(conn, { mapped: await table(), ...o }),
    close: async () => {
      if (mapped) await (await mapped).drop();
    },
  };
}
