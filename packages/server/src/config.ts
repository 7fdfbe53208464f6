import { DEFAULT_SCRYPT_COST, type ScryptCost } from './auth/password.ts';
import type { Database } from './db/database.ts';

/** How to run the server; every field has a safe default. */
export interface ServerConfig {
  /** A PostgreSQL server (`DATABASE_URL`); when absent, PGlite in `dataDir`. */
  databaseUrl?: string | undefined;
  /** The data folder (`TROPA_DATA`); undefined with no URL keeps the database in memory (tests). */
  dataDir?: string | undefined;
  /** The analytics engine (`TROPA_ANALYTICS`): duckdb (default), chdb, or clickhouse://USER:PASSWORD@HOST:8123/DB. */
  analytics?: string | undefined;
  /** An already opened, migrated database; the app then does not close it (tests share one per file). */
  db?: Database;
  /** Largest request body in bytes (1 MiB). */
  bodyLimit?: number;
  /** Largest journey document upload in bytes (4 MiB). */
  mapBodyLimit?: number;
  /** Largest uploaded file (events, surveys or feedback) in bytes (512 MiB). */
  uploadLimit?: number;
  /** Attempts per client address on sign-up, sign-in and password change (10 a minute). */
  authRateLimit?: { max: number; timeWindow: number };
  scryptCost?: ScryptCost;
  /** Anyone may sign up; otherwise, after the first account, only with an invitation. */
  openSignup?: boolean;
  /** Mark cookies Secure (set when served over HTTPS). */
  secureCookies?: boolean;
  sessionDays?: number;
  /** How long the read path may reuse a lookup (credentials, membership, a map's head); 0 turns it off. */
  readCacheMs?: number;
  /** Origins besides the server's own allowed to send writes (a web app on another port in development). */
  allowedOrigins?: string[];
  logger?: boolean;
}

export type ResolvedConfig = Required<Omit<ServerConfig, 'db' | 'databaseUrl' | 'dataDir' | 'analytics'>> &
  Pick<ServerConfig, 'databaseUrl' | 'dataDir' | 'analytics'>;

/** Fills in the defaults. */
export function resolveConfig(config: ServerConfig): ResolvedConfig {
  return {
    databaseUrl: config.databaseUrl,
    dataDir: config.dataDir,
    analytics: config.analytics,
    bodyLimit: config.bodyLimit ?? 1024 * 1024,
    mapBodyLimit: config.mapBodyLimit ?? 4 * 1024 * 1024,
    uploadLimit: config.uploadLimit ?? 512 * 1024 * 1024,
    authRateLimit: config.authRateLimit ?? { max: 10, timeWindow: 60_000 },
    scryptCost: config.scryptCost ?? DEFAULT_SCRYPT_COST,
    openSignup: config.openSignup ?? false,
    secureCookies: config.secureCookies ?? false,
    sessionDays: config.sessionDays ?? 30,
    readCacheMs: config.readCacheMs ?? 2000,
    allowedOrigins: config.allowedOrigins ?? [],
    logger: config.logger ?? false,
  };
}

/** Reads the configuration from the environment of `tropa serve`. */
export function configFromEnv(env: Record<string, string | undefined>): ServerConfig {
  return {
    databaseUrl: env.DATABASE_URL || undefined,
    dataDir: env.TROPA_DATA || './.tropa',
    analytics: env.TROPA_ANALYTICS || undefined,
    openSignup: env.TROPA_OPEN_SIGNUP === '1' || env.TROPA_OPEN_SIGNUP === 'true',
    secureCookies: env.TROPA_SECURE_COOKIES === '1' || env.TROPA_SECURE_COOKIES === 'true',
    allowedOrigins: (env.TROPA_ALLOWED_ORIGINS ?? '').split(',').filter((o) => o.length > 0),
    logger: env.TROPA_LOG === '1',
  };
}
