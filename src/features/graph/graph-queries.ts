import { queryOptions } from '@tanstack/react-query';
import { connectorGroupKeys } from '../../lib/query-keys';
import type { PlatformScope } from '../platforms/platform-context';

/**
 * Every group that registers a connector, with its definition: a graph shows only the groups it
 * was opened for, so the inspector says where else the connector runs.
 */
export function connectorGroupsQueryOptions(
  { platform, backend }: PlatformScope,
  connectorGuid: string,
) {
  return queryOptions({
    queryKey: connectorGroupKeys.ofConnector(platform.id, platform.metadataServer, connectorGuid),
    queryFn: async ({ signal }) => {
      const guids = await backend.groupsOfConnector(connectorGuid, signal);
      return Promise.all(guids.map((guid) => backend.getGroup(guid, signal)));
    },
  });
}
