import { afterEach, describe, expect, it } from 'vitest';
import { startSandbox, type SandboxHandle } from '../../sandbox';

const ORIGIN_6 = '/open-metadata/platform-services/server-platform/origin';
const SERVERS_6 = '/open-metadata/platform-services/server-platform/servers';
const SERVERS_5 = '/open-metadata/platform-services/users/garygeeke/server-platform/servers';
const VIEW = '/servers/view-server/api/open-metadata';

async function call(url: string, init: RequestInit = {}) {
  const response = await fetch(url, init);
  const text = await response.text();
  return { status: response.status, text, headers: response.headers };
}

async function token(sandbox: SandboxHandle): Promise<string> {
  const r = await call(`${sandbox.url}/api/token`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ userId: 'garygeeke', password: 'secret' }),
  });
  expect(r.status).toBe(200);
  return r.text;
}

describe('the sandbox speaking 6.x', () => {
  let sandbox: SandboxHandle | undefined;
  afterEach(async () => {
    await sandbox?.close();
    sandbox = undefined;
  });

  it('answers a real HTTP 401 without a valid token, and the origin without one', async () => {
    sandbox = await startSandbox({ seed: 'empty', dialects: ['v6'] });
    expect((await call(`${sandbox.url}${ORIGIN_6}`)).text).toContain('version 6.1');
    const anonymous = await call(`${sandbox.url}${SERVERS_6}`);
    // Spring Security's own answer: the challenge and no body (captured 6.1 11).
    expect(anonymous.status).toBe(401);
    expect(anonymous.headers.get('www-authenticate')).toBe('Bearer');
    expect(anonymous.text).toBe('');
    const forged = await call(`${sandbox.url}${SERVERS_6}`, {
      headers: { authorization: 'Bearer x.y.z' },
    });
    expect(forged.status).toBe(401);
    expect(forged.headers.get('www-authenticate')).toMatch(/^Bearer error="invalid_token", /);
    expect(forged.text).toBe('');
    const good = await call(`${sandbox.url}${SERVERS_6}`, {
      headers: { authorization: `Bearer ${await token(sandbox)}` },
    });
    expect(JSON.parse(good.text).serverList).toEqual([
      'active-metadata-store',
      'view-server',
      'integration-daemon',
    ]);
    // Serving 6.x only, the 5.x paths are not there; the token is checked first, as Spring
    // Security's filter runs before any route is looked up.
    expect((await call(`${sandbox.url}${SERVERS_5}`)).status).toBe(401);
    expect((await call(`${sandbox.url}/no/such/path`)).status).toBe(401);
    const withToken = await call(`${sandbox.url}${SERVERS_5}`, {
      headers: { authorization: `Bearer ${await token(sandbox)}` },
    });
    expect(withToken.status).toBe(404);
  });

  it('forgets every token when the platform restarts, as Egeria does', async () => {
    sandbox = await startSandbox({ seed: 'empty', dialects: ['v6'] });
    const bearer = { authorization: `Bearer ${await token(sandbox)}` };
    expect((await call(`${sandbox.url}${SERVERS_6}`, { headers: bearer })).status).toBe(200);
    await sandbox.stopPlatform();
    // Drops the kept-alive socket to the closed listener.
    await fetch(`${sandbox.url}${ORIGIN_6}`).catch(() => undefined);
    await sandbox.startPlatform();
    expect((await call(`${sandbox.url}${SERVERS_6}`, { headers: bearer })).status).toBe(401);
  });

  it('reports 6.x exception classes in its FFDC answers', async () => {
    sandbox = await startSandbox({ seed: 'empty', dialects: ['v6'] });
    const r = await call(`${sandbox.url}${VIEW}/asset-maker/assets/no-such-guid/retrieve`, {
      method: 'POST',
      headers: {
        authorization: `Bearer ${await token(sandbox)}`,
        'content-type': 'application/json',
      },
      body: '{"class":"GetRequestBody"}',
    });
    expect(r.status).toBe(200);
    const body = JSON.parse(r.text) as Record<string, unknown>;
    expect(body).toMatchObject({ class: 'OpenMetadataRootElementResponse', relatedHTTPCode: 404 });
    expect(String(body['exceptionClassName'])).toMatch(
      /^org\.odpi\.openmetadata\.frameworks\.openmetadata\.ffdc\./,
    );
  });

  it('refuses a typed properties bean without its class, as Jackson does', async () => {
    sandbox = await startSandbox({ seed: 'empty', dialects: ['v6'] });
    const r = await call(`${sandbox.url}${VIEW}/asset-maker/software-capabilities`, {
      method: 'POST',
      headers: {
        authorization: `Bearer ${await token(sandbox)}`,
        'content-type': 'application/json',
      },
      body: JSON.stringify({ class: 'NewElementRequestBody', properties: { qualifiedName: 'X' } }),
    });
    expect(r.status).toBe(400);
  });

  it('serves both dialects from one store when asked: 5.x paths open, 6.x paths behind tokens', async () => {
    sandbox = await startSandbox({ seed: 'demo', dialects: ['v5', 'v6'] });
    expect((await call(`${sandbox.url}${SERVERS_5}`)).status).toBe(200);
    expect((await call(`${sandbox.url}${SERVERS_6}`)).status).toBe(401);
    const bearer = {
      authorization: `Bearer ${await token(sandbox)}`,
      'content-type': 'application/json',
    };
    const six = JSON.parse(
      (
        await call(`${sandbox.url}${VIEW}/asset-maker/software-capabilities/by-name`, {
          method: 'POST',
          headers: bearer,
          body: JSON.stringify({
            class: 'FilterRequestBody',
            filter: 'Egeria:IntegrationGroup:Default',
          }),
        })
      ).text,
    );
    const five = JSON.parse(
      (
        await call(
          `${sandbox.url}/servers/active-metadata-store/open-metadata/framework-services/governance-server/governance-configuration-service/users/garygeeke/integration-groups/by-name/${encodeURIComponent('Egeria:IntegrationGroup:Default')}`,
        )
      ).text,
    );
    expect(six.elements[0].elementHeader.guid).toBe(five.element.elementHeader.guid);
    expect(six.elements[0].properties.displayName).toBe(five.element.properties.displayName);
  });

  it('logs out with GET on 6.1 and with DELETE on 6.2, which also has typed registration links', async () => {
    /** Logs a token out with `method` and checks it is refused after; then tries a typed link. */
    const logOutThenAttach = async (running: SandboxHandle, method: 'GET' | 'DELETE') => {
      const loggedOut = await token(running);
      const bearer = (t: string) => ({ authorization: `Bearer ${t}` });
      expect(
        (await call(`${running.url}/api/token/logout`, { method, headers: bearer(loggedOut) }))
          .status,
      ).toBe(200);
      expect(
        (await call(`${running.url}${SERVERS_6}`, { headers: bearer(loggedOut) })).status,
      ).toBe(401);
      return call(
        `${running.url}${VIEW}/asset-maker/integration-groups/g/registered-integration-connectors/c/attach`,
        { method: 'POST', headers: bearer(await token(running)) },
      );
    };

    sandbox = await startSandbox({ seed: 'empty', dialects: ['v6'] });
    const attach61 = await logOutThenAttach(sandbox, 'GET');
    expect(attach61.status).toBe(404);
    await sandbox.close();

    sandbox = await startSandbox({ seed: 'empty', dialects: ['v6'], release: '6.2' });
    expect((await call(`${sandbox.url}${ORIGIN_6}`)).text).toContain('version 6.2');
    const attach62 = await logOutThenAttach(sandbox, 'DELETE');
    expect(JSON.parse(attach62.text)).toMatchObject({ relatedHTTPCode: 404 });
  });

  it('lets the control API list and expire tokens, and change their lifetime', async () => {
    sandbox = await startSandbox({ seed: 'empty', dialects: ['v6'], tokenLifetimeMs: 3_600_000 });
    const issued = await token(sandbox);
    const control = `${sandbox.controlUrl}/sandbox-control`;
    const live = JSON.parse((await call(`${control}/tokens`)).text);
    expect(live).toMatchObject({
      lifetimeMs: 3_600_000,
      tokens: [{ token: issued, userId: 'garygeeke' }],
    });
    await call(`${control}/tokens/expire`, { method: 'POST' });
    expect(
      (await call(`${sandbox.url}${SERVERS_6}`, { headers: { authorization: `Bearer ${issued}` } }))
        .status,
    ).toBe(401);
    await call(`${control}/tokens/lifetime`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"ms":1}',
    });
    const short = await token(sandbox);
    await new Promise((resolve) => setTimeout(resolve, 5));
    expect(
      (await call(`${sandbox.url}${SERVERS_6}`, { headers: { authorization: `Bearer ${short}` } }))
        .status,
    ).toBe(401);
  });
});
