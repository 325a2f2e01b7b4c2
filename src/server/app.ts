/**
 * The console server: the built SPA, the list of configured platforms, the console's operations
 * on them (the dialects run here; the browser names operations, never Egeria paths), the console's
 * own sign-in with roles and an audit log, and the shared status feed with its history.
 */
import { existsSync } from 'node:fs';
import Fastify, { type FastifyInstance, type FastifyServerOptions } from 'fastify';
import type { PlatformInfo, PlatformsResponse } from '../egeria/platform-info';
import { roleAllows } from '../egeria/operations';
import { registerAuditRoutes } from './audit/audit-routes';
import { AuditStore } from './audit/audit-store';
import { registerAuthRoutes } from './auth/auth-routes';
import { ConsoleAuth } from './auth/console-auth';
import { OidcSignIn } from './auth/oidc';
import { UsersDirectory } from './auth/users-file';
import { DEFAULT_VIEW_SERVER, type AuthConfig, type PlatformConfig } from './config';
import { DialectResolver, type Detection } from './dialect-detection';
import { DEFAULT_FEED_SETTINGS, FeedHub, type FeedSettings } from './feed/feed-hub';
import { registerFeedRoutes } from './feed/feed-routes';
import { platformReadShares } from './shared-reads';
import { HistoryStore } from './history/history-store';
import { registerOpsRoutes } from './ops/ops-routes';
import { PlatformBackends } from './ops/platform-backends';
import type { PlatformTarget } from './platform-target';
import { registerRequestGuards } from './security/request-guards';
import { registerSessionRoutes } from './session/session-routes';
import { SessionStore } from './session/session-store';
import { registerStaticFiles } from './static-files';
import { createUpstream } from './upstream';

export interface ConsolePlatform extends PlatformConfig {
  /** The embedded sandbox rather than a real Egeria platform. */
  sandbox?: boolean;
}

export interface ConsoleServerOptions {
  platforms: ConsolePlatform[];
  /** Directory of the built SPA; omitted or missing means API only. */
  clientDir?: string;
  logger?: FastifyServerOptions['logger'];
  /** Sessions of signed-in users (tests pass their own to look inside). */
  sessions?: SessionStore;
  /** The status feed's timing; `pollMs` is the configured statusPollMs. */
  feed?: Partial<FeedSettings>;
  /** SQLite file of the status history and the audit log; ':memory:' (the default) keeps them for the process only. */
  historyDbFile?: string;
  /** Origins browsers reach the console at; default: the loopback names of the listening port. */
  publicOrigins?: string[];
  /** The console's own sign-in; none means the local user is an administrator (loopback only). */
  auth?: AuthConfig;
  /** Audit entries kept. */
  auditMaxEntries?: number;
}

/** What the browser is told about a platform, once its dialect is known. */
export function platformInfo(platform: ConsolePlatform, detection?: Detection): PlatformInfo {
  const dialect = detection?.dialect ?? (platform.dialect === 'v6' ? 'v6' : 'v5');
  const viewServer =
    dialect === 'v6' ? (platform.viewServer ?? DEFAULT_VIEW_SERVER) : platform.viewServer;
  return {
    id: platform.id,
    label: platform.label ?? platform.id,
    dialect,
    userId: platform.userId,
    // Query keys are scoped by it; a 6.x platform configured without one is scoped by its view server.
    metadataServer: platform.metadataServer ?? viewServer ?? DEFAULT_VIEW_SERVER,
    ...(viewServer ? { viewServer } : {}),
    daemons: platform.daemons,
    sandbox: platform.sandbox ?? false,
  };
}

export async function buildConsoleServer(options: ConsoleServerOptions): Promise<FastifyInstance> {
  const app = Fastify({
    logger: options.logger ?? false,
    // Egeria names may be long and contain any character; the default 100-char param limit is too tight.
    routerOptions: { maxParamLength: 2048 },
  });
  registerRequestGuards(app, { publicOrigins: options.publicOrigins });
  const targets = new Map<string, PlatformTarget>(
    options.platforms.map((config) => [config.id, { config, upstream: createUpstream(config) }]),
  );
  app.addHook('onClose', async () => {
    for (const target of targets.values()) target.upstream.close();
  });
  const dialects = new DialectResolver(targets, (platformId, result) => {
    if (result instanceof Error)
      app.log.warn({ platform: platformId, reason: result.message }, 'dialect not detected');
    else app.log.info({ platform: platformId, ...result }, 'dialect detected');
  });
  const sessions = options.sessions ?? new SessionStore();
  const auth = new ConsoleAuth({
    config: options.auth,
    sessions,
    users: options.auth?.usersFile ? new UsersDirectory(options.auth.usersFile) : undefined,
    oidc: options.auth?.oidc ? new OidcSignIn(options.auth.oidc) : undefined,
  });
  registerAuthRoutes(app, { auth, targets });

  app.get('/api/platforms', async (_request, reply) => {
    const platforms: PlatformsResponse = {
      platforms: await Promise.all(
        options.platforms.map(async (p) => platformInfo(p, await dialects.resolve(p.id))),
      ),
    };
    return reply.header('cache-control', 'no-store').send(platforms);
  });
  app.get('/api/health', async (_request, reply) =>
    reply.header('cache-control', 'no-store').send({ status: 'ok' }),
  );
  registerSessionRoutes(app, { targets, sessions, dialects });

  const shares = platformReadShares();
  const audit = new AuditStore(options.historyDbFile ?? ':memory:', options.auditMaxEntries);
  app.addHook('onClose', async () => audit.close());
  registerOpsRoutes(app, {
    targets,
    backends: new PlatformBackends(targets, dialects, shares),
    auth,
    audit,
  });
  registerAuditRoutes(app, audit, auth, [...targets.keys()]);

  const history = new HistoryStore({ file: options.historyDbFile ?? ':memory:' });
  const hub = new FeedHub(
    targets,
    { ...DEFAULT_FEED_SETTINGS, ...options.feed },
    history,
    app.log,
    { sessions, dialects },
    shares.daemonStatus,
  );
  registerFeedRoutes(app, hub, history, (request, platformId) =>
    roleAllows(auth.roleOn(auth.caller(request), platformId), 'viewer'),
  );
  app.addHook('onClose', async () => history.close());
  if (options.clientDir && existsSync(options.clientDir))
    registerStaticFiles(app, options.clientDir);
  return app;
}
