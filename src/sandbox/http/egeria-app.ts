/**
 * The Egeria-facing listener: platform services, admin services, the governance-configuration-
 * service and the integration daemon API, behaving at the HTTP level like Spring Boot on Tomcat
 * (Spring's error bodies, a refused encoded slash, 405 for a wrong method), with the control API's
 * faults and request counting applied to every request. It speaks the 5.3 dialect, the 6.x dialect
 * (view services, no userId in paths, bearer tokens), or both, over the same runtime.
 */
import Fastify, { type FastifyInstance } from 'fastify';
import type { FaultInjector } from '../control/fault-injector';
import type { RequestStats } from '../control/request-stats';
import { FfdcError } from '../ffdc/ffdc-error';
import type { MessageDefinition } from '../ffdc/message-catalogue';
import type { TokenService } from '../auth/token-service';
import type { PlatformRuntime } from '../platform-runtime';
import { ADMIN_SERVICES_BASE_6, registerAdminRoutes } from './admin-routes';
import { registerOpenMetadataStoreRoutes } from './open-metadata-store-routes';
import { registerGovernanceConfigurationRoutes } from './governance-configuration-routes';
import { registerIntegrationDaemonRoutes } from './integration-daemon-routes';
import {
  PLATFORM_ORIGIN_6,
  PLATFORM_SERVICES_BASE_6,
  registerPlatformRoutes,
} from './platform-routes';
import {
  errorResponse,
  routePattern,
  sendNotFoundOrWrongMethod,
  type RouteConfig,
} from './route-kit';
import { ENCODED_SEPARATOR, pathOf, sendSpringError, sendTomcatBadRequest } from './spring-errors';
import {
  registerTokenRoutes,
  requireBearer,
  sixExceptionClasses,
  type SandboxRelease,
} from './v6/auth-routes';
import { registerIntegrationDaemonRoutes6 } from './v6/integration-daemon-routes';
import { registerViewServiceRoutes } from './v6/view-service-routes';

export type SandboxDialect = 'v5' | 'v6';

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
  release?: SandboxRelease;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** What a 6.x platform serves without a token (wire notes §1): token, about, public, API docs. */
const OPEN_6 =
  /^(?:\/api\/token(?:\/|$)|\/servers\/[^/]+\/api\/token$|\/api\/about$|\/api\/public\/|\/v3\/api-docs|\/swagger-ui)/;

export function buildEgeriaApp({
  runtime,
  faults,
  stats,
  log,
  dialects = ['v5'],
  tokens,
  release = '6.1',
}: EgeriaAppDependencies): FastifyInstance {
  const app = Fastify({
    // Request logs carry method, URL and status only: bodies (which can hold secrets) are never logged.
    logger: log ? { level: 'info' } : false,
    routerOptions: { maxParamLength: 4096 },
    bodyLimit: 10 * 1024 * 1024,
  });

  // An empty body is "no body" (optional NullRequestBody / NameRequestBody), not a parse error.
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
    if (ENCODED_SEPARATOR.test(path)) return sendTomcatBadRequest(reply);
    const effect = faults.take(request.method, path);
    if (!effect) return;
    if (effect.latencyMs > 0) await sleep(effect.latencyMs);
    if (effect.status !== undefined) return sendSpringError(reply, effect.status, request.url);
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
          ),
        );
    }
  });

  // A 6.x platform checks the token before it looks for the route (Spring Security's filter runs
  // first): without one, an unknown path is a 401 like any other secured path, not a 404. 5.x
  // paths are open, so a sandbox that also serves them answers 404 as 5.3 does.
  const bearerFirst = dialects.includes('v6') && !dialects.includes('v5') && tokens;
  const checkBearer = bearerFirst ? requireBearer(bearerFirst) : undefined;
  app.setNotFoundHandler(async (request, reply) => {
    if (checkBearer && !OPEN_6.test(pathOf(request.url))) {
      await checkBearer(request, reply);
      if (reply.sent) return reply;
    }
    return sendNotFoundOrWrongMethod(reply, request, routes);
  });
  app.setErrorHandler((error: { statusCode?: number }, request, reply) => {
    const status =
      error.statusCode && error.statusCode >= 400 && error.statusCode < 500
        ? error.statusCode
        : 500;
    return sendSpringError(reply, status, request.url);
  });

  if (dialects.includes('v5')) {
    registerPlatformRoutes(app, runtime);
    registerAdminRoutes(app, runtime);
    registerGovernanceConfigurationRoutes(app, runtime, () => runtime.service);
    registerOpenMetadataStoreRoutes(app, runtime, () => runtime.views);
    registerIntegrationDaemonRoutes(app, runtime, (name) => runtime.daemon(name));
  }
  if (dialects.includes('v6')) {
    if (!tokens) throw new Error('Serving Egeria 6.x needs a token service');
    // Open without a token: login, logout and the platform origin (a liveness probe).
    registerTokenRoutes(app, tokens, release);
    app.get(
      `${PLATFORM_SERVICES_BASE_6}/origin`,
      { config: { responseClass: 'String', action: 'getServerPlatformOrigin' } },
      async (_request, reply) =>
        reply.type('text/plain;charset=UTF-8').send(PLATFORM_ORIGIN_6.replace('6.1', release)),
    );
    void app.register(async (secured) => {
      secured.addHook('onRequest', requireBearer(tokens));
      secured.addHook('onSend', async (request, reply, payload) =>
        sixExceptionClasses(request, reply, payload),
      );
      registerPlatformRoutes(secured, runtime, {
        base: PLATFORM_SERVICES_BASE_6,
        skipOrigin: true,
      });
      registerAdminRoutes(secured, runtime, ADMIN_SERVICES_BASE_6);
      registerViewServiceRoutes(secured, runtime, () => runtime.views, release);
      registerIntegrationDaemonRoutes6(secured, runtime, (name) => runtime.daemon(name));
    });
  }
  return app;
}
