import { useEffect } from 'react';

interface PagedQuery {
  hasNextPage: boolean;
  isFetchingNextPage: boolean;
  isFetchNextPageError: boolean;
  fetchNextPage: () => Promise<unknown>;
}

/**
 * Keeps fetching the next page of an infinite query until Egeria returns a short page. Egeria
 * gives no totals, so "all" is only known at the end. Stops at a failed page; calling
 * `fetchNextPage` again (a Retry button) carries on from there.
 */
export function useFetchAllPages({
  hasNextPage,
  isFetchingNextPage,
  isFetchNextPageError,
  fetchNextPage,
}: PagedQuery): void {
  useEffect(() => {
    if (hasNextPage && !isFetchingNextPage && !isFetchNextPageError) void fetchNextPage();
  }, [hasNextPage, isFetchingNextPage, isFetchNextPageError, fetchNextPage]);
}
