import { useQuery } from '@tanstack/react-query';
import { useRef } from 'react';
import { Link } from 'react-router';
import { LinkList, textLinkClass } from '../../components/link-list';
import type { DataColumn } from '../../components/data-table';
import { Identifier } from '../../components/identifier';
import { DateTime } from '../../components/relative-time';
import { StatusBadge } from '../../components/status-badge';
import { errorMessage, formatDateTime, shortClassName, truncateText } from '../../lib/format';
import { connectorPath, definitionPaths } from '../../lib/paths';
import { useInView } from '../../lib/use-in-view';
import { useNow } from '../../lib/use-now';
import { outcomeOf } from '../monitor/action-outcomes';
import { OutcomeText } from '../monitor/action-results';
import { RefreshRestartButtons } from '../monitor/report-row';
import type { PlatformScope } from '../platforms/platform-context';
import { NOT_REPORTED, NOT_RUNNING, type ConnectorRow } from './connector-rows';
import { catalogTargetCountQueryOptions } from './group-queries';
import type { TargetCountBatch } from './target-count-batch';
import type { RowAction } from './use-connector-actions';

/** What every row of the registered-connectors table shares; stable between status polls. */
export interface ConnectorTableContext {
  scope: PlatformScope;
  /** Reads the rows' catalog-target counts together. */
  targetCounts: TargetCountBatch;
  /** The group the row's registration belongs to (for the edit links). */
  groupQualifiedName: string;
  /** Name the daemon beside each status (when more than one daemon runs the group). */
  showDaemon: boolean;
  canEdit: boolean;
  /** Absent when the user's role may not restart or refresh (the page says why). */
  onRestart?: (row: ConnectorRow) => void;
  onRefresh?: (row: ConnectorRow) => void;
}

/** What changes for one row apart from its data: the outcome of the action asked for there. */
export interface ConnectorRowExtra {
  action: RowAction | undefined;
}

const muted = <span className="text-slate-400">—</span>;

/**
 * Rows are rebuilt on every status poll, but TanStack Query's structural sharing keeps unchanged
 * registrations and reports as the same objects, so comparing those skips re-rendering every row
 * of a large group every few seconds.
 */
export function isSameConnectorRow(a: ConnectorRow, b: ConnectorRow): boolean {
  return (
    a.registration === b.registration &&
    a.status === b.status &&
    a.runs.length === b.runs.length &&
    a.runs.every((run, i) => run.daemon === b.runs[i]?.daemon && run.report === b.runs[i]?.report)
  );
}

type Column = DataColumn<ConnectorRow, ConnectorTableContext, ConnectorRowExtra>;

/** The columns of the registered-connectors table. */
export const CONNECTOR_COLUMNS: readonly Column[] = [
  {
    id: 'connectorName',
    header: 'Connector name',
    sortKey: 'connectorName',
    rowHeader: true,
    fixed: true,
    className: 'min-w-36 [overflow-wrap:anywhere]',
    cell: (row, { scope }) => (
      <Link
        to={connectorPath(scope.platform.id, row.qualifiedName)}
        className="text-sky-800 underline-offset-2 hover:underline"
      >
        {row.connectorName}
      </Link>
    ),
  },
  {
    id: 'status',
    header: 'Status',
    sortKey: 'status',
    className: 'min-w-44 max-w-72',
    cell: (row, { showDaemon }, { action }) => (
      <>
        <LiveStatus row={row} showDaemon={showDaemon} />
        {action ? <RowOutcome row={row} action={action} /> : null}
      </>
    ),
  },
  {
    id: 'qualifiedName',
    header: 'Qualified name',
    sortKey: 'qualifiedName',
    className: 'max-w-72',
    cell: (row) => <Identifier value={row.qualifiedName} kind="qualified name" max={36} />,
  },
  {
    id: 'type',
    header: 'Type',
    sortKey: 'type',
    className: 'max-w-56 [overflow-wrap:anywhere]',
    cell: (row) =>
      row.providerClassName ? (
        <span title={row.providerClassName}>{shortClassName(row.providerClassName)}</span>
      ) : (
        muted
      ),
  },
  {
    id: 'endpoint',
    header: 'Endpoint',
    className: 'max-w-56 [overflow-wrap:anywhere]',
    cell: (row) => row.endpointAddress || muted,
  },
  {
    id: 'catalogTargets',
    header: 'Catalog targets',
    align: 'right',
    cell: (row, { scope, targetCounts }) => (
      <CatalogTargetCount scope={scope} batch={targetCounts} connectorGuid={row.connectorGuid} />
    ),
  },
  {
    id: 'refresh',
    header: 'Refresh (min)',
    sortKey: 'refresh',
    align: 'right',
    cell: ({ registration }) =>
      registration.refreshTimeInterval === 0 ? (
        <span title="Refreshes only when it starts and when asked">0</span>
      ) : (
        registration.refreshTimeInterval
      ),
  },
  {
    id: 'start',
    header: 'Start',
    hiddenByDefault: true,
    className: 'whitespace-nowrap',
    cell: ({ registration }) => <DateTime value={registration.startDate} />,
  },
  {
    id: 'stop',
    header: 'Stop',
    hiddenByDefault: true,
    className: 'whitespace-nowrap',
    cell: ({ registration }) => <DateTime value={registration.stopDate} />,
  },
  {
    id: 'actions',
    header: 'Actions',
    fixed: true,
    className: 'whitespace-nowrap',
    cell: (row, context) => <RowActions row={row} context={context} />,
  },
];

