/**
 * Changes to a running connector through the integration daemon API. They apply to the running
 * instance only (the connector's stored definition is untouched), so afterwards the daemon's copy
 * is read again and the status feed is asked for fresh status.
 */
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { daemonKeys } from '../../lib/query-keys';
import type { PlatformScope } from '../platforms/platform-context';
import { useRequestFreshStatus } from '../platforms/use-daemon-feed';

export function useUpdateConfigProperties(
  scope: PlatformScope,
  daemon: string,
  connectorName: string,
) {
  const queryClient = useQueryClient();
  const requestFreshStatus = useRequestFreshStatus();
  return useMutation({
    mutationFn: ({ properties, merge }: { properties: Record<string, unknown>; merge: boolean }) =>
      scope.backend.updateConnectorConfigurationProperties(daemon, connectorName, properties, {
        merge,
      }),
    onSuccess: async () => {
      await Promise.all([
        queryClient.invalidateQueries({
          queryKey: daemonKeys.connectorConfig(scope.platform.id, daemon, connectorName),
        }),
        requestFreshStatus(scope.platform.id, daemon, [connectorName]),
      ]);
    },
  });
}

export function useUpdateEndpointAddress(
  scope: PlatformScope,
  daemon: string,
  connectorName: string,
) {
  const requestFreshStatus = useRequestFreshStatus();
  return useMutation({
    mutationFn: (address: string) =>
      scope.backend.updateEndpointAddress(daemon, connectorName, address),
    // The daemon restarts the connector with the new address: watch it come back.
    onSuccess: () => requestFreshStatus(scope.platform.id, daemon, [connectorName]),
  });
}
