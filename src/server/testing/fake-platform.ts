/**
 * A stand-in Egeria platform for the console server's HTTP tests: answers every request with a
 * plausible success (5.3 or 6.x), issues 6.x tokens, and records everything that reached it, so a
 * test can prove that a refused request reached nothing.
 */
import http from 'node:http';
import https from 'node:https';
import type { AddressInfo } from 'node:net';
import type { ConsolePlatform } from '../app';

export interface Seen {
  method: string;
  url: string;
  body: string;
  authorization?: string;
}

export const FAKE_TOKEN =
  'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJnYXJ5Z2Vla2UifQ.ZmFrZS1wbGF0Zm9ybS10b2tlbg';
export const FAKE_PASSWORD = 'fake platform password';

export interface FakePlatformOptions {
  release?: '5.3' | '6.1';
  tls?: { key: Buffer; cert: Buffer };
  /** Answers a request itself; return false to fall back to the generic answer. */
  handler?: (seen: Seen, res: http.ServerResponse) => boolean;
}

export function fakePlatform(options: FakePlatformOptions = {}) {
  const release = options.release ?? '5.3';
  const seen: Seen[] = [];
  const listener = (req: http.IncomingMessage, res: http.ServerResponse) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const entry: Seen = {
        method: req.method ?? '',
        url: req.url ?? '',
        body: Buffer.concat(chunks).toString(),
        authorization: req.headers.authorization,
      };
      seen.push(entry);
      if (options.handler?.(entry, res)) return;
      if (entry.url.endsWith('/server-platform/origin'))
        return void res
          .writeHead(200, { 'content-type': 'text/plain' })
          .end(`Egeria OMAG Server Platform (version ${release})`);
      if (release === '6.1') {
        if (entry.url === '/api/token') {
          const login = JSON.parse(entry.body || '{}') as { password?: string };
          if (login.password !== FAKE_PASSWORD) return void res.writeHead(401).end();
          return void res.writeHead(200, { 'content-type': 'text/plain' }).end(FAKE_TOKEN);
        }
        if (entry.url.startsWith('/api/token/')) return void res.writeHead(200).end();
        if (entry.authorization !== `Bearer ${FAKE_TOKEN}`) return void res.writeHead(401).end();
      }
      res
        .writeHead(200, { 'content-type': 'application/json' })
        .end(JSON.stringify({ class: 'VoidResponse', relatedHTTPCode: 200, requestId: 'req-1' }));
    });
  };
  const server = options.tls
    ? https.createServer(options.tls, listener)
    : http.createServer(listener);
  return {
    seen,
    async start(): Promise<string> {
      await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
      const port = (server.address() as AddressInfo).port;
      return `${options.tls ? 'https' : 'http'}://127.0.0.1:${port}`;
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** A configured 5.x platform at `url`, for the console server's tests. */
export function platformConfig(
  id: string,
  url: string,
  extra: Partial<ConsolePlatform> = {},
): ConsolePlatform {
  return {
    id,
    url,
    dialect: 'v5',
    userId: 'garygeeke',
    metadataServer: 'mds',
    daemons: ['daemon'],
    tls: { insecure: false },
    timeoutMs: 2_000,
    ...extra,
  };
}
