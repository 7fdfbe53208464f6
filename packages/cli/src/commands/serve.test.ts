import { spawn } from 'node:child_process';
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const bin = resolve(import.meta.dirname, '../../bin/tropa.js');
let dir: string | undefined;
afterAll(async () => {
  if (dir) await rm(dir, { recursive: true, force: true });
});

describe('tropa serve', () => {
  it('starts on the embedded database in TROPA_DATA, prints its URL, answers, and stops on SIGTERM', async () => {
    dir = await mkdtemp(join(tmpdir(), 'tropa-serve-'));
    const child = spawn(process.execPath, [bin, 'serve', '--port', '0', '--lang', 'ru'], {
      env: { ...process.env, TROPA_DATA: join(dir, 'data'), DATABASE_URL: '' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    const url = await new Promise<string>((done, fail) => {
      child.stdout.on('data', (chunk: Buffer) => {
        stdout += chunk.toString();
        const match = /http:\/\/127\.0\.0\.1:\d+/.exec(stdout);
        if (match) done(match[0]);
      });
      child.on('exit', (code) => fail(new Error(`exited with ${code}: ${stdout}`)));
    });
    expect(stdout).toMatch(/Tropa работает по адресу/);
    const health = await fetch(`${url}/api/health`);
    expect(await health.json()).toEqual({ status: 'ok', database: 'pglite' });
    // A second server on the same data folder refuses to start rather than corrupt the database.
    const second = spawn(process.execPath, [bin, 'serve', '--port', '0'], {
      env: { ...process.env, TROPA_DATA: join(dir, 'data'), DATABASE_URL: '' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let secondErr = '';
    second.stderr.on('data', (chunk: Buffer) => {
      secondErr += chunk.toString();
    });
    expect(await new Promise<number | null>((done) => second.on('exit', done))).toBe(1);
    expect(secondErr).toMatch(/in use by another Tropa server/);
    const exit = new Promise<number | null>((done) => child.on('exit', done));
    child.kill('SIGTERM');
    expect(await exit).toBe(0);
    const left = await readdir(join(dir, 'data'));
    expect(left).toContain('pg');
    expect(left).not.toContain('server.pid');
  }, 60_000);

  it('refuses a port that is not a number, with the usage', async () => {
    const child = spawn(process.execPath, [bin, 'serve', '--port', 'eighty'], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => {
      stderr += chunk.toString();
    });
    const code = await new Promise<number | null>((done) => child.on('exit', done));
    expect(code).toBe(2);
    expect(stderr).toMatch(/PORT must be a whole number/);
  }, 60_000);
});
