import { createContext, useContext, useEffect, useRef } from 'react';
import { Link } from 'react-router';
import { Button } from '../../components/button';
import type { DataColumn } from '../../components/data-table';
import { RelativeTime } from '../../components/relative-time';
import { StatusBadge } from '../../components/status-badge';
import type { ConnectorReport } from '../../egeria/model';
import { truncateText } from '../../lib/format';
import { explainReport } from './failure-groups';
import { daemonConnectorPath } from './monitor-paths';

/** What every report row shares; stable between polls, so a poll re-renders only changed rows. */
export interface ReportRowContext {
  platformId: string;
  daemon: string;
  onToggle: (connectorName: string, selected: boolean) => void;
  /** Absent when the user's role may not restart or refresh (the page says why). */
  onRestart?: (connectorName: string) => void;
  onRefresh?: (connectorName: string) => void;
}

const muted = <span className="text-slate-400">—</span>;
const MESSAGE_PREVIEW = 120;

function Statistics({ statistics }: { statistics: Record<string, unknown> }) {
  const entries = Object.entries(statistics);
  if (entries.length === 0) return muted;
  const text = entries.map(
    ([k, v]) => `${k}: ${typeof v === 'object' ? JSON.stringify(v) : String(v)}`,
  );
  return (
    <ul className="space-y-0.5 text-xs" title={text.join('\n')}>
      {text.slice(0, 3).map((line) => (
        <li key={line} className="[overflow-wrap:anywhere]">
          {line}
        </li>
      ))}
      {text.length > 3 ? <li className="text-slate-500">and {text.length - 3} more</li> : null}
    </ul>
  );
}

export interface SelectAllState {
  all: boolean;
  some: boolean;
  count: number;
  onChange: (selected: boolean) => void;
}

// The header's box reads the selection here, so a selection change re-renders the header and the
// rows it touched, never every row through a new table context.
export const SelectAllContext = createContext<SelectAllState>({
  all: false,
  some: false,
  count: 0,
  onChange: () => undefined,
});

/** "Select all that match": checked, unchecked or mixed. */
function SelectAll() {
  const { all, some, count, onChange } = useContext(SelectAllContext);
  const ref = useRef<HTMLInputElement>(null);
  useEffect(() => {
    if (ref.current) ref.current.indeterminate = some && !all;
  }, [some, all]);
  return (
    <input
      ref={ref}
      type="checkbox"
      checked={all}
      onChange={(event) => onChange(event.target.checked)}
      aria-label={`Select all ${count.toLocaleString()} connectors that match the filters`}
      className="size-4"
    />
  );
}

/** A connector's Refresh and Restart buttons, in every table that offers them. */
export function RefreshRestartButtons({
  name,
  onRefresh,
  onRestart,
}: {
  name: string;
  onRefresh: () => void;
  onRestart: () => void;
}) {
  return (
    <span className="inline-flex gap-1">
      <Button size="sm" onClick={onRefresh} aria-label={`Refresh ${name}`}>
        Refresh
      </Button>
      <Button size="sm" onClick={onRestart} aria-label={`Restart ${name}`}>
        Restart
      </Button>
    </span>
  );
}

type Column = DataColumn<ConnectorReport, ReportRowContext, boolean>;

/**
 * The columns of the daemon view's report table. The feed keeps an unchanged report the same
 * object and the page keeps its callbacks stable, so a poll re-renders only the rows whose report
 * (or selection, the row's extra) changed.
 */
export const REPORT_COLUMNS: readonly Column[] = [
  {
    id: 'select',
    header: 'Select',
    fixed: true,
    className: 'w-8',
    renderHeader: () => <SelectAll />,
    cell: (report, { onToggle }, selected) => (
      <input
        type="checkbox"
        checked={selected}
        onChange={(event) => onToggle(report.connectorName, event.target.checked)}
        aria-label={`Select ${report.connectorName}${report.groupName ? ` in ${report.groupName}` : ''}`}
        className="size-4"
      />
    ),
  },
  {
    id: 'connectorName',
    header: 'Connector',
    sortKey: 'connectorName',
    rowHeader: true,
    fixed: true,
    className: 'min-w-40 [overflow-wrap:anywhere]',
    cell: (report, { platformId, daemon }) => (
      <Link
        to={daemonConnectorPath(platformId, daemon, report.connectorName)}
        className="text-sky-800 underline"
      >
        {report.connectorName}
      </Link>
    ),
  },
  {
    id: 'group',
    header: 'Group',
    sortKey: 'group',
    className: 'max-w-56 min-w-32 [overflow-wrap:anywhere]',
    cell: (report) => report.groupName ?? muted,
  },
  {
    id: 'status',
    header: 'Status',
    sortKey: 'status',
    className: 'min-w-44 max-w-80',
    cell: (report) => {
      const failureTitle = report.failingExceptionMessage
        ? explainReport(report)?.title
        : undefined;
      return (
        <>
          <StatusBadge status={report.status} />
          {report.failingExceptionMessage ? (
            <p
              className="mt-1 text-xs break-words text-red-900"
              title={report.failingExceptionMessage}
            >
              {failureTitle ? <span className="font-semibold">{failureTitle}: </span> : null}
              {truncateText(report.failingExceptionMessage, MESSAGE_PREVIEW)}
            </p>
          ) : null}
        </>
      );
    },
  },
  {
    id: 'lastStatusChange',
    header: 'Status changed',
    sortKey: 'lastStatusChange',
    className: 'whitespace-nowrap',
    cell: (report) => <RelativeTime value={report.lastStatusChange} fallback={muted} />,
  },
  {
    id: 'lastRefresh',
    header: 'Last refresh',
    sortKey: 'lastRefresh',
    className: 'whitespace-nowrap',
    cell: (report) => <RelativeTime value={report.lastRefreshTime} fallback={muted} />,
  },
  {
    id: 'refresh',
    header: 'Refresh (min)',
    sortKey: 'refresh',
    align: 'right',
    cell: (report) => report.minMinutesBetweenRefresh,
  },
  {
    id: 'statistics',
    header: 'Statistics',
    // Shown on asking: with it the table is wider than 1280 px, and the connector page has them.
    hiddenByDefault: true,
    className: 'max-w-56 min-w-40',
    cell: (report) => <Statistics statistics={report.statistics} />,
  },
  {
    id: 'actions',
    header: 'Actions',
    fixed: true,
    className: 'whitespace-nowrap',
    cell: ({ connectorName: name }, { onRestart, onRefresh }) =>
      onRefresh && onRestart ? (
        <RefreshRestartButtons
          name={name}
          onRefresh={() => onRefresh(name)}
          onRestart={() => onRestart(name)}
        />
      ) : (
        muted
      ),
  },
];
