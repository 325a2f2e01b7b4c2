/**
 * The probes of issue 14, and their variants, against a console server in front of a stand-in
 * platform of each dialect: each is refused with a console error or finds no route at all, and
 * nothing reaches the platform. A legitimate operation on the same server passes, so a probe
 * cannot pass by everything failing.
 */
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { CONSOLE_REQUEST_HEADER } from '../../egeria/platform-info';
import { REDACTED, SECRET_MASK } from '../../egeria/secrets';
import { buildConsoleServer, type ConsolePlatform } from '../app';
import { FAKE_PASSWORD, fakePlatform } from '../testing/fake-platform';

const h = { [CONSOLE_REQUEST_HEADER]: '1' };
const DAEMON = 'integration-daemon';

describe.each([
  { release: '5.3' as const, dialect: 'v5' as const },
  { release: '6.1' as const, dialect: 'v6' as const },
])('attacks on a console in front of Egeria $release', ({ release, dialect }) => {
  const platform = fakePlatform({ release });
  let app: FastifyInstance;
  let cookie = '';

  beforeAll(async () => {
    const url = await platform.start();
    const config: ConsolePlatform = {
      id: 'coco',
      url,
      dialect,
      userId: 'garygeeke',
      metadataServer: 'mds',
      viewServer: 'view-server',
      daemons: [DAEMON],
      tls: { insecure: false },
      timeoutMs: 2_000,
    };
    app = await buildConsoleServer({ platforms: [config] });
    if (dialect === 'v6') {
      const signIn = await app.inject({
        method: 'POST',
        url: '/api/session/coco',
        headers: h,
        payload: { userId: 'garygeeke', password: FAKE_PASSWORD },
      });
      expect(signIn.statusCode).toBe(200);
      cookie = String(signIn.headers['set-cookie']).split(';')[0] ?? '';
    }
  });
  afterAll(async () => {
    await app.close();
    await platform.close();
  });
  beforeEach(() => {
    platform.seen.length = 0;
  });

  const op = (name: string, args: unknown, extra: Record<string, string> = {}) =>
    app.inject({
      method: 'POST',
      url: `/api/ops/coco/${name}`,
      headers: { ...h, cookie, 'content-type': 'application/json', ...extra },
      payload: JSON.stringify({ args }),
    });

  it('runs a legitimate operation (the control for every probe below)', async () => {
    const answer = await op('daemon.refreshConfig', [DAEMON, 'Group:1']);
    expect(answer.statusCode).toBe(200);
    expect(platform.seen).toHaveLength(1);
    expect(platform.seen[0]?.url).toContain(`/servers/${DAEMON}/open-metadata/integration-daemon/`);
  });

  // The raw proxy is gone: every Egeria path the browser used to be able to send finds no route.
  it.each([
    [
      'POST',
      '/open-metadata/admin-services/users/someone-else/servers/integration-daemon/integration-groups/configuration/all',
    ],
    [
      'POST',
      '/open-metadata/platform-services/users/someone-else/server-platform/servers/integration-daemon/instance',
    ],
    [
      'POST',
      '/open-metadata/admin-services/users/garygeeke/servers/integration-daemon/configuration',
    ],
    [
      'POST',
      '/open-metadata/admin-services/users/garygeeke/servers/integration-daemon/configuration/deploy',
    ],
    ['DELETE', '/open-metadata/platform-services/users/garygeeke/server-platform/instance'],
    ['GET', '/open-metadata/platform-services/users/garygeeke/server-platform/origin'],
    ['POST', '/servers/view-server/api/%74oken'],
    ['POST', '/api/token'],
    ['GET', '/servers/view-server/api/token/logout'],
    ['GET', '/servers/mds/open-metadata/..%2f..%2fadmin-services/x'],
    ['GET', '/servers/mds%5c..%5cadmin-services/x'],
    ['GET', '/servers/%252e%252e/open-metadata/x'],
    ['GET', '/servers/mds/..;/..;/open-metadata/admin-services/x'],
    ['GET', '//open-metadata/admin-services/x'],
    ['GET', '/servers\\..\\open-metadata\\admin-services'],
  ])('finds no route for %s /api/egeria/coco%s', async (method, path) => {
    const answer = await app.inject({
      method: method as 'GET' | 'POST' | 'DELETE',
      url: `/api/egeria/coco${path}`,
      headers: { ...h, cookie, 'content-type': 'application/json' },
      payload: method === 'GET' ? undefined : '[]',
    });
    expect(answer.statusCode).toBe(404);
    expect(platform.seen).toEqual([]);
  });

  it.each([
    '/api/ops/coco/..%2f..%2fegeria%2fcoco%2fopen-metadata%2fadmin-services',
    '/api/ops/coco/group.list/../../egeria/coco/open-metadata/admin-services/x',
    '/api/ops/coco/%2e%2e',
    '/api/ops/coco/group.list;jsessionid=x',
    '/api/ops/coco/group.list%2f..%2f..',
    '/api/ops//group.list',
    '/api/ops/coco/api%2f%74oken',
    '/api/ops/coco%5c..%5cx/group.list',
    '/api/ops/coco/admin.deploy',
    '/api/ops/coco/platform.shutdown',
    '/api/ops/coco/server.configure',
    '/api/ops/coco/constructor',
    '/api/ops/coco/__proto__',
    '/api/ops/coco/hasOwnProperty',
  ])('refuses %s: not an operation of a configured platform', async (url) => {
    const answer = await app.inject({
      method: 'POST',
      url,
      headers: { ...h, cookie, 'content-type': 'application/json' },
      payload: '{"args":[]}',
    });
    expect(answer.statusCode).toBe(404);
    // No such operation, no such platform, or no such route at all.
    const body = answer.json() as { error?: unknown };
    if (typeof body.error === 'object')
      expect((body.error as { messageId?: string }).messageId).toMatch(
        /^CONSOLE-(OPS|PROXY)-404-001$/,
      );
    expect(platform.seen).toEqual([]);
  });

  it.each([
    ['daemon.status', ['not-a-configured-daemon']],
    ['daemon.status', [`${DAEMON}/../../open-metadata/admin-services`]],
    ['connector.restart', []],
    ['connector.restart', [42]],
    ['platform.serverStatus', ['some-other-server']],
    ['platform.origin', ['an extra argument']],
    ['group.get', ['../../admin-services/users/someone-else']],
    ['group.get', ['%2e%2e']],
    ['group.get', ['a'.repeat(300)]],
    ['group.list', [{ startFrom: 0, pageSize: 10, userId: 'someone-else' }]],
    ['group.list', [{ startFrom: 0, pageSize: 100_000 }]],
    ['group.list', { startFrom: 0, pageSize: 10 }],
    ['group.create', [{ qualifiedName: 'G', class: 'AdminServicesConfiguration' }]],
    ['group.create', [{ qualifiedName: '' }]],
    ['group.create', [{ qualifiedName: 'G\r\nX-Injected: 1' }]],
    ['registration.add', ['g-1', 'c-1', { connectorName: 'C', startDate: 'yesterday-ish' }]],
    [
      'registration.add',
      [
        'g-1',
        'c-1',
        { connectorName: 'C', startDate: '2031-01-02T00:00:00Z', stopDate: '2030-01-01T00:00:00Z' },
      ],
    ],
    ['catalogTarget.add', ['c-1', 'e-1', { catalogTargetName: 'T', deleteMethod: 'PURGE' }]],
    ['write.preview', [{ kind: 'shutdownPlatform' }]],
  ])('refuses %s with arguments %j and sends nothing', async (name, args) => {
    const answer = await op(name, args);
    expect(answer.statusCode).toBe(400);
    expect(answer.json().error).toMatchObject({ messageId: 'CONSOLE-OPS-400-001' });
    expect(answer.json().error.userAction).toBeTruthy();
    expect(platform.seen).toEqual([]);
  });

  // A bare dot segment is refused where the URL is built; anything subtler by the egress guard.
  it.each([
    [
      'connector.liveConfiguration',
      [DAEMON, '../../../../admin-services/users/someone-else/x'],
      403,
      'CONSOLE-OPS-403-001',
    ],
    ['daemon.refreshConfig', [DAEMON, '..'], 400, 'CONSOLE-URL-400-001'],
    ['daemon.groupSummary', [DAEMON, '%2e%2e'], 403, 'CONSOLE-OPS-403-001'],
    ['daemon.groupSummary', [DAEMON, 'a\\..\\b'], 403, 'CONSOLE-OPS-403-001'],
  ] as const)(
    'refuses %s with a name %j that would turn into a path trick, before it leaves',
    async (name, args, status, messageId) => {
      const answer = await op(name, [...args]);
      expect(answer.statusCode).toBe(status);
      expect(answer.json().error).toMatchObject({ messageId });
      expect(platform.seen).toEqual([]);
    },
  );

  it('refuses a withheld secret written back, and a preview mask sent as a value', async () => {
    const connection = (clearPassword: string) => ({
      qualifiedName: 'C',
      connection: { kind: 'Connection', connectorType: {}, secrets: { clearPassword } },
    });
    for (const value of [REDACTED, SECRET_MASK]) {
      const answer = await op('connector.create', [connection(value)]);
      expect(answer.statusCode).toBe(400);
      expect(answer.json().error.messageId).toBe('CONSOLE-PROXY-400-001');
    }
    expect(platform.seen).toEqual([]);
  });

  it('refuses a request without the console header, from another origin, or for another host', async () => {
    const noHeader = await app.inject({
      method: 'POST',
      url: `/api/ops/coco/daemon.refreshConfig`,
      headers: { cookie, 'content-type': 'application/json' },
      payload: JSON.stringify({ args: [DAEMON, 'Group:1'] }),
    });
    expect(noHeader.statusCode).toBe(403);
    expect(noHeader.json().error.messageId).toBe('CONSOLE-PROXY-403-002');

    const crossOrigin = await op('daemon.refreshConfig', [DAEMON, 'Group:1'], {
      origin: 'https://attacker.example',
    });
    expect(crossOrigin.statusCode).toBe(403);
    expect(crossOrigin.json().exceptionErrorMessageId).toBe('CONSOLE-HOST-403-001');

    const crossSite = await op('daemon.refreshConfig', [DAEMON, 'Group:1'], {
      'sec-fetch-site': 'cross-site',
    });
    expect(crossSite.statusCode).toBe(403);

    // DNS rebinding: the attacker's name now points at 127.0.0.1, and the browser says so.
    for (const url of ['/api/platforms', '/api/ops/coco/group.list', '/', '/api/feed/coco/x']) {
      const rebound = await app.inject({
        method: url.includes('/ops/') ? 'POST' : 'GET',
        url,
        headers: { ...h, cookie, host: 'rebind.attacker.example:8080' },
      });
      expect(rebound.statusCode).toBe(421);
      expect(rebound.json().exceptionErrorMessageId).toBe('CONSOLE-HOST-421-001');
    }
    // Only the health check answers any Host (a load balancer probes by address).
    const probe = await app.inject({ url: '/api/health', headers: { host: '10.1.2.3:8080' } });
    expect(probe.json()).toEqual({ status: 'ok' });
    expect(platform.seen).toEqual([]);
  });
});
