import { useQueries, type UseQueryResult } from '@tanstack/react-query';
import { Link } from 'react-router';
import { EmptyState } from '../../components/empty-state';
import { StatusBadge } from '../../components/status-badge';
import { Table, cellClass, headerCellClass } from '../../components/table';
import { EgeriaError } from '../../egeria/errors';
import { FAILED_STATUSES, type DaemonStatus } from '../../egeria/model';
import { errorMessage } from '../../lib/format';
import { usePlatform } from '../platforms/platform-context';
import { daemonStatusQueryOptions } from '../platforms/platform-queries';
import { useDaemonFeedMeta } from '../platforms/use-daemon-feed';
import { FreshnessLine, freshnessOf } from './feed-freshness';
import { daemonPath } from './monitor-paths';

function DaemonRow({ daemon, query }: { daemon: string; query: UseQueryResult<DaemonStatus> }) {
  const { platform } = usePlatform();
  const meta = useDaemonFeedMeta(platform.id, daemon);
  const freshness = freshnessOf(meta, query);
  const data = query.data;
  const failed =
    data?.connectors.filter((c) => c.status && FAILED_STATUSES.has(c.status)).length ?? 0;
  const running =
    data?.connectors.filter((c) => c.status === 'RUNNING' || c.status === 'REFRESHING').length ?? 0;
  return (
    <tr>
      <th scope="row" className={`${cellClass} font-medium whitespace-nowrap`}>
        <Link to={daemonPath(platform.id, daemon)} className="text-sky-800 underline">
          {daemon}
        </Link>
      </th>
      <td className={cellClass}>
        {data ? (
          <span className="inline-flex flex-wrap gap-1">
            {data.groups.map((g) => (
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
        )}
      </td>
      <td className={`${cellClass} text-right tabular-nums`}>
        {data ? data.connectors.length.toLocaleString() : '—'}
      </td>
      <td className={`${cellClass} text-right tabular-nums`}>
        {data ? running.toLocaleString() : '—'}
      </td>
      <td
        className={`${cellClass} text-right tabular-nums ${failed ? 'font-semibold text-red-800' : ''}`}
      >
        {data ? failed.toLocaleString() : '—'}
      </td>
      <td className={cellClass}>
        <FreshnessLine freshness={freshness} />
      </td>
    </tr>
  );
}

/** Every integration daemon of the platform, with how many connectors run and fail in each. */
export function DaemonsPage() {
  const scope = usePlatform();
  const daemons = scope.platform.daemons;
  const queries = useQueries({ queries: daemons.map((d) => daemonStatusQueryOptions(scope, d)) });
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
        <Table caption={`Integration daemons of ${scope.platform.label}`}>
          <thead className="bg-slate-50">
            <tr>
              <th scope="col" className={headerCellClass}>
                Daemon
              </th>
              <th scope="col" className={headerCellClass}>
                Groups
              </th>
              <th scope="col" className={`${headerCellClass} text-right`}>
                Connectors
              </th>
              <th scope="col" className={`${headerCellClass} text-right`}>
                Running
              </th>
              <th scope="col" className={`${headerCellClass} text-right`}>
                Failed
              </th>
              <th scope="col" className={headerCellClass}>
                Data
              </th>
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100">
            {daemons.map((daemon, i) => (
              <DaemonRow
                key={daemon}
                daemon={daemon}
                query={queries[i] as UseQueryResult<DaemonStatus>}
              />
            ))}
          </tbody>
        </Table>
      )}
    </div>
  );
}
