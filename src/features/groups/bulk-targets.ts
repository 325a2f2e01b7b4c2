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
 * can draw them before the last page, and the next page waits for it. Resolves with the targets
 * of every connector that has any.
 */
async function readAllCatalogTargets(
  { backend }: PlatformScope,
  signal: AbortSignal,
  onPage: (byConnector: ReadonlyMap<string, CatalogTarget[]>) => Promise<void>,
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
    await onPage(byConnector);
    if (!page.mayHaveMore) return byConnector;
  }
}

/** One read of every catalog target, shared by whoever needs it while it runs. */
interface SharedRead {
  byConnector: ReadonlyMap<string, CatalogTarget[]>;
  listeners: Set<(byConnector: ReadonlyMap<string, CatalogTarget[]>) => void>;
  done: Promise<Map<string, CatalogTarget[]>>;
  readers: number;
  controller: AbortController;
  settled: boolean;
}

/** A finished read still answers those who join this soon after (the catalog targets' staleTime is longer). */
const REUSE_MS = 10_000;
const reads = new WeakMap<PlatformScope['backend'], SharedRead>();

function startRead(scope: PlatformScope): SharedRead {
  const controller = new AbortController();
  const read: SharedRead = {
    byConnector: new Map(),
    listeners: new Set(),
    readers: 0,
    controller,
    settled: false,
    done: readAllCatalogTargets(scope, controller.signal, async (byConnector) => {
      read.byConnector = byConnector;
      read.listeners.forEach((listener) => listener(byConnector));
      // Everyone left while this page came: ask for no more (see stopIfUnread).
      if (read.readers === 0) await stopIfUnread(scope, read);
    }),
  };
  const forget = () => {
    if (reads.get(scope.backend) === read) reads.delete(scope.backend);
  };
  read.done.then(() => {
    read.settled = true;
    setTimeout(forget, REUSE_MS);
  }, forget);
  return read;
}

/**
 * Stops a read nobody is reading, after the tasks queued now: a reader handing over to the next
 * (the graph's early start to its loader) keeps it going.
 */
async function stopIfUnread(scope: PlatformScope, read: SharedRead): Promise<void> {
  await new Promise((resolve) => setTimeout(resolve));
  if (read.readers > 0 || read.settled) return;
  read.controller.abort();
  if (reads.get(scope.backend) === read) reads.delete(scope.backend);
}

/**
 * Every catalog target of the platform, as readAllCatalogTargets gives them, from the read in
 * progress if there is one: a large group's graph starts it while its registrations still arrive,
 * and the group page's counts and the graph's loader join it. Leaving (`signal`) stops the read
 * only when nobody else is reading it.
 */
export function joinAllCatalogTargets(
  scope: PlatformScope,
  signal: AbortSignal,
  onPage: (byConnector: ReadonlyMap<string, CatalogTarget[]>) => void,
): Promise<Map<string, CatalogTarget[]>> {
  let read = reads.get(scope.backend);
  if (!read) reads.set(scope.backend, (read = startRead(scope)));
  const shared = read;
  shared.readers++;
  shared.listeners.add(onPage);
  if (shared.byConnector.size > 0) onPage(shared.byConnector);
  return new Promise((resolve, reject) => {
    let left = false;
    const leave = () => {
      if (left) return false;
      left = true;
      signal.removeEventListener('abort', onAbort);
      shared.listeners.delete(onPage);
      shared.readers--;
      void stopIfUnread(scope, shared);
      return true;
    };
    const onAbort = () => {
      if (leave()) reject(signal.reason);
    };
    if (signal.aborted) return onAbort();
    signal.addEventListener('abort', onAbort, { once: true });
    shared.done.then(
      (all) => {
        if (leave()) resolve(all);
      },
      (error: unknown) => {
        if (leave()) reject(error);
      },
    );
  });
}
