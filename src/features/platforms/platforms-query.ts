import { queryOptions } from '@tanstack/react-query';
import { PlatformsResponseSchema, type PlatformsResponse } from '../../egeria/platform-info';
import { createTransport } from '../../egeria/transport';
import { consoleKeys } from '../../lib/query-keys';

// The console server's own API lives beside the proxied Egeria paths, on the page's origin.
const consoleServer = createTransport({ baseUrl: '' });

/** GET /api/platforms, parsed with the shared schema; failures are EgeriaErrors like any other call. */
export function fetchPlatforms(signal?: AbortSignal): Promise<PlatformsResponse> {
  return consoleServer.getJson('/api/platforms', PlatformsResponseSchema, signal);
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
