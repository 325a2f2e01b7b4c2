/**
 * The console's operations over HTTP against stand-in platforms: answers and failures as the
 * browser gets them, secrets withheld, per-platform TLS trust, and what the log says.
 */
import { execFileSync } from 'node:child_process';
import http from 'node:http';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { CONSOLE_REQUEST_HEADER } from '../../egeria/platform-info';
import { REDACTED } from '../../egeria/secrets';
import { buildConsoleServer } from '../app';
import { fakePlatform, platformConfig as platform } from '../testing/fake-platform';

const h = { [CONSOLE_REQUEST_HEADER]: '1', 'content-type': 'application/json' };
const STORED_GUID = '5d0c3b3e-2f51-4a0e-9a55-2c8f1d3b7e10';

describe('operations on configured platforms', () => {
  const egeria = fakePlatform({
    handler: (seen, res) => {
      if (seen.url.includes('/configuration-properties')) {
        res.writeHead(200, { 'content-type': 'application/json' }).end(
          JSON.stringify({
            class: 'PropertiesResponse',
            relatedHTTPCode: 200,
            properties: { user: 'svc', clearPassword: 'hunter2', securedProperties: { k: 'abc' } },
          }),
        );
        return true;
      }
      if (seen.url.includes(`/integration-connectors/${STORED_GUID}`)) {
        res.writeHead(200, { 'content-type': 'application/json' }).end(
          JSON.stringify({
            class: 'IntegrationConnectorResponse',
            relatedHTTPCode: 200,
            element: {
              elementHeader: { guid: STORED_GUID, type: { typeName: 'IntegrationConnector' } },
              properties: {
                qualifiedName: 'Coco:Files',
                additionalProperties: { apiKey: 'key-in-additional' },
                connection: {
                  class: 'Connection',
                  userId: 'svc',
                  clearPassword: 'hunter2',
                  encryptedPassword: '',
                  securedProperties: { k: 'abc' },
                  configurationProperties: { accessToken: 'tok-xyz', depth: 2 },
                },
              },
            },
          }),
        );
        return true;
      }
      if (seen.url.includes('/integration-groups/Slow/')) {
        setTimeout(() => res.writeHead(200).end('{}'), 3_000).unref();
        return true;
      }
      if (seen.url.includes('/integration-groups/Unknown/')) {
        res.writeHead(200, { 'content-type': 'application/json' }).end(
          JSON.stringify({
            class: 'VoidResponse',
            relatedHTTPCode: 404,
            exceptionErrorMessageId: 'OMIS-INTEGRATION-DAEMON-404-001',
            exceptionErrorMessage:
              'OMIS-INTEGRATION-DAEMON-404-001 The integration group Unknown is not known to daemon',
            exceptionUserAction: 'Check the name of the group.',
          }),
        );
        return true;
      }
      return false;
    },
  });
  const logs: string[] = [];
  let app: FastifyInstance;

  beforeAll(async () => {
    const url = await egeria.start();
    app = await buildConsoleServer({
      platforms: [platform('coco', url), platform('down', 'http://127.0.0.1:1')],
      logger: { level: 'info', stream: { write: (line: string) => logs.push(line) } },
    });
  });
  afterAll(async () => {
    await app.close();
    await egeria.close();
  });
  beforeEach(() => {
    egeria.seen.length = 0;
  });

  const op = (platformId: string, name: string, args: unknown[]) =>
    app.inject({
      method: 'POST',
      url: `/api/ops/${platformId}/${name}`,
      headers: h,
      payload: { args },
    });

  it('lists platforms without URLs or TLS settings', async () => {
    const res = await app.inject({ url: '/api/platforms' });
    expect(res.json().platforms.map((p: { id: string }) => p.id)).toEqual(['coco', 'down']);
    expect(res.body).not.toContain('127.0.0.1');
  });

  it('answers an operation with its result, as the configured user, and logs the call without its body', async () => {
    const res = await op('coco', 'platform.origin', []);
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ result: 'Egeria OMAG Server Platform (version 5.3)' });
    expect(egeria.seen.map((s) => s.url)).toEqual([
      '/open-metadata/platform-services/users/garygeeke/server-platform/origin',
    ]);
    const line = logs.map((l) => JSON.parse(l)).find((l) => l.msg === 'egeria call');
    expect(line).toMatchObject({
      platform: 'coco',
      upstream: 'GET /open-metadata/platform-services/users/garygeeke/server-platform/origin',
      status: 200,
      bytes: Buffer.byteLength(res.json().result),
    });
    expect(line).not.toHaveProperty('relatedHTTPCode');
    expect(typeof line.ms).toBe('number');
  });

  it('withholds secret values in any answer', async () => {
    const res = await op('coco', 'connector.liveConfiguration', ['daemon', 'Files']);
    expect(res.statusCode).toBe(200);
    expect(res.json().result).toEqual({
      user: 'svc',
      clearPassword: REDACTED,
      securedProperties: { k: REDACTED },
    });
    expect(res.body).not.toContain('hunter2');
    expect(res.body).not.toContain('"abc"');
  });

  it('shows an element as Egeria returned it, every secret and credential only as set or not', async () => {
    const res = await op('coco', 'element.stored', ['connector', STORED_GUID]);
    expect(res.statusCode).toBe(200);
    for (const secret of ['hunter2', '"abc"', 'tok-xyz', 'key-in-additional'])
      expect(res.body).not.toContain(secret);
    expect(res.json().result.properties).toMatchObject({
      qualifiedName: 'Coco:Files',
      additionalProperties: { apiKey: REDACTED },
      connection: {
        userId: 'svc',
        clearPassword: REDACTED,
        encryptedPassword: '',
        securedProperties: { k: REDACTED },
        configurationProperties: { accessToken: REDACTED, depth: 2 },
      },
    });
    expect(egeria.seen.map((s) => s.url)).toEqual([
      expect.stringContaining(`/integration-connectors/${STORED_GUID}`),
    ]);
  });

  it('passes on Egeria’s own message id, text and user action', async () => {
    const res = await op('coco', 'daemon.refreshConfig', ['daemon', 'Unknown']);
    // As Egeria answered: HTTP 200, relatedHTTPCode 404.
    expect(res.statusCode).toBe(200);
    expect(res.json().error).toMatchObject({
      kind: 'egeria',
      httpStatus: 200,
      relatedHTTPCode: 404,
      messageId: 'OMIS-INTEGRATION-DAEMON-404-001',
      text: 'The integration group Unknown is not known to daemon',
      userAction: 'Check the name of the group.',
    });
    // The log says the call failed too, though its HTTP status was 200.
    const line = logs
      .map((l) => JSON.parse(l))
      .findLast((l) => l.msg === 'egeria call' && String(l.upstream).includes('/Unknown/'));
    expect(line).toMatchObject({ status: 200, relatedHTTPCode: 404 });
  });

  it('answers an unknown platform with a console error and sends nothing', async () => {
    const res = await op('nope', 'platform.origin', []);
    expect(res.statusCode).toBe(404);
    expect(res.json().error).toMatchObject({ messageId: 'CONSOLE-PROXY-404-001' });
    expect(res.json().error.text).toContain('coco, down');
    expect(egeria.seen).toEqual([]);
  });

  it('reports an unreachable platform as a 502 with a user action', async () => {
    const res = await op('down', 'platform.origin', []);
    expect(res.statusCode).toBe(502);
    expect(res.json().error.messageId).toBe('CONSOLE-PROXY-502-001');
    expect(res.json().error.text).toContain('ECONNREFUSED');
    expect(res.json().error.userAction).toMatch(/running/);
  });

  it('gives up on a slow platform after its timeout', async () => {
    const res = await op('coco', 'daemon.refreshConfig', ['daemon', 'Slow']);
    expect(res.statusCode).toBe(504);
    expect(res.json().error.messageId).toBe('CONSOLE-PROXY-504-001');
  });

  it('carries security headers on every answer', async () => {
    for (const res of [
      await op('coco', 'platform.origin', []),
      await app.inject({ url: '/api/platforms' }),
      await app.inject({ url: '/api/nothing-here' }),
    ]) {
      expect(res.headers['x-content-type-options']).toBe('nosniff');
      expect(res.headers['cache-control']).toBe('no-store');
      expect(res.headers['x-frame-options']).toBe('DENY');
      expect(res.headers['content-security-policy']).toContain("frame-ancestors 'none'");
      expect(res.headers['referrer-policy']).toBe('no-referrer');
    }
  });

  // Last in this block: once it listens, the server serves only its own port's loopback names.
  it('carries them on the status feed’s event stream too', async () => {
    const url = await app.listen({ host: '127.0.0.1', port: 0 });
    const headers = await new Promise<http.IncomingHttpHeaders>((resolve, reject) => {
      const request = http.get(
        `${url}/api/feed/coco/daemon`,
        { headers: { [CONSOLE_REQUEST_HEADER]: '1' } },
        (res) => {
          resolve(res.headers);
          request.destroy();
        },
      );
      request.on('error', reject);
    });
    expect(headers['content-type']).toBe('text/event-stream; charset=utf-8');
    expect(headers['x-content-type-options']).toBe('nosniff');
    expect(headers['cache-control']).toBe('no-store');
    expect(headers['content-security-policy']).toContain("default-src 'none'");
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
  const egeria = fakePlatform({
    tls: { key: readFileSync(join(dir, 'key.pem')), cert: readFileSync(join(dir, 'cert.pem')) },
  });
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
  const origin = (id: string) =>
    app.inject({
      method: 'POST',
      url: `/api/ops/${id}/platform.origin`,
      headers: h,
      payload: { args: [] },
    });

  it('rejects a self-signed certificate by default, with a message that says how to trust it', async () => {
    const res = await origin('strict');
    expect(res.statusCode).toBe(502);
    expect(res.json().error.messageId).toBe('CONSOLE-PROXY-502-002');
    expect(res.json().error.userAction).toContain('tls.caFile');
  });

  it('trusts it through the platform’s CA file or its explicit insecure flag only', async () => {
    expect((await origin('trusted')).statusCode).toBe(200);
    expect((await origin('insecure')).statusCode).toBe(200);
    // The other platforms' settings did not leak into the strict one.
    expect((await origin('strict')).statusCode).toBe(502);
  });
});
