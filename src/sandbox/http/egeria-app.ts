/**
 * The Egeria-facing listener: platform and admin services, the 5.3 governance-configuration-service
 * and open-metadata-store, the 6.x view services and token endpoints, and the integration daemon
 * API, behaving at the HTTP level like Spring Boot on Tomcat behind Egeria's security configuration
 * (http/spring-errors.ts, http/auth-routes.ts), with the control API's faults and request counting
 * applied to every request. Each API is one route table registered once per dialect served.
 */
import Fastify, { type FastifyInstance, type FastifyReply, type FastifyRequest } from 'fastify';
import type { TokenService } from '../auth/token-service';
import type { FaultInjector } from '../control/fault-injector';
import type { RequestStats } from '../control/request-stats';
import { FfdcError } from '../ffdc/ffdc-error';
import type { MessageDefinition } from '../ffdc/message-catalogue';
import type { PlatformRuntime } from '../platform-runtime';
import { PLATFORM_BASE } from '../wire/paths';
import type { Dialect, SixRelease } from '../wire/releases';
import { registerAdminRoutes } from './admin-routes';
import { OPEN_PATHS, registerTokenRoutes, requireBearer } from './auth-routes';
import { registerGovernanceConfigurationRoutes } from './governance-configuration-routes';
import { registerIntegrationDaemonRoutes } from './integration-daemon-routes';
import { registerOpenMetadataStoreRoutes } from './open-metadata-store-routes';
import { platformOrigin, registerPlatformRoutes } from './platform-routes';
import {
  errorResponse,
  routePattern,
  sendNotFoundOrWrongMethod,
  type RouteConfig,
  type RouteTarget,
} from './route-kit';
import {
  ENCODED_SEPARATOR,
  pathOf,
  sendSpringJson,
  sendTomcatBadRequest,
  sendUnauthorized,
} from './spring-errors';
import { registerViewServiceRoutes } from './view-service-routes';

export type SandboxDialect = Dialect;

