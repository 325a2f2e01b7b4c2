import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { act, renderHook, waitFor } from '@testing-library/react';
import type { ReactNode } from 'react';
import { describe, expect, it } from 'vitest';
import type { EgeriaBackend } from '../../egeria/backend';
import type { CatalogTarget, Page } from '../../egeria/model';
import { catalogTarget } from '../../test/graph-data';
import { platformInfo } from '../../test/fake-egeria';
import { catalogTargetsQueryOptions } from '../groups/group-queries';
import type { PlatformScope } from '../platforms/platform-context';
import { useCatalogTargets } from './graph-data';

/** A backend whose catalog-target reads wait until the test lets them go. */
function slowBackend() {
  const waiting: { guid: string; release: () => void }[] = [];
  let active = 0;
  let maxActive = 0;
  const backend = {
    listCatalogTargets: (guid: string): Promise<Page<CatalogTarget>> => {
      active += 1;
      maxActive = Math.max(maxActive, active);
      return new Promise((resolve) => {
        waiting.push({
          guid,
          release: () => {
            active -= 1;
            resolve({
              items: [catalogTarget(`r-${guid}`, `x-${guid}`)],
              startFrom: 0,
              pageSize: 0,
              mayHaveMore: false,
            });
          },
        });
      });
    },
  } as unknown as EgeriaBackend;
  return { backend, waiting, maxActive: () => maxActive };
}

function setup(guids: string[]) {
  const slow = slowBackend();
  const scope: PlatformScope = { platform: platformInfo(), backend: slow.backend };
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  const wrapper = ({ children }: { children: ReactNode }) => (
    <QueryClientProvider client={queryClient}>{children}</QueryClientProvider>
  );
  return { ...slow, scope, queryClient, wrapper, guids };
}

describe('useCatalogTargets', () => {
  it('draws what the cache holds at once and asks only for the rest, a few at a time', async () => {
    const guids = Array.from({ length: 12 }, (_, i) => `c${i}`);
    const { scope, queryClient, wrapper, waiting, maxActive } = setup(guids);
    queryClient.setQueryData(catalogTargetsQueryOptions(scope, 'c0').queryKey, [
      catalogTarget('cached', 'x-cached'),
    ]);
    const { result, unmount } = renderHook(() => useCatalogTargets(scope, guids, true), {
      wrapper,
    });
    // First render: the cached connector is there, the others are missing.
    expect(result.current.byConnector.get('c0')?.[0]?.relationshipGuid).toBe('cached');
    expect(result.current.missing).toBe(11);

    await waitFor(() => expect(waiting).toHaveLength(4));
    // In the order the graph shows the connectors.
    expect(waiting.map((w) => w.guid)).toEqual(['c1', 'c2', 'c3', 'c4']);
    while (waiting.length) {
      await act(async () => waiting.shift()?.release());
      await act(async () => new Promise((resolve) => setTimeout(resolve, 0)));
    }
    await waitFor(() => expect(result.current.missing).toBe(0), { timeout: 3000 });
    expect(maxActive()).toBeLessThanOrEqual(4);
    expect(result.current.byConnector.get('c11')?.[0]?.relationshipGuid).toBe('r-c11');
    // The group page's count reads the same cache entry.
    expect(queryClient.getQueryData(catalogTargetsQueryOptions(scope, 'c5').queryKey)).toHaveLength(
      1,
    );
    unmount();
  });

  it('sends nothing more once the graph is closed', async () => {
    const guids = Array.from({ length: 10 }, (_, i) => `c${i}`);
    const { scope, wrapper, waiting } = setup(guids);
    const { unmount } = renderHook(() => useCatalogTargets(scope, guids, true), { wrapper });
    await waitFor(() => expect(waiting).toHaveLength(4));
    unmount();
    for (const request of waiting.splice(0)) request.release();
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(waiting).toHaveLength(0);
  });

  it('waits while not enabled', async () => {
    const { scope, wrapper, waiting } = setup(['a']);
    renderHook(() => useCatalogTargets(scope, ['a'], false), { wrapper });
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(waiting).toHaveLength(0);
  });
});
