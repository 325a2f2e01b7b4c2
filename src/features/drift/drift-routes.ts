/**
 * The drift view's address and route: `/p/{platformId}/daemons/{daemon}/drift[?group={qualifiedName}]`,
 * the daemon in one encoded segment, decoded from the raw path as the monitoring screens do.
 */
import { data, type LoaderFunctionArgs, type RouteObject } from 'react-router';
import { segmentOfPath } from '../../lib/paths';
import { daemonStatusQueryOptions } from '../platforms/platform-queries';
import { resolvePlatformScope, type LoaderServices } from '../platforms/resolve-platform';
import type { DriftLoaderData } from './drift-page';

const DRIFT_PATH = /^\/p\/[^/]+\/daemons\/([^/]+)\/drift\/?$/;

/** The daemon a drift URL names; undefined when malformed. */
export const daemonFromDriftPath = (pathname: string) => segmentOfPath(DRIFT_PATH, pathname);

export function driftRoutes(services: LoaderServices): RouteObject[] {
  return [
    {
      // Ranks above `daemons/*`: a daemon name is one segment.
      path: 'daemons/:daemon/drift',
      loader: async ({ params, request }: LoaderFunctionArgs): Promise<DriftLoaderData> => {
        const scope = await resolvePlatformScope(services, params.platformId);
        const url = new URL(request.url);
        const daemon = daemonFromDriftPath(url.pathname);
        if (!daemon) throw data('This address names no daemon', { status: 404 });
        const configured = scope.platform.daemons.includes(daemon);
        if (configured)
          void services.queryClient.prefetchQuery(daemonStatusQueryOptions(scope, daemon));
        return { daemon, group: url.searchParams.get('group') ?? undefined, configured };
      },
      lazy: async () => ({ Component: (await import('./drift-page')).DriftPage }),
    },
  ];
}
