import { existsSync } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve, sep } from 'node:path';
import type { FastifyInstance } from 'fastify';

/** Where `npm run build -w @tropa/web` puts the web app (read as files; the server imports no web code). */
export const WEB_DIST = resolve(import.meta.dirname, '../../../web/dist');

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.json': 'application/json; charset=utf-8',
  '.woff2': 'font/woff2',
};

// The app's own scripts and styles only; the API answers are JSON and carry their own headers.
const CSP =
  "default-src 'self'; img-src 'self' data: blob:; style-src 'self' 'unsafe-inline'; script-src 'self'; " +
  "connect-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'self'";

/**
 * Serves the built web app: files from `dist`, and `index.html` for every other GET outside /api so the
 * single-page app's own routes (/w/…/maps/…) survive a reload. Does nothing when the app is not built.
 */
export function serveWebApp(fastify: FastifyInstance, dist: string = WEB_DIST): void {
  if (!existsSync(join(dist, 'index.html'))) return;
  fastify.get('/*', async (request, reply) => {
    const path = decodedPath(request.url);
    if (path === undefined || path === '/api' || path.startsWith('/api/')) return reply.callNotFound();
    const file = normalize(join(dist, path));
    const inside = file.startsWith(dist + sep);
    const found = inside && (await stat(file).catch(() => undefined))?.isFile();
    const target = found ? file : join(dist, 'index.html');
    const type = TYPES[extname(target)] ?? 'application/octet-stream';
    // Vite names built assets by content hash, so they never change; index.html always may.
    const immutable = found && path.startsWith('/assets/');
    reply
      .header('content-type', type)
      .header('cache-control', immutable ? 'public, max-age=31536000, immutable' : 'no-cache')
      .header('content-security-policy', CSP);
    return reply.send(await readFile(target));
  });
}

function decodedPath(url: string): string | undefined {
  try {
    return decodeURIComponent(url.split('?')[0] ?? '/');
  } catch {
    return undefined;
  }
}
