import { infiniteQueryOptions, queryOptions } from '@tanstack/react-query';
import { createConcurrencyLimiter } from '../../lib/concurrency';
import { catalogTargetKeys, groupKeys, registrationKeys } from '../../lib/query-keys';
import type { PlatformScope } from '../platforms/platform-context';

/** Page size for listing groups and registrations: well under Egeria's default maximum (1000). */
export const GROUPS_PAGE_SIZE = 200;
export const REGISTRATIONS_PAGE_SIZE = 200;

/** Every integration group on the platform's metadata server, fetched page by page. */
export function allGroupsQueryOptions({ platform, backend }: PlatformScope) {
  return infiniteQueryOptions({
    queryKey: groupKeys.list(platform.id, platform.metadataServer, GROUPS_PAGE_SIZE),
    queryFn: ({ pageParam, signal }) =>
      backend.listGroups({ startFrom: pageParam, pageSize: GROUPS_PAGE_SIZE }, signal),
    initialPageParam: 0,
    getNextPageParam: (last) => (last.mayHaveMore ? last.startFrom + last.pageSize : undefined),
  });
}

/** The group with exactly this qualifiedName; `null` when there is none. */
export function groupByNameQueryOptions(
  { platform, backend }: PlatformScope,
  qualifiedName: string,
) {
  return queryOptions({
    queryKey: groupKeys.byName(platform.id, platform.metadataServer, qualifiedName),
    queryFn: ({ signal }) => backend.findGroupByName(qualifiedName, signal),
  });
}

/** Every connector registered in a group, fetched page by page. */
export function registrationsQueryOptions({ platform, backend }: PlatformScope, groupGuid: string) {
  return infiniteQueryOptions({
    queryKey: registrationKeys.ofGroup(
      platform.id,
      platform.metadataServer,
      groupGuid,
      REGISTRATIONS_PAGE_SIZE,
    ),
    queryFn: ({ pageParam, signal }) =>
      backend.listRegistrations(
        groupGuid,
        { startFrom: pageParam, pageSize: REGISTRATIONS_PAGE_SIZE },
        signal,
      ),
    initialPageParam: 0,
    getNextPageParam: (last) => (last.mayHaveMore ? last.startFrom + last.pageSize : undefined),
  });
}

// Reading catalog targets is one request per connector (5.3 has no bulk read); a group page of
// 100 rows, or a graph of 2,000 connectors, must not put that many concurrent requests on the platform.
const catalogTargetLimiter = createConcurrencyLimiter(4);

/**
 * Every catalog target of a connector. Page size 0 asks Egeria for its maximum page in one call,
 * which covers any realistic connector. The group page's count and the graph share this entry.
 */
export function catalogTargetsQueryOptions(
  { platform, backend }: PlatformScope,
  connectorGuid: string,
) {
  return queryOptions({
    queryKey: catalogTargetKeys.list(platform.id, platform.metadataServer, connectorGuid),
    queryFn: ({ signal }) =>
      catalogTargetLimiter.run(
        async () =>
          (await backend.listCatalogTargets(connectorGuid, { startFrom: 0, pageSize: 0 }, signal))
            .items,
        signal,
      ),
    staleTime: 60_000,
  });
}

const countTargets = (targets: readonly unknown[]) => targets.length;

/** How many catalog targets a connector has (read from the shared list of its targets). */
export function catalogTargetCountQueryOptions(scope: PlatformScope, connectorGuid: string) {
  return queryOptions({
    ...catalogTargetsQueryOptions(scope, connectorGuid),
    select: countTargets,
  });
}
