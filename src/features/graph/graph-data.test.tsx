import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { act, renderHook, waitFor } from '@testing-library/react';
import type { ReactNode } from 'react';
import { describe, expect, it } from 'vitest';
import type { EgeriaBackend } from '../../egeria/backend';
import { EgeriaError } from '../../egeria/errors';
import type { CatalogTarget, ConnectorCatalogTarget, Page, PageRequest } from '../../egeria/model';
import { catalogTarget } from '../../test/graph-data';
import { platformInfo } from '../../test/fake-egeria';
import { catalogTargetsQueryOptions } from '../groups/group-queries';
import type { PlatformScope } from '../platforms/platform-context';
import { useCatalogTargets } from './graph-data';

interface Waiting {
  /** The connector of a one-connector list; the first result of a bulk page. */
  what: string;
  release: () => void;
  fail: (error: unknown) => void;
}

/**
 * A backend whose catalog-target reads wait until the test lets them go. The bulk read answers
 * `pages`, one at a time: every target of every connector on the platform.
 */
function slowBackend(pages: ConnectorCatalogTarget[][] = []) {
  const waiting: Waiting[] = [];
  let active = 0;
  let maxActive = 0;
  const wait = <T,>(what: string, answer: () => T) =>
    new Promise<T>((resolve, reject) => {
      active += 1;
      maxActive = Math.max(maxActive, active);
      const done = () => (active -= 1);
      waiting.push({
        what,
        release: () => (done(), resolve(answer())),
        fail: (error) => (done(), reject(error)),
      });
    });
  const backend = {
    listCatalogTargets: (guid: string): Promise<Page<CatalogTarget>> =>
      wait(guid, () => ({
        items: [catalogTarget(`r-${guid}`, `x-${guid}`)],
        startFrom: 0,
        pageSize: 0,
        mayHaveMore: false,
      })),
    listAllCatalogTargets: (request: PageRequest): Promise<Page<ConnectorCatalogTarget>> => {
      // Two pages of 1,000, then pages of 3,000 (read as three parts at once).
      const index =
        request.startFrom < 2000 ? request.startFrom / 1000 : 2 + (request.startFrom - 2000) / 3000;
      return wait(`page ${index}`, () => ({
        items: pages[index] ?? [],
        startFrom: request.startFrom,
        pageSize: request.pageSize,
        mayHaveMore: index + 1 < pages.length,
      }));
    },
  } as unknown as EgeriaBackend;
  return { backend, waiting, maxActive: () => maxActive };
}

function setup(pages?: ConnectorCatalogTarget[][]) {
  const slow = slowBackend(pages);
  const scope: PlatformScope = { platform: platformInfo(), backend: slow.backend };
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  const wrapper = ({ children }: { children: ReactNode }) => (
    <QueryClientProvider client={queryClient}>{children}</QueryClientProvider>
  );
  return { ...slow, scope, queryClient, wrapper };
}

const targetOf = (connectorGuid: string, id: string): ConnectorCatalogTarget => ({
  ...catalogTarget(id, `x-${id}`),
  connectorGuid,
});

const cached = (queryClient: QueryClient, scope: PlatformScope, guid: string) =>
  queryClient.getQueryData(catalogTargetsQueryOptions(scope, guid).queryKey);

const settle = () => act(async () => new Promise((resolve) => setTimeout(resolve, 0)));

