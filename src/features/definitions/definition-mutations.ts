/**
 * The writes of the definition screens. Each is a TanStack mutation whose success invalidates,
 * through the key factories, every cached read the write makes stale; failures are EgeriaErrors
 * that the screens show with Egeria's message id, text and user action.
 */
import type { QueryClient, UseMutationOptions } from '@tanstack/react-query';
import type { UpdateOptions } from '../../egeria/backend';
import type { ConnectorInput, GroupInput, RegistrationInput } from '../../egeria/model';
import { connectorKeys, daemonKeys, groupKeys } from '../../lib/query-keys';
import type { PlatformScope } from '../platforms/platform-context';

function invalidateGroups(queryClient: QueryClient, { platform }: PlatformScope) {
  return queryClient.invalidateQueries({
    queryKey: groupKeys.all(platform.id, platform.metadataServer),
  });
}

/**
 * Drops what was read about a deleted element (its registrations, groups, catalog targets) rather
 * than marking it stale: read again, it would only fail with Egeria's "not found" (seen on real 5.3).
 */
function forgetDeleted(queryClient: QueryClient, detailKey: readonly unknown[]) {
  queryClient.removeQueries({ queryKey: detailKey });
}

function invalidateConnectors(queryClient: QueryClient, { platform }: PlatformScope) {
  return queryClient.invalidateQueries({
    queryKey: connectorKeys.all(platform.id, platform.metadataServer),
  });
}

export type GroupSave =
  | { mode: 'create'; input: GroupInput }
  | { mode: 'update'; guid: string; input: GroupInput; options: UpdateOptions };

/** Creates or updates a group; resolves to its GUID. */
export function saveGroupMutation(
  scope: PlatformScope,
  queryClient: QueryClient,
): UseMutationOptions<string, Error, GroupSave> {
  return {
    mutationFn: async (save) => {
      if (save.mode === 'create') return scope.backend.createGroup(save.input);
      await scope.backend.updateGroup(save.guid, save.input, save.options);
      return save.guid;
    },
    onSuccess: () => invalidateGroups(queryClient, scope),
  };
}

export function deleteGroupMutation(
  scope: PlatformScope,
  queryClient: QueryClient,
): UseMutationOptions<void, Error, { guid: string; qualifiedName: string }> {
  return {
    mutationFn: ({ guid, qualifiedName }) => scope.backend.deleteGroup(guid, qualifiedName),
    // Registrations embed connectors, and connectors list their groups: both go stale.
    onSuccess: (_data, { guid }) => {
      forgetDeleted(
        queryClient,
        groupKeys.detail(scope.platform.id, scope.platform.metadataServer, guid),
      );
      return Promise.all([
        invalidateGroups(queryClient, scope),
        invalidateConnectors(queryClient, scope),
      ]);
    },
  };
}

export type ConnectorSave =
  | { mode: 'create'; input: ConnectorInput }
  | { mode: 'update'; guid: string; input: ConnectorInput; options: UpdateOptions };

/** Creates or updates a connector with its connection; resolves to its GUID. */
export function saveConnectorMutation(
  scope: PlatformScope,
  queryClient: QueryClient,
): UseMutationOptions<string, Error, ConnectorSave> {
  return {
    mutationFn: async (save) => {
      if (save.mode === 'create') return scope.backend.createConnector(save.input);
      await scope.backend.updateConnector(save.guid, save.input, save.options);
      return save.guid;
    },
    onSuccess: () =>
      Promise.all([invalidateConnectors(queryClient, scope), invalidateGroups(queryClient, scope)]),
  };
}

export function deleteConnectorMutation(
  scope: PlatformScope,
  queryClient: QueryClient,
): UseMutationOptions<void, Error, { guid: string; qualifiedName: string }> {
  return {
    mutationFn: ({ guid, qualifiedName }) => scope.backend.deleteConnector(guid, qualifiedName),
    onSuccess: (_data, { guid }) => {
      forgetDeleted(
        queryClient,
        connectorKeys.detail(scope.platform.id, scope.platform.metadataServer, guid),
      );
      return Promise.all([
        invalidateConnectors(queryClient, scope),
        invalidateGroups(queryClient, scope),
      ]);
    },
  };
}

export interface RegistrationSave {
  groupGuid: string;
  connectorGuid: string;
  input: RegistrationInput;
}

/** Registers a connector in a group; registering again replaces the registration's properties. */
export function registerConnectorMutation(
  scope: PlatformScope,
  queryClient: QueryClient,
): UseMutationOptions<void, Error, RegistrationSave> {
  return {
    mutationFn: ({ groupGuid, connectorGuid, input }) =>
      scope.backend.registerConnector(groupGuid, connectorGuid, input),
    onSuccess: (_data, { groupGuid, connectorGuid }) => {
      const { platform } = scope;
      return Promise.all([
        queryClient.invalidateQueries({
          queryKey: groupKeys.detail(platform.id, platform.metadataServer, groupGuid),
        }),
        queryClient.invalidateQueries({
          queryKey: connectorKeys.detail(platform.id, platform.metadataServer, connectorGuid),
        }),
      ]);
    },
  };
}

export function unregisterConnectorMutation(
  scope: PlatformScope,
  queryClient: QueryClient,
): UseMutationOptions<void, Error, { groupGuid: string; connectorGuid: string }> {
  return {
    mutationFn: ({ groupGuid, connectorGuid }) =>
      scope.backend.unregisterConnector(groupGuid, connectorGuid),
    onSuccess: (_data, { groupGuid, connectorGuid }) => {
      const { platform } = scope;
      return Promise.all([
        queryClient.invalidateQueries({
          queryKey: groupKeys.detail(platform.id, platform.metadataServer, groupGuid),
        }),
        queryClient.invalidateQueries({
          queryKey: connectorKeys.detail(platform.id, platform.metadataServer, connectorGuid),
        }),
      ]);
    },
  };
}

/**
 * Asks a daemon to reload a group's definition from the metadata server, then re-reads the
 * daemon's status whatever the outcome. Several of these run side by side (one per daemon and
 * group), each reporting its own result, so this is a plain function rather than one mutation.
 */
export async function refreshGroupConfig(
  scope: PlatformScope,
  queryClient: QueryClient,
  daemon: string,
  groupName: string,
): Promise<void> {
  try {
    await scope.backend.refreshGroupConfig(daemon, groupName);
  } finally {
    void queryClient.invalidateQueries({ queryKey: daemonKeys.status(scope.platform.id, daemon) });
  }
}
