import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { CONSOLE_REQUEST_HEADER } from '../../egeria/platform-info';
import { buildConsoleServer, type ConsolePlatform } from '../app';
import { clearedSessionCookie, readCookie, sessionCookie } from './cookies';
import { SessionStore } from './session-store';

const TOKEN = 'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJnYXJ5Z2Vla2UifQ.c2lnbmF0dXJlLW9mLXRoZS10b2tlbg';
const PASSWORD = 'correct horse battery staple';

/** A 6.x platform: token issue and logout, an open origin, everything else behind the bearer token. */
function fakeSixPlatform() {
  const seen: Array<{ method: string; url: string; authorization?: string }> = [];
  const state = { accepting: true };
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const url = req.url ?? '';
      seen.push({ method: req.method ?? '', url, authorization: req.headers.authorization });
      const body = Buffer.concat(chunks).toString();
      if (url === '/api/token' && req.method === 'POST') {
        const login = JSON.parse(body) as { userId?: string; password?: string };
        if (login.userId === 'garygeeke' && login.password === PASSWORD) {
          res.writeHead(200, { 'content-type': 'text/plain' }).end(TOKEN);
        } else res.writeHead(401).end();
        return;
      }
      if (url === '/api/token/logout') return void res.writeHead(200).end();
      if (url.endsWith('/server-platform/origin'))
        return void res
          .writeHead(200, { 'content-type': 'text/plain' })
          .end('Egeria OMAG Server Platform (version 6.1)');
      if (!state.accepting || req.headers.authorization !== `Bearer ${TOKEN}`)
        return void res
          .writeHead(401, { 'www-authenticate': 'Bearer error="invalid_token"' })
          .end();
      res
        .writeHead(200, { 'content-type': 'application/json' })
        .end(JSON.stringify({ class: 'OpenMetadataRootElementsResponse', relatedHTTPCode: 200 }));
    });
  });
  return {
    seen,
    state,
    async start() {
      await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
      return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

const h = { [CONSOLE_REQUEST_HEADER]: '1' };

describe('sign-in to 6.x platforms', () => {
  const egeria = fakeSixPlatform();
  const logs: string[] = [];
  const bodies: string[] = [];
  const sessions = new SessionStore();
  let app: FastifyInstance;

  beforeAll(async () => {
    const url = await egeria.start();
    const platform = (id: string, extra: Partial<ConsolePlatform>): ConsolePlatform => ({
      id,
      url,
      dialect: 'v6',
      userId: 'garygeeke',
      daemons: [],
      tls: { insecure: false },
      timeoutMs: 2_000,
      ...extra,
    });
    app = await buildConsoleServer({
      platforms: [
        platform('six', {}),
        platform('auto', { dialect: 'auto', metadataServer: 'mds' }),
        platform('five', { dialect: 'v5', metadataServer: 'mds' }),
      ],
      sessions,
      // Everything the server logs, at its most talkative.
      logger: { level: 'trace', stream: { write: (line: string) => logs.push(line) } },
    });
    app.addHook('onSend', async (_request, _reply, payload) => {
      if (typeof payload === 'string') bodies.push(payload);
      return payload;
    });
  });
  afterAll(async () => {
    await app.close();
    await egeria.close();
  });
  beforeEach(() => {
    egeria.state.accepting = true;
    egeria.seen.length = 0;
  });

  async function signIn(password = PASSWORD) {
    return app.inject({
      method: 'POST',
      url: '/api/session/six',
      headers: h,
      payload: { userId: 'garygeeke', password },
    });
  }
  const cookieOf = (response: { headers: Record<string, unknown> }) =>
    String(response.headers['set-cookie']).split(';')[0] ?? '';

  it('signs in through the platform and keeps the token on the server, behind an httpOnly cookie', async () => {
    const response = await signIn();
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({
      platformId: 'six',
      signInRequired: true,
      signedIn: true,
      userId: 'garygeeke',
    });
    const setCookie = String(response.headers['set-cookie']);
    expect(setCookie).toMatch(
      /^egeria_console_session=[A-Za-z0-9_-]{43}; Path=\/api; HttpOnly; SameSite=Strict$/,
    );
    expect(egeria.seen).toEqual([{ method: 'POST', url: '/api/token', authorization: undefined }]);
    const info = await app.inject({
      url: '/api/session/six',
      headers: { cookie: cookieOf(response) },
    });
    expect(info.json()).toMatchObject({ signedIn: true, userId: 'garygeeke' });
    expect(
      [...(sessions['sessions' as keyof SessionStore] as unknown as Map<string, unknown>)].length,
    ).toBeGreaterThan(0);
  });

  it('marks the cookie Secure when the console is served over https', () => {
    expect(sessionCookie('abc', true)).toBe(
      'egeria_console_session=abc; Path=/api; HttpOnly; SameSite=Strict; Secure',
    );
    expect(clearedSessionCookie(true)).toMatch(/Max-Age=0; Secure$/);
    expect(
      readCookie('a=1; egeria_console_session=abcdefghijklmnopqrst', 'egeria_console_session'),
    ).toBe('abcdefghijklmnopqrst');
    // Anything but a well-formed id is no session at all.
    expect(
      readCookie('egeria_console_session=../../etc', 'egeria_console_session'),
    ).toBeUndefined();
  });

  it('refuses wrong credentials with a clear message and starts no session', async () => {
    const response = await signIn('wrong');
    expect(response.statusCode).toBe(401);
    expect(response.json()).toMatchObject({
      exceptionErrorMessageId: 'CONSOLE-AUTH-401-002',
      exceptionErrorMessage:
        'CONSOLE-AUTH-401-002 Platform six did not accept the user id garygeeke with that password',
    });
    expect(response.headers['set-cookie']).toBeUndefined();
  });

  /** One console operation, as the browser's RPC backend sends it. */
  const op = (name: string, args: unknown[], cookie?: string) =>
    app.inject({
      method: 'POST',
      url: `/api/ops/six/${name}`,
      headers: { ...h, ...(cookie ? { cookie } : {}), 'content-type': 'application/json' },
      payload: { args },
    });
  const firstPage = [{ startFrom: 0, pageSize: 10 }];

  it('adds the bearer token to every Egeria call of an operation; the token endpoints are no operation', async () => {
    const cookie = cookieOf(await signIn());
    egeria.seen.length = 0;
    const call = await op('group.list', firstPage, cookie);
    expect(call.statusCode).toBe(200);
    expect(call.json()).toEqual({ result: expect.objectContaining({ items: [] }) });
    expect(egeria.seen.length).toBeGreaterThan(0);
    for (const seen of egeria.seen) {
      expect(seen.url).toMatch(/^\/servers\/view-server\/api\/open-metadata\//);
      expect(seen.authorization).toBe(`Bearer ${TOKEN}`);
    }
    const calls = egeria.seen.length;
    for (const name of ['token', 'api%2Ftoken', 'token.logout', '..%2F..%2Fapi%2Ftoken']) {
      const refused = await op(name, [], cookie);
      expect(refused.statusCode).toBe(404);
      expect(refused.json().error.messageId).toBe('CONSOLE-OPS-404-001');
    }
    expect(egeria.seen).toHaveLength(calls);
  });

  it('asks for sign-in without calling the platform when the browser has not signed in; the origin stays open', async () => {
    const call = await op('group.list', firstPage);
    expect(call.statusCode).toBe(401);
    expect(call.json().error).toMatchObject({
      messageId: 'CONSOLE-AUTH-401-001',
      relatedHTTPCode: 401,
      parameters: ['six'],
    });
    const origin = await op('platform.origin', []);
    expect(origin.json()).toEqual({ result: 'Egeria OMAG Server Platform (version 6.1)' });
    expect(egeria.seen.map((s) => [s.url, s.authorization])).toEqual([
      ['/open-metadata/platform-services/server-platform/origin', undefined],
    ]);
  });

  it('ends the sign-in when the platform refuses the token (expired, or restarted)', async () => {
    const cookie = cookieOf(await signIn());
    egeria.state.accepting = false;
    const refused = await op('group.list', firstPage, cookie);
    expect(refused.statusCode).toBe(401);
    expect(refused.json().error).toMatchObject({
      messageId: 'CONSOLE-AUTH-401-001',
      text: 'Sign in to platform six again: it no longer accepts your sign-in',
    });
    const info = await app.inject({ url: '/api/session/six', headers: { cookie } });
    expect(info.json()).toEqual({
      platformId: 'six',
      signInRequired: true,
      signedIn: false,
      userId: 'garygeeke',
      expired: true,
    });
    egeria.seen.length = 0;
    await op('group.list', firstPage, cookie);
    expect(egeria.seen).toEqual([]);
    // A new sign-in in the same session carries on, under a new cookie.
    egeria.state.accepting = true;
    const again = await app.inject({
      method: 'POST',
      url: '/api/session/six',
      headers: { ...h, cookie },
      payload: { userId: 'garygeeke', password: PASSWORD },
    });
    const renewed = cookieOf(again);
    expect(renewed).toMatch(/^egeria_console_session=/);
    expect(renewed).not.toBe(cookie);
    expect((await op('group.list', firstPage, renewed)).statusCode).toBe(200);
    expect((await op('group.list', firstPage, cookie)).statusCode).toBe(401);
  });

  it('gives the session a new cookie at every sign-in and sign-out, so a planted one is worthless', async () => {
    // An attacker's own session, its cookie planted in the victim's browser.
    const planted = cookieOf(await signIn());
    // The victim signs in with it: the session gets a new id the attacker does not know.
    const victim = await app.inject({
      method: 'POST',
      url: '/api/session/six',
      headers: { ...h, cookie: planted },
      payload: { userId: 'garygeeke', password: PASSWORD },
    });
    const signedIn = cookieOf(victim);
    expect(signedIn).not.toBe(planted);
    expect((await op('group.list', firstPage, planted)).statusCode).toBe(401);
    expect((await op('group.list', firstPage, signedIn)).statusCode).toBe(200);
  });

  it('signs out: logs the token out on the platform, forgets it and clears the cookie', async () => {
    const cookie = cookieOf(await signIn());
    egeria.seen.length = 0;
    const out = await app.inject({
      method: 'DELETE',
      url: '/api/session/six',
      headers: { ...h, cookie },
    });
    expect(out.json()).toEqual({ platformId: 'six', signInRequired: true, signedIn: false });
    expect(String(out.headers['set-cookie'])).toMatch(/^egeria_console_session=; .*Max-Age=0/);
    expect(egeria.seen).toEqual([
      { method: 'GET', url: '/api/token/logout', authorization: `Bearer ${TOKEN}` },
    ]);
    const call = await op('group.list', firstPage, cookie);
    expect(call.statusCode).toBe(401);
  });

  it('needs the console header to sign in or out, so another site cannot', async () => {
    const forged = await app.inject({
      method: 'POST',
      url: '/api/session/six',
      payload: { userId: 'garygeeke', password: PASSWORD },
    });
    expect(forged.statusCode).toBe(403);
    expect(forged.json()).toMatchObject({ exceptionErrorMessageId: 'CONSOLE-PROXY-403-002' });
    // A browser on another site is refused before the route, whatever it sends.
    const crossSite = await app.inject({
      method: 'POST',
      url: '/api/session/six',
      headers: { ...h, origin: 'https://attacker.example' },
      payload: { userId: 'garygeeke', password: PASSWORD },
    });
    expect(crossSite.statusCode).toBe(403);
    expect(crossSite.json()).toMatchObject({ exceptionErrorMessageId: 'CONSOLE-HOST-403-001' });
    const out = await app.inject({ method: 'DELETE', url: '/api/session/six' });
    expect(out.statusCode).toBe(403);
  });

  it('asks a platform configured as auto for its dialect, and needs no sign-in for 5.x', async () => {
    const platforms = (await app.inject({ url: '/api/platforms' })).json() as {
      platforms: Array<{
        id: string;
        dialect: string;
        viewServer?: string;
        metadataServer: string;
      }>;
    };
    expect(
      platforms.platforms.map((p) => [p.id, p.dialect, p.viewServer, p.metadataServer]),
    ).toEqual([
      ['six', 'v6', 'view-server', 'view-server'],
      ['auto', 'v6', 'view-server', 'mds'],
      ['five', 'v5', undefined, 'mds'],
    ]);
    expect((await app.inject({ url: '/api/session/five' })).json()).toEqual({
      platformId: 'five',
      signInRequired: false,
      signedIn: false,
    });
    const refused = await app.inject({
      method: 'POST',
      url: '/api/session/five',
      headers: h,
      payload: { userId: 'x', password: 'y' },
    });
    expect(refused.json()).toMatchObject({ exceptionErrorMessageId: 'CONSOLE-AUTH-400-001' });
  });

  it('never puts the token or the password in an answer or a log line', async () => {
    const cookie = cookieOf(await signIn());
    await op('group.list', firstPage, cookie);
    await app.inject({ method: 'DELETE', url: '/api/session/six', headers: { ...h, cookie } });
    expect(logs.length).toBeGreaterThan(10);
    expect(bodies.length).toBeGreaterThan(10);
    for (const text of [...logs, ...bodies]) {
      expect(text).not.toContain(TOKEN);
      expect(text).not.toContain(PASSWORD);
    }
  });
});
