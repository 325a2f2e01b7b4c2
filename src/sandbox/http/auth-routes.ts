/**
 * 6.x security on the sandbox, as Spring Security answers on Egeria 6.1 (user-authn
 * SecurityConfig@86e1137bf8ff): only the token endpoint, the platform origin and the public
 * documentation pages are open. Any other request without a token is HTTP 401 with
 * `WWW-Authenticate: Bearer` and an empty body (captured 6.1 11); a token this platform did not
 * issue, or one that expired, adds `error="invalid_token"` to the challenge. A wrong password on
 * POST /api/token is a 401 with Egeria's FFDCResponseBase body (captured 6.1 00b).
 */
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { TokenService } from '../auth/token-service';
import { isRecord } from '../util/compact';
import type { SixRelease } from '../wire/releases';
import { sendUnauthorized } from './spring-errors';

/** What a 6.x platform serves without a token. */
export const OPEN_PATHS =
  /^(?:(?:\/servers\/[^/]+)?\/api\/token$|\/open-metadata\/platform-services\/server-platform\/origin$|\/api\/about$|\/api\/public\/|\/v3\/api-docs|\/swagger-ui)/;

const INVALID_TOKEN: Record<'unknown' | 'expired', string> = {
  unknown:
    'Bearer error="invalid_token", error_description="An error occurred while attempting to decode the Jwt: Signed JWT rejected: Invalid signature", error_uri="https://tools.ietf.org/html/rfc6750#section-3.1"',
  expired:
    'Bearer error="invalid_token", error_description="An error occurred while attempting to decode the Jwt: Jwt expired", error_uri="https://tools.ietf.org/html/rfc6750#section-3.1"',
};

/** AuthenticationExceptionHandler's body for a failed login. */
function loginFailed(reply: FastifyReply, userId: unknown): FastifyReply {
  return reply
    .code(401)
    .type('application/json')
    .send({
      class: 'FFDCResponseBase',
      relatedHTTPCode: 401,
      exceptionClassName:
        'org.springframework.security.authentication.AuthenticationServiceException',
      exceptionErrorMessage: `User authentication failed for user: ${String(userId)} - Bad credentials`,
      exceptionSystemAction:
        'The system is unable to authenticate the calling user and an error is returned.',
      exceptionUserAction: "Check the status of the user's account and credentials and try again.",
    });
}

/** The token endpoint (open) and logout (with a token: 6.1 by GET, 6.2 by DELETE). */
export function registerTokenRoutes(
  app: FastifyInstance,
  tokens: TokenService,
  release: SixRelease,
): void {
  // Real 6.1 also issues tokens under a server's root (pyegeria signs in there).
  for (const url of ['/api/token', '/servers/:server/api/token'])
    app.post(
      url,
      { config: { responseClass: 'String', action: 'platformToken' } },
      async (request, reply) => {
        const body = isRecord(request.body) ? request.body : {};
        // LoginRequest {userId, password}.
        const token = tokens.issue(body['userId'], body['password']);
        if (!token) return loginFailed(reply, body['userId']);
        return reply.type('text/plain;charset=UTF-8').send(token);
      },
    );
  for (const url of ['/api/token/logout', '/servers/:server/api/token/logout'])
    app.route({
      method: release === '6.2' ? 'DELETE' : 'GET',
      url,
      config: { responseClass: 'String', action: 'platformLogout' },
      preHandler: requireBearer(tokens),
      handler: async (request, reply) => {
        tokens.revoke(request.headers.authorization);
        return reply.code(200).send();
      },
    });
}

/** A hook that lets through only requests with a live token of this platform, naming their user. */
export function requireBearer(tokens: TokenService) {
  return async (request: FastifyRequest, reply: FastifyReply) => {
    const check = tokens.check(request.headers.authorization);
    if (!check.ok)
      return sendUnauthorized(
        reply,
        check.reason === 'missing' ? 'Bearer' : INVALID_TOKEN[check.reason],
      );
    (request as FastifyRequest & { bearerUser?: string }).bearerUser = check.userId;
  };
}
