/**
 * The data a graph needs, read through the same queries (and cache entries) as the group page:
 * every registration of each group, then every connector's catalog targets. The targets of more
 * than a few connectors come in one paged read of the platform's CatalogTarget relationships,
 * which fills each connector's cache entry; a few, or one a write changed, are read one connector
 * at a time. The graph is drawn without them and grows as they arrive.
 */
import { hashKey, useInfiniteQuery, useQueryClient, type QueryClient } from '@tanstack/react-query';
import { useEffect, useMemo, useState, useSyncExternalStore } from 'react';
import type { CatalogTarget, Registration } from '../../egeria/model';
import { createConcurrencyLimiter } from '../../lib/concurrency';
import { useFetchAllPages } from '../../lib/use-fetch-all-pages';
import {
  catalogTargetsQueryOptions,
  PER_CONNECTOR_MAX,
  registrationsQueryOptions,
} from '../groups/group-queries';
import type { PlatformScope } from '../platforms/platform-context';

export interface RegistrationsState {
  registrations: Registration[];
  complete: boolean;
  error: unknown;
  retry: () => void;
}

/** Every registration of a group, page after page. */
export function useGroupRegistrations(scope: PlatformScope, groupGuid: string): RegistrationsState {
  const query = useInfiniteQuery(registrationsQueryOptions(scope, groupGuid));
  useFetchAllPages(query);
  const { data, hasNextPage, error, isFetchNextPageError, fetchNextPage, refetch } = query;
  const registrations = useMemo(() => data?.pages.flatMap((page) => page.items) ?? [], [data]);
  const failed = query.isError;
  return {
    registrations,
    complete: !!data && !hasNextPage,
    error: failed ? error : null,
    retry: () => void (isFetchNextPageError ? fetchNextPage() : refetch()),
  };
}

/** The chunk that reads every catalog target at once (one import site: each costs bytes). */
const bulkTargets = () => import('../groups/bulk-targets');

/** How many connectors' catalog targets are read at once, one list each. */
const TARGET_CONCURRENCY = 4;
/** Arrivals are handed to the graph in batches, so it is laid out a few times a second at most. */
const FLUSH_MS = 250;

export interface TargetsSnapshot {
  byConnector: ReadonlyMap<string, readonly CatalogTarget[]>;
  /** Connectors whose targets are not known yet (still loading, or failed). */
  missing: number;
  failures: ReadonlyMap<string, unknown>;
}

class TargetsLoader {
  private readonly byConnector = new Map<string, readonly CatalogTarget[]>();
  private readonly failures = new Map<string, unknown>();
  private readonly listeners = new Set<() => void>();
  private controller = new AbortController();
  private readonly limiter = createConcurrencyLimiter(TARGET_CONCURRENCY);
  private timer: ReturnType<typeof setTimeout> | undefined;
  private unsubscribeCache: (() => void) | undefined;
  /** Query hash of each connector's target list → the connector's GUID. */
  private readonly byHash = new Map<string, string>();
  /** Connectors the bulk read is still reading: drawn with what has come, not yet complete. */
  private bulkLoading: ReadonlySet<string> | undefined;
  snapshot: TargetsSnapshot;

  constructor(
    private readonly queryClient: QueryClient,
    private readonly scope: PlatformScope,
    private readonly guids: readonly string[],
  ) {
    // What the cache already holds is drawn on the first paint, without waiting for anything.
    for (const guid of guids) {
      const { queryKey } = catalogTargetsQueryOptions(scope, guid);
      this.byHash.set(hashKey(queryKey), guid);
      const cached = queryClient.getQueryData(queryKey);
      if (cached) this.byConnector.set(guid, cached);
    }
    this.snapshot = this.makeSnapshot();
  }

  start(): void {
    // A fresh controller per start: React may stop and start the same loader (Strict Mode).
    this.controller = new AbortController();
    const now = Date.now();
    const stale = this.guids.filter((guid) => {
      const options = catalogTargetsQueryOptions(this.scope, guid);
      const state = this.queryClient.getQueryState(options.queryKey);
      return !(
        state?.data !== undefined &&
        !state.isInvalidated &&
        now - state.dataUpdatedAt < (options.staleTime as number)
      );
    });
    this.read(stale);
    this.unsubscribeCache = this.followCache();
  }

  /**
   * Writes elsewhere (linking a target, editing one on the connector page) invalidate or refill a
   * connector's list in the cache; the loader reads it again, so the graph follows without a reload.
   */
  private followCache(): () => void {
    return this.queryClient.getQueryCache().subscribe((event) => {
      if (event.type !== 'updated') return;
      const guid = this.byHash.get(event.query.queryHash);
      if (!guid) return;
      if (event.action.type === 'invalidate') this.load(guid);
      else if (event.action.type === 'success') {
        this.byConnector.set(guid, event.query.state.data as readonly CatalogTarget[]);
        this.flushSoon();
      }
    });
  }

