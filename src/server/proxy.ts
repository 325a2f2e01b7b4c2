/**
 * /api/egeria/{platformId}/** → the configured platform, and nowhere else. The target comes only
 * from configuration; the request supplies just a path inside Egeria's REST surface. Secrets in
 * answers are withheld before they reach the browser. For a platform that needs a bearer token
 * (6.x), the token of the user's session is added here; the browser never has it, and the token
 * endpoints themselves are not forwarded.
 */
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { CONSOLE_REQUEST_HEADER } from '../egeria/platform-info';
import { containsRedactedMarker, REDACTED, redactSecrets } from '../egeria/secrets';
import type { PlatformConfig } from './config';
import { CONSOLE_MESSAGES, consoleError } from './console-errors';
import type { DialectResolver } from './dialect-detection';
import { sessionOf } from './session/session-routes';
import type { SessionStore } from './session/session-store';
import { UpstreamError, type Upstream } from './upstream';

export interface ProxyTarget {
  config: PlatformConfig;
  upstream: Upstream;
}

/** Egeria's REST surface: server-scoped services and the platform/admin services. */
const ALLOWED_PATH =
  /^\/(servers\/[^/]+\/(open-metadata|api)\/|open-metadata\/(platform-services|admin-services)\/)/;
const FORWARDED_METHODS = new Set(['GET', 'POST']);
/** Login and logout belong to the console server's sign-in, never to the browser. */
const TOKEN_PATH = /(^|\/)api\/token(\/|$)/;
/** 6.x answers these without a token (the origin is the platform's liveness probe). */
const OPEN_PATHS_6 = /^\/open-metadata\/platform-services\/server-platform\/origin$/;

export interface ProxyAuth {
  sessions: SessionStore;
  dialects: DialectResolver;
}

/** Rejects dot segments in raw or encoded form, so a path cannot climb out of the REST surface. */
function hasDotSegment(path: string): boolean {
  return path.split('/').some((segment) => {
    const decoded = segment.replace(/%2e/gi, '.');
    return decoded === '.' || decoded === '..';
  });
}

