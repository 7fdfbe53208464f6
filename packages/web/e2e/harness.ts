import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { CHROMIUM, ensureBuilt, launchBrowser, repoRoot, startServer } from './appServer.ts';

// One server and one browser per test file: the real built app, started as `npm start` does (server on PGlite
// in a temporary data folder, demo workspace seeded), in a process of its own: web code imports no server code.

export const SHOTS = join(repoRoot, 'out', 'web-e2e');

/** True when the browser can run here; without it the suite skips, except in CI where it must run. */
export function browserAvailable(file: string): boolean {
  if (existsSync(CHROMIUM)) return true;
  if (process.env.CI === 'true')
    throw new Error(`${file}: ${CHROMIUM} is missing; CI must run the browser tests.`);
  console.warn(`${file}: ${CHROMIUM} not found, browser tests SKIPPED.`);
  return false;
}

export interface Harness {
  url: string;
  /** The demo sign-in the server printed. */
  demo: { email: string; password: string };
  browser: Browser;
  /** A fresh page (its own cookies) in the given browser language; console errors are collected. */
  page(locale?: string): Promise<{ page: Page; errors: string[] }>;
  close(): Promise<void>;
}

export async function startHarness(env: Record<string, string> = {}): Promise<Harness> {
  ensureBuilt();
  mkdirSync(SHOTS, { recursive: true });
  const dataDir = mkdtempSync(join(tmpdir(), 'tropa-web-e2e-'));
  const server = await startServer(dataDir, env);
  const { url, demo } = server;
  const browser = await launchBrowser().catch((error: unknown) => {
    void server.stop();
    throw error;
  });
  return {
    url,
    demo,
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
      await server.stop();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** Signs in with the demo account on the sign-in page, in the page's UI language, and waits for the home page. */
export async function signInDemo(h: Harness, page: Page, lang: 'en' | 'ru' = 'en'): Promise<void> {
  const ru = lang === 'ru';
  await page.goto(h.url);
  await page.getByLabel(ru ? 'Эл. почта' : 'E-mail').fill(h.demo.email);
  await page.getByLabel(ru ? 'Пароль' : 'Password').fill(h.demo.password);
  await page.getByRole('button', { name: ru ? 'Войти' : 'Sign in', exact: true }).click();
  await page.locator('.map-item').first().waitFor();
}

/** The demo data is imported in the background at first start: reloads the home page until it is ready. */
export async function waitForDemoData(page: Page): Promise<void> {
  for (let i = 0; i < 60 && (await page.locator('.dataset-list .status.ready').count()) === 0; i++) {
    await page.waitForTimeout(1000);
    await page.reload();
    await page.locator('.map-item').first().waitFor();
  }
}
