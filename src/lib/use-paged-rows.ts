import { useCallback, useMemo, useState } from 'react';

export interface PagedRows<T> {
  /** Zero-based index of the page shown. */
  page: number;
  /** The rows of that page. */
  rows: T[];
  pageSize: number;
  setPage: (page: number) => void;
}

/**
 * One page of `rows`. The page goes back to the first whenever `viewKey` (the filters and sort
 * that produced the rows) changes, so a new search never opens on an empty page 7. The page's
 * array and `setPage` keep their identity while nothing changes, so memoised tables skip renders.
 */
export function usePagedRows<T>(rows: T[], viewKey: string, pageSize: number): PagedRows<T> {
  const [paging, setPaging] = useState({ viewKey, page: 0 });
  const page = paging.viewKey === viewKey ? paging.page : 0;
  const pageRows = useMemo(
    () => rows.slice(page * pageSize, (page + 1) * pageSize),
    [rows, page, pageSize],
  );
  const setPage = useCallback((next: number) => setPaging({ viewKey, page: next }), [viewKey]);
  return { page, pageSize, rows: pageRows, setPage };
}
