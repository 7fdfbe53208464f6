import { readdir, readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { writeDemo } from '@tropa/analytics';
import { z } from 'zod';
import type { TropaApp } from '../app.ts';
import { hashPassword } from '../auth/password.ts';
import { newId } from '../auth/secrets.ts';
import { startImport } from '../datasets/importJob.ts';
import { first, run } from '../db/database.ts';
import { sql } from '../db/sql.ts';
import { readDocument } from '../maps/readDocument.ts';
import { createMap } from '../maps/store.ts';

/** The demo sign-in printed by `npm start`: a local demo only, never a server open to others. */
export const DEMO_ACCOUNT = {
  email: 'demo@tropa.local',
  password: 'tropa-demo-2026',
  name: 'Демо Тропа',
} as const;

const EXAMPLE_DIR = resolve(import.meta.dirname, '../../../../examples/b2b-partner-journey/ru');

export interface DemoSeed {
  workspaceId: string;
  datasetId: string;
  /** Resolves when the demo dataset is imported (or has failed, recorded on the dataset). */
  imported: Promise<void>;
}

/**
 * Seeds the demo workspace on an empty instance: the demo account (instance owner), the example B2B map
 * with its role maps, and the generated demo data imported as a dataset. Does nothing once anyone exists.
 */
export async function seedDemo(
  app: TropaApp,
  options: { cases?: number } = {},
): Promise<DemoSeed | undefined> {
  const { db } = app.context;
  const users = await first(db, z.object({ n: z.number() }), sql`select count(*)::int as n from users`);
  if (users?.n !== 0) return undefined;

  const files = (await readdir(EXAMPLE_DIR)).filter((f) => f.endsWith('.yaml')).sort();
  // The generalized map first: role maps extend it.
  files.sort((a, b) => Number(a.startsWith('role-')) - Number(b.startsWith('role-')));
  const documents = await Promise.all(
    files.map(async (f) => readDocument(await readFile(join(EXAMPLE_DIR, f), 'utf8'), 'yaml', 'ru')),
  );

  const userId = newId('u');
  const workspaceId = newId('w');
  const datasetId = newId('d');
  const actor = { kind: 'user' as const, userId };
  const passwordHash = await hashPassword(DEMO_ACCOUNT.password, app.config.scryptCost);
  await db.transaction(async (tx) => {
    await run(
      tx,
      sql`insert into users (id, email, name, password_hash, instance_owner)
          values (${userId}, ${DEMO_ACCOUNT.email}, ${DEMO_ACCOUNT.name}, ${passwordHash}, ${true})`,
    );
    await run(
      tx,
      sql`insert into workspaces (id, name, created_by) values (${workspaceId}, ${'Демо: путь партнёра'}, ${userId})`,
    );
    await run(
      tx,
      sql`insert into memberships (workspace_id, user_id, role) values (${workspaceId}, ${userId}, ${'owner'})`,
    );
    for (const read of documents) {
      await createMap(tx, newId('m'), workspaceId, read, actor, 'Демо-карта из examples/b2b-partner-journey');
    }
    await run(
      tx,
      sql`insert into datasets (id, workspace_id, name, status, created_by)
          values (${datasetId}, ${workspaceId}, ${'Демо: события, опросы, отзывы'}, 'importing', ${userId})`,
    );
  });

  const dir = join(app.context.datasets.uploadsDir, datasetId);
  await writeDemo(dir, options.cases === undefined ? {} : { cases: options.cases });
  const imported = startImport(db, app.context.datasets, datasetId, demoSources(dir), dir);
  return { workspaceId, datasetId, imported };
}

function demoSources(dir: string) {
  return {
    events: { path: join(dir, 'events.csv') },
    surveys: { path: join(dir, 'surveys.csv') },
    feedback: { path: join(dir, 'feedback.csv') },
  };
}
