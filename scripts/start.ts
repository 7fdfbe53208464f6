// `npm start`: builds the web app when its sources changed, starts the server on the embedded database
// (TROPA_DATA, default ./.tropa), seeds the demo workspace on first start and prints where to sign in.
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { buildApp, configFromEnv, DEMO_ACCOUNT, seedDemo } from '@tropa/server';

const root = resolve(import.meta.dirname, '..');
const web = join(root, 'packages/web');

function newestChange(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestChange(path) : statSync(path).mtimeMs);
  }
  return newest;
}

const builtAt = existsSync(join(web, 'dist/index.html')) ? statSync(join(web, 'dist/index.html')).mtimeMs : 0;
const sourcesAt = Math.max(
  newestChange(join(web, 'src')),
  statSync(join(web, 'index.html')).mtimeMs,
  newestChange(join(root, 'packages/core/src')),
);
// TROPA_WEB_BUILT=1: the caller has built it already (the browser tests, which run several servers at once).
if (sourcesAt > builtAt && process.env.TROPA_WEB_BUILT !== '1') {
  process.stdout.write('Building the web app…\n');
  execFileSync(join(root, 'node_modules/.bin/vite'), ['build', '--logLevel', 'warn'], {
    cwd: web,
    stdio: 'inherit',
  });
}

const port = Number(process.env.PORT ?? '3000');
const host = process.env.HOST ?? '127.0.0.1';
const app = await buildApp(configFromEnv(process.env));
// TROPA_DEMO_CASES makes a smaller demo data set (the browser tests use one); 2,000 partners by default.
const demoCases = process.env.TROPA_DEMO_CASES ? Number(process.env.TROPA_DEMO_CASES) : undefined;
const seed = await seedDemo(app, demoCases === undefined ? {} : { cases: demoCases });
await app.fastify.listen({ port, host });
const address = app.fastify.server.address();
const url = `http://${host.includes(':') ? `[${host}]` : host}:${typeof address === 'object' && address ? address.port : port}`;
process.stdout.write(`\nTropa is running at ${url}\n`);
process.stdout.write(`Demo sign-in: ${DEMO_ACCOUNT.email} / ${DEMO_ACCOUNT.password}\n`);
if (seed) {
  process.stdout.write('The demo workspace was created; its data set is being imported in the background.\n');
  void seed.imported.then(() => process.stdout.write('The demo data set is imported.\n'));
}
process.stdout.write('Press Ctrl+C to stop.\n');

const stop = async () => {
  await app.close();
  process.exit(0);
};
process.once('SIGINT', stop);
process.once('SIGTERM', stop);
