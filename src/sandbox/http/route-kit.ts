/**
 * How an Egeria REST method is declared in the sandbox: its path, the Java method name (Egeria's
 * `actionDescription`), the response class, which service must run on the named server, its
 * required query parameters and body bean. The kit applies Spring's binding rules (missing
 * parameters and unreadable bodies are plain HTTP 400s) and Egeria's error handling (every checked
 * failure is HTTP 200 with FFDC fields), and names the response class first in every answer.
 */
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { z } from 'zod';
import type * as W from '../../egeria/v5/wire';
import {
  errors,
  FfdcError,
  ffdcFields,
  INTEGRATION_DAEMON_SERVICE,
  METADATA_STORE_SERVICE,
  unexpectedError,
} from '../ffdc/ffdc-error';
import { withoutNulls } from '../services/request-beans';
import { sendSpringError } from './spring-errors';

/** The payload of a response type: what follows `class` and the FFDC fields. */
export type Payload<R> = Omit<R, keyof W.FfdcResponse>;

export type ServiceKind = 'metadata-store' | 'integration-daemon' | 'view-server';

/** Which servers run on the platform, and which of them are up. */
export interface ServerDirectory {
  readonly metadataServer: string;
  /** The 6.x view server, when the platform serves 6.x. */
  readonly viewServer?: string;
  isDaemon(name: string): boolean;
  isAvailable(name: string): boolean;
}

export interface RouteConfig {
  responseClass: string;
  action: string;
}

export interface QueryParam {
  name: string;
  type: 'int' | 'boolean';
}

export interface RouteContext<B> {
  params: Record<string, string>;
  query: Record<string, number | boolean>;
  body: B;
  userId: string;
  server: string;
}

export interface EgeriaRoute<R, B> {
  method: 'GET' | 'POST' | 'DELETE';
  url: string;
  responseClass: string;
  action: string;
  /** The service that must run on `:server` / `:daemon`; none for platform services. */
  service?: ServiceKind;
  query?: QueryParam[];
  /** Bean of a required body; `optionalBody` accepts a request without one. */
  body?: z.ZodType<B>;
  optionalBody?: boolean;
  handler: (ctx: RouteContext<B>) => Payload<R>;
}

const INT = /^[+-]?\d+$/;
const TRUE = /^(true|on|yes|1)$/i;
const FALSE = /^(false|off|no|0)$/i;

/** Spring's conversion of a query string value; undefined when it cannot bind. */
function bindParam(raw: unknown, type: QueryParam['type']): number | boolean | undefined {
  const value = Array.isArray(raw) ? raw[0] : raw;
  if (typeof value !== 'string') return undefined;
  if (type === 'int') {
    if (!INT.test(value.trim())) return undefined;
    const n = Number(value.trim());
    return n >= -(2 ** 31) && n < 2 ** 31 ? n : undefined;
  }
  if (TRUE.test(value.trim())) return true;
  if (FALSE.test(value.trim())) return false;
  return undefined;
}

function checkServer(
  directory: ServerDirectory,
  service: ServiceKind,
  server: string,
  userId: string,
): void {
  const isMetadataServer = server === directory.metadataServer;
  const isViewServer = directory.viewServer !== undefined && server === directory.viewServer;
  const isDaemon = directory.isDaemon(server);
  if ((!isMetadataServer && !isDaemon && !isViewServer) || !directory.isAvailable(server)) {
    throw errors.serverNotAvailable(server, userId);
  }
  if (service === 'view-server' && !isViewServer) {
    throw errors.serviceNotAvailable('View Services', server, userId);
  }
  if (service === 'metadata-store' && !isMetadataServer) {
    throw errors.serviceNotAvailable(METADATA_STORE_SERVICE, server, userId);
  }
  if (service === 'integration-daemon' && !isDaemon) {
    throw errors.serviceNotAvailable(INTEGRATION_DAEMON_SERVICE, server, userId);
  }
}

/** The user a 6.x request's bearer token names (see http/v6/auth-routes). */
export function bearerUserOf(request: FastifyRequest): string | undefined {
  return (request as FastifyRequest & { bearerUser?: string }).bearerUser;
}

/** A complete error response: `class` first, then the FFDC fields. */
export function errorResponse(
  responseClass: string,
  error: FfdcError,
  action: string,
): W.FfdcResponse {
  return { class: responseClass, ...ffdcFields(error, action) };
}

export function registerEgeriaRoute<R, B>(
  app: FastifyInstance,
  directory: ServerDirectory,
  route: EgeriaRoute<R, B>,
): void {
  const config: RouteConfig = { responseClass: route.responseClass, action: route.action };
  app.route({
    method: route.method,
    url: route.url,
    config,
    handler: async (request: FastifyRequest, reply: FastifyReply) => {
      const rawParams = request.params as Record<string, string>;
      const rawQuery = request.query as Record<string, unknown>;

      // Spring binds parameters and the body before the method runs.
      const query: Record<string, number | boolean> = {};
      for (const param of route.query ?? []) {
        const bound = bindParam(rawQuery[param.name], param.type);
        if (bound === undefined) return sendSpringError(reply, 400, request.url);
        query[param.name] = bound;
      }
      let body: unknown = request.body;
      if (route.body) {
        if (body === undefined || body === null) {
          if (!route.optionalBody) return sendSpringError(reply, 400, request.url);
        } else {
          const parsed = route.body.safeParse(withoutNulls(body));
          if (!parsed.success) return sendSpringError(reply, 400, request.url);
          body = parsed.data;
        }
      }

      // 5.x names the user in the path; 6.x in the bearer token (set by the sandbox's auth hook).
      const userId = rawParams['userId'] ?? bearerUserOf(request) ?? '';
      const server = rawParams['server'] ?? rawParams['daemon'] ?? '';
      try {
        if (route.service) checkServer(directory, route.service, server, userId);
        const payload = route.handler({
          params: rawParams,
          query,
          body: body as B,
          userId,
          server,
        });
        return reply
          .type('application/json')
          .send({ class: route.responseClass, relatedHTTPCode: 200, ...payload });
      } catch (error) {
        const ffdc = error instanceof FfdcError ? error : unexpectedError(error, route.action);
        return reply
          .type('application/json')
          .send(errorResponse(route.responseClass, ffdc, route.action));
      }
    },
  });
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
): FastifyReply {
  const path = request.url.split('?')[0] ?? request.url;
  const otherMethod = routes.some((r) => r.method !== request.method && r.pattern.test(path));
  return sendSpringError(reply, otherMethod ? 405 : 404, request.url);
}
