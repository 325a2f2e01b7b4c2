/**
 * The browser end of the status feed. It watches the QueryCache: while any screen observes a
 * daemon's status query (`daemonKeys.status`), it keeps ONE EventSource open to the console
 * server's feed for that daemon and writes every event into that same query with setQueryData.
 * So every consumer of the query — groups pages, the daemon view, the graph — gets live data from
 * the one shared feed without knowing it exists. When the feed is unavailable the query polls over
 * REST as before; when nobody observes the query any more, the stream closes.
 *
 * On a platform that needs sign-in (6.x) the server ends the stream with a stale event carrying
 * the console's sign-in message when the user is not (or no longer) signed in. The stream then
 * stays closed until the session query says the user signed in again, rather than reconnecting
 * every few seconds only to be told the same.
 */
import type { Query, QueryCacheNotifyEvent, QueryClient } from '@tanstack/react-query';
import { EgeriaError } from '../../egeria/errors';
import type { DaemonStatus } from '../../egeria/model';
import {
  FEED_EVENTS,
  feedHurryPath,
  feedPath,
  readChangesEvent,
  readSnapshotEvent,
  readStaleEvent,
  type FeedError,
} from '../../egeria/status-feed-protocol';
import { CONSOLE_REQUEST_HEADER } from '../../egeria/platform-info';
import { SIGN_IN_REQUIRED_MESSAGE_ID, type SessionInfo } from '../../egeria/session';
import { daemonKeys } from '../../lib/query-keys';
import { applyChanges, applySnapshot, markShared } from './daemon-status-apply';
import { markFed } from './feed-registry';

/** What the screens show about the freshness of a daemon's status. */
export type FeedState =
  /** This browser has no EventSource; the status is polled over REST. */
  | 'unsupported'
  /** Nobody watches the daemon. */
  | 'closed'
  /** Waiting for the first snapshot. */
  | 'connecting'
  /** Fed: each poll of the console server arrives here. */
  | 'live'
  /** The console server cannot read the daemon; the data shown is the last it read. */
  | 'stale'
  /** The stream dropped; the browser reconnects and polls over REST meanwhile. */
  | 'reconnecting';

export interface FeedMeta {
  state: FeedState;
  /** Local time (ms) the data shown was read by the console server. */
  asOf?: number;
  /** Local time the polls started failing (state 'stale'). */
  staleSince?: number;
  error?: EgeriaError;
  /** The console server's poll interval. */
  pollMs?: number;
}

export type EventSourceFactory = (url: string) => EventSource;

export interface DaemonFeedsOptions {
  /** Defaults to the browser's EventSource; absent in jsdom, where the queries poll over REST. */
  createEventSource?: EventSourceFactory;
  /** Keep a stream open this long after its last observer leaves (navigating between screens). */
  graceMs?: number;
  /** How long to wait before reopening a stream the server refused. */
  retryMs?: number;
  fetch?: typeof fetch;
}

interface Connection {
  platformId: string;
  daemon: string;
  query: Query;
  source?: EventSource;
  closeTimer?: ReturnType<typeof setTimeout>;
  retryTimer?: ReturnType<typeof setTimeout>;
  /** The server asked for a sign-in: reopen only once the user has signed in again. */
  awaitingSignIn?: boolean;
  meta: FeedMeta;
}

/** EventSource.CLOSED, spelled out so the module loads where EventSource is not defined. */
const EVENT_SOURCE_CLOSED = 2;

const CLOSED_META: FeedMeta = { state: 'closed' };
const UNSUPPORTED_META: FeedMeta = { state: 'unsupported' };

function isDaemonStatusKey(
  key: readonly unknown[],
): key is ['platform', string, 'daemon', string, 'status'] {
  return (
    key.length === 5 &&
    key[0] === 'platform' &&
    typeof key[1] === 'string' &&
    key[2] === 'daemon' &&
    typeof key[3] === 'string' &&
    key[4] === 'status'
  );
}

