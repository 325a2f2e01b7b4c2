/**
 * Errors that never reach Egeria's code and so carry no FFDC fields: Spring Boot's default error
 * body (a missing request parameter, an unreadable body, an unknown URL, a wrong method) and
 * Tomcat's refusal of an encoded slash or backslash in a path.
 */
import type { FastifyReply } from 'fastify';
import { isoDate } from '../util/time';

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

export interface SpringErrorBody {
  timestamp: string;
  status: number;
  error: string;
  path: string;
}

/** Spring Boot 3's BasicErrorController body: no `message`, no `trace`. */
export function springErrorBody(status: number, path: string, now = Date.now()): SpringErrorBody {
  return { timestamp: isoDate(now), status, error: reasonPhrase(status), path };
}

/** The path part of a raw request URL, as Spring reports it (still percent-encoded). */
export function pathOf(rawUrl: string): string {
  const index = rawUrl.indexOf('?');
  return index < 0 ? rawUrl : rawUrl.slice(0, index);
}

export function sendSpringError(reply: FastifyReply, status: number, rawUrl: string): FastifyReply {
  return reply
    .code(status)
    .type('application/json')
    .send(springErrorBody(status, pathOf(rawUrl)));
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
