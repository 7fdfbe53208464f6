import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdirSync, rmSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { type Browser, chromium } from 'playwright-core';

// The real built app, started as `npm start` does, and Debian's Chromium: shared by the browser tests
// (harness.ts) and the browser benchmark (bench/web.ts), so both run what users get.

export const CHROMIUM = '/usr/bin/chromium';
const webRoot = resolve(import.meta.dirname, '..');
export const repoRoot = resolve(webRoot, '../..');

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
 * Builds the web app when it is missing or stale. Test files run in parallel: a lock folder (mkdir is
 * atomic) lets one build while the others wait for it.
 */
export function ensureBuilt(): void {
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

export interface AppServer {
  server: ChildProcess;
  url: string;
  /** The demo sign-in the server printed. */
  demo: { email: string; password: string };
  /** Stops the server and waits for it to exit. */
  stop(): Promise<void>;
}

/**
 * Runs scripts/start.ts (after `ensureBuilt`) on a free port with the data in `dataDir`, and resolves
 * once it says it is listening. The demo data set is small (300 cases) unless `env` says otherwise.
 */
export function startServer(dataDir: string, env: Record<string, string> = {}): Promise<AppServer> {
  const server = spawn(join(repoRoot, 'node_modules/.bin/tsx'), [join(repoRoot, 'scripts/start.ts')], {
    env: {
      ...process.env,
      PORT: '0',
      TROPA_DATA: dataDir,
      TROPA_OPEN_SIGNUP: '1',
      TROPA_DEMO_CASES: '300',
      TROPA_WEB_BUILT: '1',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const stop = async () => {
    if (server.exitCode !== null) return;
    const exited = new Promise((done) => server.once('exit', done));
    server.kill('SIGTERM');
    await exited;
  };
  return new Promise((resolvePromise, reject) => {
    let output = '';
    const read = (chunk: Buffer) => {
      output += chunk.toString();
      const url = /running at (http:\/\/[\d.]+:\d+)/.exec(output)?.[1];
      const demo = /Demo sign-in: (\S+) \/ (\S+)/.exec(output);
      if (url && demo?.[1] && demo[2])
        resolvePromise({ server, url, demo: { email: demo[1], password: demo[2] }, stop });
    };
    server.stdout?.on('data', read);
    server.stderr?.on('data', read);
    server.once('exit', (code) =>
      reject(new Error(`the server exited (${code}) before listening:\n${output}`)),
    );
  });
}

/** Debian's Chromium with the flags our browser tests use; launch() gives it a fresh temporary profile. */
export function launchBrowser(): Promise<Browser> {
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
