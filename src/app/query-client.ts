import { MutationCache, QueryCache, QueryClient } from '@tanstack/react-query';
import { CONSOLE_SIGN_IN_MESSAGE_ID } from '../egeria/console-user';
import { EgeriaError, isTransient } from '../egeria/errors';

const MAX_TRANSIENT_RETRIES = 2;

/**
 * Retry only what a retry can fix: no answer or a gateway/unavailable status, a couple of times.
 * A 4xx is Egeria telling us the request is wrong (unknown GUID, bad page size), a bad-response is
 * a shape we cannot read, a cancelled request was meant to stop; retrying those only delays the
 * error the user needs to see.
 */
export function shouldRetry(failureCount: number, error: unknown): boolean {
  if (!(error instanceof EgeriaError)) return false;
  if (isTransient(error)) return failureCount < MAX_TRANSIENT_RETRIES;
  // Other server-side failures (HTTP 500, relatedHTTPCode 500) may be a passing fault: one retry.
  return (
    error.kind !== 'aborted' &&
    error.kind !== 'bad-response' &&
    error.status >= 500 &&
    failureCount < 1
  );
}

export interface QueryClientTuning {
  /** Milliseconds before a retry; tests pass 0. */
  retryDelay?: number;
  /** Called when the console server says the user's console sign-in has ended. */
  onConsoleSignInRequired?: () => void;
}

const isConsoleSignIn = (error: unknown) =>
  error instanceof EgeriaError && error.messageId === CONSOLE_SIGN_IN_MESSAGE_ID;

/** The app's one QueryClient. */
export function createQueryClient(tuning: QueryClientTuning = {}): QueryClient {
  const onError = (error: unknown) => {
    if (isConsoleSignIn(error)) tuning.onConsoleSignInRequired?.();
  };
  return new QueryClient({
    queryCache: new QueryCache({ onError }),
    mutationCache: new MutationCache({ onError }),
    defaultOptions: {
      queries: {
        retry: shouldRetry,
        retryDelay: tuning.retryDelay ?? ((attempt) => Math.min(1000 * 2 ** attempt, 8000)),
        // Definitions change rarely and each screen polls what is live; 30 s keeps navigation
        // between screens instant without showing old definitions for long.
        staleTime: 30_000,
        gcTime: 5 * 60_000,
      },
      mutations: { retry: false },
    },
  });
}