// A FeedError's fields are EgeriaError's, by the same names; the sign-in gate matches the platform
// named in its parameters.
function errorFromFeed(error: FeedError): EgeriaError {
  return new EgeriaError({ ...error, kind: error.httpStatus === 0 ? 'network' : 'egeria' });
}

/** `['platform', p, 'session']`: the session query of a platform (see platformKeys.session). */
function sessionPlatformOf(key: readonly unknown[]): string | undefined {
  return key.length === 3 &&
    key[0] === 'platform' &&
    key[2] === 'session' &&
    typeof key[1] === 'string'
    ? key[1]
    : undefined;
}

/** Reads an SSE data field as JSON, or undefined. */
function parseData(event: Event): unknown {
  try {
    return JSON.parse((event as MessageEvent<string>).data);
  } catch {
    return undefined;
  }
}

export class DaemonFeeds {
  private readonly connections = new Map<string, Connection>();
  private readonly listeners = new Set<() => void>();
  private unsubscribeCache: (() => void) | undefined;
  private readonly createEventSource: EventSourceFactory | undefined;
  private readonly graceMs: number;
  private readonly retryMs: number;
  private readonly fetchImpl: typeof fetch | undefined;

  constructor(
    private readonly queryClient: QueryClient,
    options: DaemonFeedsOptions = {},
  ) {
    this.createEventSource =
      options.createEventSource ??
      (typeof EventSource === 'undefined' ? undefined : (url) => new EventSource(url));
    this.graceMs = options.graceMs ?? 5_000;
    this.retryMs = options.retryMs ?? 15_000;
    this.fetchImpl =
      options.fetch ?? (typeof fetch === 'undefined' ? undefined : fetch.bind(globalThis));
  }

  get supported(): boolean {
    return this.createEventSource !== undefined;
  }

  start(): void {
    if (this.unsubscribeCache || !this.createEventSource) return;
    const cache = this.queryClient.getQueryCache();
    this.unsubscribeCache = cache.subscribe((event) => this.onCacheEvent(event));
    for (const query of cache.getAll()) if (query.getObserversCount() > 0) this.watch(query);
  }

  stop(): void {
    this.unsubscribeCache?.();
    this.unsubscribeCache = undefined;
    for (const connection of this.connections.values()) this.close(connection);
    this.connections.clear();
    this.notify();
  }

  /** The freshness of a daemon's status, for `useSyncExternalStore`. */
  meta(platformId: string, daemon: string): FeedMeta {
    if (!this.createEventSource) return UNSUPPORTED_META;
    return this.connections.get(this.key(platformId, daemon))?.meta ?? CLOSED_META;
  }

  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /**
   * After an action: asks the console server to poll the daemon faster until these connectors
   * settle. Without a live feed, refetches the status over REST instead.
   */
  async requestFreshStatus(
    platformId: string,
    daemon: string,
    connectorNames: string[],
  ): Promise<void> {
    const meta = this.meta(platformId, daemon);
    if ((meta.state === 'live' || meta.state === 'stale') && this.fetchImpl) {
      try {
        const response = await this.fetchImpl(feedHurryPath(platformId, daemon), {
          method: 'POST',
          headers: { 'content-type': 'application/json', [CONSOLE_REQUEST_HEADER]: '1' },
          body: JSON.stringify({ connectorNames }),
        });
        if (response.ok) return;
      } catch {
        // Fall through to a REST refetch: the outcome must show either way.
      }
    }
    await this.queryClient.invalidateQueries({ queryKey: daemonKeys.status(platformId, daemon) });
  }

  private key(platformId: string, daemon: string): string {
    return `${platformId}\u0000${daemon}`;
  }

  private notify(): void {
    for (const listener of this.listeners) listener();
  }

  private setMeta(connection: Connection, meta: FeedMeta): void {
    connection.meta = meta;
    this.notify();
  }

