import { QueryClient } from '@tanstack/react-query';
import { describe, expect, it } from 'vitest';
import type { EgeriaBackend } from '../../egeria/backend';
import type { CatalogTarget, ConnectorCatalogTarget, Page, PageRequest } from '../../egeria/model';
import { catalogTarget } from '../../test/graph-data';
import { platformInfo } from '../../test/fake-egeria';
import type { PlatformScope } from '../platforms/platform-context';
import { catalogTargetsQueryOptions } from './group-queries';
import { TargetCountBatch } from './target-count-batch';

/** Counts the reads: one list per connector, and the paged read of every target (one page). */
function setup(all: ConnectorCatalogTarget[]) {
  const calls = { one: [] as string[], bulk: 0 };
  const backend = {
    listCatalogTargets: async (guid: string): Promise<Page<CatalogTarget>> => {
      calls.one.push(guid);
      const items = all.filter((t) => t.connectorGuid === guid);
      return { items, startFrom: 0, pageSize: 0, mayHaveMore: false };
    },
    listAllCatalogTargets: async (request: PageRequest): Promise<Page<ConnectorCatalogTarget>> => {
      calls.bulk += 1;
      return {
        items: all,
        startFrom: request.startFrom,
        pageSize: request.pageSize,
        mayHaveMore: false,
      };
    },
  } as unknown as EgeriaBackend;
  const scope: PlatformScope = { platform: platformInfo(), backend };
  const queryClient = new QueryClient();
  const batch = new TargetCountBatch(scope, queryClient);
  const cached = (guid: string) =>
    queryClient.getQueryData<CatalogTarget[]>(catalogTargetsQueryOptions(scope, guid).queryKey);
  return { calls, batch, queryClient, scope, cached };
}

const targetOf = (connectorGuid: string, id: string): ConnectorCatalogTarget => ({
  ...catalogTarget(id, `x-${id}`),
  connectorGuid,
});
const signal = () => new AbortController().signal;
const guids = (n: number) => Array.from({ length: n }, (_, i) => `c${i}`);

describe('TargetCountBatch', () => {
  it('reads the targets of many rows coming into view in one bulk read and fills the other rows', async () => {
    const { calls, batch, cached } = setup([
      targetOf('c0', 't1'),
      targetOf('c0', 't2'),
      targetOf('c7', 't3'),
    ]);
    batch.setTableGuids(guids(10));
    const counts = await Promise.all(guids(5).map((g) => batch.read(g, signal())));
    expect(counts.map((t) => t.length)).toEqual([2, 0, 0, 0, 0]);
    expect(calls).toEqual({ one: [], bulk: 1 });
    // Rows not yet in view are known, with or without targets: scrolling costs no call.
    expect(cached('c7')?.map((t) => t.relationshipGuid)).toEqual(['t3']);
    expect(cached('c9')).toEqual([]);
  });

  it('reads a few rows one connector each, and a row asking again for its connector alone', async () => {
    const { calls, batch, queryClient, scope } = setup([targetOf('c1', 't1')]);
    batch.setTableGuids(guids(10));
    await Promise.all(['c0', 'c1'].map((g) => batch.read(g, signal())));
    expect(calls).toEqual({ one: ['c0', 'c1'], bulk: 0 });

    // A row whose list is known asks again only when it went stale or an edit invalidated it.
    for (const g of guids(5))
      queryClient.setQueryData(catalogTargetsQueryOptions(scope, g).queryKey, []);
    const again = await Promise.all(guids(5).map((g) => batch.read(g, signal())));
    expect(again[1]?.map((t) => t.relationshipGuid)).toEqual(['t1']);
    expect(calls.bulk).toBe(0);
    expect(calls.one).toHaveLength(7);
  });
});
