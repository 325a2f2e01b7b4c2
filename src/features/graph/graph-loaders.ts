import type { LoaderFunctionArgs } from 'react-router';
import { groupNameFromGraphPath } from '../../lib/paths';
import { loadGroup, prefetchDaemons } from '../groups/group-loaders';
import { resolvePlatformScope, type LoaderServices } from '../platforms/resolve-platform';

/*
 * Route loaders of the graph screens, outside the lazy page module so the data requests start
 * while the graph's code downloads. They read through the same queries as the group page.
 */

export type { GroupLoaderData as GroupGraphLoaderData } from '../groups/group-loaders';

/** /p/:platformId/groups/<qualifiedName>/graph */
export function groupGraphLoader(services: LoaderServices) {
  return (args: LoaderFunctionArgs) => loadGroup(services, args, groupNameFromGraphPath, false);
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