/** Restart and refresh (operators, where a daemon runs it) and the definition screens (editors). */
function RowActions({ row, context }: { row: ConnectorRow; context: ConnectorTableContext }) {
  const { scope, groupQualifiedName, canEdit, onRestart, onRefresh } = context;
  const platformId = scope.platform.id;
  const name = row.connectorName;
  const operate = onRestart && onRefresh && row.runs.length > 0;
  if (!operate && !canEdit) return muted;
  return (
    <div className="flex flex-col items-start gap-1">
      {operate ? (
        <RefreshRestartButtons
          name={name}
          onRefresh={() => onRefresh(row)}
          onRestart={() => onRestart(row)}
        />
      ) : null}
      {canEdit ? (
        <LinkList
          className="flex flex-col gap-0.5 text-xs"
          linkClassName={textLinkClass}
          links={[
            {
              label: 'Edit registration',
              ariaLabel: `Edit registration of ${name}`,
              to: definitionPaths.editRegistration(
                platformId,
                groupQualifiedName,
                row.qualifiedName,
              ),
            },
            {
              label: 'Edit connector',
              ariaLabel: `Edit connector ${name}`,
              to: definitionPaths.editConnector(platformId, row.qualifiedName),
            },
            {
              label: 'Unregister',
              ariaLabel: `Unregister ${name}`,
              to: definitionPaths.unregister(platformId, groupQualifiedName, row.qualifiedName),
            },
          ]}
        />
      ) : null}
    </div>
  );
}

/** What became of the row's last restart or refresh, per daemon, from the live status. */
function RowOutcome({ row, action }: { row: ConnectorRow; action: RowAction }) {
  const now = useNow(1_000);
  const verb = action.kind === 'restart' ? 'Restart' : 'Refresh';
  return (
    <ul className="mt-1 space-y-0.5 text-xs" aria-label={`${verb} of ${row.connectorName}`}>
      {[...action.items].map(([daemon, item]) => {
        const reports = row.runs.filter((run) => run.daemon === daemon).map((run) => run.report);
        const outcome = outcomeOf(action.kind, item, reports, now);
        return (
          <li key={daemon} data-outcome={outcome.phase}>
            <span className="font-medium">
              {verb}
              {action.items.size > 1 ? ` in ${daemon}` : ''}:{' '}
            </span>
            <OutcomeText outcome={outcome} error={item.error} />
          </li>
        );
      })}
    </ul>
  );
}

/** Counted only once the row comes into view, together with the other rows coming into view. */
function CatalogTargetCount({
  scope,
  batch,
  connectorGuid,
}: {
  scope: PlatformScope;
  batch: TargetCountBatch;
  connectorGuid: string;
}) {
  const ref = useRef<HTMLSpanElement>(null);
  const inView = useInView(ref);
  const count = useQuery({
    ...catalogTargetCountQueryOptions(scope, connectorGuid),
    queryFn: ({ signal }) => batch.read(connectorGuid, signal),
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
