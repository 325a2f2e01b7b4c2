import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useSyncExternalStore } from 'react';
import { daemonFeedsOf, type FeedMeta } from './daemon-feeds';

/**
 * Starts the status feeds of the app's QueryClient for as long as the app is mounted (once, at
 * the root). In a browser without EventSource it does nothing and the queries poll over REST.
 */
export function useDaemonFeeds(): void {
  const queryClient = useQueryClient();
  useEffect(() => {
    const feeds = daemonFeedsOf(queryClient);
    feeds.start();
    return () => feeds.stop();
  }, [queryClient]);
}

/** How fresh a daemon's status is: live, stale since when, or polled over REST. */
export function useDaemonFeedMeta(platformId: string, daemon: string): FeedMeta {
  const feeds = daemonFeedsOf(useQueryClient());
  const subscribe = useCallback((listener: () => void) => feeds.subscribe(listener), [feeds]);
  return useSyncExternalStore(subscribe, () => feeds.meta(platformId, daemon));
}

/**
 * Only the state of a daemon's feed ('live', 'stale'…), for screens that must not re-render on
 * every poll just because the data got younger.
 */
export function useDaemonFeedState(platformId: string, daemon: string): FeedMeta['state'] {
  const feeds = daemonFeedsOf(useQueryClient());
  const subscribe = useCallback((listener: () => void) => feeds.subscribe(listener), [feeds]);
  return useSyncExternalStore(subscribe, () => feeds.meta(platformId, daemon).state);
}

/** After an action: fresh status as soon as the console server can give it (see DaemonFeeds). */
export function useRequestFreshStatus(): (
  platformId: string,
  daemon: string,
  connectorNames: string[],
) => Promise<void> {
  const feeds = daemonFeedsOf(useQueryClient());
  return useCallback(
    (platformId, daemon, connectorNames) =>
      feeds.requestFreshStatus(platformId, daemon, connectorNames),
    [feeds],
  );
}
