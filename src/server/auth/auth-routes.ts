/**
 * The console's own sign-in, and the gate in front of its API:
 *
 *   GET  /api/me                       who is signed in, their role on each platform
 *   POST /api/auth/login               {name, password}: sign in with the users file
 *   GET  /api/auth/oidc/login?next=    sign in through the OpenID Connect provider
 *   GET  /api/auth/oidc/callback       the provider sends the browser back here
 *   POST /api/auth/logout              sign out (and out of every 6.x platform of the session)
 *
 * Every sign-in starts a new session and every sign-out ends one, so a session id planted before
 * a sign-in is worth nothing after it. Every other API route answers 401 to a caller who has not
 * signed in, when the console has a sign-in.
 */
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { safeNextPath } from '../../egeria/console-user';
import { CONSOLE_REQUEST_HEADER } from '../../egeria/platform-info';
import { CONSOLE_MESSAGES, consoleEgeriaError, consoleError } from '../console-errors';
import { errorBody } from '../ops/dispatch';
import { clearedSessionCookie, sessionCookie } from '../session/cookies';
import { isSecure, logoutAll } from '../session/session-routes';
import type { Session } from '../session/session-store';
import type { PlatformTarget } from '../platform-target';
import { publicOriginOf } from '../security/request-guards';
import type { ConsoleAuth } from './console-auth';
import type { SignedInIdentity } from './oidc';
import { DUMMY_HASH, verifyPassword } from './passwords';

