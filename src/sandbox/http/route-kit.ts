/**
 * How an Egeria REST method is declared in the sandbox: its path, the Java method name (Egeria's
 * `actionDescription`), the response class, which service must run on the named server, its query
 * parameters and body bean. The kit applies Spring's binding rules (a missing required parameter or
 * an unreadable body never reaches Egeria: see spring-errors.ts for what the client then gets) and
 * Egeria's error handling (every checked failure is HTTP 200 with FFDC fields in the route's
 * release's wording), and writes `class` first (6.x: then a `requestId`).
 */
import { randomUUID } from 'node:crypto';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { z } from 'zod';
import { errors, FfdcError, ffdcFields, runtimeError, SERVICE_NAMES } from '../ffdc/ffdc-error';
import { isRecord } from '../util/compact';
import { ACCESS_SERVICE_MARKERS } from '../wire/paths';
import { isSix, type Dialect, type Release } from '../wire/releases';
import { jsonInSlices } from '../util/json-in-slices';
import { sendSpringError } from './spring-errors';

export type ServiceKind = 'metadata-store' | 'integration-daemon' | 'view-server';

/** Which servers run on the platform, and which of them are up. */
export interface ServerDirectory {
  readonly metadataServer: string;
  /** The 6.x view server, when the platform serves 6.x. */
  readonly viewServer?: string;
  isDaemon(name: string): boolean;
  isAvailable(name: string): boolean;
}

/** What the onRequest hooks (fault injection) need to answer in the route's own terms. */
export interface RouteConfig {
  responseClass: string;
  action: string;
  release: Release;
}

export interface QueryParam {
  name: string;
  type: 'int' | 'long' | 'boolean';
  /** Spring's `defaultValue`: the parameter is optional. */
  default?: number | boolean;
}

export interface RouteContext<B> {
  params: Record<string, string>;
  query: Record<string, number | boolean>;
  body: B;
  userId: string;
  server: string;
}

export interface EgeriaRoute<B = unknown> {
  method: 'GET' | 'POST' | 'DELETE';
  url: string;
  responseClass: string;
  action: string;
  /** The service that must run on `:server` / `:daemon`; none for platform services. */
  service?: ServiceKind;
  /** The service's name in "service not available" answers, where not the kind's usual one. */
  serviceName?: string;
  /** The path's `:marker` must name an access service the server runs (5.3 framework services). */
  marker?: boolean;
  query?: QueryParam[];
  /** Bean of a required body; `optionalBody` accepts a request without one. */
  body?: z.ZodType<B>;
  optionalBody?: boolean;
  /** The response bean's fields; a handler that returns nothing answers the bare response. */
  handler: (ctx: RouteContext<B>) => unknown;
  /** Written a slice at a time (util/json-in-slices): answers that grow with the estate. */
  inSlices?: boolean;
  /** Fields the response bean writes even on failure (Java primitives: ServerStatusResponse.active). */
  errorExtras?: (ctx: RouteContext<B>) => Record<string, unknown>;
}

/** Where a set of routes is registered and which dialect they speak. */
export interface RouteTarget {
  app: FastifyInstance;
  directory: ServerDirectory;
  dialect: Dialect;
  release: Release;
}

const INT = /^[+-]?\d+$/;
const TRUE = /^(true|on|yes|1)$/i;
const FALSE = /^(false|off|no|0)$/i;

/** Spring's conversion of a query string value; undefined when it cannot bind. */
function bindParam(raw: unknown, type: QueryParam['type']): number | boolean | undefined {
  const value = Array.isArray(raw) ? raw[0] : raw;
  if (typeof value !== 'string') return undefined;
  const trimmed = value.trim();
  if (type === 'boolean')
    return TRUE.test(trimmed) ? true : FALSE.test(trimmed) ? false : undefined;
  if (!INT.test(trimmed)) return undefined;
  const n = Number(trimmed);
  const limit = type === 'int' ? 2 ** 31 : 2 ** 63;
  return n >= -limit && n < limit ? n : undefined;
}

const SERVICE_NAME: Record<ServiceKind, string> = {
  'metadata-store': SERVICE_NAMES.store,
  'integration-daemon': SERVICE_NAMES.daemon,
  'view-server': SERVICE_NAMES.view,
};

function checkServer(
  directory: ServerDirectory,
  route: Pick<EgeriaRoute, 'marker' | 'serviceName'> & { service: ServiceKind },
  ctx: Pick<RouteContext<unknown>, 'server' | 'userId' | 'params'>,
): void {
  const { server, userId } = ctx;
  const isMetadataServer = server === directory.metadataServer;
  const isViewServer = directory.viewServer !== undefined && server === directory.viewServer;
  const isDaemon = directory.isDaemon(server);
  if ((!isMetadataServer && !isDaemon && !isViewServer) || !directory.isAvailable(server))
    throw errors.serverNotAvailable(server, userId);
  const service = route.service;
  const runs =
    (service === 'metadata-store' && isMetadataServer) ||
    (service === 'view-server' && isViewServer) ||
    (service === 'integration-daemon' && isDaemon);
  if (!runs)
    throw errors.serviceNotAvailable(route.serviceName ?? SERVICE_NAME[service], server, userId);
  const marker = ctx.params['marker'];
  if (route.marker && marker !== undefined && !ACCESS_SERVICE_MARKERS.has(marker))
    throw errors.serviceNotAvailable(marker, server, userId);
}

