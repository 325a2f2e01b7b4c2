/**
 * The shared status feed of one daemon: ONE poll per interval however many browsers watch, a
 * snapshot for each new subscriber, then only what each poll changed; a "stale" event as soon as a
 * poll fails; no polling at all while nobody watches.
 *
 * After an action a browser may ask it to hurry: it then polls at the fast interval until the
 * connectors named settle (or a time limit), still once per interval for everyone.
 */
import type { ConnectorReport, DaemonStatus } from '../../egeria/model';
import {
  FEED_EVENTS,
  type ChangesEvent,
  type FeedError,
  type SnapshotEvent,
  type StaleEvent,
} from '../../egeria/status-feed-protocol';
import { PollFailure } from './feed-errors';
import { diffStatus, stateReports, type StatusState } from './status-diff';

export type FeedEvent =
  | { event: typeof FEED_EVENTS.snapshot; data: SnapshotEvent }
  | { event: typeof FEED_EVENTS.changes; data: ChangesEvent }
  | { event: typeof FEED_EVENTS.stale; data: StaleEvent };

export type FeedListener = (event: FeedEvent) => void;

export interface DaemonFeedOptions {
  poll: (signal: AbortSignal) => Promise<DaemonStatus>;
  pollMs: number;
  /** Interval while hurrying after an action. */
  fastPollMs: number;
  /** Longest a hurry lasts. */
  hurryMaxMs: number;
  /** Called with every successful poll's reports (the history recorder). */
  onPoll?: (reports: readonly ConnectorReport[], polledAt: number) => void;
  /** Called when a poll fails or succeeds again, for logging. */
  onHealth?: (healthy: boolean, error?: FeedError, ms?: number) => void;
  now?: () => number;
}

/**
 * The most of its time a feed spends reading a status slow to read (60 MB at 5,000 connectors,
 * over a second to read and parse): such a status is read less often than the configured
 * interval, so the console server and the platform are not kept busy with it. A read quicker
 * than SLOW_READ_MS never changes the interval.
 */
const MAX_READING_SHARE = 0.1;
const SLOW_READ_MS = 500;

/** Statuses a connector passes through on its way somewhere else. */
const TRANSITIONAL = new Set(['INITIALIZED', 'REFRESHING']);
/** Fast polls a hurry makes at least, so a change that takes one poll to show is not missed. */
const MIN_FAST_POLLS = 2;

export class DaemonFeed {
  private readonly listeners = new Set<FeedListener>();
  private state: StatusState | undefined;
  private polledAt: number | undefined;
  private seq = 0;
  private stale: StaleEvent | undefined;
  private timer: NodeJS.Timeout | undefined;
  private inFlight: AbortController | undefined;
  private lastPollStart = 0;
  /** How long the last successful read took. */
  private lastReadMs = 0;
  private hurry: { until: number; watched: Set<string>; fastPolls: number } | undefined;
  private closed = false;
  private readonly now: () => number;

  /** Upstream polls made so far (for tests and logs). */
  polls = 0;

  constructor(private readonly options: DaemonFeedOptions) {
    this.now = options.now ?? Date.now;
  }

  get subscriberCount(): number {
    return this.listeners.size;
  }

  /** The interval between polls: the configured one, longer for a status slow to read. */
  get pollMs(): number {
    if (this.lastReadMs < SLOW_READ_MS) return this.options.pollMs;
    // Whole seconds: the monitor says "every N s".
    const readingBound = Math.ceil(this.lastReadMs / MAX_READING_SHARE / 1000) * 1000;
    return Math.max(this.options.pollMs, readingBound);
  }

  /** Adds a listener; it gets the current snapshot (and staleness) at once when there is one. */
  subscribe(listener: FeedListener): () => void {
    if (this.closed) throw new Error('feed closed');
    this.listeners.add(listener);
    if (this.state) listener({ event: FEED_EVENTS.snapshot, data: this.snapshot() });
    if (this.stale)
      listener({ event: FEED_EVENTS.stale, data: { ...this.stale, serverTime: this.now() } });
    // The first watcher (or the first after a pause) starts the polling with an immediate poll.
    if (this.listeners.size === 1 && !this.inFlight && !this.timer) this.schedule(0);
    return () => this.unsubscribe(listener);
  }

