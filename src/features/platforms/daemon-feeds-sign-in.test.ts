/**
 * The browser end of the status feed on a platform that needs sign-in (6.x): when the console
 * server ends a stream because the user is not (or no longer) signed in, the status query carries
 * the console's sign-in error, naming the platform (the sign-in gate matches on it), the stream is
 * not reopened in a loop, and it is reopened once the user has signed in again.
 */
import { QueryClient, QueryObserver } from '@tanstack/react-query';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { EgeriaError } from '../../egeria/errors';
import type { SessionInfo } from '../../egeria/session';
import type { StaleEvent } from '../../egeria/status-feed-protocol';
import { daemonKeys, platformKeys } from '../../lib/query-keys';
import { FakeEventSource } from '../../test/fake-event-source';
import { DaemonFeeds } from './daemon-feeds';

const FEED = '/api/feed/six/integration-daemon';

const signInStale = (text: string): StaleEvent => ({
  serverTime: Date.now(),
  since: Date.now(),
  error: {
    messageId: 'CONSOLE-AUTH-401-001',
    text,
    userAction: 'Sign in again, then retry.',
    httpStatus: 401,
    relatedHTTPCode: 401,
    parameters: ['six'],
  },
});

describe('the status feed of a platform that needs sign-in', () => {
  let queryClient: QueryClient;
  let feeds: DaemonFeeds;
  let stopObserving: () => void;

  beforeEach(() => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    FakeEventSource.reset();
    queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } });
    feeds = new DaemonFeeds(queryClient, {
      createEventSource: (url) => new FakeEventSource(url) as unknown as EventSource,
      retryMs: 1_000,
    });
    feeds.start();
    // A screen watching the daemon's status (the REST read fails, as the proxy would refuse it).
    const observer = new QueryObserver(queryClient, {
      queryKey: daemonKeys.status('six', 'integration-daemon'),
      queryFn: () => Promise.reject(new Error('not signed in')),
      enabled: false,
    });
    stopObserving = observer.subscribe(() => {});
  });

  afterEach(() => {
    stopObserving();
    feeds.stop();
    queryClient.clear();
    vi.useRealTimers();
  });

  it('reports the sign-in error for the platform, stays closed, and reopens after a sign-in', async () => {
    expect(FakeEventSource.open(FEED)).toHaveLength(1);
    const stream = FakeEventSource.open(FEED)[0]!;
    stream.emit(
      'stale',
      signInStale('Sign in to platform six again: it no longer accepts your sign-in'),
    );

    const error = queryClient.getQueryState(daemonKeys.status('six', 'integration-daemon'))?.error;
    expect(error).toBeInstanceOf(EgeriaError);
    expect(error).toMatchObject({ messageId: 'CONSOLE-AUTH-401-001', parameters: ['six'] });
    expect(feeds.meta('six', 'integration-daemon')).toMatchObject({ state: 'stale' });

    // The server ended the stream: no reconnection while the user is not signed in.
    expect(FakeEventSource.open(FEED)).toHaveLength(0);
    await vi.advanceTimersByTimeAsync(30_000);
    expect(FakeEventSource.instances).toHaveLength(1);

    // Another screen starts watching meanwhile: still nothing to open.
    const second = new QueryObserver(queryClient, {
      queryKey: daemonKeys.status('six', 'integration-daemon'),
      enabled: false,
    }).subscribe(() => {});
    expect(FakeEventSource.instances).toHaveLength(1);
    second();

    const session: SessionInfo = {
      platformId: 'six',
      signInRequired: true,
      signedIn: true,
      userId: 'garygeeke',
    };
    queryClient.setQueryData(platformKeys.session('six'), session);
    expect(FakeEventSource.open(FEED)).toHaveLength(1);
    expect(FakeEventSource.instances).toHaveLength(2);
  });

  it('reopens when the status is read over REST again (the sign-in works)', () => {
    FakeEventSource.open(FEED)[0]!.emit(
      'stale',
      signInStale('Sign in to platform six to continue: you are not signed in to it'),
    );
    expect(FakeEventSource.open(FEED)).toHaveLength(0);
    queryClient.setQueryData(daemonKeys.status('six', 'integration-daemon'), {
      groups: [],
      connectors: [],
    });
    expect(FakeEventSource.open(FEED)).toHaveLength(1);
  });
});
