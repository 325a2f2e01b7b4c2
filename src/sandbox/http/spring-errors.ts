/**
 * Errors that never reach Egeria's code and so carry no FFDC fields: a missing request parameter,
 * an unreadable body, an unknown URL or a wrong method. Spring forwards them to `/error`, which
 * the platform's security filter chain guards:
 * - 5.3 lets only `/open-metadata/**` and `/servers/*\/open-metadata/**` through unauthenticated
 *   (user-authn SecurityConfig@e993386a1f51), so `/error` itself is refused: HTTP 401, an empty
 *   body and `WWW-Authenticate: Bearer` (captured 5.3 07i);
 * - 6.x requests carry a bearer token, which also admits the forward: Spring Boot's own JSON body.
 * Tomcat refuses an encoded slash or backslash before Spring sees the request, in both.
 */
import type { FastifyReply } from 'fastify';
import { isoDate } from '../util/time';
import type { Dialect } from '../wire/releases';

const REASONS: Record<number, string> = {
  400: 'Bad Request',
  404: 'Not Found',
  405: 'Method Not Allowed',
  415: 'Unsupported Media Type',
  500: 'Internal Server Error',
  503: 'Service Unavailable',
};

export function reasonPhrase(status: number): string {
  return REASONS[status] ?? (status >= 500 ? 'Internal Server Error' : 'Bad Request');
}

/** Spring Boot 3's BasicErrorController body: no `message`, no `trace`. */
export function springErrorBody(status: number, path: string, now = Date.now()) {
  return { timestamp: isoDate(now), status, error: reasonPhrase(status), path };
}

/** The path part of a raw request URL, as Spring reports it (still percent-encoded). */
export function pathOf(rawUrl: string): string {
  const index = rawUrl.indexOf('?');
  return index < 0 ? rawUrl : rawUrl.slice(0, index);
}

/** Spring Security's answer to an unauthenticated request: 401, the challenge, no body. */
export function sendUnauthorized(reply: FastifyReply, challenge = 'Bearer'): FastifyReply {
  return reply.code(401).header('www-authenticate', challenge).send();
}

/** Spring Boot's JSON error body with its status. */
export function sendSpringJson(reply: FastifyReply, status: number, rawUrl: string): FastifyReply {
  return reply
    .code(status)
    .type('application/json')
    .send(springErrorBody(status, pathOf(rawUrl)));
}

/** What a request that fails before Egeria sees it gets, per dialect (see the module comment). */
export function sendSpringError(
  reply: FastifyReply,
  status: number,
  rawUrl: string,
  dialect: Dialect,
): FastifyReply {
  return dialect === 'v5' ? sendUnauthorized(reply) : sendSpringJson(reply, status, rawUrl);
}

/** Tomcat rejects `%2F` and `%5C` in a path before Spring sees the request. */
export const ENCODED_SEPARATOR = /%2f|%5c/i;

export function sendTomcatBadRequest(reply: FastifyReply): FastifyReply {
  return reply
    .code(400)
    .type('text/html;charset=utf-8')
    .send(
      '<!doctype html><html lang="en"><head><title>HTTP Status 400 – Bad Request</title></head>' +
        '<body><h1>HTTP Status 400 – Bad Request</h1></body></html>',
    );
}
