import { useQuery } from '@tanstack/react-query';
import { memo, useRef } from 'react';
import { Link } from 'react-router';
import { DateTime } from '../../components/relative-time';
import { StatusBadge } from '../../components/status-badge';
import { cellClass } from '../../components/table';
import { errorMessage, formatDateTime, shortClassName, truncateText } from '../../lib/format';
import { connectorPath, definitionPaths } from '../../lib/paths';
import { useInView } from '../../lib/use-in-view';
import type { PlatformScope } from '../platforms/platform-context';
import { NOT_REPORTED, NOT_RUNNING, type ConnectorRow } from './connector-rows';
import { catalogTargetCountQueryOptions } from './group-queries';
import { useRole } from '../platforms/use-role';

export interface ConnectorTableRowProps {
  row: ConnectorRow;
  scope: PlatformScope;
  /** The group the row's registration belongs to (for the edit links). */
  groupQualifiedName: string;
  /** Name the daemon beside each status (when more than one daemon runs the group). */
  showDaemon: boolean;
}

const muted = <span className="text-slate-400">—</span>;

/**
 * Rows are rebuilt on every status poll, but TanStack Query's structural sharing keeps unchanged
 * registrations and reports as the same objects, so comparing those skips re-rendering every row
 * of a large group every few seconds.
 */
function isSameRow(previous: ConnectorTableRowProps, next: ConnectorTableRowProps): boolean {
  const a = previous.row;
  const b = next.row;
  return (
    previous.scope === next.scope &&
    previous.groupQualifiedName === next.groupQualifiedName &&
    previous.showDaemon === next.showDaemon &&
    a.registration === b.registration &&
    a.status === b.status &&
    a.runs.length === b.runs.length &&
    a.runs.every((run, i) => run.daemon === b.runs[i]?.daemon && run.report === b.runs[i]?.report)
  );
}

/** One registered connector. Memoised: a status poll re-renders only rows whose data changed. */
export const ConnectorTableRow = memo(function ConnectorTableRow({
  row,
  scope,
  groupQualifiedName,
  showDaemon,
}: ConnectorTableRowProps) {
  const { registration } = row;
  const platformId = scope.platform.id;
  return (
    <tr className="hover:bg-slate-50">
      <th scope="row" className={`${cellClass} font-medium`}>
        <Link
          to={connectorPath(platformId, row.qualifiedName)}
          className="text-sky-800 underline-offset-2 hover:underline"
        >
          {row.connectorName}
        </Link>
      </th>
      <td className={`${cellClass} min-w-52 max-w-80`}>
        <LiveStatus row={row} showDaemon={showDaemon} />
      </td>
      <td className={`${cellClass} max-w-64 min-w-48 [overflow-wrap:anywhere]`}>
        {row.qualifiedName}
      </td>
      <td className={`${cellClass} max-w-64 min-w-40 [overflow-wrap:anywhere]`}>
        {row.providerClassName ? (
          <span title={row.providerClassName}>{shortClassName(row.providerClassName)}</span>
        ) : (
          muted
        )}
      </td>
      <td className={`${cellClass} max-w-64 min-w-40 [overflow-wrap:anywhere]`}>
        {row.endpointAddress || muted}
      </td>
      <td className={`${cellClass} text-right tabular-nums`}>
        <CatalogTargetCount scope={scope} connectorGuid={row.connectorGuid} />
      </td>
      <td className={`${cellClass} text-right tabular-nums`}>
        {registration.refreshTimeInterval === 0 ? (
          <span title="Refreshes only when it starts and when asked">0</span>
        ) : (
          registration.refreshTimeInterval
        )}
      </td>
      <td className={`${cellClass} whitespace-nowrap`}>
        <DateTime value={registration.startDate} />
      </td>
      <td className={`${cellClass} whitespace-nowrap`}>
        <DateTime value={registration.stopDate} />
      </td>
      <td className={`${cellClass} whitespace-nowrap`}>
        <RowActions
          platformId={platformId}
          groupQualifiedName={groupQualifiedName}
          connectorQualifiedName={row.qualifiedName}
          connectorName={row.connectorName}
        />
      </td>
    </tr>
  );
}, isSameRow);

const actionClass = 'text-sky-800 underline-offset-2 hover:underline';

