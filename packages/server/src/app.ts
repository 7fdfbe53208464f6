import cookie from '@fastify/cookie';
import multipart from '@fastify/multipart';
import rateLimit from '@fastify/rate-limit';
import Fastify, { type FastifyInstance } from 'fastify';
import { type ResolvedConfig, resolveConfig, type ServerConfig } from './config.ts';
import { DatasetHost } from './datasets/host.ts';
import { failInterruptedImports } from './datasets/importJob.ts';
import type { Database } from './db/database.ts';
import { lockDataDir } from './db/dataDirLock.ts';
import { openDatabase } from './db/open.ts';
import { frameworkErrors, installErrorHandlers, rateLimited } from './http/errorHandler.ts';
import { ReadCache } from './http/readCache.ts';
import { type AppContext, mountRoute } from './http/route.ts';
import { routes } from './routes/index.ts';
import { serveWebApp } from './web/serveWebApp.ts';

export interface TropaApp {
  fastify: FastifyInstance;
  context: AppContext;
  config: ResolvedConfig;
  /** Stops the server and closes the database if the app opened it. */
  close(): Promise<void>;
}

/** Builds the HTTP API (not yet listening): `app.fastify.inject()` in tests, `listen()` in `tropa serve`. */
export async function buildApp(input: ServerConfig = {}): Promise<TropaApp> {
  const config = resolveConfig(input);
  const ownsDb = input.db === undefined;
  // One process per data folder: the embedded database and the DuckDB files cannot be shared between processes.
  const releaseDataDir = config.dataDir === undefined ? () => {} : lockDataDir(config.dataDir);
  let db: Database;
  try {
    db = input.db ?? (await openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir }));
  } catch (error) {
    releaseDataDir();
    throw error;
  }
  const fastify = Fastify({
    logger: config.logger,
    bodyLimit: config.bodyLimit,
    // Our ids are short; a long URL is either a mistake or an attack.
    routerOptions: { maxParamLength: 200 },
    frameworkErrors,
  });
  const datasets = new DatasetHost(config.dataDir, config.analytics);
  await failInterruptedImports(db);
  const cache = new ReadCache(config.readCacheMs);
  const context: AppContext = { db, config, routes, datasets, cache };
  await fastify.register(cookie);
  await fastify.register(multipart, {
    limits: { fileSize: config.uploadLimit, files: 3, fields: 10, fieldSize: 64 * 1024, parts: 13 },
  });
  await fastify.register(rateLimit, {
    global: false,
    errorResponseBuilder: () => rateLimited(),
  });
  installErrorHandlers(fastify, config.bodyLimit);
  for (const route of routes) mountRoute(fastify, context, route);
  serveWebApp(fastify);
  fastify.addHook('onSend', async (_request, reply, payload) => {
    // The API answers JSON only; these keep a browser from sniffing or framing it.
    reply.header('x-content-type-options', 'nosniff');
    reply.header('x-frame-options', 'DENY');
    reply.header('referrer-policy', 'no-referrer');
    if (!reply.hasHeader('cache-control')) reply.header('cache-control', 'no-store');
    return payload;
  });
  await fastify.ready();
  return {
    fastify,
    context,
    config,
    async close() {
      await fastify.close();
      await datasets.close();
      if (ownsDb) await db.close();
      releaseDataDir();
    },
  };
}
