import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { type Browser, chromium, type Page } from 'playwright-core';

// One server and one browser per test file: the real built app, started as `npm start` does (server on PGlite
// in a temporary data folder, demo workspace seeded), in a process of its own: web code imports no server code.

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

/** True when dist/ is newer than every source it is built from (the web app's and core's). */
function built(): boolean {
  const index = join(webRoot, 'dist', 'index.html');
  if (!existsSync(index)) return false;
  const sources = Math.max(newest(join(webRoot, 'src')), newest(join(repoRoot, 'packages/core/src')));
  return statSync(index).mtimeMs > sources;
}

function newest(dir: string): number {
  let time = 0;
  for (const name of execFileSync('find', [dir, '-type', 'f'], { encoding: 'utf8' }).split('\n')) {
    if (name) time = Math.max(time, statSync(name).mtimeMs);
  }
  return time;
}

/**
 * Builds the web app when it is missing or stale, so the tests run what users get. Test files run in
 * parallel: a lock folder (mkdir is atomic) lets one build while the others wait for it.
 */
function ensureBuilt(): void {
  const lock = join(webRoot, '.e2e-build-lock');
  const giveUpAt = Date.now() + 180_000;
  while (!built()) {
    try {
      mkdirSync(lock);
    } catch {
      if (Date.now() > giveUpAt) rmSync(lock, { recursive: true, force: true });
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 250);
      continue;
    }
    try {
      if (!built()) {
        execFileSync(join(repoRoot, 'node_modules/.bin/vite'), ['build', '--logLevel', 'error'], {
          cwd: webRoot,
        });
      }
    } finally {
      rmSync(lock, { recursive: true, force: true });
    }
  }
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

/** Runs scripts/start.ts on a free port and resolves with its URL once it says it is listening. */
function startServer(
  dataDir: string,
  env: Record<string, string>,
): Promise<{ server: ChildProcess; url: string; demo: { email: string; password: string } }> {
  const server = spawn(join(repoRoot, 'node_modules/.bin/tsx'), [join(repoRoot, 'scripts/start.ts')], {
    env: {
      ...process.env,
      PORT: '0',
      TROPA_DATA: dataDir,
      TROPA_OPEN_SIGNUP: '1',
      TROPA_DEMO_CASES: '300',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  return new Promise((resolvePromise, reject) => {
    let output = '';
    const read = (chunk: Buffer) => {
      output += chunk.toString();
      const url = /running at (http:\/\/[\d.]+:\d+)/.exec(output)?.[1];
      const demo = /Demo sign-in: (\S+) \/ (\S+)/.exec(output);
      if (url && demo?.[1] && demo[2])
        resolvePromise({ server, url, demo: { email: demo[1], password: demo[2] } });
    };
    server.stdout?.on('data', read);
    server.stderr?.on('data', read);
    server.once('exit', (code) =>
      reject(new Error(`the server exited (${code}) before listening:\n${output}`)),
    );
  });
}

/** Debian's Chromium with the flags our browser tests use; launch() gives it a fresh temporary profile. */
function launchBrowser(): Promise<Browser> {
  return chromium.launch({
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
}

export async function startHarness(env: Record<string, string> = {}): Promise<Harness> {
  ensureBuilt();
  mkdirSync(SHOTS, { recursive: true });
  const dataDir = mkdtempSync(join(tmpdir(), 'tropa-web-e2e-'));
  const { server, url, demo } = await startServer(dataDir, env);
  const browser = await launchBrowser().catch((error: unknown) => {
    server.kill('SIGTERM');
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
      const exited = new Promise((done) => server.once('exit', done));
      server.kill('SIGTERM');
      await exited;
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
