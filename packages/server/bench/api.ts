/**
 * `npm run bench -w @tropa/server [-- --seconds 10 --workers 32]`: starts `tropa serve` on 127.0.0.1 with a
 * fresh embedded database (or DATABASE_URL), then measures reading a map and saving one under load.
 * Targets on 2 cores: ≥ 2,000 reads/s with p99 ≤ 20 ms; ≥ 200 saves/s.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { Agent } from 'node:http';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { type Call, type LoadResult, load, send } from './loadGenerator.ts';

const { values } = parseArgs({
  options: { seconds: { type: 'string', default: '10' }, workers: { type: 'string', default: '32' } },
});
const seconds = Number(values.seconds);
const workers = Number(values.workers);
const root = resolve(import.meta.dirname, '../../..');
const dataDir = mkdtempSync(join(tmpdir(), 'tropa-api-bench-'));
const mapYaml = readFileSync(join(root, 'examples/b2b-partner-journey/en/partner-journey.yaml'), 'utf8');
const log = (text: string) => process.stderr.write(`${text}\n`);

const server = spawn(process.execPath, [join(root, 'packages/cli/bin/tropa.js'), 'serve', '--port', '0'], {
  env: { ...process.env, TROPA_DATA: dataDir, TROPA_LANG: 'en' },
  stdio: ['ignore', 'pipe', 'inherit'],
});
const port = await new Promise<number>((ok, fail) => {
  server.stdout.on('data', (chunk: Buffer) => {
    const match = /http:\/\/127\.0\.0\.1:(\d+)/.exec(chunk.toString());
    if (match) ok(Number(match[1]));
  });
  server.on('exit', (code) => fail(new Error(`tropa serve exited with ${code}`)));
});

try {
  const agent = new Agent({ keepAlive: true });
  const json = { 'content-type': 'application/json' };
  const call = async (c: Call) => {
    const r = await send(agent, port, c);
    if (r.status >= 300) throw new Error(`${c.method} ${c.path}: ${r.status} ${r.body}`);
    return JSON.parse(r.body) as Record<string, unknown> & { [k: string]: never };
  };
  const signUp = await send(agent, port, {
    method: 'POST',
    path: '/api/auth/sign-up',
    headers: json,
    body: JSON.stringify({ email: 'bench@example.test', password: 'a bench password', name: 'Bench' }),
  });
  if (signUp.status !== 201)
    throw new Error(`sign-up failed (${signUp.status}); DATABASE_URL must name an empty database`);
  const cookie = String((signUp.headers['set-cookie'] as string[]).map((c) => c.split(';')[0]).join('; '));
  const csrf = (JSON.parse(signUp.body) as { csrfToken: string }).csrfToken;
  const session = { ...json, cookie, 'x-csrf-token': csrf };
  const ws = (await call({
    method: 'POST',
    path: '/api/workspaces',
    headers: session,
    body: '{"name":"Bench"}',
  })) as unknown as {
    workspace: { id: string };
  };
  const base = `/api/workspaces/${ws.workspace.id}`;
  const token = (await call({
    method: 'POST',
    path: `${base}/tokens`,
    headers: session,
    body: JSON.stringify({ name: 'bench', role: 'editor' }),
  })) as unknown as { secret: string };
  const bearer = { authorization: `Bearer ${token.secret}` };

  // One map per worker for saves (saves of one map serialize by design); map 0 is the one read.
  const mapIds: string[] = [];
  for (let i = 0; i < workers; i++) {
    const doc = mapYaml.replace(/^id: .*$/m, `id: bench-map-${i}`);
    const made = (await call({
      method: 'POST',
      path: `${base}/maps`,
      headers: { ...json, ...bearer },
      body: JSON.stringify({ document: doc }),
    })) as unknown as {
      map: { id: string };
    };
    mapIds.push(made.map.id);
  }
  const readPath = `${base}/maps/${mapIds[0]}`;

  log(`Warming up, then ${seconds} s per scenario with ${workers} connections on 127.0.0.1:${port}…`);
  await load(port, 2, workers, () => ({ method: 'GET', path: readPath, headers: bearer }), 200);
  const reads = await load(
    port,
    seconds,
    workers,
    () => ({ method: 'GET', path: readPath, headers: bearer }),
    200,
  );

  // Saves: each worker saves its own map on top of the version it last saw, as the web editor does
  // (the document as a JSON object), then as YAML text as the CLI would.
  const versions = mapIds.map(() => 1);
  const journeys = await Promise.all(
    mapIds.map(async (id) => {
      const read = (await call({
        method: 'GET',
        path: `${base}/maps/${id}`,
        headers: bearer,
      })) as unknown as {
        document: { journey: unknown };
      };
      return read.document.journey;
    }),
  );
  const yamlBodies = mapIds.map((_, i) => mapYaml.replace(/^id: .*$/m, `id: bench-map-${i}`));
  const saveLoad = (document: (w: number) => unknown) =>
    load(
      port,
      seconds,
      workers,
      (w) => ({
        method: 'PUT',
        path: `${base}/maps/${mapIds[w]}`,
        headers: { ...json, ...bearer, 'if-match': `"v${versions[w]}"` },
        body: JSON.stringify({ document: document(w), message: `save ${versions[w]}` }),
      }),
      200,
      (w, response) => {
        const etag = /"v(\d+)"/.exec(String(response.headers.etag ?? ''));
        if (etag) versions[w] = Number(etag[1]);
      },
    );
  const saves = await saveLoad((w) => journeys[w]);
  const yamlSaves = await saveLoad((w) => yamlBodies[w]);

  const row = (name: string, r: LoadResult, target: string) =>
    `| ${name} | ${r.requests} | ${r.perSecond.toFixed(0)} | ${r.p50.toFixed(1)} | ${r.p99.toFixed(1)} | ${r.failures} | ${target} |`;
  process.stdout.write(
    [
      `API on ${process.env.DATABASE_URL ? 'PostgreSQL (DATABASE_URL)' : 'embedded PGlite'}, map of ${(mapYaml.length / 1024).toFixed(0)} KB YAML, ${workers} connections`,
      '',
      '| scenario | requests | per second | p50 ms | p99 ms | failures | target |',
      '|---|---|---|---|---|---|---|',
      row('read a map (GET)', reads, '≥ 2000/s, p99 ≤ 20 ms'),
      row('save a map (PUT, If-Match, JSON object)', saves, '≥ 200/s'),
      row('save a map (PUT, If-Match, YAML text)', yamlSaves, '—'),
      '',
    ].join('\n'),
  );
} finally {
  server.kill('SIGTERM');
  await new Promise((ok) => server.on('exit', ok));
  rmSync(dataDir, { recursive: true, force: true });
}
