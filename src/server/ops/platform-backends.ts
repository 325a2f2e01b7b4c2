/**
 * The EgeriaBackend of each configured platform, built on the server with the dialect the
 * platform speaks (configured, or detected when `auto`) over the platform's Upstream. On 5.x one
 * backend serves everyone: every call is made as the configured userId. On 6.x each Egeria user
 * gets their own: the dialect may remember what it read for a while, and one user must never be
 * shown what another's token was allowed to read.
 */
import type { Dialect, EgeriaBackend } from '../../egeria/backend';
import { cancelledError } from '../../egeria/transport';
import { createV5Backend } from '../../egeria/v5/backend-v5';
import { createV6Backend } from '../../egeria/v6/backend-v6';
import { DEFAULT_VIEW_SERVER } from '../config';
import { daemonStatusKey, type PlatformReadShares } from '../shared-reads';
import type { DialectResolver } from '../dialect-detection';
import type { PlatformTarget } from '../platform-target';
import { createEgeriaFetch } from './egeria-fetch';
import type { OperationScope } from './operation-table';

/** 6.x backends kept in all; the least recently used go first. */
const MAX_USER_BACKENDS = 500;

/** The daemons and servers a platform's operations may name. */
export function operationScope(target: PlatformTarget): OperationScope {
  const { config } = target;
  const servers = new Set<string>(config.daemons);
  if (config.metadataServer) servers.add(config.metadataServer);
  servers.add(config.viewServer ?? DEFAULT_VIEW_SERVER);
  return { daemons: config.daemons, servers: [...servers] };
}

/** A shared read fails for a caller who gave up as the backend's own read would (HTTP 499). */
function asOwnRead<T>(read: Promise<T>, signal: AbortSignal | undefined, what: string): Promise<T> {
  return read.catch((error: unknown) => {
    throw signal?.aborted ? cancelledError(what) : error;
  });
}

export class PlatformBackends {
  private readonly backends = new Map<string, EgeriaBackend>();

  constructor(
    private readonly targets: Map<string, PlatformTarget>,
    private readonly dialects: DialectResolver,
    /** Shared with the status feed and other callers (see SharedReads). */
    private readonly shares?: PlatformReadShares,
  ) {}

  async dialect(platformId: string): Promise<Dialect> {
    const detection = await this.dialects.resolve(platformId);
    return (
      detection?.dialect ?? (this.targets.get(platformId)?.config.dialect === 'v6' ? 'v6' : 'v5')
    );
  }

  /** The platform's backend for this caller (on 6.x, the Egeria user they signed in as). */
  async backend(platformId: string, egeriaUser: string | undefined): Promise<EgeriaBackend> {
    const target = this.targets.get(platformId);
    if (!target) throw new Error(`no platform ${platformId}`);
    const dialect = await this.dialect(platformId);
    const key = JSON.stringify([platformId, dialect, dialect === 'v6' ? (egeriaUser ?? '') : '']);
    let backend = this.backends.get(key);
    if (backend) {
      this.backends.delete(key);
      this.backends.set(key, backend);
      return backend;
    }
    const { config } = target;
    const scope = operationScope(target);
    const fetch = createEgeriaFetch(target, dialect, {
      userId: config.userId,
      servers: new Set(scope.servers),
    });
    backend =
      dialect === 'v6'
        ? createV6Backend({
            baseUrl: '',
            viewServer: config.viewServer ?? DEFAULT_VIEW_SERVER,
            fetch,
          })
        : createV5Backend({
            baseUrl: '',
            userId: config.userId,
            // 5.x and `auto` platforms must configure it (config.ts).
            metadataServer: config.metadataServer ?? config.viewServer ?? DEFAULT_VIEW_SERVER,
            fetch,
          });
    if (this.shares) {
      const { daemonStatus, origin } = this.shares;
      const own = backend;
      backend = {
        ...own,
        platformOrigin: (signal) =>
          asOwnRead(
            origin.read(platformId, () => own.platformOrigin(), { signal }),
            signal,
            'the platform origin',
          ),
        // On 6.x only a signed-in caller shares: the feed shows its polls to signed-in watchers.
        ...(dialect === 'v5' || egeriaUser
          ? {
              daemonStatus: (daemon: string, signal?: AbortSignal) =>
                asOwnRead(
                  daemonStatus.read(
                    daemonStatusKey(platformId, daemon),
                    () => own.daemonStatus(daemon),
                    { signal },
                  ),
                  signal,
                  `the status of ${daemon}`,
                ),
            }
          : {}),
      };
    }
    this.backends.set(key, backend);
    while (this.backends.size > MAX_USER_BACKENDS) {
      const oldest = this.backends.keys().next().value;
      if (oldest === undefined) break;
      this.backends.delete(oldest);
    }
    return backend;
  }
}
