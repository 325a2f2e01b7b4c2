import { QueryClient, QueryObserver, type QueryKey } from '@tanstack/react-query';
import { describe, expect, it, vi } from 'vitest';
import type { EgeriaBackend } from '../../egeria/backend';
import type { PlatformInfo } from '../../egeria/platform-info';
import {
  catalogTargetKeys,
  connectorKeys,
  groupKeys,
  registrationKeys,
} from '../../lib/query-keys';
import type { PlatformScope } from '../platforms/platform-context';
import { deleteElementMutation, type ElementDelete } from './definition-mutations';

const platform = { id: 'p', metadataServer: 'store' } as PlatformInfo;

/** A screen's live read of `key`; counts how often Egeria would be asked. */
function watch(queryClient: QueryClient, key: QueryKey) {
  const queryFn = vi.fn(() => Promise.resolve(['read']));
  const observer = new QueryObserver(queryClient, { queryKey: key, queryFn });
  const unsubscribe = observer.subscribe(() => undefined);
  return { queryFn, unsubscribe };
}

async function settle(queryClient: QueryClient) {
  await vi.waitFor(() => expect(queryClient.isFetching()).toBe(0));
}

/** Deletes through a backend that takes any delete, as a screen's mutation would. */
async function runDelete(queryClient: QueryClient, request: ElementDelete) {
  const scope = {
    platform,
    backend: {
      deleteConnector: () => Promise.resolve(),
      deleteGroup: () => Promise.resolve(),
    } as unknown as EgeriaBackend,
  } satisfies PlatformScope;
  const mutation = deleteElementMutation(scope, queryClient);
  await mutation.mutationFn!(request, undefined as never);
  await mutation.onSuccess!(undefined, request, undefined, undefined as never);
  await settle(queryClient);
}

describe('after a delete, the screens still open do not read the deleted element again', () => {
  it('a connector: its groups and catalog targets are dropped, other reads refreshed', async () => {
    const queryClient = new QueryClient();
    const groups = watch(queryClient, connectorKeys.groups('p', 'store', 'c1'));
    const targets = watch(queryClient, catalogTargetKeys.list('p', 'store', 'c1'));
    const other = watch(queryClient, connectorKeys.groups('p', 'store', 'c2'));
    await settle(queryClient);

    await runDelete(queryClient, { kind: 'deleteConnector', guid: 'c1', qualifiedName: 'C1' });

    // Real 5.3 answers such re-reads with OMAG-REPOSITORY-HANDLER-404-007.
    expect(groups.queryFn).toHaveBeenCalledTimes(1);
    expect(targets.queryFn).toHaveBeenCalledTimes(1);
    expect(other.queryFn).toHaveBeenCalledTimes(2);
    [groups, targets, other].forEach((w) => w.unsubscribe());
  });

  it('a group: its registrations are dropped', async () => {
    const queryClient = new QueryClient();
    const registrations = watch(queryClient, registrationKeys.ofGroup('p', 'store', 'g1', 50));
    const list = watch(queryClient, groupKeys.list('p', 'store', 50));
    await settle(queryClient);

    await runDelete(queryClient, { kind: 'deleteGroup', guid: 'g1', qualifiedName: 'G1' });

    expect(registrations.queryFn).toHaveBeenCalledTimes(1);
    expect(list.queryFn).toHaveBeenCalledTimes(2);
    [registrations, list].forEach((w) => w.unsubscribe());
  });
});
