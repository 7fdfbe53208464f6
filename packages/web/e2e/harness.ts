import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { buildApp, type ServerConfig, type TropaApp } from '@tropa/server';
import { type Browser, chromium, type Page } from 'playwright-core';

// One server and one browser per test file: the real built app, served by the real server on PGlite.

export const CHROMIUM = '/usr/bin/chromium';
const webRoot = resolve(import.meta.dirname, '..');
const repoRoot = resolve(webRoot, '../..');
export const SHOTS = join(repoRoot, 'out', 'web-e2e');

/** True when the browser can run here; without it the suite skips, except in CI where it must run. */
export function browserAvailable(file: string): boolean {
  if (existsSync(CHROMIUM)) return true;
  if (process.env.CI === 'true')
    throw new Error(`${file}: ${CHROMIUM} is missing; CI must run the browser tests.`);
  console.warn(`${file}: ${CHROMIUM} not found, browser tests SKIPPED.`);
  return false;
}

/** Builds the web app when dist/ is missing or older than its sources (the test runs what users get). */
function ensureBuilt(): void {
  const index = join(webRoot, 'dist', 'index.html');
  if (existsSync(index) && statSync(index).mtimeMs > newest(join(webRoot, 'src'))) return;
  execFileSync(join(repoRoot, 'node_modules/.bin/vite'), ['build', '--logLevel', 'error'], { cwd: webRoot });
}

function newest(dir: string): number {
  let time = 0;
  for (const name of execFileSync('find', [dir, '-type', 'f'], { encoding: 'utf8' }).split('\n')) {
    if (name) time = Math.max(time, statSync(name).mtimeMs);
  }
  return time;
}

export interface Harness {
  app: TropaApp;
  url: string;
  browser: Browser;
  /** A fresh page (its own cookies) in the given browser language; console errors are collected. */
  page(locale?: string): Promise<{ page: Page; errors: string[] }>;
  close(): Promise<void>;
}

export async function startHarness(config: ServerConfig = {}): Promise<Harness> {
  ensureBuilt();
  mkdirSync(SHOTS, { recursive: true });
  const dataDir = mkdtempSync(join(tmpdir(), 'tropa-web-e2e-'));
  const app = await buildApp({ dataDir, openSignup: true, ...config });
  await app.fastify.listen({ port: 0, host: '127.0.0.1' });
  const address = app.fastify.server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  // launch() gives Chromium a fresh temporary profile of its own (it refuses --user-data-dir).
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  return {
    app,
    url: `http://127.0.0.1:${port}`,
    browser,
    async page(locale = 'en-US') {
      const context = await browser.newContext({ locale, viewport: { width: 1440, height: 900 } });
      const page = await context.newPage();
      const errors: string[] = [];
      page.on('pageerror', (e) => errors.push(e.message));
      page.on('console', (m) => {
        // A 401 for the session probe before signing in is expected; anything else is a fault.
        if (m.type() === 'error' && !m.text().includes('401')) errors.push(m.text());
      });
      return { page, errors };
    },
    async close() {
      await browser.close();
      await app.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
