import { afterAll, beforeAll } from 'vitest';
import { buildApp, type TropaApp } from '../app.ts';
import type { ServerConfig } from '../config.ts';
import type { Database } from '../db/database.ts';

/** Cheap hashing and a generous rate limit so a suite can make many accounts quickly. */
export const TEST_CONFIG: ServerConfig = {
  scryptCost: { N: 1024, r: 8, p: 1 },
  openSignup: true,
  authRateLimit: { max: 10_000, timeWindow: 60_000 },
};

/** One app per suite on the suite's database; call inside `describeOnDatabases`. */
export function useTestApp(db: () => Database, overrides: ServerConfig = {}): () => TropaApp {
  let app: TropaApp | undefined;
  beforeAll(async () => {
    app = await buildApp({ ...TEST_CONFIG, ...overrides, db: db() });
  });
  afterAll(async () => {
    await app?.close();
  });
  return () => {
    if (!app) throw new Error('The test app is not built yet');
    return app;
  };
}
