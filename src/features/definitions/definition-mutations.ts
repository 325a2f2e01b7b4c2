/**
 * The writes of the definition screens. Each is a TanStack mutation whose success invalidates,
 * through the key factories, every cached read the write makes stale; failures are EgeriaErrors
 * that the screens show with Egeria's message id, text and user action.
 */
import type { QueryClient, UseMutationOptions } from '@tanstack/react-query';
import type { UpdateOptions } from '../../egeria/backend';
import type { ConnectorInput, GroupInput, RegistrationInput } from '../../egeria/model';
import { connectorKeys, groupKeys } from '../../lib/query-keys';
import { showToast } from '../../components/toasts';
import type { PlatformScope } from '../platforms/platform-context';

/**
 * Adds the toast of a write's outcome; the screen shows it in place too (the preview's error
 * panel, the page that follows a save).
 */
function announced<D, V>(
  options: UseMutationOptions<D, Error, V>,
  say: { done: (variables: V) => string; failed: (variables: V) => string },
): UseMutationOptions<D, Error, V> {
  return {
    ...options,
    onSuccess: (data, variables, result, context) => {
      showToast({ title: say.done(variables) });
      return options.onSuccess?.(data, variables, result, context);
    },
    onError: (error, variables) => {
      showToast({ title: say.failed(variables), error });
    },
  };
}

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

/** A registration changed: its group's and its connector's reads are stale. */
function invalidateRegistration(
  queryClient: QueryClient,
  { platform }: PlatformScope,
  { groupGuid, connectorGuid }: { groupGuid: string; connectorGuid: string },
) {
  return Promise.all([
    queryClient.invalidateQueries({
      queryKey: groupKeys.detail(platform.id, platform.metadataServer, groupGuid),
    }),
    queryClient.invalidateQueries({
      queryKey: connectorKeys.detail(platform.id, platform.metadataServer, connectorGuid),
    }),
  ]);
}

export type GroupSave =
  | { mode: 'create'; input: GroupInput }
  | { mode: 'update'; guid: string; input: GroupInput; options: UpdateOptions };

/** Creates or updates a group; resolves to its GUID. */
export function saveGroupMutation(
  scope: PlatformScope,
  queryClient: QueryClient,
): UseMutationOptions<string, Error, GroupSave> {
  return announced(
    {
      mutationFn: async (save) => {
        if (save.mode === 'create') return scope.backend.createGroup(save.input);
        await scope.backend.updateGroup(save.guid, save.input, save.options);
        return save.guid;
      },
      onSuccess: () => invalidateGroups(queryClient, scope),
    },
    {
      done: (save) =>
        `${save.mode === 'create' ? 'Created' : 'Saved'} the group ${save.input.qualifiedName}`,
      failed: (save) => `Egeria did not save the group ${save.input.qualifiedName}`,
    },
  );
}

export function deleteGroupMutation(
  scope: PlatformScope,
  queryClient: QueryClient,
): UseMutationOptions<void, Error, { guid: string; qualifiedName: string }> {
  return announced(
    {
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
    },
    {
      done: ({ qualifiedName }) => `Deleted the group ${qualifiedName}`,
      failed: ({ qualifiedName }) => `Egeria did not delete the group ${qualifiedName}`,
    },
  );
}

export type ConnectorSave =
  | { mode: 'create'; input: ConnectorInput }
  | { mode: 'update'; guid: string; input: ConnectorInput; options: UpdateOptions };

/** Creates or updates a connector with its connection; resolves to its GUID. */
export function saveConnectorMutation(
  scope: PlatformScope,
  queryClient: QueryClient,
): UseMutationOptions<string, Error, ConnectorSave> {
  return announced(
    {
      mutationFn: async (save) => {
        if (save.mode === 'create') return scope.backend.createConnector(save.input);
        await scope.backend.updateConnector(save.guid, save.input, save.options);
        return save.guid;
      },
      onSuccess: () =>
        Promise.all([
          invalidateConnectors(queryClient, scope),
          invalidateGroups(queryClient, scope),
        ]),
    },
    {
      done: (save) =>
        `${save.mode === 'create' ? 'Created' : 'Saved'} the connector ${save.input.qualifiedName}`,
      failed: (save) => `Egeria did not save the connector ${save.input.qualifiedName}`,
    },
  );
}

export function deleteConnectorMutation(
  scope: PlatformScope,
  queryClient: QueryClient,
): UseMutationOptions<void, Error, { guid: string; qualifiedName: string }> {
  return announced(
    {
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
    },
    {
      done: ({ qualifiedName }) => `Deleted the connector ${qualifiedName}`,
      failed: ({ qualifiedName }) => `Egeria did not delete the connector ${qualifiedName}`,
    },
  );
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
  return announced(
    {
      mutationFn: ({ groupGuid, connectorGuid, input }) =>
        scope.backend.registerConnector(groupGuid, connectorGuid, input),
      onSuccess: (_data, registration) => invalidateRegistration(queryClient, scope, registration),
    },
    {
      done: ({ input }) => `Registered ${input.connectorName}`,
      failed: ({ input }) => `Egeria did not register ${input.connectorName}`,
    },
  );
}

export function unregisterConnectorMutation(
  scope: PlatformScope,
  queryClient: QueryClient,
): UseMutationOptions<void, Error, { groupGuid: string; connectorGuid: string }> {
  return announced(
    {
      mutationFn: ({ groupGuid, connectorGuid }) =>
        scope.backend.unregisterConnector(groupGuid, connectorGuid),
      onSuccess: (_data, registration) => invalidateRegistration(queryClient, scope, registration),
    },
    {
      done: () => 'Unregistered the connector',
      failed: () => 'Egeria did not remove the registration',
    },
  );
}
