import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import http from 'node:http';
import https from 'node:https';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { CONSOLE_REQUEST_HEADER } from '../egeria/platform-info';
import { REDACTED } from '../egeria/secrets';
import { buildConsoleServer, type ConsolePlatform } from './app';

interface Seen {
  method: string;
  url: string;
  body: string;
  headers: http.IncomingHttpHeaders;
}

/** A stand-in Egeria platform that records what reached it. */
function fakeEgeria(
  handler: (req: Seen, res: http.ServerResponse) => void,
  tls?: { key: Buffer; cert: Buffer },
) {
  const seen: Seen[] = [];
  const listener = (req: http.IncomingMessage, res: http.ServerResponse) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const entry = {
        method: req.method ?? '',
        url: req.url ?? '',
        body: Buffer.concat(chunks).toString(),
        headers: req.headers,
      };
      seen.push(entry);
      handler(entry, res);
    });
  };
  const server = tls ? https.createServer(tls, listener) : http.createServer(listener);
  return {
    seen,
    async start(): Promise<string> {
      await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
      return `${tls ? 'https' : 'http'}://127.0.0.1:${(server.address() as AddressInfo).port}`;
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

function platform(id: string, url: string, extra: Partial<ConsolePlatform> = {}): ConsolePlatform {
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

const h = { [CONSOLE_REQUEST_HEADER]: '1' };
const origin = '/open-metadata/platform-services/users/garygeeke/server-platform/origin';

describe('proxy to configured platforms', () => {
  const connection = {
    class: 'Connection',
    userId: 'svc',
    clearPassword: 'hunter2',
    securedProperties: { token: 'abc' },
    encryptedPassword: '',
  };
  const egeria = fakeEgeria((req, res) => {
    if (req.url.endsWith('/origin')) {
      res
        .writeHead(200, { 'content-type': 'text/plain;charset=UTF-8' })
        .end('Egeria OMAG Server Platform (version 5.3)');
    } else if (req.url.includes('/slow')) {
      setTimeout(() => res.writeHead(200).end('{}'), 5_000).unref();
    } else {
      res.writeHead(200, { 'content-type': 'application/json' }).end(
        JSON.stringify({
          class: 'X',
          relatedHTTPCode: 200,
          element: { connection },
          echo: req.body,
        }),
      );
    }
  });
  let app: FastifyInstance;

  beforeAll(async () => {
    const url = await egeria.start();
    app = await buildConsoleServer({
      platforms: [platform('coco', url), platform('down', 'http://127.0.0.1:1')],
    });
  });
  afterAll(async () => {
    await app.close();
    await egeria.close();
  });
  afterEach(() => {
    egeria.seen.length = 0;
  });

  it('lists platforms without URLs or TLS settings', async () => {
    const res = await app.inject({ url: '/api/platforms' });
    const body = res.json();
    expect(body.platforms.map((p: { id: string }) => p.id)).toEqual(['coco', 'down']);
    expect(JSON.stringify(body)).not.toContain('127.0.0.1');
    expect(body.platforms[0]).toEqual({
      id: 'coco',
      label: 'coco',
      dialect: 'v5',
      userId: 'garygeeke',
      metadataServer: 'mds',
      daemons: ['daemon'],
      sandbox: false,
    });
  });

  it('forwards path and query to the configured platform and passes text through', async () => {
    const res = await app.inject({ url: `/api/egeria/coco${origin}`, headers: h });
    expect(res.statusCode).toBe(200);
    expect(res.body).toBe('Egeria OMAG Server Platform (version 5.3)');
    const q =
      '/servers/mds/open-metadata/framework-services/governance-server/governance-configuration-service/users/garygeeke/integration-groups?startingFrom=0&maximumResults=10';
    await app.inject({ url: `/api/egeria/coco${q}`, headers: h });
    expect(egeria.seen.map((s) => s.url)).toEqual([origin, q]);
  });

  it('keeps percent-encoded names intact', async () => {
    const path =
      '/servers/mds/open-metadata/framework-services/governance-server/governance-configuration-service/users/garygeeke/integration-groups/by-name/Coco%3AGroup%20Donn%C3%A9es';
    await app.inject({ url: `/api/egeria/coco${path}`, headers: h });
    expect(egeria.seen[0]?.url).toBe(path);
  });

  it('withholds secret values but says they are set', async () => {
    const res = await app.inject({
      url: `/api/egeria/coco/servers/mds/open-metadata/x`,
      headers: h,
    });
    const c = res.json().element.connection;
    expect(c.clearPassword).toBe(REDACTED);
    expect(c.securedProperties).toEqual({ token: REDACTED });
    expect(c.encryptedPassword).toBe('');
    expect(c.userId).toBe('svc');
    expect(res.body).not.toContain('hunter2');
    expect(res.body).not.toContain('"abc"');
  });

  it('forwards POST bodies unchanged', async () => {
    const body = JSON.stringify({ class: 'IntegrationGroupProperties', qualifiedName: 'G<1>' });
    const res = await app.inject({
      method: 'POST',
      url: '/api/egeria/coco/servers/mds/open-metadata/y/new',
      headers: { ...h, 'content-type': 'application/json' },
      payload: body,
    });
    expect(res.statusCode).toBe(200);
    expect(egeria.seen[0]).toMatchObject({ method: 'POST', body });
  });

  it('refuses to write a withheld secret back', async () => {
    const res = await app.inject({
      method: 'POST',
      url: '/api/egeria/coco/servers/mds/open-metadata/y/update',
      headers: { ...h, 'content-type': 'application/json' },
      payload: JSON.stringify({ connection: { clearPassword: REDACTED } }),
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().exceptionErrorMessageId).toBe('CONSOLE-PROXY-400-001');
    expect(egeria.seen).toHaveLength(0);
  });

  it('answers an unknown platform with an FFDC error and sends nothing', async () => {
    const res = await app.inject({ url: `/api/egeria/nope${origin}`, headers: h });
    expect(res.statusCode).toBe(404);
    expect(res.json()).toMatchObject({
      relatedHTTPCode: 404,
      exceptionErrorMessageId: 'CONSOLE-PROXY-404-001',
    });
    expect(res.json().exceptionErrorMessage).toContain('coco, down');
  });

  it.each([
    ['/etc/passwd'],
    ['/servers/mds/../../admin'],
    ['/servers/mds/open-metadata/%2e%2e/%2E%2E/x'],
    ['/api/token'],
  ])('refuses path %s outside the REST surface', async (path) => {
    const res = await app.inject({ url: `/api/egeria/coco${path}`, headers: h });
    expect(res.statusCode).toBe(403);
    expect(egeria.seen).toHaveLength(0);
  });

  it('refuses requests that do not come from the console (cross-site)', async () => {
    const res = await app.inject({ url: `/api/egeria/coco${origin}` });
    expect(res.statusCode).toBe(403);
    expect(res.json().exceptionErrorMessageId).toBe('CONSOLE-PROXY-403-002');
    expect(egeria.seen).toHaveLength(0);
  });

  it('refuses methods Egeria does not use', async () => {
    const res = await app.inject({
      method: 'DELETE',
      url: `/api/egeria/coco/servers/mds/open-metadata/x`,
      headers: h,
    });
    expect(res.statusCode).toBe(405);
  });

  it('reports an unreachable platform as a 502 with user action', async () => {
    const res = await app.inject({ url: `/api/egeria/down${origin}`, headers: h });
    expect(res.statusCode).toBe(502);
    const body = res.json();
    expect(body.exceptionErrorMessageId).toBe('CONSOLE-PROXY-502-001');
    expect(body.exceptionErrorMessage).toContain('ECONNREFUSED');
    expect(body.exceptionUserAction).toMatch(/running/);
  });

  it('gives up on a slow platform after its timeout', async () => {
    const res = await app.inject({
      url: `/api/egeria/coco/servers/mds/open-metadata/slow`,
      headers: h,
    });
    expect(res.statusCode).toBe(504);
    expect(res.json().exceptionErrorMessageId).toBe('CONSOLE-PROXY-504-001');
  });
});

describe('TLS trust is per platform', () => {
  const dir = mkdtempSync(join(tmpdir(), 'console-tls-'));
  execFileSync(
    'openssl',
    [
      'req',
      '-x509',
      '-newkey',
      'rsa:2048',
      '-nodes',
      '-days',
      '1',
      '-subj',
      '/CN=127.0.0.1',
      '-addext',
      'subjectAltName=IP:127.0.0.1',
      '-keyout',
      join(dir, 'key.pem'),
      '-out',
      join(dir, 'cert.pem'),
    ],
    { stdio: 'ignore' },
  );
  const egeria = fakeEgeria(
    (_req, res) =>
      res
        .writeHead(200, { 'content-type': 'text/plain' })
        .end('Egeria OMAG Server Platform (version 5.3)'),
    {
      key: readFileSync(join(dir, 'key.pem')),
      cert: readFileSync(join(dir, 'cert.pem')),
    },
  );
  let app: FastifyInstance;

  beforeAll(async () => {
    const url = await egeria.start();
    app = await buildConsoleServer({
      platforms: [
        platform('strict', url),
        platform('trusted', url, { tls: { caFile: join(dir, 'cert.pem'), insecure: false } }),
        platform('insecure', url, { tls: { insecure: true } }),
      ],
    });
  });
  afterAll(async () => {
    await app.close();
    await egeria.close();
  });

  it('rejects a self-signed certificate by default, with a message that says how to trust it', async () => {
    const res = await app.inject({ url: `/api/egeria/strict${origin}`, headers: h });
    expect(res.statusCode).toBe(502);
    expect(res.json().exceptionErrorMessageId).toBe('CONSOLE-PROXY-502-002');
    expect(res.json().exceptionUserAction).toContain('tls.caFile');
  });

  it('trusts it through the platform’s CA file or its explicit insecure flag only', async () => {
    expect((await app.inject({ url: `/api/egeria/trusted${origin}`, headers: h })).statusCode).toBe(
      200,
    );
    expect(
      (await app.inject({ url: `/api/egeria/insecure${origin}`, headers: h })).statusCode,
    ).toBe(200);
    // The other platforms' settings did not leak into the strict one.
    expect((await app.inject({ url: `/api/egeria/strict${origin}`, headers: h })).statusCode).toBe(
      502,
    );
  });
});
