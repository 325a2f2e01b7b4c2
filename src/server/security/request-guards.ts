/**
 * Checks every request passes before routing, and headers every answer carries:
 *
 * - Host: only the console's public origins are served (default: the loopback names of the port
 *   it listens on). A page whose own name was re-pointed at 127.0.0.1 (DNS rebinding) sends its
 *   own name as Host and is refused with 421. The health check alone answers any Host.
 * - Origin: a change (any method but GET/HEAD/OPTIONS) that a browser says comes from another
 *   origin or site is refused with 403, whatever the route.
 * - Headers: nosniff, no framing, no referrer, a restrictive CSP on everything but the SPA's HTML
 *   (which carries its own), no-store on the API; set on the raw response, so they reach event
 *   streams and errors too.
 */
import type { IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { CONSOLE_MESSAGES, consoleError } from '../console-errors';

const LOOPBACK_NAMES = ['localhost', '127.0.0.1', '[::1]'];
const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/** For JSON, event streams and everything else that is not the SPA's page. */
export const API_CONTENT_SECURITY_POLICY =
  "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";

/** The public origin a request came in through (its scheme decides the cookies' Secure flag). */
const matched = new WeakMap<IncomingMessage, URL>();

export function publicOriginOf(request: FastifyRequest): URL | undefined {
  return matched.get(request.raw);
}

export interface RequestGuardOptions {
  /** Configured public origins; undefined means the loopback names of the listening port. */
  publicOrigins?: readonly string[];
}

export function registerRequestGuards(app: FastifyInstance, options: RequestGuardOptions): void {
  const configured = options.publicOrigins?.map((o) => new URL(o));

  /** The origins served now (the port is known only once the server listens). */
  function origins(): URL[] | 'loopback-any-port' {
    if (configured) return configured;
    const address = app.server.address() as AddressInfo | string | null;
    if (!address || typeof address === 'string') return 'loopback-any-port';
    return LOOPBACK_NAMES.map((name) => new URL(`http://${name}:${address.port}`));
  }

  function originFor(host: string | undefined): URL | undefined {
    if (!host) return undefined;
    const wanted = host.toLowerCase();
    const served = origins();
    if (served === 'loopback-any-port') {
      const name = wanted.replace(/:\d+$/, '');
      return LOOPBACK_NAMES.includes(name) ? new URL(`http://${wanted}`) : undefined;
    }
    return served.find((origin) => origin.host === wanted);
  }

  function refuse(
    request: FastifyRequest,
    reply: FastifyReply,
    message: typeof CONSOLE_MESSAGES.hostNotServed | typeof CONSOLE_MESSAGES.originRefused,
    param: string,
  ) {
    request.log.warn({ host: request.headers.host, origin: request.headers.origin }, message.id);
    return reply
      .code(message.status)
      .type('application/json')
      .send(consoleError(message, [param.slice(0, 200)], `${request.method} ${request.url}`));
  }

  app.addHook('onRequest', async (request, reply) => {
    const raw = reply.raw;
    raw.setHeader('x-content-type-options', 'nosniff');
    raw.setHeader('x-frame-options', 'DENY');
    raw.setHeader('referrer-policy', 'no-referrer');
    // The SPA's HTML answers with its own policy (static-files.ts), which takes precedence.
    raw.setHeader('content-security-policy', API_CONTENT_SECURITY_POLICY);
    if (request.url.startsWith('/api/')) raw.setHeader('cache-control', 'no-store');

    const origin = originFor(request.headers.host);
    // Load balancers and orchestrators probe by address; the answer says nothing but "up".
    if (!origin && request.method === 'GET' && request.url === '/api/health') return;
    if (!origin)
      return refuse(
        request,
        reply,
        CONSOLE_MESSAGES.hostNotServed,
        String(request.headers.host ?? '(none)'),
      );
    matched.set(request.raw, origin);
    if (origin.protocol === 'https:')
      raw.setHeader('strict-transport-security', 'max-age=31536000');

    if (SAFE_METHODS.has(request.method)) return;
    const sentOrigin = request.headers.origin;
    // No Origin: not a browser's cross-site request (browsers send it on every such change).
    if (sentOrigin !== undefined && sentOrigin !== origin.origin)
      return refuse(request, reply, CONSOLE_MESSAGES.originRefused, sentOrigin);
    const site = request.headers['sec-fetch-site'];
    if (site !== undefined && site !== 'same-origin' && site !== 'none')
      return refuse(request, reply, CONSOLE_MESSAGES.originRefused, `a ${site} page`);
  });
}