/** The user a 6.x request's bearer token names (set by http/auth-routes). */
export function bearerUserOf(request: FastifyRequest): string | undefined {
  return (request as FastifyRequest & { bearerUser?: string }).bearerUser;
}

/** `class`, then on 6.x the `requestId` every 6.x response carries (captured 6.1 02, 03b, 07*). */
export function responseHead(responseClass: string, release: Release): Record<string, unknown> {
  return isSix(release)
    ? { class: responseClass, requestId: randomUUID() }
    : { class: responseClass };
}

/** A complete error response in the route's release's wording. */
export function errorResponse(
  responseClass: string,
  error: FfdcError,
  action: string,
  release: Release,
): Record<string, unknown> {
  return { ...responseHead(responseClass, release), ...ffdcFields(error, action, release) };
}

/** Egeria returns null rather than an empty list, so the key disappears. */
export function listOrNothing<T>(items: T[] | undefined): T[] | undefined {
  return items && items.length > 0 ? items : undefined;
}

export function registerEgeriaRoute<B>(target: RouteTarget, route: EgeriaRoute<B>): void {
  const { app, directory, dialect, release } = target;
  const config: RouteConfig = { responseClass: route.responseClass, action: route.action, release };
  app.route({
    method: route.method,
    url: route.url,
    config,
    handler: async (request: FastifyRequest, reply: FastifyReply) => {
      const params = request.params as Record<string, string>;
      const rawQuery = request.query as Record<string, unknown>;

      // Spring binds parameters and the body before the method runs.
      const query: Record<string, number | boolean> = {};
      for (const param of route.query ?? []) {
        const raw = rawQuery[param.name];
        const bound =
          raw === undefined && param.default !== undefined
            ? param.default
            : bindParam(raw, param.type);
        if (bound === undefined) return sendSpringError(reply, 400, request.url, dialect);
        query[param.name] = bound;
      }
      let body: unknown = request.body;
      if (route.body) {
        if (body === undefined || body === null) {
          if (!route.optionalBody) return sendSpringError(reply, 400, request.url, dialect);
          body = undefined;
        } else {
          const parsed = route.body.safeParse(withoutNulls(body));
          if (!parsed.success) return sendSpringError(reply, 400, request.url, dialect);
          body = parsed.data;
        }
      }

      // 5.x names the user in the path; 6.x in the bearer token.
      const ctx: RouteContext<B> = {
        params,
        query,
        body: body as B,
        userId: params['userId'] ?? bearerUserOf(request) ?? '',
        server: params['server'] ?? params['daemon'] ?? '',
      };
      reply.type('application/json');
      try {
        if (route.service) checkServer(directory, { ...route, service: route.service }, ctx);
        const result = route.handler(ctx);
        const bean = {
          ...responseHead(route.responseClass, release),
          relatedHTTPCode: 200,
          ...(isRecord(result) ? result : {}),
        };
        return reply.send(route.inSlices ? await jsonInSlices(bean) : bean);
      } catch (error) {
        const ffdc = error instanceof FfdcError ? error : runtimeError(error, route.action);
        return reply.send({
          ...errorResponse(route.responseClass, ffdc, route.action, release),
          ...route.errorExtras?.(ctx),
        });
      }
    },
  });
}

/** Jackson binds JSON null to a Java null: treat it as absent everywhere. */
export function withoutNulls(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutNulls);
  if (value !== null && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [key, entry] of Object.entries(value)) {
      if (entry !== null) out[key] = withoutNulls(entry);
    }
    return out;
  }
  return value;
}

/** Regular expressions for every registered route, so an unknown URL can be told from a wrong method. */
export function routePattern(url: string): RegExp {
  const source = url
    .split('/')
    .map((segment) =>
      segment.startsWith(':') ? '[^/]+' : segment.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'),
    )
    .join('/');
  return new RegExp(`^${source}$`);
}

export function sendNotFoundOrWrongMethod(
  reply: FastifyReply,
  request: FastifyRequest,
  routes: ReadonlyArray<{ method: string; pattern: RegExp }>,
  dialect: Dialect,
): FastifyReply {
  const path = request.url.split('?')[0] ?? request.url;
  const otherMethod = routes.some((r) => r.method !== request.method && r.pattern.test(path));
  return sendSpringError(reply, otherMethod ? 405 : 404, request.url, dialect);
}
