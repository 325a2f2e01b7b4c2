import type { QueryClient } from '@tanstack/react-query';
import { redirect } from 'react-router';
import { signInPagePath, type MeResponse } from '../../egeria/console-user';
import { requiresSignIn, type PlatformInfo } from '../../egeria/platform-info';
import type { BackendRegistry } from './backend-registry';
import { meQueryOptions } from './console-user-queries';
import type { PlatformScope } from './platform-context';
import { platformsQueryOptions } from './platforms-query';
import { sessionQueryOptions, SignInRequiredError } from './session-queries';

/** What route loaders need: the app's one QueryClient and backend registry. */
export interface LoaderServices {
  queryClient: QueryClient;
  backends: BackendRegistry;
}

/** A URL named a platform the console server does not know. */
export class UnknownPlatformError extends Error {
  readonly platformId: string;
  readonly platforms: PlatformInfo[];

  constructor(platformId: string, platforms: PlatformInfo[]) {
    super(`No platform with id "${platformId}" is configured`);
    this.name = 'UnknownPlatformError';
    this.platformId = platformId;
    this.platforms = platforms;
  }
}

/**
 * Who uses the console. When the console has a sign-in and nobody has signed in, the page asked
 * for gives way to the sign-in page, which comes back to it afterwards.
 */
export async function requireConsoleUser(
  { queryClient }: LoaderServices,
  request: Request,
): Promise<MeResponse> {
  const me = await queryClient.ensureQueryData(meQueryOptions());
  if (me.signInRequired && !me.signedIn) {
    const url = new URL(request.url);
    throw redirect(signInPagePath(`${url.pathname}${url.search}`));
  }
  return me;
}

/**
 * The configured platforms, from the cache after the first load. Loaders run side by side with
 * the root's, so this too waits to know who is signed in, and sends a signed-out user to sign in
 * (back to the address loading now) before asking the server for anything it would refuse.
 */
export async function loadPlatforms({ queryClient }: LoaderServices): Promise<PlatformInfo[]> {
  const me = await queryClient.ensureQueryData(meQueryOptions());
  if (me.signInRequired && !me.signedIn)
    throw redirect(signInPagePath(`${window.location.pathname}${window.location.search}`));
  return (await queryClient.ensureQueryData(platformsQueryOptions())).platforms;
}

/**
 * The platform a route names, with its backend; throws UnknownPlatformError when there is none,
 * and SignInRequiredError when it needs a sign-in the user has not made (so no call is made that
 * the platform would refuse).
 */
export async function resolvePlatformScope(
  services: LoaderServices,
  platformId: string | undefined,
): Promise<PlatformScope> {
  const platforms = await loadPlatforms(services);
  const platform = platforms.find((p) => p.id === platformId);
  if (!platform) throw new UnknownPlatformError(platformId ?? '', platforms);
  if (requiresSignIn(platform)) {
    const session = await services.queryClient.ensureQueryData(sessionQueryOptions(platform));
    if (!session.signedIn) throw new SignInRequiredError(platform);
  }
  return { platform, backend: services.backends.get(platform) };
}
