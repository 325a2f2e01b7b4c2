/**
 * The catalog-target counts of a group page's rows, read together. Each row asks for its
 * connector's targets as it comes into view; rows asking within one tick form a batch. A batch of
 * more than PER_CONNECTOR_MAX is answered by the one paged read of every catalog target
 * (bulk-targets.ts), which also fills the cache entry of every other connector of the table, so
 * scrolling costs the platform nothing more; a smaller batch, or a row asking again (stale, or
 * changed by an edit meanwhile), is read for its connector alone.
 */
import type { QueryClient } from '@tanstack/react-query';
import type { CatalogTarget } from '../../egeria/model';
import type { PlatformScope } from '../platforms/platform-context';
import { catalogTargetsQueryOptions, PER_CONNECTOR_MAX, readCatalogTargets } from './group-queries';

/** How long rows coming into view together wait for each other. */
const BATCH_MS = 20;

interface Asked {
  guid: string;
  signal: AbortSignal;
  resolve: (targets: CatalogTarget[]) => void;
  reject: (error: unknown) => void;
}

export class TargetCountBatch {
  private asked: Asked[] = [];
  private timer: ReturnType<typeof setTimeout> | undefined;
  private bulk: Promise<Map<string, CatalogTarget[]>> | undefined;

  private tableGuids: readonly string[] = [];

  constructor(
    private readonly scope: PlatformScope,
    private readonly queryClient: QueryClient,
  ) {}

  /** Every connector of the table, whose entries a bulk read fills too. */
  setTableGuids(guids: readonly string[]): void {
    this.tableGuids = guids;
  }

  /** The query function of a row's count. */
  read = (guid: string, signal: AbortSignal): Promise<CatalogTarget[]> => {
    const known = this.queryClient.getQueryState(
      catalogTargetsQueryOptions(this.scope, guid).queryKey,
    );
    if (known?.dataUpdatedAt) return readCatalogTargets(this.scope, guid, signal);
    if (this.bulk) return this.bulk.then((all) => all.get(guid) ?? []);
    return new Promise((resolve, reject) => {
      this.asked.push({ guid, signal, resolve, reject });
      this.timer ??= setTimeout(() => this.flush(), BATCH_MS);
    });
  };

  private flush(): void {
    this.timer = undefined;
    const asked = this.asked.filter((a) => !a.signal.aborted);
    this.asked = [];
    if (asked.length <= PER_CONNECTOR_MAX) {
      for (const a of asked)
        readCatalogTargets(this.scope, a.guid, a.signal).then(a.resolve, a.reject);
      return;
    }
    // Not cancelled with any one row: the others, and rows scrolled to later, need its answer.
    const bulk = import('./bulk-targets')
      .then(({ joinAllCatalogTargets }) =>
        joinAllCatalogTargets(this.scope, new AbortController().signal, () => undefined),
      )
      .finally(() => {
        if (this.bulk === bulk) this.bulk = undefined;
      });
    this.bulk = bulk;
    bulk.then(
      (all) => {
        const mine = new Set(asked.map((a) => a.guid));
        for (const guid of this.tableGuids)
          if (!mine.has(guid))
            this.queryClient.setQueryData(
              catalogTargetsQueryOptions(this.scope, guid).queryKey,
              all.get(guid) ?? [],
            );
        for (const a of asked) a.resolve(all.get(a.guid) ?? []);
      },
      (error: unknown) => {
        for (const a of asked) a.reject(error);
      },
    );
  }
}
