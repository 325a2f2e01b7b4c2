import { queryOptions } from '@tanstack/react-query';
import type { DaemonStatus } from '../../egeria/model';
import { daemonKeys, platformKeys } from '../../lib/query-keys';
import { shareDaemonStatus } from './daemon-status-apply';
import { isFedByFeed } from './feed-registry';
import type { PlatformScope } from './platform-context';

/** How often the header asks the platform whether it is there. */
export const HEALTHY_POLL_MS = 10_000;
/** …and how often while it is not, so recovery shows within a few seconds. */
export const FAILING_POLL_MS = 3_000;

// An origin string is one short line; anything longer is a misconfigured proxy answering HTML.
const MAX_ORIGIN_LENGTH = 200;

/**
 * The platform's origin text ("Egeria OMAG Server Platform (version 5.3)"), used as its health
 * check. No retries: the poll itself is the retry, and a failure must show at once.
 */
export function platformOriginQueryOptions({ platform, backend }: PlatformScope) {
  return queryOptions({
    queryKey: platformKeys.origin(platform.id),
    queryFn: async ({ signal }) =>
      (await backend.platformOrigin(signal)).trim().slice(0, MAX_ORIGIN_LENGTH),
    retry: false,
    staleTime: 0,
    refetchInterval: (query) =>
      query.state.status === 'error' ? FAILING_POLL_MS : HEALTHY_POLL_MS,
  });
}

/** How often screens that show live connector status poll a daemon when the status feed is not available. */
export const DAEMON_STATUS_POLL_MS = 5_000;

/**
 * One daemon's whole status (every group and connector report). Screens share this one query per
 * daemon instead of asking per group or per connector; each screen picks what it needs from it.
 *
 * While anyone observes it, the console server's status feed keeps it current (daemon-feeds.ts):
 * then it neither polls nor goes stale by itself. Without the feed it polls over REST.
 */
export function daemonStatusQueryOptions({ platform, backend }: PlatformScope, daemon: string) {
  return queryOptions({
    queryKey: daemonKeys.status(platform.id, daemon),
    queryFn: async ({ signal, client, queryKey }) => {
      const status = await backend.daemonStatus(daemon, signal);
      // A REST answer that arrives after the feed took over is older than what the feed wrote.
      const query = client.getQueryCache().find<DaemonStatus>({ queryKey, exact: true });
      return query && isFedByFeed(query) && query.state.data ? query.state.data : status;
    },
    structuralSharing: shareDaemonStatus,
    staleTime: (query) => (isFedByFeed(query) ? Infinity : 2_000),
    refetchInterval: (query) => (isFedByFeed(query) ? false : DAEMON_STATUS_POLL_MS),
  });
}