  stop(): void {
    this.unsubscribeCache?.();
    this.unsubscribeCache = undefined;
    this.controller.abort();
    this.bulkLoading = undefined;
    clearTimeout(this.timer);
    this.timer = undefined;
  }

  retryFailures(): void {
    const guids = [...this.failures.keys()];
    this.failures.clear();
    this.read(guids);
    this.flushSoon();
  }

  private read(guids: readonly string[]): void {
    if (guids.length > PER_CONNECTOR_MAX) this.loadAll(guids);
    else for (const guid of guids) this.load(guid);
  }

  /**
   * One paged read of every catalog target. Targets are drawn page by page; a connector counts as
   * known (and its cache entry is filled) once the last page has come.
   */
  private loadAll(guids: readonly string[]): void {
    const { signal } = this.controller;
    const wanted = new Set(guids);
    this.bulkLoading = wanted;
    bulkTargets()
      .then(({ joinAllCatalogTargets }) =>
        joinAllCatalogTargets(this.scope, signal, (partial) => {
          for (const [guid, targets] of partial)
            if (wanted.has(guid)) this.byConnector.set(guid, [...targets]);
          this.flushSoon();
        }),
      )
      .then(
        (byConnector) => {
          this.bulkLoading = undefined;
          for (const guid of guids) {
            const targets = byConnector.get(guid) ?? [];
            this.byConnector.set(guid, targets);
            this.failures.delete(guid);
            // Each connector's list where the group page reads it too; [] for one without targets.
            this.queryClient.setQueryData(
              catalogTargetsQueryOptions(this.scope, guid).queryKey,
              targets,
            );
          }
          this.flushSoon();
        },
        (error: unknown) => {
          if (signal.aborted) return;
          this.bulkLoading = undefined;
          for (const guid of guids) this.failures.set(guid, error);
          this.flushSoon();
        },
      );
  }

  subscribe = (listener: () => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  private load(guid: string): void {
    const { signal } = this.controller;
    this.limiter
      .run(() => this.queryClient.fetchQuery(catalogTargetsQueryOptions(this.scope, guid)), signal)
      .then(
        (targets) => {
          this.byConnector.set(guid, targets);
          this.failures.delete(guid);
        },
        (error: unknown) => {
          if (!signal.aborted) this.failures.set(guid, error);
        },
      )
      .finally(() => {
        if (!signal.aborted) this.flushSoon();
      });
  }

  private flushSoon(): void {
    if (this.timer !== undefined) return;
    this.timer = setTimeout(() => {
      this.timer = undefined;
      this.snapshot = this.makeSnapshot();
      this.listeners.forEach((listener) => listener());
    }, FLUSH_MS);
  }

  private makeSnapshot(): TargetsSnapshot {
    return {
      byConnector: new Map(this.byConnector),
      missing: this.guids.filter((g) => !this.byConnector.has(g) || this.bulkLoading?.has(g))
        .length,
      failures: new Map(this.failures),
    };
  }
}

export interface CatalogTargetsState extends TargetsSnapshot {
  retry: () => void;
}

/**
 * The catalog targets of these connectors, from the cache at once and from the platform as they
 * arrive. Until `enabled` (all registrations known) only a large group's one read of every
 * target is started; leaving the page drops the requests not yet sent.
 */
export function useCatalogTargets(
  scope: PlatformScope,
  connectorGuids: readonly string[],
  enabled: boolean,
): CatalogTargetsState {
  const queryClient = useQueryClient();
  const loader = useMemo(
    () => new TargetsLoader(queryClient, scope, connectorGuids),
    [queryClient, scope, connectorGuids],
  );
  useEffect(() => {
    if (enabled) {
      loader.start();
      return () => loader.stop();
    }
    // A large group's targets come in one read of every target: start it while its
    // registrations still arrive, for the loader to join.
    if (connectorGuids.length <= PER_CONNECTOR_MAX) return;
    const early = new AbortController();
    bulkTargets()
      .then(({ joinAllCatalogTargets }) =>
        joinAllCatalogTargets(scope, early.signal, () => undefined),
      )
      .catch(() => undefined);
    return () => early.abort();
  }, [loader, enabled, scope, connectorGuids]);
  const snapshot = useSyncExternalStore(loader.subscribe, () => loader.snapshot);
  return { ...snapshot, retry: () => loader.retryFailures() };
}

/** A stable array for a list of ids that may be rebuilt with the same content. */
export function useStableIds(ids: string[]): string[] {
  const [stable, setStable] = useState(ids);
  const same = stable.length === ids.length && stable.every((id, i) => id === ids[i]);
  if (!same) setStable(ids);
  return same ? stable : ids;
}
