/**
 * The console's own sign-in and roles: a users file with hashed passwords, a real OpenID Connect
 * provider on loopback, roles enforced per operation and per platform, and the audit log of what
 * signed-in users did.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { CONSOLE_REQUEST_HEADER } from '../../egeria/platform-info';
import { buildConsoleServer } from '../app';
import { fakePlatform, platformConfig as platform } from '../testing/fake-platform';
import {
  OIDC_CLIENT,
  signInThroughProvider,
  startOidcProvider,
  type OidcTestProvider,
} from '../testing/oidc-test-provider';
import { hashPassword } from './passwords';

const h = { [CONSOLE_REQUEST_HEADER]: '1', 'content-type': 'application/json' };
const PASSWORDS = {
  vera: 'vera-viewer-pw',
  otto: 'otto-operator-pw',
  edith: 'edith-editor-pw',
  lucy: 'lucy-locked-out-pw',
};

async function usersFile(): Promise<string> {
  const file = join(mkdtempSync(join(tmpdir(), 'console-users-')), 'users.json');
  writeFileSync(
    file,
    JSON.stringify({
      users: [
        { name: 'vera', passwordHash: await hashPassword(PASSWORDS.vera), roles: ['viewer'] },
        { name: 'lucy', passwordHash: await hashPassword(PASSWORDS.lucy), roles: ['viewer'] },
        { name: 'otto', passwordHash: await hashPassword(PASSWORDS.otto), roles: ['operator'] },
        {
          name: 'edith',
          displayName: 'Edith Editor',
          passwordHash: await hashPassword(PASSWORDS.edith),
          roles: ['viewer', 'coco:editor'],
        },
      ],
    }),
  );
  return file;
}

describe('console sign-in with a users file', () => {
  const egeria = fakePlatform();
  let app: FastifyInstance;

  beforeAll(async () => {
    const url = await egeria.start();
    app = await buildConsoleServer({
      platforms: [platform('coco', url), platform('other', url)],
      auth: { usersFile: await usersFile(), defaultRoles: [] },
    });
  });
  afterAll(async () => {
    await app.close();
    await egeria.close();
  });
  beforeEach(() => {
    egeria.seen.length = 0;
  });

  const signIn = (name: string, password: string, cookie?: string) =>
    app.inject({
      method: 'POST',
      url: '/api/auth/login',
      headers: { ...h, ...(cookie ? { cookie } : {}) },
      payload: { name, password },
    });
  const cookieOf = (response: { headers: Record<string, unknown> }) =>
    String(response.headers['set-cookie']).split(';')[0] ?? '';
  const op = (cookie: string, platformId: string, name: string, args: unknown[]) =>
    app.inject({
      method: 'POST',
      url: `/api/ops/${platformId}/${name}`,
      headers: { ...h, cookie },
      payload: { args },
    });

  it('answers nothing but /api/me to a caller who has not signed in', async () => {
    const me = await app.inject({ url: '/api/me' });
    expect(me.json()).toEqual({
      signInRequired: true,
      signedIn: false,
      methods: ['password'],
      roles: { coco: null, other: null },
    });
    const platforms = await app.inject({ url: '/api/platforms' });
    expect(platforms.statusCode).toBe(401);
    expect(platforms.json().exceptionErrorMessageId).toBe('CONSOLE-AUTH-401-003');
    const call = await op('', 'coco', 'platform.origin', []);
    expect(call.statusCode).toBe(401);
    expect(call.json().error.messageId).toBe('CONSOLE-AUTH-401-003');
    const feed = await app.inject({ url: '/api/feed/coco/daemon', headers: h });
    expect(feed.statusCode).toBe(401);
    expect(egeria.seen).toEqual([]);
  });

  it('signs in with a hashed password into a new session, and says who and with which roles', async () => {
    const planted = 'egeria_console_session=planted-by-someone-else-0123456789';
    const response = await signIn('edith', PASSWORDS.edith, planted);
    expect(response.statusCode).toBe(200);
    const cookie = cookieOf(response);
    expect(cookie).toMatch(/^egeria_console_session=[A-Za-z0-9_-]{43}$/);
    expect(cookie).not.toBe(planted);
    expect(response.json()).toEqual({
      signInRequired: true,
      signedIn: true,
      methods: ['password'],
      user: { name: 'edith', displayName: 'Edith Editor', via: 'users-file' },
      roles: { coco: 'editor', other: 'viewer' },
    });
    const me = await app.inject({ url: '/api/me', headers: { cookie } });
    expect(me.json().user.name).toBe('edith');
  });

  it('refuses a wrong password or an unknown user alike, and pauses after five failures', async () => {
    for (const [name, password] of [
      ['lucy', 'wrong'],
      ['nobody', 'whatever'],
    ] as const) {
      const refused = await signIn(name, password);
      expect(refused.statusCode).toBe(401);
      expect(refused.json().exceptionErrorMessageId).toBe('CONSOLE-AUTH-401-004');
      expect(refused.headers['set-cookie']).toBeUndefined();
    }
    for (let i = 0; i < 4; i++) await signIn('lucy', 'wrong again');
    const paused = await signIn('lucy', PASSWORDS.lucy);
    expect(paused.statusCode).toBe(429);
    expect(paused.json().exceptionErrorMessageId).toBe('CONSOLE-AUTH-429-001');
  });

  it('enforces roles per operation: an operator restarts but cannot edit', async () => {
    const otto = cookieOf(await signIn('otto', PASSWORDS.otto));
    expect((await op(otto, 'coco', 'connector.restart', ['daemon', 'Files'])).statusCode).toBe(200);
    const edit = await op(otto, 'coco', 'group.update', [
      'g-1',
      { qualifiedName: 'G' },
      { merge: true },
    ]);
    expect(edit.statusCode).toBe(403);
    expect(edit.json().error).toMatchObject({
      messageId: 'CONSOLE-AUTH-403-001',
      text: 'Operation group.update needs the editor role on platform coco; otto has operator',
    });
    // A preview of an edit needs the editor role too; the operator's refresh-config preview does not.
    expect(
      (
        await op(otto, 'coco', 'write.preview', [
          { kind: 'deleteGroup', guid: 'g-1', qualifiedName: 'G' },
        ])
      ).statusCode,
    ).toBe(403);
    expect(egeria.seen.map((s) => s.url)).toEqual([
      '/servers/daemon/open-metadata/integration-daemon/users/garygeeke/integration-connectors/restart',
    ]);
  });

  it('enforces roles per platform: a viewer reads and cannot restart; editor on one platform only', async () => {
    const vera = cookieOf(await signIn('vera', PASSWORDS.vera));
    expect((await op(vera, 'coco', 'platform.origin', [])).statusCode).toBe(200);
    expect((await op(vera, 'coco', 'connector.restart', ['daemon', 'Files'])).statusCode).toBe(403);
    const edith = cookieOf(await signIn('edith', PASSWORDS.edith));
    expect((await op(edith, 'coco', 'daemon.refreshConfig', ['daemon', 'G'])).statusCode).toBe(200);
    expect((await op(edith, 'other', 'daemon.refreshConfig', ['daemon', 'G'])).statusCode).toBe(
      403,
    );
  });

  it('keeps an audit log of changes and operations, with names, roles, outcomes and Egeria’s request ids', async () => {
    const edith = cookieOf(await signIn('edith', PASSWORDS.edith));
    await op(edith, 'coco', 'connector.updateLiveConnection', [
      'daemon',
      'Audited',
      {
        kind: 'Connection',
        connectorType: {},
        secrets: { clearPassword: 'typed-secret-value' },
      },
    ]);
    const vera = cookieOf(await signIn('vera', PASSWORDS.vera));
    await op(vera, 'coco', 'connector.restart', ['daemon', 'Audited']);
    // Reads are not audited.
    await op(vera, 'coco', 'platform.origin', []);

    const forConnector = await app.inject({
      url: '/api/audit/coco/element?kind=connector&value=Audited',
      headers: { cookie: vera },
    });
    expect(forConnector.statusCode).toBe(200);
    const entries = forConnector.json().entries as Array<Record<string, unknown>>;
    expect(entries.map((e) => [e['user'], e['role'], e['operation'], e['outcome']])).toEqual([
      ['vera', 'viewer', 'connector.restart', 'refused'],
      ['edith', 'editor', 'connector.updateLiveConnection', 'succeeded'],
    ]);
    expect(entries[0]).toMatchObject({ messageId: 'CONSOLE-AUTH-403-001', platformId: 'coco' });
    expect(entries[1]).toMatchObject({ requestIds: ['req-1'], egeriaUser: 'garygeeke' });
    expect(entries[1]?.['subjects']).toEqual([
      { kind: 'daemon', name: 'daemon' },
      { kind: 'connector', name: 'Audited' },
    ]);
    expect(forConnector.body).not.toContain('typed-secret-value');

    // The audit page and its exports are for administrators only.
    expect((await app.inject({ url: '/api/audit', headers: { cookie: edith } })).statusCode).toBe(
      403,
    );
  });
});

describe('console sign-in through an OpenID Connect provider', () => {
  const egeria = fakePlatform();
  let provider: OidcTestProvider;
  let app: FastifyInstance;
  let consoleUrl = '';

  beforeAll(async () => {
    provider = await startOidcProvider({
      alice: { name: 'Alice Admin', roles: ['admin'] },
      oscar: { name: 'Oscar Operator', roles: ['egeria-operators', 'unrelated-group'] },
    });
    const url = await egeria.start();
    app = await buildConsoleServer({
      platforms: [platform('coco', url)],
      auth: {
        oidc: {
          issuer: provider.issuer,
          clientId: OIDC_CLIENT.id,
          clientSecret: OIDC_CLIENT.secret,
          scopes: 'openid profile email',
          usernameClaim: 'preferred_username',
          displayNameClaim: 'name',
          rolesClaim: 'roles',
          roleMap: { admin: 'admin', 'egeria-operators': 'operator' },
        },
        defaultRoles: [],
      },
    });
    await app.listen({ host: '127.0.0.1', port: 0 });
    consoleUrl = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;
    provider.ready([`${consoleUrl}/api/auth/oidc/callback`]);
  });
  afterAll(async () => {
    await app.close();
    await provider.close();
    await egeria.close();
  });

  it('signs in with the authorization code flow and PKCE, and comes back to the page asked for', async () => {
    const start = await fetch(`${consoleUrl}/api/auth/oidc/login?next=/p/coco/groups`, {
      redirect: 'manual',
    });
    expect(start.status).toBe(302);
    const authorize = new URL(start.headers.get('location') ?? '');
    expect(authorize.origin).toBe(provider.issuer);
    expect(Object.fromEntries(authorize.searchParams)).toMatchObject({
      client_id: OIDC_CLIENT.id,
      response_type: 'code',
      code_challenge_method: 'S256',
      redirect_uri: `${consoleUrl}/api/auth/oidc/callback`,
    });
    expect(authorize.searchParams.get('state')).toBeTruthy();
    expect(authorize.searchParams.get('nonce')).toBeTruthy();

    const { cookie, location } = await signInThroughProvider(consoleUrl, '/p/coco/groups', 'alice');
    expect(location).toBe('/p/coco/groups');
    const me = await (await fetch(`${consoleUrl}/api/me`, { headers: { cookie } })).json();
    expect(me).toEqual({
      signInRequired: true,
      signedIn: true,
      methods: ['oidc'],
      user: { name: 'alice', displayName: 'Alice Admin', via: 'oidc' },
      roles: { coco: 'admin' },
    });
  });

  it('maps the provider’s role claim through roleMap, ignoring values it does not name', async () => {
    const { cookie } = await signInThroughProvider(consoleUrl, '/', 'oscar');
    const me = (await (await fetch(`${consoleUrl}/api/me`, { headers: { cookie } })).json()) as {
      roles: unknown;
    };
    expect(me.roles).toEqual({ coco: 'operator' });
  });

  it('refuses a callback that was not started here, and never sends a foreign page as next', async () => {
    const forged = await fetch(`${consoleUrl}/api/auth/oidc/callback?code=x&state=y`, {
      redirect: 'manual',
    });
    expect(forged.status).toBe(302);
    expect(forged.headers.get('location')).toMatch(
      /^\/signin\?next=%2F&error=CONSOLE-AUTH-502-002/,
    );
    expect(forged.headers.getSetCookie().join()).not.toContain('egeria_console_session=');
    const { location } = await signInThroughProvider(consoleUrl, '//evil.example/x', 'alice');
    expect(location).toBe('/');
  });
});
