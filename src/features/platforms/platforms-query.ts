import { queryOptions } from '@tanstack/react-query';
import { consoleApi } from '../../egeria/console-api';
import { readPlatforms, type PlatformsResponse } from '../../egeria/platform-info';
import { consoleKeys } from '../../lib/query-keys';

/** GET /api/platforms; failures are EgeriaErrors like any other call. */
export function fetchPlatforms(signal?: AbortSignal): Promise<PlatformsResponse> {
  return consoleApi('/api/platforms', { signal, read: readPlatforms, what: 'list of platforms' });
}

/**
 * The configured platforms. They change only when the console server is reconfigured (and
 * restarted), so they are fetched once per page load and never refetched behind the user's back.
 */
export function platformsQueryOptions() {
  return queryOptions({
    queryKey: consoleKeys.platforms(),
    queryFn: ({ signal }) => fetchPlatforms(signal),
    staleTime: Infinity,
    gcTime: Infinity,
  });
}
