/**
 * Reads the definition screens share with their route loaders: elements by qualifiedName, whole
 * lists for name checks and "what else this affects", and the groups of a connector.
 */
import { queryOptions } from '@tanstack/react-query';
import { findConnectorByQualifiedName } from '../../bundles/find-element';
import { readAll } from '../../bundles/read-all';
import { EgeriaError } from '../../egeria/errors';
import type { IntegrationGroup, Registration } from '../../egeria/model';
import { createConcurrencyLimiter } from '../../lib/concurrency';
import { connectorKeys, groupKeys, registrationKeys } from '../../lib/query-keys';
import type { PlatformScope } from '../platforms/platform-context';

export { findConnectorByQualifiedName };

const LIST_PAGE_SIZE = 500;

/** The group with exactly this qualifiedName, or null (shares its cache entry with the group page). */
export function groupQueryOptions({ platform, backend }: PlatformScope, qualifiedName: string) {
  return queryOptions({
    queryKey: groupKeys.byName(platform.id, platform.metadataServer, qualifiedName),
    queryFn: ({ signal }) => backend.findGroupByName(qualifiedName, signal),
  });
}

export function connectorQueryOptions({ platform, backend }: PlatformScope, qualifiedName: string) {
  return queryOptions({
    queryKey: connectorKeys.byName(platform.id, platform.metadataServer, qualifiedName),
    queryFn: ({ signal }) => findConnectorByQualifiedName(backend, qualifiedName, signal),
  });
}

/** Every connector on the metadata server (for choosing one, and for shared endpoints and types). */
export function allConnectorsQueryOptions({ platform, backend }: PlatformScope) {
  return queryOptions({
    queryKey: connectorKeys.everything(platform.id, platform.metadataServer),
    queryFn: ({ signal }) =>
      readAll((page) => backend.listConnectors(page, signal), LIST_PAGE_SIZE),
  });
}

/** Every group on the metadata server, as one list. */
export function allGroupsListQueryOptions({ platform, backend }: PlatformScope) {
  return queryOptions({
    queryKey: groupKeys.everything(platform.id, platform.metadataServer),
    queryFn: ({ signal }) => readAll((page) => backend.listGroups(page, signal), LIST_PAGE_SIZE),
  });
}

/** Every registration of a group, as one list. */
export function groupRegistrationsQueryOptions(
  { platform, backend }: PlatformScope,
  groupGuid: string,
) {
  return queryOptions({
    queryKey: registrationKeys.allOfGroup(platform.id, platform.metadataServer, groupGuid),
    queryFn: ({ signal }): Promise<Registration[]> =>
      readAll((page) => backend.listRegistrations(groupGuid, page, signal), LIST_PAGE_SIZE),
  });
}

/** One connector's registration in a group, or null when it is not registered there. */
export function registrationQueryOptions(
  { platform, backend }: PlatformScope,
  groupGuid: string,
  connectorGuid: string,
) {
  return queryOptions({
    queryKey: registrationKeys.one(platform.id, platform.metadataServer, groupGuid, connectorGuid),
    queryFn: ({ signal }) => backend.getRegistration(groupGuid, connectorGuid, signal),
  });
}

const groupReadLimiter = createConcurrencyLimiter(4);

/** How old a list of every group may be to name a connector's groups instead of reading each. */
const LISTED_FRESH_MS = 10_000;

/**
 * The groups that register a connector (Egeria answers with GUIDs only): taken from the list of
 * every group when a page is reading it or has just read it (the connector page's picker does),
 * else read one by one.
 */
export function connectorGroupsQueryOptions(scope: PlatformScope, connectorGuid: string) {
  const { platform, backend } = scope;
  return queryOptions({
    queryKey: connectorKeys.groups(platform.id, platform.metadataServer, connectorGuid),
    queryFn: async ({ signal, client }): Promise<IntegrationGroup[]> => {
      const guids = await backend.groupsOfConnector(connectorGuid, signal);
      const every = allGroupsListQueryOptions(scope);
      const state = client.getQueryState(every.queryKey);
      const listed =
        state?.fetchStatus === 'fetching'
          ? // Joins that read, even when older data is in the cache meanwhile.
            await client.fetchQuery(every).catch(() => undefined)
          : state && Date.now() - state.dataUpdatedAt < LISTED_FRESH_MS
            ? state.data
            : undefined;
      const byGuid = new Map(listed?.map((group) => [group.guid, group]));
      const groups = await Promise.all(
        guids.map(
          (guid) =>
            byGuid.get(guid) ?? groupReadLimiter.run(() => backend.getGroup(guid, signal), signal),
        ),
      );
      return groups.sort((a, b) => a.qualifiedName.localeCompare(b.qualifiedName));
    },
  });
}

/** For re-reads before a save: a 404 means the element was deleted meanwhile (null). */
export function nullIfGone(error: unknown): null {
  if (error instanceof EgeriaError && error.isNotFound) return null;
  throw error;
}
