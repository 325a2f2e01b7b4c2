import { data, type LoaderFunctionArgs } from 'react-router';
import { groupNameFromGraphPath } from '../../lib/paths';
import { groupByNameQueryOptions, registrationsQueryOptions } from '../groups/group-queries';
import type { PlatformScope } from '../platforms/platform-context';
import { daemonStatusQueryOptions } from '../platforms/platform-queries';
import { resolvePlatformScope, type LoaderServices } from '../platforms/resolve-platform';

/*
 * Route loaders of the graph screens, outside the lazy page module so the data requests start
 * while the graph's code downloads. They read through the same queries as the group page.
 */

function prefetchDaemons({ queryClient }: LoaderServices, scope: PlatformScope): void {
  for (const daemon of scope.platform.daemons)
    void queryClient.prefetchQuery(daemonStatusQueryOptions(scope, daemon));
}

export interface GroupGraphLoaderData {
  qualifiedName: string;
}

/** /p/:platformId/groups/<qualifiedName>/graph */
export function groupGraphLoader(services: LoaderServices) {
  return async ({ params, request }: LoaderFunctionArgs): Promise<GroupGraphLoaderData> => {
    const scope = await resolvePlatformScope(services, params.platformId);
    const qualifiedName = groupNameFromGraphPath(new URL(request.url).pathname);
    if (qualifiedName === undefined) throw data('This graph address is malformed', { status: 404 });
    prefetchDaemons(services, scope);
    const group = await services.queryClient.ensureQueryData(
      groupByNameQueryOptions(scope, qualifiedName),
    );
    if (group)
      void services.queryClient.prefetchInfiniteQuery(registrationsQueryOptions(scope, group.guid));
    return { qualifiedName };
  };
}

export interface DaemonGraphLoaderData {
  daemon: string;
}

/** /p/:platformId/daemons/:daemon/graph */
export function daemonGraphLoader(services: LoaderServices) {
  return async ({ params }: LoaderFunctionArgs): Promise<DaemonGraphLoaderData> => {
    const scope = await resolvePlatformScope(services, params.platformId);
    const daemon = params.daemon ?? '';
    prefetchDaemons(services, scope);
    return { daemon };
  };
}
