import { queryOptions } from '@tanstack/react-query';
import {
  ME_PATH,
  readMe,
  PASSWORD_SIGN_IN_PATH,
  SIGN_OUT_PATH,
  type MeResponse,
} from '../../egeria/console-user';
import { consoleApi } from '../../egeria/console-api';
import { consoleKeys } from '../../lib/query-keys';

const what = 'answer about the signed-in user';

/**
 * Who uses the console and their role on each platform. It changes only when they sign in or
 * out, which reloads the page, so it is read once per page load.
 */
export function meQueryOptions() {
  return queryOptions({
    queryKey: consoleKeys.me(),
    queryFn: ({ signal }) => consoleApi(ME_PATH, { signal, read: readMe, what }),
    staleTime: Infinity,
    gcTime: Infinity,
  });
}

export function signInWithPassword(name: string, password: string): Promise<MeResponse> {
  return consoleApi(PASSWORD_SIGN_IN_PATH, {
    method: 'POST',
    body: { name, password },
    read: readMe,
    what,
  });
}

export function signOutOfConsole(): Promise<MeResponse> {
  return consoleApi(SIGN_OUT_PATH, { method: 'POST', body: {}, read: readMe, what });
}
