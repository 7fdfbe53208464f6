export { buildApp, type TropaApp } from './app.ts';
export { configFromEnv, type ServerConfig } from './config.ts';
export type { Database } from './db/database.ts';
export { openDatabase } from './db/open.ts';
export { DEMO_ACCOUNT, type DemoSeed, seedDemo } from './demo/seedDemo.ts';
export { policies, type RouteId } from './policies/table.ts';
