/**
 * Every catalog target of many connectors in a few calls: the platform's CatalogTarget
 * relationships, read a page at a time (catalogTarget.listAll), instead of one list per connector.
 * A chunk of its own, fetched when a graph or a group page starts reading (the graph route has no
 * room left).
 */
import type { CatalogTarget } from '../../egeria/model';
import type { PlatformScope } from '../platforms/platform-context';

/**
 * Egeria's default largest page (maxPageSize 1000), the fewest calls a platform accepts; after two
 * full pages, three of those read at once (wire/values readWide), so 10,000 targets take 5 round
 * trips, not 11, while up to 2,000 (500 connectors) still take 2 calls, none wasted past the end.
 */
export const BULK_TARGETS_PAGE_SIZE = 1000;
const WIDE_PAGE = 3 * BULK_TARGETS_PAGE_SIZE;

/**
 * Reads every page; `onPage` hears each connector's targets as far as they are known, so a graph
 * can draw them before the last page. Resolves with the targets of every connector that has any.
 */
export async function readAllCatalogTargets(
  { backend }: PlatformScope,
  signal: AbortSignal,
  onPage: (byConnector: ReadonlyMap<string, CatalogTarget[]>) => void,
): Promise<Map<string, CatalogTarget[]>> {
  const byConnector = new Map<string, CatalogTarget[]>();
  for (let startFrom = 0; ;) {
    signal.throwIfAborted();
    const pageSize = startFrom < 2 * BULK_TARGETS_PAGE_SIZE ? BULK_TARGETS_PAGE_SIZE : WIDE_PAGE;
    const page = await backend.listAllCatalogTargets({ startFrom, pageSize }, signal);
    startFrom += pageSize;
    for (const { connectorGuid, ...target } of page.items) {
      const list = byConnector.get(connectorGuid);
      if (list) list.push(target);
      else byConnector.set(connectorGuid, [target]);
    }
    onPage(byConnector);
    if (!page.mayHaveMore) return byConnector;
  }
}
