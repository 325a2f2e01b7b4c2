import type { QueryClient } from '@tanstack/react-query';
import { requiresSignIn, type PlatformInfo } from '../../egeria/platform-info';
import type { BackendRegistry } from './backend-registry';
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

/** The configured platforms, from the cache after the first load. */
export async function loadPlatforms({ queryClient }: LoaderServices): Promise<PlatformInfo[]> {
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
