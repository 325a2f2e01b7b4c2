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

/** Live status is secondary: start it, never wait for it. */
export function prefetchDaemons({ queryClient }: LoaderServices, scope: PlatformScope): void {
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

/**
 * What a group's page and its graph load first: the group the address names, and the first page
 * of its connectors, which the page waits for and the graph (drawn as pages come) does not.
 */
export async function loadGroup(
  services: LoaderServices,
  { params, request }: LoaderFunctionArgs,
  nameFromPath: (path: string) => string | undefined,
  waitForConnectors: boolean,
): Promise<GroupLoaderData> {
  const scope = await resolvePlatformScope(services, params.platformId);
  // The router's splat is decoded already; decode the raw path ourselves (see lib/paths).
  const qualifiedName = nameFromPath(new URL(request.url).pathname);
  if (qualifiedName === undefined) throw data('This address is malformed', { status: 404 });
  prefetchDaemons(services, scope);
  const group = await services.queryClient.ensureQueryData(
    groupByNameQueryOptions(scope, qualifiedName),
  );
  // A failure here shows inside the connectors section, under the group's own details.
  const connectors =
    group &&
    services.queryClient.prefetchInfiniteQuery(registrationsQueryOptions(scope, group.guid));
  if (waitForConnectors) await connectors;
  return { qualifiedName };
}

/** /p/:platformId/groups/<qualifiedName> — the group itself, and the first page of its connectors. */
export function groupLoader(services: LoaderServices) {
  return (args: LoaderFunctionArgs) => loadGroup(services, args, groupNameFromPath, true);
}
