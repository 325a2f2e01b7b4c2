import { infiniteQueryOptions, queryOptions } from '@tanstack/react-query';
import { createConcurrencyLimiter } from '../../lib/concurrency';
import { catalogTargetKeys, groupKeys, registrationKeys } from '../../lib/query-keys';
import type { PlatformScope } from '../platforms/platform-context';

/** Page size for listing groups: well under Egeria's default maximum (1000). */
export const GROUPS_PAGE_SIZE = 200;
/**
 * A group's registrations: a first page small enough to show the first rows at once, then
 * Egeria's largest page (its default maxPageSize), so a large group costs few calls, then two of
 * those read at once (wire/values readWide), so it costs few round trips.
 */
export const REGISTRATIONS_FIRST_PAGE = 200;
export const REGISTRATIONS_PAGE_SIZE = 1000;
const registrationsPage = (startFrom: number) =>
  startFrom === 0
    ? REGISTRATIONS_FIRST_PAGE
    : startFrom === REGISTRATIONS_FIRST_PAGE
      ? REGISTRATIONS_PAGE_SIZE
      : 2 * REGISTRATIONS_PAGE_SIZE;

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
        {
          startFrom: pageParam,
          pageSize: registrationsPage(pageParam),
        },
        signal,
      ),
    initialPageParam: 0,
    getNextPageParam: (last) => (last.mayHaveMore ? last.startFrom + last.pageSize : undefined),
  });
}

// Reading one connector's catalog targets is one request; a few rows or connectors at once must
// not put that many concurrent requests on the platform.
const catalogTargetLimiter = createConcurrencyLimiter(4);

/**
 * Above this many connectors to read at once, the one paged read of every catalog target
 * (bulk-targets.ts, 1 call per 1,000 targets) is cheaper than one list each.
 */
export const PER_CONNECTOR_MAX = 3;

/** One connector's catalog targets, all of them: page size 0 asks for Egeria's largest page. */
export function readCatalogTargets(
  { backend }: PlatformScope,
  connectorGuid: string,
  signal?: AbortSignal,
) {
  return catalogTargetLimiter.run(
    async () =>
      (await backend.listCatalogTargets(connectorGuid, { startFrom: 0, pageSize: 0 }, signal))
        .items,
    signal,
  );
}

/**
 * Every catalog target of a connector, in one call that covers any realistic connector. The group
 * page's count and the graph share this entry (and fill it from their bulk reads).
 */
export function catalogTargetsQueryOptions(scope: PlatformScope, connectorGuid: string) {
  const { platform } = scope;
  return queryOptions({
    queryKey: catalogTargetKeys.list(platform.id, platform.metadataServer, connectorGuid),
    queryFn: ({ signal }) => readCatalogTargets(scope, connectorGuid, signal),
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
