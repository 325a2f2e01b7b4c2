import type { UseQueryResult } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { QueryErrorPanel } from '../../components/query-error-panel';
import { Loading } from '../../components/spinner';

/**
 * What a daemon's screens show in place of its status while it is read, or once it could not be
 * (with a retry); null once the status is there.
 */
export function statusNotRead(status: UseQueryResult<unknown>, daemon: string): ReactNode {
  if (status.isPending) return <Loading label={`Reading the status of ${daemon}…`} />;
  if (status.data) return null;
  return <QueryErrorPanel title={`Could not read the status of ${daemon}`} read={status} />;
}
