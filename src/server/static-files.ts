/**
 * Serves the built SPA from memory: hashed assets are immutable for a year, index.html is never
 * cached, every HTML answer carries a Content-Security-Policy without inline script or style, and text
 * assets are compressed once at start-up (brotli and gzip) rather than on every request.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { extname, join, relative, sep } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';

export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  // No 'unsafe-inline': React and React Flow set styles through the DOM (CSSOM), which CSP allows,
  // and nothing injects <style> or style attributes (e2e/headers.spec.ts, and every browser spec
  // fails on the console error a refused style would log).
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.map': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.webmanifest': 'application/manifest+json',
};
// Source maps are left out: only devtools fetch them, and compressing megabytes at quality 11 would
// add seconds to every start.
const COMPRESSIBLE = new Set([
  '.html',
  '.js',
  '.mjs',
  '.css',
  '.json',
  '.svg',
  '.txt',
  '.webmanifest',
]);

interface StaticFile {
  type: string;
  body: Buffer;
  gzip?: Buffer;
  brotli?: Buffer;
  immutable: boolean;
}

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? walk(path) : [path];
  });
}

export function loadStaticFiles(clientDir: string): Map<string, StaticFile> {
  const files = new Map<string, StaticFile>();
  for (const path of walk(clientDir)) {
    const ext = extname(path);
    const body = readFileSync(path);
    const url = '/' + relative(clientDir, path).split(sep).join('/');
    const compress = COMPRESSIBLE.has(ext) && body.length > 1024;
    files.set(url, {
      type: TYPES[ext] ?? 'application/octet-stream',
      body,
      gzip: compress ? gzipSync(body, { level: 9 }) : undefined,
      brotli: compress
        ? brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } })
        : undefined,
      // Vite puts content-hashed files under /assets/.
      immutable: url.startsWith('/assets/'),
    });
  }
  return files;
}

function send(
  request: FastifyRequest,
  reply: FastifyReply,
  file: StaticFile,
  isHtml: boolean,
): FastifyReply {
  const accept = String(request.headers['accept-encoding'] ?? '');
  reply
    .header('content-type', file.type)
    .header('x-content-type-options', 'nosniff')
    .header('vary', 'accept-encoding');
  reply.header(
    'cache-control',
    file.immutable ? 'public, max-age=31536000, immutable' : 'no-cache',
  );
  if (isHtml) {
    reply
      .header('content-security-policy', CONTENT_SECURITY_POLICY)
      .header('referrer-policy', 'no-referrer')
      .header('x-frame-options', 'DENY');
  }
  if (file.brotli && /\bbr\b/.test(accept))
    return reply.header('content-encoding', 'br').send(file.brotli);
  if (file.gzip && /\bgzip\b/.test(accept))
    return reply.header('content-encoding', 'gzip').send(file.gzip);
  return reply.send(file.body);
}

/** Registers the SPA: known files by path, and index.html for every other non-API GET (client routes). */
export function registerStaticFiles(app: FastifyInstance, clientDir: string): void {
  const files = loadStaticFiles(clientDir);
  const index = files.get('/index.html');
  if (!index) throw new Error(`${clientDir}/index.html is missing: run "npm run build" first`);

  app.get('/*', (request, reply) => {
    const path = safeDecode((request.raw.url ?? '/').split('?')[0] ?? '/');
    if (path.startsWith('/api/')) {
      return reply.code(404).send({ error: 'Not Found', message: `No console API at ${path}` });
    }
    const file = files.get(path);
    if (file) return send(request, reply, file, file === index);
    // A missing hashed asset is a 404 (an old tab after a deploy), not the SPA. Other paths are client
    // routes, whose last segment may well contain a dot (a qualifiedName such as "Group:v1.2").
    if (path.startsWith('/assets/')) {
      return reply.code(404).type('text/plain; charset=utf-8').send('Not found');
    }
    return send(request, reply, index, true);
  });
}

function safeDecode(path: string): string {
  try {
    return decodeURIComponent(path);
  } catch {
    return path;
  }
}
