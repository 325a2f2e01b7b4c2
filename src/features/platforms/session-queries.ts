import { queryOptions } from '@tanstack/react-query';
import { consoleApi } from '../../egeria/console-api';
import { EgeriaError } from '../../egeria/errors';
import type { PlatformInfo } from '../../egeria/platform-info';
import {
  readSessionInfo,
  sessionPath,
  SIGN_IN_REQUIRED_MESSAGE_ID,
  type SessionInfo,
} from '../../egeria/session';
import type { SignInRequest } from '../../egeria/sign-in-request';
import { platformKeys } from '../../lib/query-keys';

const what = 'session answer';

/** Who is signed in to a platform that needs sign-in (6.x). Never the token: the server keeps it. */
export function sessionQueryOptions(platform: Pick<PlatformInfo, 'id'>) {
  return queryOptions({
    queryKey: platformKeys.session(platform.id),
    queryFn: ({ signal }) =>
      consoleApi(sessionPath(platform.id), { signal, read: readSessionInfo, what }),
    staleTime: 30_000,
  });
}

export function signIn(platformId: string, credentials: SignInRequest): Promise<SessionInfo> {
  return consoleApi(sessionPath(platformId), {
    method: 'POST',
    body: credentials,
    read: readSessionInfo,
    what,
  });
}

export function signOut(platformId: string): Promise<SessionInfo> {
  return consoleApi(sessionPath(platformId), { method: 'DELETE', read: readSessionInfo, what });
}

/** True for the console's "sign in (again) to this platform" answer. */
export function isSignInRequired(error: unknown): boolean {
  return error instanceof EgeriaError && error.messageId === SIGN_IN_REQUIRED_MESSAGE_ID;
}

/** A route needs a platform the user has not signed in to; the page shows the sign-in prompt instead. */
export class SignInRequiredError extends Error {
  readonly platform: PlatformInfo;

  constructor(platform: PlatformInfo) {
    super(`Sign in to ${platform.label} to see this page`);
    this.name = 'SignInRequiredError';
    this.platform = platform;
  }
}
