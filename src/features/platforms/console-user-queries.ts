import { queryOptions } from '@tanstack/react-query';
import {
  ME_PATH,
  parseMe,
  PASSWORD_SIGN_IN_PATH,
  SIGN_OUT_PATH,
  type MeResponse,
} from '../../egeria/console-user';
import { EgeriaError, errorFromFfdc, type FfdcFields } from '../../egeria/errors';
import { CONSOLE_REQUEST_HEADER } from '../../egeria/platform-info';
import { consoleKeys } from '../../lib/query-keys';

/** A call of the console server's own API; failures become EgeriaErrors with the console's ids. */
async function call(method: 'GET' | 'POST', path: string, body?: unknown): Promise<MeResponse> {
  let response: Response;
  try {
    response = await fetch(path, {
      method,
      headers: {
        accept: 'application/json',
        ...(method === 'POST'
          ? { 'content-type': 'application/json', [CONSOLE_REQUEST_HEADER]: '1' }
          : {}),
      },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
  } catch (cause) {
    throw new EgeriaError({
      kind: 'network',
      httpStatus: 0,
      text: `No answer from the console server: ${cause instanceof Error ? cause.message : String(cause)}`,
      request: `${method} ${path}`,
    });
  }
  const json: unknown = await response.json().catch(() => undefined);
  if (!response.ok)
    throw errorFromFfdc((json ?? {}) as FfdcFields, response.status, `${method} ${path}`);
  return parseMe(json);
}

/**
 * Who uses the console and their role on each platform. It changes only when they sign in or
 * out, which reloads the page, so it is read once per page load.
 */
export function meQueryOptions() {
  return queryOptions({
    queryKey: consoleKeys.me(),
    queryFn: () => call('GET', ME_PATH),
    staleTime: Infinity,
    gcTime: Infinity,
  });
}

export function signInWithPassword(name: string, password: string): Promise<MeResponse> {
  return call('POST', PASSWORD_SIGN_IN_PATH, { name, password });
}

export function signOutOfConsole(): Promise<MeResponse> {
  return call('POST', SIGN_OUT_PATH, {});
}
