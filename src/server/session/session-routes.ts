/**
 * Sign-in for platforms that need a bearer token (Egeria 6.x), on the console server:
 *
 *   GET    /api/session/{platformId}   who is signed in (never the token)
 *   POST   /api/session/{platformId}   {userId, password}: ask the platform for a token, keep it here
 *   DELETE /api/session/{platformId}   sign out: forget the token and log it out on the platform
 *
 * The password goes to the platform and nowhere else; neither it nor the token is logged or sent
 * back. Changes need the console's request header, like the operations, so another site cannot
 * drive them. Signing in or out gives the session a new cookie (no session fixation).
 */
import type { FastifyBaseLogger, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { CONSOLE_REQUEST_HEADER } from '../../egeria/platform-info';
import type { SessionInfo } from '../../egeria/session';
import { SignInRequestSchema } from '../../egeria/sign-in-request';
import { LOGOUT_PATH, TOKEN_PATH } from '../../egeria/v6/paths';
import type { PlatformConfig } from '../config';
import { CONSOLE_MESSAGES, consoleError } from '../console-errors';
import type { DialectResolver } from '../dialect-detection';
import { publicOriginOf } from '../security/request-guards';
import { UpstreamError, type Upstream } from '../upstream';
import { clearedSessionCookie, readCookie, SESSION_COOKIE, sessionCookie } from './cookies';
import type { Session, SessionStore } from './session-store';

export interface SessionTarget {
  config: PlatformConfig;
  upstream: Upstream;
}

export interface SessionDependencies {
  targets: Map<string, SessionTarget>;
  sessions: SessionStore;
  dialects: DialectResolver;
}

/** A JWT (or any opaque bearer token): visible ASCII without spaces, of a sane length. */
const TOKEN_SHAPE = /^[\x21-\x7e]{8,16384}$/;

/** The session a request's cookie names, if it is live. */
export function sessionOf(request: FastifyRequest, sessions: SessionStore): Session | undefined {
  return sessions.get(readCookie(request.headers.cookie, SESSION_COOKIE));
}

/** Served over https: through an https public origin (TLS in front), or directly. */
export const isSecure = (request: FastifyRequest) =>
  publicOriginOf(request)?.protocol === 'https:' || request.protocol === 'https';

type ConsoleMessage = (typeof CONSOLE_MESSAGES)[keyof typeof CONSOLE_MESSAGES];

function send(reply: FastifyReply, message: ConsoleMessage, params: string[], action: string) {
  return reply
    .code(message.status)
    .header('cache-control', 'no-store')
    .send(consoleError(message, params, action));
}

export function registerSessionRoutes(app: FastifyInstance, deps: SessionDependencies): void {
  const { targets, sessions, dialects } = deps;

  async function info(platformId: string, session: Session | undefined): Promise<SessionInfo> {
    const detection = await dialects.resolve(platformId);
    if (detection?.dialect !== 'v6') return { platformId, signInRequired: false, signedIn: false };
    const signIn = session?.platforms.get(platformId);
    return {
      platformId,
      signInRequired: true,
      signedIn: !!signIn?.token,
      ...(signIn ? { userId: signIn.userId } : {}),
      ...(signIn && !signIn.token ? { expired: true } : {}),
    };
  }

  /** Why a session call is refused: an unknown platform, or a write not sent by the console. */
  function refusal(
    request: FastifyRequest,
    platformId: string,
    write: boolean,
  ): [ConsoleMessage, string[]] | undefined {
    if (!targets.has(platformId))
      return [CONSOLE_MESSAGES.unknownPlatform, [platformId, [...targets.keys()].join(', ')]];
    if (write && request.headers[CONSOLE_REQUEST_HEADER] !== '1')
      return [CONSOLE_MESSAGES.notFromConsole, [CONSOLE_REQUEST_HEADER]];
    return undefined;
  }

  type SessionRequest = FastifyRequest<{ Params: { platformId: string } }>;
  interface SessionCall {
    platformId: string;
    /** "POST /api/session/sandbox", for the console's messages. */
    action: string;
    target: SessionTarget;
  }
  /** A route of /api/session/:platformId: what `refusal` refuses never reaches the handler. */
  const sessionRoute = (
    method: 'GET' | 'POST' | 'DELETE',
    handler: (request: SessionRequest, reply: FastifyReply, call: SessionCall) => Promise<unknown>,
  ) =>
    app.route<{ Params: { platformId: string } }>({
      method,
      url: '/api/session/:platformId',
      handler: async (request, reply) => {
        const { platformId } = request.params;
        const action = `${method} /api/session/${platformId}`;
        const refused = refusal(request, platformId, method !== 'GET');
        if (refused) return send(reply, ...refused, action);
        const target = targets.get(platformId) as SessionTarget;
        return handler(request, reply, { platformId, action, target });
      },
    });

  sessionRoute('GET', async (request, reply, { platformId }) =>
    reply
      .header('cache-control', 'no-store')
      .send(await info(platformId, sessionOf(request, sessions))),
  );

  sessionRoute('POST', async (request, reply, { platformId, action, target }) => {
    if ((await dialects.resolve(platformId))?.dialect !== 'v6')
      return send(reply, CONSOLE_MESSAGES.signInNotNeeded, [platformId], action);
    const parsed = SignInRequestSchema.safeParse(request.body);
    if (!parsed.success)
      return reply
        .code(400)
        .header('cache-control', 'no-store')
        .send({
          class: 'ConsoleErrorResponse',
          relatedHTTPCode: 400,
          exceptionErrorMessageId: 'CONSOLE-AUTH-400-002',
          exceptionErrorMessage: `CONSOLE-AUTH-400-002 ${parsed.error.issues.map((i) => i.message).join('; ')}`,
          exceptionErrorMessageParameters: [],
          exceptionSystemAction: 'You are not signed in.',
          exceptionUserAction: 'Enter a user id and a password.',
          actionDescription: action,
        });
    const { userId, password } = parsed.data;

    let answer;
    try {
      answer = await target.upstream.request({
        method: 'POST',
        path: TOKEN_PATH,
        headers: { 'content-type': 'application/json', accept: 'text/plain, application/json' },
        body: Buffer.from(JSON.stringify({ userId, password })),
        timeoutMs: target.config.timeoutMs,
      });
    } catch (error) {
      request.log.warn(
        { platform: platformId, reason: error instanceof UpstreamError ? error.reason : 'error' },
        'sign-in failed: platform not reached',
      );
      return send(
        reply,
        CONSOLE_MESSAGES.signInFailed,
        [platformId, (error as Error).message],
        action,
      );
    }
    if (answer.status === 401 || answer.status === 403) {
      request.log.info({ platform: platformId, status: answer.status }, 'sign-in refused');
      return send(reply, CONSOLE_MESSAGES.credentialsRefused, [platformId, userId], action);
    }
    const token = answer.body.toString('utf8').trim();
    if (answer.status !== 200 || !TOKEN_SHAPE.test(token)) {
      request.log.warn({ platform: platformId, status: answer.status }, 'sign-in failed');
      return send(
        reply,
        CONSOLE_MESSAGES.signInFailed,
        [platformId, `the platform answered HTTP ${answer.status} without a token`],
        action,
      );
    }
    // A new cookie on every sign-in: an id planted in the browser beforehand names nothing now.
    const existing = sessionOf(request, sessions);
    const session = existing ?? sessions.create();
    const cookie = existing ? sessions.rotate(existing) : session.cookie;
    reply.header('set-cookie', sessionCookie(cookie, isSecure(request)));
    session.platforms.set(platformId, { userId, token, signedInAt: Date.now() });
    request.log.info({ platform: platformId }, 'signed in');
    return reply.header('cache-control', 'no-store').send(await info(platformId, session));
  });

  sessionRoute('DELETE', async (request, reply, { platformId, target }) => {
    let session = sessionOf(request, sessions);
    const signIn = session?.platforms.get(platformId);
    if (session && signIn) {
      session.platforms.delete(platformId);
      if (signIn.token) await logout(target, signIn.token).catch(() => undefined);
      if (session.platforms.size === 0 && !session.user) {
        sessions.delete(session.id);
        session = undefined;
        reply.header('set-cookie', clearedSessionCookie(isSecure(request)));
      } else {
        reply.header('set-cookie', sessionCookie(sessions.rotate(session), isSecure(request)));
      }
    }
    request.log.info({ platform: platformId }, 'signed out');
    return reply.header('cache-control', 'no-store').send(await info(platformId, session));
  });
}

/** Ends every platform sign-in of a session that is going away (console sign-out). Best effort. */
export async function logoutAll(
  session: Session,
  targets: Map<string, SessionTarget>,
  log: FastifyBaseLogger,
): Promise<void> {
  await Promise.all(
    [...session.platforms].map(async ([platformId, signIn]) => {
      const target = targets.get(platformId);
      if (!target || !signIn.token) return;
      await logout(target, signIn.token).catch(() =>
        log.info({ platform: platformId }, 'platform sign-out not confirmed'),
      );
    }),
  );
  session.platforms.clear();
}

/** Ends the token on the platform: GET at 6.0/6.1, DELETE from 6.2. Best effort. */
async function logout(target: SessionTarget, token: string): Promise<void> {
  const call = (method: string) =>
    target.upstream.request({
      method,
      path: LOGOUT_PATH,
      headers: { authorization: `Bearer ${token}`, accept: '*/*' },
      timeoutMs: Math.min(target.config.timeoutMs, 10_000),
    });
  const answer = await call('GET');
  if (answer.status === 405) await call('DELETE');
}
