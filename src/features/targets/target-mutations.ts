/**
 * Catalog-target writes. Success (and a failure that says the relationship or element is gone)
 * invalidates the connector's target list: the graph and the connector page follow the cache, so a
 * new edge appears, and a stale one goes, without a reload.
 */
import type { QueryClient, UseMutationOptions } from '@tanstack/react-query';
import { performWrite, type WriteRequest } from '../../egeria/backend';
import { EgeriaError } from '../../egeria/errors';
import { catalogTargetKeys } from '../../lib/query-keys';
import type { PlatformScope } from '../platforms/platform-context';

export type TargetWrite = Extract<
  WriteRequest,
  { kind: 'addCatalogTarget' | 'updateCatalogTarget' | 'removeCatalogTarget' }
>;

export interface TargetWriteVariables {
  write: TargetWrite;
  /** The connector whose target list the write changes. */
  connectorGuid: string;
}

function invalidateTargets(queryClient: QueryClient, { platform }: PlatformScope, guid: string) {
  return queryClient.invalidateQueries({
    queryKey: catalogTargetKeys.ofConnector(platform.id, platform.metadataServer, guid),
  });
}

/** True when Egeria says something the write names no longer exists. */
export function isGone(error: unknown): boolean {
  return error instanceof EgeriaError && (error.relatedHTTPCode ?? error.httpStatus) === 404;
}

/** Adds, updates or removes a catalog target. */
export function targetWriteMutation(
  scope: PlatformScope,
  queryClient: QueryClient,
): UseMutationOptions<void, Error, TargetWriteVariables> {
  return {
    mutationFn: async ({ write }) => {
      await performWrite(scope.backend, write);
    },
    onSuccess: (_, { connectorGuid }) => invalidateTargets(queryClient, scope, connectorGuid),
    onError: (error, { connectorGuid }) => {
      if (isGone(error)) void invalidateTargets(queryClient, scope, connectorGuid);
    },
  };
}
