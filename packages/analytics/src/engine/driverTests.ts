import { benjaminiHochberg, fisherExact, oddsRatio } from '@tropa/core';
import type { Driver, DriversResult } from './queries.ts';

/** What an engine counts for the drivers of drop-off: quitters and stayers, and per factor how many of each saw it. */
export interface DriverCounts {
  churnAfterDays: number;
  minN: number;
  totals: { quit: number; stayed: number };
  counts: { kind: Driver['kind']; factor: string; a: number; c: number }[];
}

/**
 * Odds ratio with its interval and Fisher's exact p per factor seen before quitting, with
 * Benjamini–Hochberg over all factors. Engine-neutral: every engine counts in its own SQL and ends here.
 */
export function testDrivers({ churnAfterDays, minN, totals, counts }: DriverCounts): DriversResult {
  const untested = counts.map((r) => {
    const table = { a: r.a, b: totals.quit - r.a, c: r.c, d: totals.stayed - r.c };
    const or = oddsRatio(table);
    return {
      kind: r.kind,
      factor: r.factor,
      quitExposed: table.a,
      quitNotExposed: table.b,
      stayedExposed: table.c,
      stayedNotExposed: table.d,
      oddsRatio: or.value,
      low: or.low,
      high: or.high,
      p: fisherExact(table),
      weak: table.a + table.c < minN,
    };
  });
  const q = benjaminiHochberg(untested.map((d) => d.p));
  const result = untested
    .map((d, i) => ({ ...d, q: q[i] ?? 1 }))
    .sort((x, y) => x.p - y.p || y.oddsRatio - x.oddsRatio || x.factor.localeCompare(y.factor));
  return { churnAfterDays, quitCases: totals.quit, stayedCases: totals.stayed, drivers: result };
}
