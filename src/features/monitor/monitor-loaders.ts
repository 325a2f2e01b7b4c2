import { data, type LoaderFunctionArgs } from 'react-router';
import { daemonStatusQueryOptions } from '../platforms/platform-queries';
import { resolvePlatformScope, type LoaderServices } from '../platforms/resolve-platform';
import { monitorLocation, type MonitorLocation } from './monitor-paths';

/*
 * Route loaders of the monitoring screens, outside the lazy page modules so the data requests
 * start while the page's code downloads. Status is never awaited: the screens show its progress.
 */

/** /p/:platformId/daemons */
export function daemonsLoader(services: LoaderServices) {
  return async ({ params }: LoaderFunctionArgs) => {
    const scope = await resolvePlatformScope(services, params.platformId);
    for (const daemon of scope.platform.daemons)
      void services.queryClient.prefetchQuery(daemonStatusQueryOptions(scope, daemon));
    return null;
  };
}

export interface MonitorLoaderData extends MonitorLocation {
  /** False when the platform's configuration does not name this daemon. */
  configured: boolean;
}

/** /p/:platformId/daemons/<daemon>[/connectors/<connectorName>] */
export function monitorLoader(services: LoaderServices) {
  return async ({ params, request }: LoaderFunctionArgs): Promise<MonitorLoaderData> => {
    const scope = await resolvePlatformScope(services, params.platformId);
    // The router's splat is decoded already; decode the raw path ourselves (see monitor-paths).
    const location = monitorLocation(new URL(request.url).pathname);
    if (!location) throw data('This address names no daemon or connector', { status: 404 });
    const configured = scope.platform.daemons.includes(location.daemon);
    if (configured)
      void services.queryClient.prefetchQuery(daemonStatusQueryOptions(scope, location.daemon));
    return { ...location, configured };
  };
}
