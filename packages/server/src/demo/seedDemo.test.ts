import { expect, it } from 'vitest';
import { z } from 'zod';
import { all, first } from '../db/database.ts';
import { sql } from '../db/sql.ts';
import { describeOnDatabases } from '../testing/backends.ts';
import { useTestApp } from '../testing/testApp.ts';
import { DEMO_ACCOUNT, seedDemo } from './seedDemo.ts';

describeOnDatabases('demo workspace', (db) => {
  const app = useTestApp(db);

  it('seeds an empty instance once: the demo owner, the B2B map with five role maps, the imported demo data', async () => {
    const seed = await seedDemo(app(), { cases: 60 });
    if (!seed) throw new Error('an empty instance was not seeded');
    await seed.imported;
    const maps = await all(
      db(),
      z.object({ kind: z.string(), slug: z.string() }),
      sql`select kind, slug from maps where workspace_id = ${seed.workspaceId} order by slug`,
    );
    expect(maps.filter((m) => m.kind === 'journey').map((m) => m.slug)).toEqual(['partner-journey']);
    expect(maps.filter((m) => m.kind === 'role')).toHaveLength(5);
    const dataset = await first(
      db(),
      z.object({ status: z.string() }),
      sql`select status from datasets where id = ${seed.datasetId}`,
    );
    expect(dataset?.status).toBe('ready');

    const signIn = await app().fastify.inject({
      method: 'POST',
      url: '/api/auth/sign-in',
      payload: { email: DEMO_ACCOUNT.email, password: DEMO_ACCOUNT.password },
    });
    expect(signIn.statusCode).toBe(200);

    // Anyone present already: nothing is added.
    expect(await seedDemo(app())).toBeUndefined();
  }, 120_000);
});