export function registerProxy(
  app: FastifyInstance,
  targets: Map<string, ProxyTarget>,
  auth?: ProxyAuth,
): void {
  app.register(async (scope) => {
    // Bodies pass through untouched; only the marker check reads them.
    scope.removeAllContentTypeParsers();
    scope.addContentTypeParser(
      '*',
      { parseAs: 'buffer', bodyLimit: 16 * 1024 * 1024 },
      (_req, body, done) => done(null, body),
    );

    scope.all(
      '/api/egeria/:platformId/*',
      async (request: FastifyRequest<{ Params: { platformId: string } }>, reply) => {
        const { platformId } = request.params;
        const rawUrl = request.raw.url ?? '';
        const prefix = `/api/egeria/${encodeURIComponent(platformId)}`;
        const rest = rawUrl.startsWith(prefix)
          ? rawUrl.slice(prefix.length)
          : rawUrl.replace(/^\/api\/egeria\/[^/]+/, '');
        const action = `${request.method} ${rest.split('?')[0]}`;

        const target = targets.get(platformId);
        if (!target) {
          return sendError(
            reply,
            CONSOLE_MESSAGES.unknownPlatform,
            [platformId, [...targets.keys()].join(', ') || '(none)'],
            action,
          );
        }
        if (request.headers[CONSOLE_REQUEST_HEADER] !== '1') {
          return sendError(
            reply,
            CONSOLE_MESSAGES.notFromConsole,
            [CONSOLE_REQUEST_HEADER],
            action,
          );
        }
        if (!FORWARDED_METHODS.has(request.method)) {
          return sendError(reply, CONSOLE_MESSAGES.methodNotAllowed, [request.method], action);
        }
        const pathOnly = rest.split('?')[0] ?? '';
        if (!ALLOWED_PATH.test(pathOnly) || hasDotSegment(pathOnly) || TOKEN_PATH.test(pathOnly)) {
          return sendError(reply, CONSOLE_MESSAGES.pathNotAllowed, [pathOnly], action);
        }
        const body =
          request.method === 'POST'
            ? ((request.body as Buffer | undefined) ?? Buffer.from('{}'))
            : undefined;
        if (body && containsRedactedMarker(body.toString('utf8'))) {
          return sendError(reply, CONSOLE_MESSAGES.redactedSecret, [pathOnly], action);
        }

        // 6.x: the bearer token of this browser's session, or a sign-in prompt instead of a call.
        const detection = auth ? await auth.dialects.resolve(platformId) : undefined;
        let signIn: { token?: string } | undefined;
        if (auth && detection?.dialect === 'v6' && !OPEN_PATHS_6.test(pathOnly)) {
          signIn = sessionOf(request, auth.sessions)?.platforms.get(platformId);
          if (!signIn?.token) {
            return sendError(
              reply,
              signIn ? CONSOLE_MESSAGES.signInExpired : CONSOLE_MESSAGES.signInRequired,
              [platformId],
              action,
            );
          }
        }
        const token = signIn?.token;

        const started = performance.now();
        try {
          const answer = await target.upstream.request({
            method: request.method,
            path: rest,
            headers: {
              accept: request.headers.accept ?? 'application/json',
              ...(body
                ? { 'content-type': request.headers['content-type'] ?? 'application/json' }
                : {}),
              ...(token ? { authorization: `Bearer ${token}` } : {}),
            },
            body,
            timeoutMs: target.config.timeoutMs,
          });
          request.log.info(
            {
              platform: platformId,
              upstream: action,
              status: answer.status,
              ms: Math.round(performance.now() - started),
            },
            'egeria call',
          );
          if (signIn && answer.status === 401) {
            // Expired, or the platform restarted: the user must sign in again.
            signIn.token = undefined;
            return sendError(reply, CONSOLE_MESSAGES.signInExpired, [platformId], action);
          }
          const contentType = String(answer.headers['content-type'] ?? '');
          reply.code(answer.status).header('cache-control', 'no-store');
          if (contentType.includes('json')) {
            return reply.type('application/json').send(withheldSecrets(answer.body));
          }
          return reply.type(contentType || 'text/plain; charset=utf-8').send(answer.body);
        } catch (error) {
          const ms = Math.round(performance.now() - started);
          request.log.warn(
            {
              platform: platformId,
              upstream: action,
              ms,
              reason: error instanceof UpstreamError ? error.reason : 'error',
            },
            'egeria call failed',
          );
          if (error instanceof UpstreamError && error.reason === 'timeout') {
            return sendError(
              reply,
              CONSOLE_MESSAGES.timeout,
              [platformId, action, String(target.config.timeoutMs)],
              action,
            );
          }
          if (error instanceof UpstreamError && error.reason === 'tls') {
            return sendError(
              reply,
              CONSOLE_MESSAGES.tlsRejected,
              [platformId, target.config.url, error.message],
              action,
            );
          }
          return sendError(
            reply,
            CONSOLE_MESSAGES.unreachable,
            [platformId, target.config.url, (error as Error).message],
            action,
          );
        }
      },
    );
  });
}

function withheldSecrets(body: Buffer): string {
  const text = body.toString('utf8');
  // Cheap test first: most answers carry no connection at all.
  if (!/"(clearPassword|encryptedPassword|securedProperties)"/.test(text)) return text;
  try {
    return JSON.stringify(redactSecrets(JSON.parse(text)));
  } catch {
    // Not parseable: withhold by pattern rather than pass a secret through.
    return text
      .replace(
        /"(clearPassword|encryptedPassword)"\s*:\s*"(?:[^"\\]|\\.)*"/g,
        `"$1":${JSON.stringify(REDACTED)}`,
      )
      .replace(/"securedProperties"\s*:\s*\{[^}]*\}/g, '"securedProperties":{}');
  }
}

function sendError(
  reply: FastifyReply,
  message: (typeof CONSOLE_MESSAGES)[keyof typeof CONSOLE_MESSAGES],
  params: string[],
  action: string,
): FastifyReply {
  return reply
    .code(message.status)
    .header('cache-control', 'no-store')
    .send(consoleError(message, params, action));
}