export interface EgeriaAppDependencies {
  runtime: PlatformRuntime;
  faults: FaultInjector;
  stats: RequestStats;
  log: boolean;
  /** Which REST dialects to serve; default 5.3 only. */
  dialects?: readonly SandboxDialect[];
  /** Needed when serving 6.x. */
  tokens?: TokenService;
  /** The 6.x release to imitate (6.2 adds typed registration links and a DELETE logout). */
  release?: SixRelease;
  /** Milliseconds every request waits before it is answered (a loaded platform). */
  latencyMs?: number;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Every API of one dialect, registered on `target`. */
function registerApis(target: RouteTarget, runtime: PlatformRuntime): void {
  registerPlatformRoutes(target, runtime);
  registerAdminRoutes(target, runtime);
  registerIntegrationDaemonRoutes(
    target,
    (name) => runtime.daemon(name),
    () => runtime.estate.origin,
  );
  if (target.dialect === 'v5') {
    registerGovernanceConfigurationRoutes(target, () => runtime.service);
    registerOpenMetadataStoreRoutes(target, () => runtime.openMetadataStore);
  } else {
    registerViewServiceRoutes(target, () => runtime.views(target.release as SixRelease));
  }
}

function originRoute(app: FastifyInstance, url: string, release: string): void {
  app.get(
    url,
    { config: { responseClass: 'String', action: 'getServerPlatformOrigin' } },
    async (_request, reply) => reply.type('text/plain;charset=UTF-8').send(platformOrigin(release)),
  );
}

export function buildEgeriaApp({
  runtime,
  faults,
  stats,
  log,
  dialects = ['v5'],
  tokens,
  release = '6.1',
  latencyMs = 0,
}: EgeriaAppDependencies): FastifyInstance {
  const app = Fastify({
    // Request logs carry method, URL and status only: bodies (which can hold secrets) are never logged.
    logger: log ? { level: 'info' } : false,
    routerOptions: { maxParamLength: 4096 },
    bodyLimit: 10 * 1024 * 1024,
  });

  // An empty body is "no body" (an optional request body), not a parse error.
  app.removeContentTypeParser('application/json');
  app.addContentTypeParser('application/json', { parseAs: 'string' }, (_request, body, done) => {
    const text = typeof body === 'string' ? body : body.toString('utf8');
    if (text.trim() === '') return done(null, undefined);
    try {
      done(null, JSON.parse(text));
    } catch {
      const error = new Error('unreadable JSON body') as Error & { statusCode: number };
      error.statusCode = 400;
      done(error, undefined);
    }
  });

  const routes: Array<{ method: string; pattern: RegExp }> = [];
  app.addHook('onRoute', (route) => {
    const methods = Array.isArray(route.method) ? route.method : [route.method];
    for (const method of methods) routes.push({ method, pattern: routePattern(route.url) });
  });

  app.addHook('onRequest', async (request, reply) => {
    const path = pathOf(request.url);
    stats.record(request.method, request.routeOptions.url);
    if (latencyMs > 0) await sleep(latencyMs);
    if (ENCODED_SEPARATOR.test(path)) return sendTomcatBadRequest(reply);
    const effect = faults.take(request.method, path);
    if (!effect) return;
    if (effect.latencyMs > 0) await sleep(effect.latencyMs);
    if (effect.status !== undefined) return sendSpringJson(reply, effect.status, request.url);
    if (effect.ffdc) {
      const config = request.routeOptions.config as Partial<RouteConfig> | undefined;
      const definition: MessageDefinition = {
        id: effect.ffdc.messageId,
        httpCode: effect.ffdc.relatedHTTPCode,
        template: effect.ffdc.text,
        systemAction: effect.ffdc.systemAction,
        userAction: effect.ffdc.userAction,
      };
      const error = new FfdcError({
        definition,
        params: effect.ffdc.params,
        exceptionClassName: effect.ffdc.exceptionClassName,
      });
      return reply
        .code(200)
        .type('application/json')
        .send(
          errorResponse(
            config?.responseClass ?? 'VoidResponse',
            error,
            config?.action ?? 'sandboxFault',
            config?.release ?? '5.3',
          ),
        );
    }
  });

  const servesSix = dialects.includes('v6');
  const checkBearer = servesSix && tokens ? requireBearer(tokens) : undefined;
  // Whatever Spring cannot route is forwarded to /error, which Egeria's security guards: without a
  // (valid) token the answer is a bare 401; a 6.x request with one gets Spring's JSON 404 or 405.
  app.setNotFoundHandler(async (request: FastifyRequest, reply: FastifyReply) => {
    if (!checkBearer || (!request.headers.authorization && !OPEN_PATHS.test(pathOf(request.url))))
      return sendUnauthorized(reply);
    if (!OPEN_PATHS.test(pathOf(request.url))) {
      await checkBearer(request, reply);
      if (reply.sent) return reply;
    }
    return sendNotFoundOrWrongMethod(reply, request, routes, 'v6');
  });
  app.setErrorHandler((error: { statusCode?: number }, request, reply) => {
    const status =
      error.statusCode && error.statusCode >= 400 && error.statusCode < 500
        ? error.statusCode
        : 500;
    const config = request.routeOptions.config as Partial<RouteConfig> | undefined;
    return config?.release === '5.3' || !servesSix
      ? sendUnauthorized(reply)
      : sendSpringJson(reply, status, request.url);
  });

  if (dialects.includes('v5')) {
    originRoute(app, `${PLATFORM_BASE.v5}/origin`, '5.3');
    registerApis({ app, directory: runtime, dialect: 'v5', release: '5.3' }, runtime);
  }
  if (servesSix) {
    if (!tokens) throw new Error('Serving Egeria 6.x needs a token service');
    registerTokenRoutes(app, tokens, release);
    // Open without a token: the platform origin (a liveness probe).
    originRoute(app, `${PLATFORM_BASE.v6}/origin`, release);
    void app.register(async (secured) => {
      secured.addHook('onRequest', requireBearer(tokens));
      registerApis({ app: secured, directory: runtime, dialect: 'v6', release }, runtime);
    });
  }
  return app;
}
