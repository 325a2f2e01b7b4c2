import { useQueries, type UseQueryResult } from '@tanstack/react-query';
import { useMemo } from 'react';
import { Link } from 'react-router';
import { DataTable, type DataColumn } from '../../components/data-table';
import { EmptyState } from '../../components/empty-state';
import { StatusBadge } from '../../components/status-badge';
import { EgeriaError } from '../../egeria/errors';
import { FAILED_STATUSES, type DaemonStatus } from '../../egeria/model';
import { errorMessage } from '../../lib/format';
import { usePlatform } from '../platforms/platform-context';
import { daemonStatusQueryOptions } from '../platforms/platform-queries';
import { DaemonFreshnessLine } from './feed-freshness';
import { daemonPath } from './monitor-paths';

interface DaemonItem {
  daemon: string;
  query: UseQueryResult<DaemonStatus>;
}

// useQueries hands out new result objects; a row re-renders only when what it shows changed.
const sameDaemon = (a: DaemonItem, b: DaemonItem) =>
  a.daemon === b.daemon &&
  a.query.data === b.query.data &&
  a.query.error === b.query.error &&
  a.query.dataUpdatedAt === b.query.dataUpdatedAt;

const countOf = (item: DaemonItem, counts: (c: DaemonStatus['connectors'][number]) => boolean) =>
  item.query.data ? item.query.data.connectors.filter(counts).length.toLocaleString() : '—';
const isFailed = (c: DaemonStatus['connectors'][number]) =>
  !!c.status && FAILED_STATUSES.has(c.status);

const COLUMNS: readonly DataColumn<DaemonItem, string>[] = [
  {
    id: 'daemon',
    header: 'Daemon',
    rowHeader: true,
    fixed: true,
    className: 'whitespace-nowrap',
    cell: ({ daemon }, platformId) => (
      <Link to={daemonPath(platformId, daemon)} className="text-sky-800 underline">
        {daemon}
      </Link>
    ),
  },
  {
    id: 'groups',
    header: 'Groups',
    cell: ({ query }) =>
      query.data ? (
        <span className="inline-flex flex-wrap gap-1">
          {query.data.groups.map((g) => (
            <StatusBadge key={g.name} status={g.status} label={g.name} detail={g.status} />
          ))}
        </span>
      ) : query.isError ? (
        <span className="text-red-800">
          {query.error instanceof EgeriaError ? query.error.messageId : null}{' '}
          {errorMessage(query.error)}
        </span>
      ) : (
        <span className="text-slate-500">Reading…</span>
      ),
  },
  {
    id: 'connectors',
    header: 'Connectors',
    align: 'right',
    cell: (item) => countOf(item, () => true),
  },
  {
    id: 'running',
    header: 'Running',
    align: 'right',
    cell: (item) => countOf(item, (c) => c.status === 'RUNNING' || c.status === 'REFRESHING'),
  },
  {
    id: 'failed',
    header: 'Failed',
    align: 'right',
    cell: (item) => {
      const failed = item.query.data?.connectors.some(isFailed);
      return (
        <span className={failed ? 'font-semibold text-red-800' : undefined}>
          {countOf(item, isFailed)}
        </span>
      );
    },
  },
  {
    id: 'data',
    header: 'Data',
    cell: ({ daemon }) => <DaemonFreshnessLine daemon={daemon} named={false} />,
  },
];

const daemonId = (item: DaemonItem) => item.daemon;

/** Every integration daemon of the platform, with how many connectors run and fail in each. */
export function DaemonsPage() {
  const scope = usePlatform();
  const daemons = scope.platform.daemons;
  const queries = useQueries({ queries: daemons.map((d) => daemonStatusQueryOptions(scope, d)) });
  const rows = useMemo(
    () =>
      daemons.map((daemon, i) => ({ daemon, query: queries[i] as UseQueryResult<DaemonStatus> })),
    [daemons, queries],
  );
  return (
    <div className="space-y-4">
      <title>{`Integration daemons · ${scope.platform.label} · Egeria Integration Console`}</title>
      <h1 className="text-2xl font-semibold">Integration daemons</h1>
      {daemons.length === 0 ? (
        <EmptyState title="No integration daemons are configured for this platform">
          Add the daemons to watch to the platform’s <code>daemons</code> in the console
          configuration.
        </EmptyState>
      ) : (
        <DataTable
          tableId="daemons"
          caption={`Integration daemons of ${scope.platform.label}`}
          columns={COLUMNS}
          rows={rows}
          getRowId={daemonId}
          context={scope.platform.id}
          isSameItem={sameDaemon}
          pagingLabel="Integration daemon pages"
        />
      )}
    </div>
  );
}
