/**
 * One read for everyone who asks for the same thing at about the same time. A screen that opens
 * both reads a daemon's status (the `daemon.status` operation) and subscribes to the status feed,
 * whose first poll follows at once; every page a browser opens asks for the platform's origin (the
 * header's health check); several tabs or users do the same together. Without this each of them
 * is a call to the platform (a daemon's status at 5,000 connectors is megabytes and seconds).
 *
 * A read joins one already under way, or takes one that finished within `freshMs`; it never
 * reuses an older one, so the feed's regular polls still reach the platform. Failures are not
 * shared: a caller whose joined read failed makes its own, so each sees its own error (a 6.x
 * token refused is the poll's business, not the operation's).
 */
import type { DaemonStatus } from '../egeria/model';

interface Entry<T> {
  value?: T;
  at?: number;
  pending?: Promise<T>;
}

export class SharedReads<T> {
  private readonly entries = new Map<string, Entry<T>>();

  constructor(
    private readonly freshMs = 500,
    private readonly now: () => number = Date.now,
  ) {}

  /**
   * The value under `key`; `load` reads it from the platform when needed. `maxAgeMs` narrows
   * `freshMs` for a caller that must see something younger (a feed polling faster than that).
   */
  async read(
    key: string,
    load: () => Promise<T>,
    { signal, maxAgeMs = this.freshMs }: { signal?: AbortSignal; maxAgeMs?: number } = {},
  ): Promise<T> {
    const entry: Entry<T> = this.entries.get(key) ?? {};
    this.entries.set(key, entry);
    if (entry.pending) {
      try {
        return await untilAborted(entry.pending, signal);
      } catch (error) {
        if (signal?.aborted) throw error;
        // The joined read failed: this caller reads for itself below.
      }
    } else if (entry.at !== undefined && this.now() - entry.at < Math.min(maxAgeMs, this.freshMs)) {
      return entry.value as T;
    }
    // Not cancelled with the caller: others may join it, and its answer fills the share.
    const pending = load();
    entry.pending = pending;
    pending.then(
      (value) => {
        if (entry.pending === pending) {
          entry.value = value;
          entry.at = this.now();
          entry.pending = undefined;
        }
      },
      () => {
        if (entry.pending === pending) entry.pending = undefined;
      },
    );
    return untilAborted(pending, signal);
  }
}

/** `promise`, or the abort's reason as soon as `signal` aborts. */
function untilAborted<T>(promise: Promise<T>, signal: AbortSignal | undefined): Promise<T> {
  if (!signal) return promise;
  if (signal.aborted) return Promise.reject(signal.reason);
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(signal.reason);
    signal.addEventListener('abort', onAbort, { once: true });
    promise.then(
      (value) => {
        signal.removeEventListener('abort', onAbort);
        resolve(value);
      },
      (error: unknown) => {
        signal.removeEventListener('abort', onAbort);
        reject(error);
      },
    );
  });
}

/** The reads the operations and the status feed share. */
export interface PlatformReadShares {
  daemonStatus: SharedReads<DaemonStatus>;
  /** The origin only names the platform's release; the header asks for it every 10 s per tab. */
  origin: SharedReads<string>;
}

export function platformReadShares(): PlatformReadShares {
  return { daemonStatus: new SharedReads(500), origin: new SharedReads(5_000) };
}

export const daemonStatusKey = (platformId: string, daemon: string) =>
  `${platformId}\u0000${daemon}`;