/** Links to the definition screens for this registration and its connector. */
function RowActions({
  platformId,
  groupQualifiedName,
  connectorQualifiedName,
  connectorName,
}: {
  platformId: string;
  groupQualifiedName: string;
  connectorQualifiedName: string;
  connectorName: string;
}) {
  // Definitions are for editors; the group page says so once, above the table.
  if (!useRole().allows('editor')) return null;
  return (
    <ul className="flex flex-col gap-0.5 text-xs">
      <li>
        <Link
          to={definitionPaths.editRegistration(
            platformId,
            groupQualifiedName,
            connectorQualifiedName,
          )}
          aria-label={`Edit registration of ${connectorName}`}
          className={actionClass}
        >
          Edit registration
        </Link>
      </li>
      <li>
        <Link
          to={definitionPaths.editConnector(platformId, connectorQualifiedName)}
          aria-label={`Edit connector ${connectorName}`}
          className={actionClass}
        >
          Edit connector
        </Link>
      </li>
      <li>
        <Link
          to={definitionPaths.unregister(platformId, groupQualifiedName, connectorQualifiedName)}
          aria-label={`Unregister ${connectorName}`}
          className={actionClass}
        >
          Unregister
        </Link>
      </li>
    </ul>
  );
}

/** Counted only once the row comes into view, through a shared concurrency limit. */
function CatalogTargetCount({
  scope,
  connectorGuid,
}: {
  scope: PlatformScope;
  connectorGuid: string;
}) {
  const ref = useRef<HTMLSpanElement>(null);
  const inView = useInView(ref);
  const count = useQuery({
    ...catalogTargetCountQueryOptions(scope, connectorGuid),
    enabled: inView,
  });
  let content;
  if (count.isError && count.data === undefined) {
    content = (
      <span title={`Could not count: ${errorMessage(count.error)}`}>
        ?<span className="sr-only"> (could not count: {errorMessage(count.error)})</span>
      </span>
    );
  } else if (count.data === undefined) {
    content = (
      <>
        <span aria-hidden="true" className="text-slate-400">
          …
        </span>
        <span className="sr-only">Counting</span>
      </>
    );
  } else {
    content = count.data.toLocaleString();
  }
  return <span ref={ref}>{content}</span>;
}

const MESSAGE_PREVIEW_LENGTH = 80;

function LiveStatus({ row, showDaemon }: { row: ConnectorRow; showDaemon: boolean }) {
  if (row.runs.length === 0) {
    if (row.status === NOT_RUNNING)
      return (
        <StatusBadge
          status={NOT_RUNNING}
          label="Not running"
          detail="No daemon of this platform runs this group"
        />
      );
    if (row.status === NOT_REPORTED) {
      return (
        <StatusBadge
          status={NOT_REPORTED}
          label="Not reported"
          detail="The daemon runs this group but does not report this connector"
        />
      );
    }
    return <span className="text-slate-500">Checking…</span>;
  }
  return (
    <ul className="space-y-1">
      {row.runs.map(({ daemon, report }) => {
        const details = [
          `in daemon ${daemon}`,
          report.lastRefreshTime ? `last refresh ${formatDateTime(report.lastRefreshTime)}` : '',
        ];
        return (
          <li key={daemon}>
            <span className="inline-flex items-center gap-1">
              <StatusBadge status={report.status} detail={details.filter(Boolean).join('; ')} />
              {showDaemon ? <span className="text-xs text-slate-600">{daemon}</span> : null}
            </span>
            {report.failingExceptionMessage ? (
              <FailingMessage message={report.failingExceptionMessage} />
            ) : null}
          </li>
        );
      })}
    </ul>
  );
}

/** The failure, shortened in the row; the whole text one click (or keypress) away. */
function FailingMessage({ message }: { message: string }) {
  if (message.length <= MESSAGE_PREVIEW_LENGTH) {
    return <p className="mt-1 max-w-sm break-words text-xs text-red-900">{message}</p>;
  }
  return (
    <details className="mt-1 max-w-sm text-xs text-red-900">
      <summary className="cursor-pointer break-words" title={message}>
        {truncateText(message, MESSAGE_PREVIEW_LENGTH)}
        <span className="sr-only"> (show the full message)</span>
      </summary>
      <p className="mt-1 whitespace-pre-wrap break-words">{message}</p>
    </details>
  );
}
