import { formatCount } from '../lib/format';
import { ErrorPanel } from './error-panel';
import { Loading } from './spinner';

/** The parts of an infinite query a list read page by page reports on. */
export interface PagedRead {
  hasNextPage: boolean;
  isFetchNextPageError: boolean;
  isFetchingNextPage: boolean;
  error: unknown;
  fetchNextPage: () => Promise<unknown>;
}

/** More pages are still being read (and none has failed). */
export const loadingMore = (read: PagedRead) => read.hasNextPage && !read.isFetchNextPageError;

/**
 * Above a list read page by page: its count (announced), "so far" and a spinner while more pages
 * load, and the page that failed with a retry, since the list is then incomplete.
 */
export function PagedListStatus({
  read,
  count,
  loaded,
  noun,
}: {
  read: PagedRead;
  /** "3 of 12 groups" */
  count: string;
  /** How many were read so far. */
  loaded: number;
  noun: string;
}) {
  const more = loadingMore(read);
  return (
    <>
      <p role="status" aria-live="polite" className="text-sm font-medium text-slate-700">
        {count}
        {more ? ' so far' : ''}
      </p>
      {more ? (
        <Loading label={`Loading more ${noun}s… ${formatCount(loaded, noun)} loaded`} />
      ) : null}
      {read.isFetchNextPageError ? (
        <ErrorPanel
          title={`Could not load every ${noun}; the list is incomplete`}
          error={read.error}
          onRetry={() => void read.fetchNextPage()}
          retrying={read.isFetchingNextPage}
        />
      ) : null}
    </>
  );
}
