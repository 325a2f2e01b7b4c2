/**
 * Queries of the monitoring screens besides the shared daemon status (platform-queries.ts): the
 * running connector's configuration properties, and its status history from the console server.
 */
import { queryOptions } from '@tanstack/react-query';
import { consoleApi } from '../../egeria/console-api';
import { historyPath, readHistoryResponse } from '../../egeria/status-feed-protocol';
import { daemonKeys } from '../../lib/query-keys';
import type { PlatformScope } from '../platforms/platform-context';

/** The configuration properties the running connector uses (the daemon's copy, not the definition's). */
export function connectorConfigQueryOptions(
  { platform, backend }: PlatformScope,
  daemon: string,
  connectorName: string,
) {
  return queryOptions({
    queryKey: daemonKeys.connectorConfig(platform.id, daemon, connectorName),
    queryFn: ({ signal }) =>
      backend.connectorConfigurationProperties(daemon, connectorName, signal),
    // A form is built from it: refetching under the user's hands would be worse than stale data.
    staleTime: Infinity,
  });
}

export const HISTORY_LIMIT = 200;

/** Status transitions recorded by the console server, newest first. */
export function connectorHistoryQueryOptions(
  { platform }: PlatformScope,
  daemon: string,
  connectorName: string,
) {
  return queryOptions({
    queryKey: daemonKeys.connectorHistory(platform.id, daemon, connectorName),
    queryFn: ({ signal }) =>
      consoleApi(`${historyPath(platform.id, daemon, connectorName)}?limit=${HISTORY_LIMIT}`, {
        signal,
        read: readHistoryResponse,
        what: 'status history',
      }),
    staleTime: 0,
  });
}