  private onCacheEvent(event: QueryCacheNotifyEvent): void {
    const sessionOf = sessionPlatformOf(event.query.queryKey);
    if (sessionOf !== undefined) {
      if (event.type === 'updated' && (event.query.state.data as SessionInfo | undefined)?.signedIn)
        this.signedIn(sessionOf);
      return;
    }
    if (!isDaemonStatusKey(event.query.queryKey)) return;
    if (event.type === 'updated' && event.action.type === 'success') {
      // Read over REST through the proxy, so the sign-in works again (the session query may
      // have said so before the stream was refused).
      const [, platformId, , daemon] = event.query.queryKey;
      const connection = this.connections.get(this.key(platformId, daemon));
      if (connection?.awaitingSignIn && connection.query === event.query) this.signedIn(platformId);
      return;
    }
    if (event.type === 'observerAdded') this.watch(event.query);
    else if (event.type === 'observerRemoved' && event.query.getObserversCount() === 0) {
      this.unwatchLater(event.query);
    } else if (event.type === 'removed') {
      const connection = this.connections.get(
        this.key(event.query.queryKey[1] as string, event.query.queryKey[3] as string),
      );
      if (connection?.query === event.query) {
        this.close(connection);
        this.connections.delete(this.key(connection.platformId, connection.daemon));
        this.notify();
      }
    }
  }

  private watch(query: Query): void {
    const key = query.queryKey;
    if (!isDaemonStatusKey(key)) return;
    const [, platformId, , daemon] = key;
    const id = this.key(platformId, daemon);
    let connection = this.connections.get(id);
    if (connection && connection.query !== query) {
      // The query was garbage-collected and created again: start over with the new one.
      this.close(connection);
      connection = undefined;
    }
    if (!connection) {
      connection = { platformId, daemon, query, meta: { state: 'connecting' } };
      this.connections.set(id, connection);
    }
    if (connection.closeTimer) {
      clearTimeout(connection.closeTimer);
      connection.closeTimer = undefined;
    }
    if (!connection.source && !connection.retryTimer && !connection.awaitingSignIn)
      this.open(connection);
  }

  /** The user signed in to a platform (again): reopen the streams that waited for it. */
  private signedIn(platformId: string): void {
    for (const connection of this.connections.values()) {
      if (connection.platformId !== platformId || !connection.awaitingSignIn) continue;
      connection.awaitingSignIn = false;
      if (!connection.source && connection.query.getObserversCount() > 0) this.open(connection);
    }
  }

  private unwatchLater(query: Query): void {
    const key = query.queryKey;
    if (!isDaemonStatusKey(key)) return;
    const connection = this.connections.get(this.key(key[1], key[3]));
    if (!connection || connection.closeTimer) return;
    connection.closeTimer = setTimeout(() => {
      connection.closeTimer = undefined;
      if (connection.query.getObserversCount() > 0) return;
      this.close(connection);
      this.setMeta(connection, CLOSED_META);
    }, this.graceMs);
  }

