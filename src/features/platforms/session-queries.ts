import { queryOptions } from '@tanstack/react-query';
import { EgeriaError } from '../../egeria/errors';
import { CONSOLE_REQUEST_HEADER, type PlatformInfo } from '../../egeria/platform-info';
import {
  SessionInfoSchema,
  sessionPath,
  SIGN_IN_REQUIRED_MESSAGE_ID,
  type SessionInfo,
  type SignInRequest,
} from '../../egeria/session';
import { createTransport } from '../../egeria/transport';
import { platformKeys } from '../../lib/query-keys';

// The console server's own API; changes carry the console header, as proxied calls do.
const consoleServer = createTransport({
  baseUrl: '',
  headers: () => ({ [CONSOLE_REQUEST_HEADER]: '1' }),
});

/** Who is signed in to a platform that needs sign-in (6.x). Never the token: the server keeps it. */
export function sessionQueryOptions(platform: Pick<PlatformInfo, 'id'>) {
  return queryOptions({
    queryKey: platformKeys.session(platform.id),
    queryFn: ({ signal }) =>
      consoleServer.getJson(sessionPath(platform.id), SessionInfoSchema, signal),
    staleTime: 30_000,
  });
}

export function signIn(platformId: string, credentials: SignInRequest): Promise<SessionInfo> {
  return consoleServer.postJson(sessionPath(platformId), credentials, SessionInfoSchema);
}

export function signOut(platformId: string): Promise<SessionInfo> {
  return consoleServer.deleteJson(sessionPath(platformId), SessionInfoSchema);
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
