import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { createUpstream, type Upstream } from './upstream';

/**
 * A platform that drops a kept-alive connection on its second request without answering, as a
 * server does when its idle timeout fires just as the connection is reused.
 */
async function droppingPlatform() {
  const seen: string[] = [];
  const requestsOnSocket = new WeakMap<object, number>();
  const server = http.createServer((req, res) => {
    const n = (requestsOnSocket.get(req.socket) ?? 0) + 1;
    requestsOnSocket.set(req.socket, n);
    seen.push(`${req.method} ${req.url} #${n}`);
    if (n === 2) {
      req.socket.destroy();
      return;
    }
    res.setHeader('content-type', 'application/json');
    res.end(JSON.stringify({ ok: true }));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}`, seen, server };
}

describe('upstream', () => {
  let upstream: Upstream | undefined;
  let server: http.Server | undefined;
  afterEach(async () => {
    upstream?.close();
    await new Promise((resolve) => server?.close(resolve));
  });

  async function setup() {
    const platform = await droppingPlatform();
    server = platform.server;
    upstream = createUpstream({
      id: 'p',
      url: platform.url,
      dialect: 'v5',
      userId: 'garygeeke',
      metadataServer: 'mds',
      daemons: [],
      tls: { insecure: false },
      timeoutMs: 2_000,
    });
    return { upstream, seen: platform.seen };
  }

  it('sends a GET again on a new connection when the platform dropped the reused one', async () => {
    const { upstream, seen } = await setup();
    expect(
      (await upstream.request({ method: 'GET', path: '/a', headers: {}, timeoutMs: 2_000 })).status,
    ).toBe(200);
    const again = await upstream.request({
      method: 'GET',
      path: '/b',
      headers: {},
      timeoutMs: 2_000,
    });
    expect(again.status).toBe(200);
    expect(seen).toEqual(['GET /a #1', 'GET /b #2', 'GET /b #1']);
  });

  it('never sends a POST twice: the platform may have acted on it', async () => {
    const { upstream, seen } = await setup();
    await upstream.request({ method: 'GET', path: '/a', headers: {}, timeoutMs: 2_000 });
    await expect(
      upstream.request({
        method: 'POST',
        path: '/b',
        headers: {},
        body: Buffer.from('{}'),
        timeoutMs: 2_000,
      }),
    ).rejects.toThrow();
    expect(seen).toEqual(['GET /a #1', 'POST /b #2']);
  });
});