  private open(connection: Connection): void {
    const create = this.createEventSource;
    if (!create) return;
    const source = create(feedPath(connection.platformId, connection.daemon));
    connection.source = source;
    if (connection.meta.state === 'closed') this.setMeta(connection, { state: 'connecting' });

    source.addEventListener(FEED_EVENTS.snapshot, (event) => {
      const data = readSnapshotEvent(parseData(event));
      if (!data) return;
      const asOf = Date.now() - Math.max(0, data.serverTime - data.polledAt);
      this.write(connection, (previous) => applySnapshot(previous, data), asOf);
      this.setMeta(connection, { state: 'live', asOf, pollMs: data.pollMs });
    });

    source.addEventListener(FEED_EVENTS.changes, (event) => {
      const data = readChangesEvent(parseData(event));
      if (!data) return;
      const previous = connection.query.state.data as DaemonStatus | undefined;
      const next = applyChanges(previous, data);
      if (!next) {
        // Changes without the snapshot they apply to (the cache was cleared): start over.
        this.reopen(connection);
        return;
      }
      const asOf = Date.now() - Math.max(0, data.serverTime - data.polledAt);
      this.write(connection, () => next, asOf);
      this.setMeta(connection, {
        ...connection.meta,
        state: 'live',
        asOf,
        staleSince: undefined,
        error: undefined,
      });
    });

    source.addEventListener(FEED_EVENTS.stale, (event) => {
      const data = readStaleEvent(parseData(event));
      if (!data) return;
      const offset = Date.now() - data.serverTime;
      const error = errorFromFeed(data.error);
      if (data.error.messageId === SIGN_IN_REQUIRED_MESSAGE_ID) {
        // The server ends the stream after this; do not let the browser reconnect in a loop.
        source.close();
        connection.source = undefined;
        connection.awaitingSignIn = true;
        this.setFed(connection, false);
      }
      const query = connection.query;
      // Every consumer of the query sees the failure (e.g. the groups pages' daemon banner), and
      // keeps the last data, which the screens label with its age.
      query.setState({
        error,
        errorUpdatedAt: Date.now(),
        errorUpdateCount: query.state.errorUpdateCount + 1,
        status: 'error',
        fetchStatus: 'idle',
      });
      this.setMeta(connection, {
        ...connection.meta,
        state: 'stale',
        staleSince: data.since + offset,
        asOf: data.lastPolledAt === undefined ? connection.meta.asOf : data.lastPolledAt + offset,
        error,
      });
    });

    source.addEventListener('error', () => {
      this.setFed(connection, false);
      if (source.readyState === EVENT_SOURCE_CLOSED) {
        // The server refused the stream (or answered something else): poll over REST, retry later.
        connection.source = undefined;
        source.close();
        this.setMeta(connection, { ...connection.meta, state: 'reconnecting' });
        connection.retryTimer = setTimeout(() => {
          connection.retryTimer = undefined;
          if (connection.query.getObserversCount() > 0) this.open(connection);
        }, this.retryMs);
      } else {
        this.setMeta(connection, { ...connection.meta, state: 'reconnecting' });
      }
    });
  }

  private reopen(connection: Connection): void {
    this.close(connection);
    this.open(connection);
  }

  private write(
    connection: Connection,
    update: (previous: DaemonStatus | undefined) => DaemonStatus,
    asOf: number,
  ): void {
    const query = connection.query;
    // Marked first: a REST answer still on its way then yields to this data (see the queryFn).
    this.setFed(connection, true);
    this.queryClient.setQueryData<DaemonStatus>(
      query.queryKey,
      (previous) => markShared(update(previous)),
      {
        updatedAt: asOf,
      },
    );
  }

  private setFed(connection: Connection, fed: boolean): void {
    markFed(connection.query, fed);
    // Observers re-read refetchInterval when the query changes: nudge them when it stops being fed.
    if (!fed) connection.query.setState({});
  }

  private close(connection: Connection): void {
    connection.source?.close();
    connection.source = undefined;
    connection.awaitingSignIn = false;
    if (connection.closeTimer) clearTimeout(connection.closeTimer);
    if (connection.retryTimer) clearTimeout(connection.retryTimer);
    connection.closeTimer = undefined;
    connection.retryTimer = undefined;
    this.setFed(connection, false);
  }
}

const registry = new WeakMap<QueryClient, DaemonFeeds>();

/** The feeds of a QueryClient, created on first use. */
export function daemonFeedsOf(queryClient: QueryClient, options?: DaemonFeedsOptions): DaemonFeeds {
  let feeds = registry.get(queryClient);
  if (!feeds) {
    feeds = new DaemonFeeds(queryClient, options);
    registry.set(queryClient, feeds);
  }
  return feeds;
}
