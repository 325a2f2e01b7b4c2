/**
 * The console server's side of the component tests: `POST /api/ops/{platformId}/{operation}`
 * answered by the console server's own dispatcher and operation table (role checks and argument
 * validation included), over a dialect backend whose Egeria calls go to `/api/egeria/{platformId}`,
 * where fake-egeria.ts (or a test's own handlers) answer like the platform. So a screen under test
 * goes through the same RPC backend, the same operation table and the same dialect code as in the
 * running console; only the HTTP hop to the platform is mocked. Also GET /api/me, and the audit
 * log's reads, over the entries the operations made (kept in memory; SQLite is the server's).
 */
import { http, HttpResponse, type HttpHandler } from 'msw';
import type { AuditEntry } from '../egeria/audit';
import type { EgeriaBackend } from '../egeria/backend';
import type { MeResponse } from '../egeria/console-user';
import type { Role } from '../egeria/operations';
import type { PlatformInfo } from '../egeria/platform-info';
import { createV5Backend } from '../egeria/v5/backend-v5';
import { createV6Backend } from '../egeria/v6/backend-v6';
import { dispatch } from '../server/ops/dispatch';
import { buildOperationTable, byName } from '../server/ops/operation-table';

/** Where the tests' fake platforms answer Egeria's REST API. */
export const fakeEgeriaBase = (platformId: string) =>
  `/api/egeria/${encodeURIComponent(platformId)}`;

export interface FakeConsoleOptions {
  /** The signed-in user's role on each platform (default: admin, as a loopback console's user). */
  role?: Role | null;
  userName?: string;
  /** Where the audit entries go (a test may pass its own to look at or to seed). */
  audit?: AuditEntry[];
}

function directBackend(platform: PlatformInfo): EgeriaBackend {
  const baseUrl = fakeEgeriaBase(platform.id);
  return platform.dialect === 'v6'
    ? createV6Backend({ baseUrl, viewServer: platform.viewServer ?? 'view-server' })
    : createV5Backend({
        baseUrl,
        userId: platform.userId,
        metadataServer: platform.metadataServer,
      });
}

export function fakeConsoleHandlers(
  platforms: PlatformInfo[],
  options: FakeConsoleOptions = {},
): HttpHandler[] {
  const role = options.role === undefined ? 'admin' : options.role;
  const user = options.userName ?? 'local';
  const backends = new Map<string, EgeriaBackend>();
  const audit = options.audit ?? [];
  const me: MeResponse = {
    signInRequired: options.userName !== undefined,
    signedIn: true,
    methods: options.userName !== undefined ? ['password'] : [],
    user: { name: user, via: options.userName !== undefined ? 'users-file' : 'local' },
    roles: Object.fromEntries(platforms.map((p) => [p.id, role])),
  };
  return [
    http.get('/api/me', () => HttpResponse.json(me)),
    http.post('/api/ops/:platformId/:operation', async ({ request, params }) => {
      const platform = platforms.find((p) => p.id === params['platformId']);
      if (!platform) return HttpResponse.json({ error: 'Unknown platform' }, { status: 404 });
      let backend = backends.get(platform.id);
      if (!backend) {
        backend = directBackend(platform);
        backends.set(platform.id, backend);
      }
      const servers = [
        platform.metadataServer,
        platform.viewServer ?? 'view-server',
        ...platform.daemons,
      ];
      const outcome = await dispatch({
        platformId: platform.id,
        operation: String(params['operation']),
        body: await request.json(),
        table: byName(buildOperationTable({ daemons: platform.daemons, servers })),
        role,
        user,
        backend: () => backend,
        signal: request.signal,
      });
      if (outcome.audit)
        audit.unshift({
          id: audit.length + 1,
          at: new Date().toISOString(),
          user,
          userVia: me.user?.via ?? 'local',
          role,
          platformId: platform.id,
          operation: outcome.audit.operation,
          outcome: outcome.audit.outcome,
          ...(outcome.audit.error?.messageId ? { messageId: outcome.audit.error.messageId } : {}),
          requestIds: [],
          subjects: outcome.audit.subjects,
          args: outcome.audit.args,
        });
      return HttpResponse.json(outcome.body, { status: outcome.status });
    }),
    http.get('/api/audit/:platformId/element', ({ request, params }) => {
      const url = new URL(request.url);
      const kind = url.searchParams.get('kind');
      const values = url.searchParams.getAll('value');
      const entries = audit.filter(
        (e) =>
          e.platformId === params['platformId'] &&
          e.subjects.some(
            (s) =>
              s.kind === kind &&
              ((s.guid && values.includes(s.guid)) || (s.name && values.includes(s.name))),
          ),
      );
      return HttpResponse.json({ entries });
    }),
    http.get('/api/audit', () => HttpResponse.json({ entries: audit })),
  ];
}