const LOGIN_COOKIE = 'egeria_console_login';
const OIDC_CALLBACK_PATH = '/api/auth/oidc/callback';
const OPEN_PATHS = [/^\/api\/me$/, /^\/api\/health$/, /^\/api\/auth\//];

const LoginSchema = z.strictObject({
  name: z.string().trim().min(1, 'Enter your user name').max(128),
  password: z.string().min(1, 'Enter your password').max(1024),
});

/** At most this many wrong passwords per user name in the window, then a pause. */
const MAX_FAILURES = 5;
const FAILURE_WINDOW_MS = 15 * 60_000;

const AUTH_MESSAGES = {
  badLogin: {
    id: 'CONSOLE-AUTH-401-004',
    status: 401,
    text: 'The user name or password is not right',
    systemAction: 'You are not signed in to the console.',
    userAction: 'Check the user name and the password (they are case-sensitive) and try again.',
  },
  tooManyFailures: {
    id: 'CONSOLE-AUTH-429-001',
    status: 429,
    text: 'Too many wrong passwords for {0}; sign-in is paused for {1} minutes',
    systemAction: 'The password was not checked.',
    userAction:
      'Wait, then try again; an administrator can set a new password with the users command.',
  },
  badRequest: {
    id: 'CONSOLE-AUTH-400-003',
    status: 400,
    text: 'The sign-in request is not valid: {0}',
    systemAction: 'You are not signed in to the console.',
    userAction: 'Enter a user name and a password.',
  },
  methodNotConfigured: {
    id: 'CONSOLE-AUTH-404-001',
    status: 404,
    text: 'This console does not sign in with {0}',
    systemAction: 'Nothing was done.',
    userAction: 'Use the sign-in the console’s page offers.',
  },
  providerFailed: {
    id: 'CONSOLE-AUTH-502-002',
    status: 502,
    text: 'The identity provider could not sign you in: {0}',
    systemAction: 'You are not signed in to the console.',
    userAction:
      'Try again; if it keeps failing, check the console’s OpenID Connect settings and its log.',
  },
} as const;

export interface AuthRouteDependencies {
  auth: ConsoleAuth;
  targets: Map<string, PlatformTarget>;
}

export function registerAuthRoutes(app: FastifyInstance, deps: AuthRouteDependencies): void {
  const { auth, targets } = deps;
  const platformIds = () => [...targets.keys()];
  const failures = new Map<string, { count: number; since: number }>();

  // The gate: no console API for a caller who has not signed in, when the console has a sign-in.
  app.addHook('onRequest', async (request, reply) => {
    if (!auth.required || !request.url.startsWith('/api/')) return;
    const path = request.url.split('?')[0] ?? '';
    if (OPEN_PATHS.some((p) => p.test(path)) || auth.caller(request)) return;
    const action = `${request.method} ${path}`;
    const message = CONSOLE_MESSAGES.consoleSignInRequired;
    reply.code(message.status).type('application/json');
    return path.startsWith('/api/ops/')
      ? reply.send(errorBody(consoleEgeriaError(message, [], action)))
      : reply.send(consoleError(message, [], action));
  });

  /** Starts the signed-in session: always a new one, the old one (if any) ended. */
  async function begin(
    request: FastifyRequest,
    reply: FastifyReply,
    identity: SignedInIdentity,
    via: 'users-file' | 'oidc',
  ) {
    await end(request, auth.session(request));
    const session = auth.sessions.create();
    session.user = {
      name: identity.name,
      ...(identity.displayName ? { displayName: identity.displayName } : {}),
      via,
      grants: identity.grants,
      roles: auth.rolesFor(identity.grants),
      signedInAt: Date.now(),
    };
    reply.header('set-cookie', sessionCookie(session.cookie, isSecure(request)));
    request.log.info({ user: identity.name, via }, 'console sign-in');
    return session;
  }

  async function end(request: FastifyRequest, session: Session | undefined) {
    if (!session) return;
    auth.sessions.delete(session.id);
    await logoutAll(session, targets, request.log);
  }

  app.get('/api/me', async (request, reply) =>
    reply.send(auth.me(auth.caller(request), platformIds())),
  );

  app.post('/api/auth/login', async (request, reply) => {
    const action = 'POST /api/auth/login';
    const send = (message: (typeof AUTH_MESSAGES)[keyof typeof AUTH_MESSAGES], params: string[]) =>
      reply.code(message.status).send(consoleError(message, params, action));
    if (!auth.users) return send(AUTH_MESSAGES.methodNotConfigured, ['a user name and password']);
    if (request.headers[CONSOLE_REQUEST_HEADER] !== '1')
      return reply
        .code(CONSOLE_MESSAGES.notFromConsole.status)
        .send(consoleError(CONSOLE_MESSAGES.notFromConsole, [CONSOLE_REQUEST_HEADER], action));
    const parsed = LoginSchema.safeParse(request.body);
    if (!parsed.success)
      return send(AUTH_MESSAGES.badRequest, [parsed.error.issues.map((i) => i.message).join('; ')]);
    const { name, password } = parsed.data;

    const now = Date.now();
    const failed = failures.get(name);
    if (failed && now - failed.since > FAILURE_WINDOW_MS) failures.delete(name);
    if (failed && failed.count >= MAX_FAILURES && now - failed.since <= FAILURE_WINDOW_MS)
      return send(AUTH_MESSAGES.tooManyFailures, [
        name,
        String(Math.ceil((FAILURE_WINDOW_MS - (now - failed.since)) / 60_000)),
      ]);

    const user = auth.users.find(name);
    // An unknown name costs as much as a known one, so timing does not tell which names exist.
    const ok = await verifyPassword(password, user?.passwordHash ?? DUMMY_HASH);
    if (!user || !ok) {
      const entry = failures.get(name) ?? { count: 0, since: now };
      entry.count++;
      if (failures.size > 10_000) failures.clear();
      failures.set(name, entry);
      request.log.info({ user: name }, 'console sign-in refused');
      return send(AUTH_MESSAGES.badLogin, []);
    }
    failures.delete(name);
    const session = await begin(
      request,
      reply,
      { name: user.name, displayName: user.displayName, grants: user.roles },
      'users-file',
    );
    return reply.send(auth.me(auth.callerOf(session), platformIds()));
  });

  app.post('/api/auth/logout', async (request, reply) => {
    const action = 'POST /api/auth/logout';
    if (request.headers[CONSOLE_REQUEST_HEADER] !== '1')
      return reply
        .code(CONSOLE_MESSAGES.notFromConsole.status)
        .send(consoleError(CONSOLE_MESSAGES.notFromConsole, [CONSOLE_REQUEST_HEADER], action));
    const session = auth.session(request);
    if (session?.user) request.log.info({ user: session.user.name }, 'console sign-out');
    await end(request, session);
    reply.header('set-cookie', clearedSessionCookie(isSecure(request)));
    return reply.send(auth.me(auth.callerOf(undefined), platformIds()));
  });

  const loginCookie = (request: FastifyRequest, value: string, maxAge: number) =>
    `${LOGIN_COOKIE}=${value}; Path=/api/auth/oidc; HttpOnly; SameSite=Lax; Max-Age=${maxAge}${isSecure(request) ? '; Secure' : ''}`;

  app.get<{ Querystring: { next?: string } }>('/api/auth/oidc/login', async (request, reply) => {
    const action = 'GET /api/auth/oidc/login';
    if (!auth.oidc)
      return reply
        .code(404)
        .send(
          consoleError(AUTH_MESSAGES.methodNotConfigured, ['an OpenID Connect provider'], action),
        );
    const next = safeNextPath(request.query.next);
    try {
      const origin = publicOriginOf(request)?.origin ?? `${request.protocol}://${request.host}`;
      const { url, loginId } = await auth.oidc.start(next, `${origin}${OIDC_CALLBACK_PATH}`);
      return reply.header('set-cookie', loginCookie(request, loginId, 600)).redirect(url.href, 302);
    } catch (error) {
      request.log.warn({ reason: (error as Error).message }, 'OpenID Connect provider not reached');
      return reply.redirect(signInPageWithError((error as Error).message, next), 302);
    }
  });

  app.get(OIDC_CALLBACK_PATH, async (request, reply) => {
    if (!auth.oidc) return reply.code(404).send();
    const search = request.url.includes('?') ? request.url.slice(request.url.indexOf('?')) : '';
    const cookies = String(request.headers.cookie ?? '');
    const loginId = /(?:^|;\s*)egeria_console_login=([A-Za-z0-9_-]{16,128})/.exec(cookies)?.[1];
    reply.header('set-cookie', loginCookie(request, '', 0));
    try {
      const { next, identity } = await auth.oidc.finish(loginId, search);
      // Fastify adds this set-cookie to the login cookie's clearing above.
      await begin(request, reply, identity, 'oidc');
      return reply.redirect(next, 302);
    } catch (error) {
      request.log.warn({ reason: (error as Error).message }, 'OpenID Connect sign-in failed');
      return reply.redirect(signInPageWithError((error as Error).message, '/'), 302);
    }
  });
}

/** The sign-in page, saying what went wrong with the provider. */
function signInPageWithError(reason: string, next: string): string {
  const text = `${AUTH_MESSAGES.providerFailed.id} ${AUTH_MESSAGES.providerFailed.text.replace('{0}', reason)}`;
  return `/signin?next=${encodeURIComponent(next)}&error=${encodeURIComponent(text.slice(0, 500))}`;
}
