import { ErrorPanel, type ErrorPanelProps } from './error-panel';

/** The parts of a query its error panel needs: what failed, and how to ask again. */
export interface RetryableRead {
  error: unknown;
  isFetching: boolean;
  refetch: () => Promise<unknown>;
}

/** A failed read in full, with Retry asking for it again (and showing while it does). */
export function QueryErrorPanel({
  read,
  ...panel
}: Omit<ErrorPanelProps, 'error' | 'onRetry' | 'retrying'> & { read: RetryableRead }) {
  return (
    <ErrorPanel
      {...panel}
      error={read.error}
      onRetry={() => void read.refetch()}
      retrying={read.isFetching}
    />
  );
}
