import { useEffect } from 'react';

interface PagedQuery {
  data: { pages: readonly unknown[] } | undefined;
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
export function useFetchAllPages(query: PagedQuery): void {
  const { hasNextPage, isFetchingNextPage, isFetchNextPageError, fetchNextPage } = query;
  // The page count is a dependency because a fast answer can arrive before React renders the
  // "fetching" state in between, leaving every other dependency as it was.
  const pageCount = query.data?.pages.length ?? 0;
  useEffect(() => {
    if (pageCount > 0 && hasNextPage && !isFetchingNextPage && !isFetchNextPageError)
      void fetchNextPage();
  }, [pageCount, hasNextPage, isFetchingNextPage, isFetchNextPageError, fetchNextPage]);
}
