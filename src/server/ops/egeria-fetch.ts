/**
 * The FetchLike the dialect code runs on in the console server: each request goes through the
 * egress guard, then the platform's Upstream (its TLS trust and timeout), with the caller's 6.x
 * bearer token added. The console's own failures (no sign-in, refused token, unreachable
 * platform, timeout, untrusted certificate, refused path) come back as FFDC-shaped answers, so
 * the dialect's transport turns them into EgeriaErrors with the console's message ids, exactly as
 * it does Egeria's own. Every call is logged (../egeria-call-log.ts), never a body or token.
 */
import type { Dialect } from '../../egeria/backend';
import type { FetchLike } from '../../egeria/transport';
import { CONSOLE_MESSAGES, consoleError, type ConsoleMessage } from '../console-errors';
import { EGERIA_CALL_MESSAGE, egeriaCallRecord } from '../egeria-call-log';
import type { PlatformTarget } from '../platform-target';
import { UpstreamError } from '../upstream';
import { callContext } from './call-context';
import { egressRefusal, type EgressScope } from './egress-guard';

/** 6.x answers its origin without a token (it is the platform's liveness probe). */
const OPEN_PATH_6 = /^\/open-metadata\/platform-services\/server-platform\/origin$/;
const REQUEST_ID = /"requestId"\s*:\s*"([^"\\]{1,100})"/;

function consoleAnswer(message: ConsoleMessage, params: string[], action: string): Response {
  return new Response(JSON.stringify(consoleError(message, params, action)), {
    status: message.status,
    headers: { 'content-type': 'application/json' },
  });
}

function headerOf(init: RequestInit | undefined, name: string): string | undefined {
  const headers = init?.headers as Record<string, string> | undefined;
  if (!headers) return undefined;
  const key = Object.keys(headers).find((k) => k.toLowerCase() === name);
  return key ? headers[key] : undefined;
}

export function createEgeriaFetch(
  target: PlatformTarget,
  dialect: Dialect,
  scope: EgressScope,
): FetchLike {
  const { config, upstream } = target;
  return async (input, init) => {
    const context = callContext.getStore();
    const method = (init?.method ?? 'GET').toUpperCase();
    const path = input;
    const action = `${method} ${path.split('?')[0]}`;

    const refusal = egressRefusal(method, path, scope);
    if (refusal) {
      context?.log.warn({ platform: config.id, upstream: action, refusal }, 'egeria call refused');
      return consoleAnswer(CONSOLE_MESSAGES.egressRefused, [action, config.id, refusal], action);
    }
    const signIn = dialect === 'v6' && !OPEN_PATH_6.test(path) ? context?.signIn : undefined;
    const token = signIn?.token;
    if (dialect === 'v6' && !OPEN_PATH_6.test(path) && !token) {
      return consoleAnswer(
        signIn ? CONSOLE_MESSAGES.signInExpired : CONSOLE_MESSAGES.signInRequired,
        [config.id],
        action,
      );
    }

    const body = typeof init?.body === 'string' ? Buffer.from(init.body) : undefined;
    const started = performance.now();
    let answer;
    try {
      answer = await upstream.request({
        method,
        path,
        headers: {
          accept: headerOf(init, 'accept') ?? 'application/json',
          ...(body ? { 'content-type': headerOf(init, 'content-type') ?? 'application/json' } : {}),
          ...(token ? { authorization: `Bearer ${token}` } : {}),
        },
        body,
        timeoutMs: config.timeoutMs,
        signal: init?.signal ?? context?.signal,
      });
    } catch (error) {
      const reason = error instanceof UpstreamError ? error.reason : 'unreachable';
      const ms = Math.round(performance.now() - started);
      context?.log.warn(
        { platform: config.id, upstream: action, ms, reason },
        'egeria call failed',
      );
      if (reason === 'aborted') throw new DOMException('The caller gave up', 'AbortError');
      if (reason === 'timeout')
        return consoleAnswer(
          CONSOLE_MESSAGES.timeout,
          [config.id, action, String(config.timeoutMs)],
          action,
        );
      if (reason === 'tls')
        return consoleAnswer(
          CONSOLE_MESSAGES.tlsRejected,
          [config.id, config.url, (error as Error).message],
          action,
        );
      return consoleAnswer(
        CONSOLE_MESSAGES.unreachable,
        [config.id, config.url, (error as Error).message],
        action,
      );
    }
    context?.log.info(
      egeriaCallRecord(config.id, action, answer, performance.now() - started),
      EGERIA_CALL_MESSAGE,
    );
    if (signIn && answer.status === 401) {
      // Expired, or the platform restarted: this user must sign in again.
      if (signIn.token === token) signIn.token = undefined;
      return consoleAnswer(CONSOLE_MESSAGES.signInExpired, [config.id], action);
    }
    if (context?.requestIds) {
      const requestId = REQUEST_ID.exec(answer.body.toString('utf8', 0, 4096))?.[1];
      if (requestId) context.requestIds.push(requestId);
    }
    const status = answer.status >= 200 && answer.status <= 599 ? answer.status : 502;
    const noBody = status === 204 || status === 205 || status === 304;
    return new Response(noBody ? null : new Uint8Array(answer.body), {
      status,
      headers: { 'content-type': String(answer.headers['content-type'] ?? 'application/json') },
    });
  };
}
