import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { lockDataDir } from './dataDirLock.ts';

const dirs: string[] = [];
const scratch = () => {
  const dir = mkdtempSync(join(tmpdir(), 'tropa-lock-'));
  dirs.push(dir);
  return dir;
};
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe('data folder lock', () => {
  it('lets one process hold the folder and removes the lock on release', () => {
    const dir = scratch();
    const release = lockDataDir(dir);
    expect(existsSync(join(dir, 'server.pid'))).toBe(true);
    release();
    expect(existsSync(join(dir, 'server.pid'))).toBe(false);
  });

  it('refuses a folder held by another live process, naming it', async () => {
    const dir = scratch();
    const other = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 30000)']);
    try {
      writeFileSync(join(dir, 'server.pid'), String(other.pid));
      expect(() => lockDataDir(dir)).toThrow(
        new RegExp(`in use by another Tropa server \\(process ${other.pid}\\)`),
      );
    } finally {
      other.kill();
    }
  });

  it('takes over a lock left by a process that has ended', async () => {
    const dir = scratch();
    const gone = spawn(process.execPath, ['-e', '0']);
    await new Promise((done) => gone.on('exit', done));
    writeFileSync(join(dir, 'server.pid'), String(gone.pid));
    const release = lockDataDir(dir);
    release();
  });
});
