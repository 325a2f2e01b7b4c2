import { data, type LoaderFunctionArgs } from 'react-router';
import { preloadable } from '../../lib/lazy-now';
import { groupNameFromPath } from '../../lib/paths';
import { daemonStatusQueryOptions } from '../platforms/platform-queries';
import { resolvePlatformScope, type LoaderServices } from '../platforms/resolve-platform';
import type { PlatformScope } from '../platforms/platform-context';
import {
  allGroupsQueryOptions,
  groupByNameQueryOptions,
  registrationsQueryOptions,
} from './group-queries';

/*
 * Route loaders of the groups screens. They live outside the lazy page modules so the router can
 * start the data requests in parallel with downloading the page's code.
 */

function prefetchDaemons({ queryClient }: LoaderServices, scope: PlatformScope): void {
  // Live status is secondary: start it, never wait for it.
  for (const daemon of scope.platform.daemons)
    void queryClient.prefetchQuery(daemonStatusQueryOptions(scope, daemon));
}

/** The table component's chunk, fetched beside the groups list's data rather than after it. */
export const dataTableModule = preloadable(() => import('../../components/data-table'));

/** /p/:platformId/groups — the first page of groups before the page shows; the rest follow in the page. */
export function groupsLoader(services: LoaderServices) {
  return async ({ params }: LoaderFunctionArgs) => {
    const scope = await resolvePlatformScope(services, params.platformId);
    prefetchDaemons(services, scope);
    const table = dataTableModule.load();
    await services.queryClient.ensureInfiniteQueryData(allGroupsQueryOptions(scope));
    await table;
    return null;
  };
}

export interface GroupLoaderData {
  qualifiedName: string;
}

/** /p/:platformId/groups/<qualifiedName> — the group itself, and the first page of its connectors. */
export function groupLoader(services: LoaderServices) {
  return async ({ params, request }: LoaderFunctionArgs): Promise<GroupLoaderData> => {
    const scope = await resolvePlatformScope(services, params.platformId);
    // The router's splat is decoded already; decode the raw path ourselves (see lib/paths).
    const qualifiedName = groupNameFromPath(new URL(request.url).pathname);
    if (qualifiedName === undefined) throw data('This group address is malformed', { status: 404 });
    prefetchDaemons(services, scope);
    const group = await services.queryClient.ensureQueryData(
      groupByNameQueryOptions(scope, qualifiedName),
    );
    // A failure here shows inside the connectors section, under the group's own details.
    if (group)
      await services.queryClient.prefetchInfiniteQuery(
        registrationsQueryOptions(scope, group.guid),
      );
    return { qualifiedName };
  };
}
