/**
 * 6.x security on the sandbox: the token endpoints (open), and the hook that makes every other 6.x
 * route answer a real HTTP 401 unless it carries a bearer token this platform issued and that has
 * not expired. The body of a 401 has Egeria's FFDC shape; its message id is the sandbox's own
 * (Spring Security writes the platform's 401s, and their ids are not in the wire notes).
 */
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { TokenService } from '../../auth/token-service';
import { isRecord } from '../../util/compact';
import { pathOf } from '../spring-errors';

export type SandboxRelease = '6.1' | '6.2';

const USER_NOT_AUTHORIZED =
  'org.odpi.openmetadata.frameworks.openmetadata.ffdc.UserNotAuthorizedException';

export const AUTH_MESSAGES = {
  token: {
    id: 'SANDBOX-AUTH-401-001',
    text: 'The request to {0} has no valid bearer token: {1}',
    systemAction: 'The request was rejected before it reached the server.',
    userAction:
      'Obtain a token with POST /api/token and send it as "Authorization: Bearer <token>".',
  },
  login: {
    id: 'SANDBOX-AUTH-401-002',
    text: 'The user id or password supplied to {0} is not correct',
    systemAction: 'No token was issued.',
    userAction: 'Check the user id and password and try again.',
  },
};

const REASONS: Record<string, string> = {
  missing: 'no Authorization header',
  unknown: 'the token was not issued by this platform (or the platform has restarted since)',
  expired: 'the token has expired',
};

function unauthorized(
  reply: FastifyReply,
  message: (typeof AUTH_MESSAGES)[keyof typeof AUTH_MESSAGES],
  params: string[],
  challenge: string,
): FastifyReply {
  const text = message.text.replace(/\{(\d+)\}/g, (_, i: string) => params[Number(i)] ?? '');
  return reply
    .code(401)
    .header('www-authenticate', challenge)
    .type('application/json')
    .send({
      class: 'VoidResponse',
      relatedHTTPCode: 401,
      exceptionClassName: USER_NOT_AUTHORIZED,
      actionDescription: params[0],
      exceptionErrorMessage: `${message.id} ${text}`,
      exceptionErrorMessageId: message.id,
      exceptionErrorMessageParameters: params,
      exceptionSystemAction: message.systemAction,
      exceptionUserAction: message.userAction,
    });
}

/** The open token endpoints: login (platform-wide and per server) and logout. */
export function registerTokenRoutes(
  app: FastifyInstance,
  tokens: TokenService,
  release: SandboxRelease,
): void {
  const login = async (request: FastifyRequest, reply: FastifyReply) => {
    const body = isRecord(request.body) ? request.body : {};
    // LoginRequest {userId, password}; `username` is still accepted for the original UIs.
    const token = tokens.issue(body['userId'] ?? body['username'], body['password']);
    if (!token) return unauthorized(reply, AUTH_MESSAGES.login, [pathOf(request.url)], 'Bearer');
    return reply.type('text/plain;charset=UTF-8').send(token);
  };
  app.post('/api/token', { config: { responseClass: 'String', action: 'token' } }, login);
  app.post(
    '/servers/:server/api/token',
    { config: { responseClass: 'String', action: 'token' } },
    login,
  );
  // 6.1 logs out with a GET, 6.2 with a DELETE.
  app.route({
    method: release === '6.2' ? 'DELETE' : 'GET',
    url: '/api/token/logout',
    config: { responseClass: 'String', action: 'logout' },
    handler: async (request, reply) => {
      tokens.revoke(request.headers.authorization);
      return reply.code(200).type('text/plain;charset=UTF-8').send('');
    },
  });
}

/** onRequest hook for the secured 6.x routes: sets `request.bearerUser` or answers 401. */
export function requireBearer(tokens: TokenService) {
  return async (request: FastifyRequest, reply: FastifyReply) => {
    const check = tokens.check(request.headers.authorization);
    if (!check.ok) {
      return unauthorized(
        reply,
        AUTH_MESSAGES.token,
        [`${request.method} ${pathOf(request.url)}`, REASONS[check.reason] ?? check.reason],
        check.reason === 'missing' ? 'Bearer' : 'Bearer error="invalid_token"',
      );
    }
    (request as FastifyRequest & { bearerUser?: string }).bearerUser = check.userId;
  };
}

/**
 * 6.x reports the open metadata framework's exception classes where 5.3 reported the connector
 * framework's; the shared error builders speak 5.3, so 6.x answers are renamed on the way out.
 */
export function sixExceptionClasses(
  _request: FastifyRequest,
  _reply: FastifyReply,
  payload: unknown,
) {
  if (typeof payload !== 'string' || !payload.includes('frameworks.connectors.ffdc.'))
    return payload;
  return payload.replaceAll(
    'org.odpi.openmetadata.frameworks.connectors.ffdc.',
    'org.odpi.openmetadata.frameworks.openmetadata.ffdc.',
  );
}