  /** Poll at the fast interval until these connectors settle; nothing happens while nobody watches. */
  hurryFor(connectorNames: readonly string[]): boolean {
    if (this.listeners.size === 0 || this.closed) return false;
    const watched = this.hurry?.watched ?? new Set<string>();
    for (const name of connectorNames) watched.add(name);
    this.hurry = { until: this.now() + this.options.hurryMaxMs, watched, fastPolls: 0 };
    if (this.timer) {
      // Bring the waiting poll forward, but never closer than the fast interval to the last one.
      clearTimeout(this.timer);
      this.timer = undefined;
      this.schedule(Math.max(0, this.lastPollStart + this.options.fastPollMs - this.now()));
    }
    return true;
  }

  /** Stops polling and forgets the listeners (server shutdown). */
  close(): void {
    this.closed = true;
    this.listeners.clear();
    this.stopPolling();
  }

  private unsubscribe(listener: FeedListener): void {
    this.listeners.delete(listener);
    if (this.listeners.size === 0) {
      // Nobody watches: no more polls. The last state stays, with its true age, for the next one.
      this.hurry = undefined;
      this.stopPolling();
    }
  }

  private stopPolling(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = undefined;
  }

  private schedule(delayMs: number): void {
    this.timer = setTimeout(() => {
      this.timer = undefined;
      void this.tick();
    }, delayMs);
  }

  private snapshot(): SnapshotEvent {
    const state = this.state as StatusState;
    return {
      seq: this.seq,
      serverTime: this.now(),
      polledAt: this.polledAt ?? this.now(),
      pollMs: this.pollMs,
      groups: state.groups,
      reports: stateReports(state),
    };
  }

  private broadcast(event: FeedEvent): void {
    for (const listener of this.listeners) {
      try {
        listener(event);
      } catch {
        // A listener whose connection broke is removed by its own close handler.
      }
    }
  }

  private async tick(): Promise<void> {
    if (this.closed || this.listeners.size === 0) return;
    const controller = new AbortController();
    this.inFlight = controller;
    const started = this.now();
    this.lastPollStart = started;
    this.polls += 1;
    try {
      const status = await this.options.poll(controller.signal);
      if (this.closed) return;
      this.lastReadMs = this.now() - started;
      this.applyStatus(status, started);
      this.options.onHealth?.(true, undefined, this.now() - started);
    } catch (error) {
      if (this.closed) return;
      const feedError: FeedError =
        error instanceof PollFailure
          ? error.feedError
          : { text: (error as Error).message ?? String(error), httpStatus: 0 };
      this.markStale(feedError, started);
      this.options.onHealth?.(false, feedError, this.now() - started);
    } finally {
      this.inFlight = undefined;
    }
    if (this.listeners.size > 0 && !this.closed) {
      const interval = this.hurrying() ? this.options.fastPollMs : this.pollMs;
      this.schedule(Math.max(0, started + interval - this.now()));
    }
  }

  private applyStatus(status: DaemonStatus, polledAt: number): void {
    const first = this.state === undefined;
    const diff = diffStatus(this.state, status);
    this.state = diff.state;
    this.polledAt = polledAt;
    this.seq += 1;
    const wasStale = this.stale !== undefined;
    this.stale = undefined;
    this.options.onPoll?.(status.connectors, polledAt);
    if (first || wasStale) {
      // After a gap, a whole snapshot: also clears the browser's stale state in one event.
      this.broadcast({ event: FEED_EVENTS.snapshot, data: this.snapshot() });
    } else {
      this.broadcast({
        event: FEED_EVENTS.changes,
        data: {
          seq: this.seq,
          serverTime: this.now(),
          polledAt,
          upserted: diff.upserted,
          removed: diff.removed,
          ...(diff.groupsChanged ? { groups: diff.state.groups } : {}),
        },
      });
    }
    this.updateHurry(status.connectors);
  }

  private markStale(error: FeedError, failedAt: number): void {
    const same =
      this.stale &&
      this.stale.error.messageId === error.messageId &&
      this.stale.error.text === error.text;
    this.stale = {
      serverTime: this.now(),
      since: this.stale?.since ?? failedAt,
      lastPolledAt: this.polledAt,
      error,
    };
    if (!same) this.broadcast({ event: FEED_EVENTS.stale, data: this.stale });
  }

  private hurrying(): boolean {
    if (!this.hurry) return false;
    if (this.now() > this.hurry.until) this.hurry = undefined;
    return this.hurry !== undefined;
  }

  private updateHurry(reports: readonly ConnectorReport[]): void {
    const hurry = this.hurry;
    if (!hurry) return;
    hurry.fastPolls += 1;
    if (hurry.fastPolls < MIN_FAST_POLLS) return;
    const settled = reports.every(
      (r) => !hurry.watched.has(r.connectorName) || !TRANSITIONAL.has(r.status ?? ''),
    );
    if (settled || hurry.watched.size === 0) this.hurry = undefined;
  }
}
