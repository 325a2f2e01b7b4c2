/**
 * Every catalog target of many connectors in a few calls: the platform's CatalogTarget
 * relationships, read a page at a time (catalogTarget.listAll), instead of one list per connector.
 * A chunk of its own, fetched when a graph or a group page starts reading (the graph route has no
 * room left).
 */
import type { CatalogTarget } from '../../egeria/model';
import type { PlatformScope } from '../platforms/platform-context';

/** Egeria's default largest page (maxPageSize 1000): the fewest calls a platform accepts. */
export const BULK_TARGETS_PAGE_SIZE = 1000;

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
  for (let startFrom = 0; ; startFrom += BULK_TARGETS_PAGE_SIZE) {
    signal.throwIfAborted();
    const page = await backend.listAllCatalogTargets(
      { startFrom, pageSize: BULK_TARGETS_PAGE_SIZE },
      signal,
    );
    for (const { connectorGuid, ...target } of page.items) {
      const list = byConnector.get(connectorGuid);
      if (list) list.push(target);
      else byConnector.set(connectorGuid, [target]);
    }
    onPage(byConnector);
    if (!page.mayHaveMore) return byConnector;
  }
}
