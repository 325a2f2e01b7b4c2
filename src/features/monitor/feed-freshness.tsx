import { useQuery } from '@tanstack/react-query';
import { Banner } from '../../components/banner';
import { EgeriaError } from '../../egeria/errors';
import { errorMessage, formatDateTime } from '../../lib/format';
import { useNow } from '../../lib/use-now';
import type { FeedMeta } from '../platforms/daemon-feeds';
import { usePlatform } from '../platforms/platform-context';
import { DAEMON_STATUS_POLL_MS, daemonStatusQueryOptions } from '../platforms/platform-queries';
import { useDaemonFeedMeta } from '../platforms/use-daemon-feed';

/** How current the status on screen is, from the feed (or the REST query without one). */
export interface Freshness {
  mode: 'live' | 'polling' | 'connecting' | 'reconnecting' | 'stale';
  /** Local time (ms) the data shown was read, if there is data. */
  asOf?: number;
  /** Local time the reads started failing (mode 'stale'). */
  staleSince?: number;
  error?: unknown;
  /** How often the status is read. */
  pollMs: number;
}

export function freshnessOf(
  meta: FeedMeta,
  query: { dataUpdatedAt: number; error: unknown; isError: boolean },
): Freshness {
  const asOf = meta.asOf ?? (query.dataUpdatedAt || undefined);
  switch (meta.state) {
    case 'live':
      return { mode: 'live', asOf, pollMs: meta.pollMs ?? DAEMON_STATUS_POLL_MS };
    case 'stale':
      return {
        mode: 'stale',
        asOf,
        staleSince: meta.staleSince,
        error: meta.error,
        pollMs: meta.pollMs ?? DAEMON_STATUS_POLL_MS,
      };
    case 'connecting':
      return { mode: 'connecting', asOf, pollMs: meta.pollMs ?? DAEMON_STATUS_POLL_MS };
    case 'reconnecting':
    case 'closed':
    case 'unsupported': {
      // Polled over REST: stale when the last poll failed; the data is then as old as its last success.
      const mode = meta.state === 'reconnecting' ? 'reconnecting' : 'polling';
      if (query.isError)
        return {
          mode: 'stale',
          asOf: query.dataUpdatedAt || undefined,
          error: query.error,
          pollMs: DAEMON_STATUS_POLL_MS,
        };
      return { mode, asOf: query.dataUpdatedAt || undefined, pollMs: DAEMON_STATUS_POLL_MS };
    }
  }
}

/** "4 s", "3 min 5 s", "2 h 1 min". */
export function formatAge(ms: number): string {
  const seconds = Math.max(0, Math.round(ms / 1000));
  if (seconds < 60) return `${seconds} s`;
  const minutes = Math.floor(seconds / 60);
  if (minutes < 60) return `${minutes} min${seconds % 60 ? ` ${seconds % 60} s` : ''}`;
  const hours = Math.floor(minutes / 60);
  return `${hours} h${minutes % 60 ? ` ${minutes % 60} min` : ''}`;
}

function timeOf(ms: number): string {
  return formatDateTime(new Date(ms).toISOString());
}

/** The age of the data, ticking every second (only this small element re-renders). */
export function DataAge({ asOf }: { asOf: number | undefined }) {
  const now = useNow(1_000);
  if (asOf === undefined) return <>no data yet</>;
  return (
    <time dateTime={new Date(asOf).toISOString()} title={`Read ${timeOf(asOf)}`}>
      {formatAge(now - asOf)}
    </time>
  );
}

/** One line under a screen's heading: live or polled, and how old the data is. */
export function FreshnessLine({ freshness, daemon }: { freshness: Freshness; daemon?: string }) {
  const every = `${freshness.pollMs / 1000} s`;
  let how: string;
  switch (freshness.mode) {
    case 'live':
      how = `Live: read by the console server every ${every}, shared by all viewers`;
      break;
    case 'connecting':
      how = 'Connecting to the live status feed…';
      break;
    case 'reconnecting':
      how = `Live feed interrupted; reconnecting (reading every ${every} meanwhile)`;
      break;
    case 'polling':
      how = `Read every ${every}`;
      break;
    case 'stale':
      how = 'Stale';
      break;
  }
  return (
    <p className="text-xs text-slate-600" data-freshness={freshness.mode}>
      {daemon ? `${daemon}: ` : null}
      {how} · Data age: <DataAge asOf={freshness.asOf} />
    </p>
  );
}

function describe(error: unknown): { id?: string; text: string; userAction?: string } {
  if (error instanceof EgeriaError)
    return { id: error.messageId, text: error.text, userAction: error.userAction };
  return { text: errorMessage(error) };
}

/** The alert shown while the status cannot be read: since when, why, and how old the data shown is. */
export function StaleBanner({ freshness, daemon }: { freshness: Freshness; daemon: string }) {
  if (freshness.mode !== 'stale') return null;
  const reason = freshness.error === undefined ? undefined : describe(freshness.error);
  const since = freshness.staleSince ?? freshness.asOf;
  return (
    <Banner tone="error" className="rounded-md">
      <p className="font-semibold">
        Stale: the status of {daemon} cannot be read
        {since !== undefined ? <> since {timeOf(since)}</> : null}.
      </p>
      <p>
        {freshness.asOf !== undefined ? (
          <>
            What is shown was read at {timeOf(freshness.asOf)} (<DataAge asOf={freshness.asOf} />{' '}
            ago) and may no longer be true.
          </>
        ) : (
          'No status has been read yet.'
        )}
      </p>
      {reason ? (
        <p className="mt-1 break-words">
          {reason.id ? <code className="mr-2 font-semibold">{reason.id}</code> : null}
          {reason.text}
        </p>
      ) : null}
      {reason?.userAction ? <p className="mt-1 text-xs">{reason.userAction}</p> : null}
    </Banner>
  );
}

/**
 * The freshness line and, when the status cannot be read, the stale banner. A component of its
 * own so that only it re-renders when a poll brings nothing but a younger timestamp.
 */
export function DaemonFreshness({ daemon }: { daemon: string }) {
  const scope = usePlatform();
  const status = useQuery(daemonStatusQueryOptions(scope, daemon));
  const meta = useDaemonFeedMeta(scope.platform.id, daemon);
  const freshness = freshnessOf(meta, status);
  return (
    <>
      <FreshnessLine freshness={freshness} />
      <StaleBanner freshness={freshness} daemon={daemon} />
    </>
  );
}

/**
 * The freshness line alone, for screens that show a daemon's status among other things (the group
 * page): the interval is the feed's own, not a constant, and stale data says so.
 */
export function DaemonFreshnessLine({ daemon, named }: { daemon: string; named: boolean }) {
  const scope = usePlatform();
  const status = useQuery(daemonStatusQueryOptions(scope, daemon));
  const meta = useDaemonFeedMeta(scope.platform.id, daemon);
  return (
    <FreshnessLine freshness={freshnessOf(meta, status)} daemon={named ? daemon : undefined} />
  );
}

/** True when what a screen shows may no longer be current (feed stale, or REST polls failing). */
export function isStale(feedState: FeedMeta['state'], restFailing: boolean): boolean {
  if (feedState === 'stale') return true;
  return feedState !== 'live' && feedState !== 'connecting' && restFailing;
}
