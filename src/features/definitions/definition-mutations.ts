/**
 * The writes of the definition screens. Each is a TanStack mutation whose success invalidates,
 * through the key factories, every cached read the write makes stale; failures are EgeriaErrors
 * that the screens show with Egeria's message id, text and user action.
 */
import type { QueryClient, UseMutationOptions } from '@tanstack/react-query';
import { performWrite, type WriteRequest } from '../../egeria/backend';
import { connectorKeys, groupKeys } from '../../lib/query-keys';
import { showToast } from '../../components/toasts';
import type { PlatformScope } from '../platforms/platform-context';

/**
 * Sends the one request the screen showed, then makes stale what it changed. The outcome is also
 * a toast; the screen shows it in place too (the preview's error panel, the page after a save).
 */
function announcedWrite<V extends WriteRequest>(
  scope: PlatformScope,
  onSuccess: (request: V) => Promise<unknown>,
  say: { done: (request: V) => string; failed: (request: V) => string },
): UseMutationOptions<string | undefined, Error, V> {
  return {
    mutationFn: (request) => performWrite(scope.backend, request),
    onSuccess: (_data, request) => {
      showToast({ title: say.done(request) });
      return onSuccess(request);
    },
    onError: (error, request) => {
      showToast({ title: say.failed(request), error });
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

type WriteOf<K extends WriteRequest['kind']> = Extract<WriteRequest, { kind: K }>;
export type ElementSave = WriteOf<
  'createGroup' | 'updateGroup' | 'createConnector' | 'updateConnector'
>;
export type ElementDelete = WriteOf<'deleteGroup' | 'deleteConnector'>;

const isGroupWrite = (request: ElementSave | ElementDelete) => /Group$/.test(request.kind);
const nameOf = (request: ElementSave | ElementDelete) =>
  `the ${isGroupWrite(request) ? 'group' : 'connector'} ${
    'input' in request ? request.input.qualifiedName : request.qualifiedName
  }`;

/**
 * Creates or updates a group, or a connector with its connection: the same request the preview
 * shows. Resolves to the GUID of a created element.
 */
export function saveElementMutation(
  scope: PlatformScope,
  queryClient: QueryClient,
): UseMutationOptions<string | undefined, Error, ElementSave> {
  return announcedWrite(
    scope,
    // A group's lists show only groups; a connector shows in its groups' registrations too.
    (request) =>
      isGroupWrite(request)
        ? invalidateGroups(queryClient, scope)
        : Promise.all([
            invalidateConnectors(queryClient, scope),
            invalidateGroups(queryClient, scope),
          ]),
    {
      done: (request) =>
        `${request.kind.startsWith('create') ? 'Created' : 'Saved'} ${nameOf(request)}`,
      failed: (request) => `Egeria did not save ${nameOf(request)}`,
    },
  );
}

/**
 * Deletes a group (registrations embed connectors, and connectors list their groups: both go
 * stale) or a connector.
 */
export function deleteElementMutation(
  scope: PlatformScope,
  queryClient: QueryClient,
): UseMutationOptions<string | undefined, Error, ElementDelete> {
  return announcedWrite(
    scope,
    (request) => {
      const keys = isGroupWrite(request) ? groupKeys : connectorKeys;
      forgetDeleted(
        queryClient,
        keys.detail(scope.platform.id, scope.platform.metadataServer, request.guid),
      );
      return Promise.all([
        invalidateGroups(queryClient, scope),
        invalidateConnectors(queryClient, scope),
      ]);
    },
    {
      done: (request) => `Deleted ${nameOf(request)}`,
      failed: (request) => `Egeria did not delete ${nameOf(request)}`,
    },
  );
}

/**
 * Registers a connector in a group (registering again replaces the registration's properties),
 * or removes the registration.
 */
export function registrationMutation(
  scope: PlatformScope,
  queryClient: QueryClient,
): UseMutationOptions<
  string | undefined,
  Error,
  WriteOf<'registerConnector' | 'unregisterConnector'>
> {
  return announcedWrite(
    scope,
    (registration) => invalidateRegistration(queryClient, scope, registration),
    {
      done: (request) =>
        request.kind === 'registerConnector'
          ? `Registered ${request.input.connectorName}`
          : 'Unregistered the connector',
      failed: (request) =>
        request.kind === 'registerConnector'
          ? `Egeria did not register ${request.input.connectorName}`
          : 'Egeria did not remove the registration',
    },
  );
}
