import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Fastify, { type FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveWebApp } from './serveWebApp.ts';

describe('serving the built web app', () => {
  let dist: string;
  let fastify: FastifyInstance;
  beforeAll(async () => {
    dist = mkdtempSync(join(tmpdir(), 'tropa-dist-'));
    mkdirSync(join(dist, 'assets'));
    writeFileSync(join(dist, 'index.html'), '<!doctype html><title>app</title>');
    writeFileSync(join(dist, 'assets', 'index-abc.js'), 'console.log(1)');
    writeFileSync(join(dist, '..', 'secret.txt'), 'outside');
    fastify = Fastify();
    fastify.get('/api/health', async () => ({ ok: true }));
    serveWebApp(fastify, dist);
    await fastify.ready();
  });
  afterAll(async () => {
    await fastify.close();
    rmSync(dist, { recursive: true, force: true });
    rmSync(join(dist, '..', 'secret.txt'), { force: true });
  });

  it('serves hashed assets for a year and index.html for the app’s own routes', async () => {
    const asset = await fastify.inject('/assets/index-abc.js');
    expect(asset.statusCode).toBe(200);
    expect(asset.headers['content-type']).toContain('text/javascript');
    expect(asset.headers['cache-control']).toContain('immutable');
    const route = await fastify.inject('/w/w_1/maps/m_2/insights');
    expect(route.statusCode).toBe(200);
    expect(route.body).toContain('<title>app</title>');
    expect(route.headers['cache-control']).toBe('no-cache');
    expect(route.headers['content-security-policy']).toContain("script-src 'self'");
  });

  it('leaves /api to the API: its routes answer, unknown ones are 404, never the app', async () => {
    expect((await fastify.inject('/api/health')).json()).toEqual({ ok: true });
    const missing = await fastify.inject('/api/nope');
    expect(missing.statusCode).toBe(404);
    expect(missing.body).not.toContain('<title>app</title>');
  });

  it('never reads outside the folder: traversal falls back to the app, a malformed path is refused', async () => {
    for (const url of ['/../secret.txt', '/%2e%2e/secret.txt', '/assets/%2e%2e/%2e%2e/secret.txt']) {
      const answer = await fastify.inject(url);
      expect(answer.body).not.toContain('outside');
    }
    const malformed = await fastify.inject('/%E0%A4%A');
    expect(malformed.statusCode).toBeGreaterThanOrEqual(400);
    expect(malformed.statusCode).toBeLessThan(500);
  });
});