describe('useCatalogTargets', () => {
  it('reads a few connectors one list each, and not those the cache holds', async () => {
    const guids = ['c0', 'c1', 'c2', 'c3'];
    const { scope, queryClient, wrapper, waiting } = setup();
    queryClient.setQueryData(catalogTargetsQueryOptions(scope, 'c0').queryKey, [
      catalogTarget('cached', 'x-cached'),
    ]);
    const { result } = renderHook(() => useCatalogTargets(scope, guids, true), { wrapper });
    // First render: the cached connector is there, the others are missing.
    expect(result.current.byConnector.get('c0')?.[0]?.relationshipGuid).toBe('cached');
    expect(result.current.missing).toBe(3);
    await waitFor(() => expect(waiting.map((w) => w.what)).toEqual(['c1', 'c2', 'c3']));
    while (waiting.length) {
      await act(async () => waiting.shift()?.release());
      await settle();
    }
    await waitFor(() => expect(result.current.missing).toBe(0), { timeout: 3000 });
    expect(result.current.byConnector.get('c3')?.[0]?.relationshipGuid).toBe('r-c3');
  });

  it('reads many connectors in one paged read of every target, drawing each page as it comes', async () => {
    const guids = Array.from({ length: 12 }, (_, i) => `c${i}`);
    const pages = [
      [targetOf('c1', 't1'), targetOf('c2', 't2'), targetOf('elsewhere', 't9')],
      [targetOf('c1', 't3')],
    ];
    const { scope, queryClient, wrapper, waiting } = setup(pages);
    const { result } = renderHook(() => useCatalogTargets(scope, guids, true), { wrapper });

    await waitFor(() => expect(waiting.map((w) => w.what)).toEqual(['page 0']));
    await act(async () => waiting.shift()?.release());
    await waitFor(() => expect(result.current.byConnector.get('c2')).toHaveLength(1));
    // Drawn, but not complete until the last page: c1 has another target there.
    expect(result.current.missing).toBe(12);
    expect(waiting.map((w) => w.what)).toEqual(['page 1']);

    await act(async () => waiting.shift()?.release());
    await waitFor(() => expect(result.current.missing).toBe(0), { timeout: 3000 });
    expect(result.current.byConnector.get('c1')?.map((t) => t.relationshipGuid)).toEqual([
      't1',
      't3',
    ]);
    expect(result.current.byConnector.has('elsewhere')).toBe(false);
    // Each connector's entry is filled for the group page, an empty list for one without targets.
    expect(cached(queryClient, scope, 'c1')).toHaveLength(2);
    expect(cached(queryClient, scope, 'c7')).toEqual([]);
    expect(waiting).toHaveLength(0);
  });

  it('retries a failed bulk read in bulk', async () => {
    const guids = Array.from({ length: 6 }, (_, i) => `c${i}`);
    const { scope, wrapper, waiting } = setup([[targetOf('c4', 't4')]]);
    const { result } = renderHook(() => useCatalogTargets(scope, guids, true), { wrapper });
    await waitFor(() => expect(waiting).toHaveLength(1));
    const refused = new EgeriaError({ kind: 'egeria', httpStatus: 500, text: 'refused' });
    await act(async () => waiting.shift()?.fail(refused));
    await waitFor(() => expect(result.current.failures.size).toBe(6), { timeout: 3000 });

    act(() => result.current.retry());
    await waitFor(() => expect(waiting.map((w) => w.what)).toEqual(['page 0']));
    await act(async () => waiting.shift()?.release());
    await waitFor(() => expect(result.current.missing).toBe(0), { timeout: 3000 });
    expect(result.current.failures.size).toBe(0);
    expect(result.current.byConnector.get('c4')).toHaveLength(1);
  });

  it('sends nothing more once the graph is closed', async () => {
    const guids = Array.from({ length: 10 }, (_, i) => `c${i}`);
    const { scope, wrapper, waiting } = setup([[targetOf('c1', 't1')], [targetOf('c2', 't2')]]);
    const { unmount } = renderHook(() => useCatalogTargets(scope, guids, true), { wrapper });
    await waitFor(() => expect(waiting).toHaveLength(1));
    unmount();
    for (const request of waiting.splice(0)) request.release();
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(waiting).toHaveLength(0);
  });

  it('starts a large group’s one read while its registrations arrive, and joins it when all have', async () => {
    const first = Array.from({ length: 8 }, (_, i) => `c${i}`);
    const all = [...first, 'c8', 'c9'];
    const pages = [[targetOf('c1', 't1'), targetOf('c9', 't9')], [targetOf('c1', 't2')]];
    const { scope, wrapper, waiting } = setup(pages);
    const { result, rerender } = renderHook(
      ({ guids, enabled }) => useCatalogTargets(scope, guids, enabled),
      { wrapper, initialProps: { guids: first, enabled: false } },
    );
    await waitFor(() => expect(waiting.map((w) => w.what)).toEqual(['page 0']));
    await act(async () => waiting.shift()?.release());
    // Page 1 is asked for while the last registrations are still coming.
    await waitFor(() => expect(waiting.map((w) => w.what)).toEqual(['page 1']));

    rerender({ guids: all, enabled: true });
    await settle();
    await waitFor(() => expect(result.current.byConnector.get('c9')).toHaveLength(1));
    // The loader took what the read had, and asked for nothing again.
    expect(waiting.map((w) => w.what)).toEqual(['page 1']);
    await act(async () => waiting.shift()?.release());
    await waitFor(() => expect(result.current.missing).toBe(0), { timeout: 3000 });
    expect(result.current.byConnector.get('c1')?.map((t) => t.relationshipGuid)).toEqual([
      't1',
      't2',
    ]);
    expect(waiting).toHaveLength(0);
  });

  it('stops the early read when the graph is closed before the registrations are in', async () => {
    const guids = Array.from({ length: 8 }, (_, i) => `c${i}`);
    const { scope, wrapper, waiting } = setup([[targetOf('c1', 't1')], [targetOf('c2', 't2')]]);
    const { unmount } = renderHook(() => useCatalogTargets(scope, guids, false), { wrapper });
    await waitFor(() => expect(waiting).toHaveLength(1));
    unmount();
    for (const request of waiting.splice(0)) request.release();
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(waiting).toHaveLength(0);
  });

  it('waits while not enabled', async () => {
    const { scope, wrapper, waiting } = setup();
    renderHook(() => useCatalogTargets(scope, ['a'], false), { wrapper });
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(waiting).toHaveLength(0);
  });
});
