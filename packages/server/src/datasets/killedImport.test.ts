import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const script = resolve(import.meta.dirname, '../testing/serveProcess.ts');
const dataDir = mkdtempSync(join(tmpdir(), 'tropa-killed-import-'));
const children: ChildProcess[] = [];
afterAll(() => {
  for (const child of children) child.kill('SIGKILL');
  rmSync(dataDir, { recursive: true, force: true });
});

async function startServer(): Promise<{ child: ChildProcess; base: string }> {
  const child = spawn(process.execPath, ['--import', 'tsx', script, dataDir], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  children.push(child);
  const port = await new Promise<string>((done, fail) => {
    child.stdout?.on('data', (chunk: Buffer) => {
      const match = /listening (\d+)/.exec(chunk.toString());
      if (match?.[1]) done(match[1]);
    });
    child.on('exit', (code) => fail(new Error(`server exited with ${code}`)));
  });
  return { child, base: `http://127.0.0.1:${port}` };
}

function bigLog(cases: number): string {
  const lines = ['case_id,ts,activity'];
  for (let c = 0; c < cases; c++) {
    for (let i = 0; i < 5; i++)
      lines.push(`c${c},2026-01-0${1 + i} 10:${String(c % 60).padStart(2, '0')}:00,step_${i}`);
  }
  return `${lines.join('\n')}\n`;
}

describe('an import killed half-way', () => {
  it('leaves no partial dataset, and the restarted server reports it as interrupted', async () => {
    const first = await startServer();
    const signUp = await fetch(`${first.base}/api/auth/sign-up`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: 'k@example.test', password: 'long enough password', name: 'K' }),
    });
    const cookie = signUp.headers
      .getSetCookie()
      .map((c) => c.split(';')[0])
      .join('; ');
    const { csrfToken } = (await signUp.json()) as { csrfToken: string };
    const session = { cookie, 'x-csrf-token': csrfToken };
    const ws = (await (
      await fetch(`${first.base}/api/workspaces`, {
        method: 'POST',
        headers: { ...session, 'content-type': 'application/json' },
        body: JSON.stringify({ name: 'K' }),
      })
    ).json()) as { workspace: { id: string } };
    const form = new FormData();
    form.set('name', 'Big');
    form.set('events', new Blob([bigLog(30_000)]), 'events.csv');
    const upload = await fetch(`${first.base}/api/workspaces/${ws.workspace.id}/datasets`, {
      method: 'POST',
      headers: session,
      body: form,
    });
    expect(upload.status).toBe(202);
    const { dataset } = (await upload.json()) as { dataset: { id: string } };
    first.child.kill('SIGKILL');
    await new Promise((done) => first.child.on('exit', done));

    const datasetsDir = join(dataDir, 'analytics', 'datasets');
    const files = (() => {
      try {
        return readdirSync(datasetsDir);
      } catch {
        return [];
      }
    })();
    expect(files).not.toContain(`${dataset.id}.duckdb`);

    const second = await startServer();
    const signIn = await fetch(`${second.base}/api/auth/sign-in`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: 'k@example.test', password: 'long enough password' }),
    });
    const cookie2 = signIn.headers
      .getSetCookie()
      .map((c) => c.split(';')[0])
      .join('; ');
    const read = await fetch(`${second.base}/api/workspaces/${ws.workspace.id}/datasets/${dataset.id}`, {
      headers: { cookie: cookie2 },
    });
    const body = (await read.json()) as { dataset: { status: string; error: { code: string } } };
    expect(body.dataset.status).toBe('failed');
    expect(body.dataset.error.code).toBe('interrupted');
    second.child.kill('SIGTERM');
    await new Promise((done) => second.child.on('exit', done));
  }, 120_000);
});
