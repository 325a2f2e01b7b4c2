import { memo } from 'react';
import { Link } from 'react-router';
import { Button } from '../../components/button';
import { RelativeTime } from '../../components/relative-time';
import { StatusBadge } from '../../components/status-badge';
import { cellClass } from '../../components/table';
import type { ConnectorReport } from '../../egeria/model';
import { truncateText } from '../../lib/format';
import { daemonConnectorPath } from './monitor-paths';

export interface ReportRowProps {
  report: ConnectorReport;
  platformId: string;
  daemon: string;
  selected: boolean;
  /** The short title of the failure's explanation, when it has one. */
  failureTitle: string | undefined;
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

/**
 * One connector report of the daemon view. Memoised with the default shallow compare: the feed
 * keeps an unchanged report the same object and the page keeps its callbacks stable, so a poll
 * re-renders only the rows whose report (or selection) changed.
 */
export const ReportRow = memo(function ReportRow({
  report,
  platformId,
  daemon,
  selected,
  failureTitle,
  onToggle,
  onRestart,
  onRefresh,
}: ReportRowProps) {
  const name = report.connectorName;
  return (
    <tr className={selected ? 'bg-sky-50' : 'hover:bg-slate-50'} data-connector={name}>
      <td className={`${cellClass} w-8`}>
        <input
          type="checkbox"
          checked={selected}
          onChange={(event) => onToggle(name, event.target.checked)}
          aria-label={`Select ${name}${report.groupName ? ` in ${report.groupName}` : ''}`}
          className="size-4"
        />
      </td>
      <th scope="row" className={`${cellClass} min-w-48 font-medium [overflow-wrap:anywhere]`}>
        <Link to={daemonConnectorPath(platformId, daemon, name)} className="text-sky-800 underline">
          {name}
        </Link>
      </th>
      <td className={`${cellClass} max-w-64 min-w-40 [overflow-wrap:anywhere]`}>
        {report.groupName ?? muted}
      </td>
      <td className={`${cellClass} min-w-52 max-w-96`}>
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
      </td>
      <td className={`${cellClass} whitespace-nowrap`}>
        <RelativeTime value={report.lastStatusChange} fallback={muted} />
      </td>
      <td className={`${cellClass} whitespace-nowrap`}>
        <RelativeTime value={report.lastRefreshTime} fallback={muted} />
      </td>
      <td className={`${cellClass} text-right tabular-nums`}>{report.minMinutesBetweenRefresh}</td>
      <td className={`${cellClass} max-w-64 min-w-48`}>
        <Statistics statistics={report.statistics} />
      </td>
      <td className={`${cellClass} whitespace-nowrap`}>
        {onRefresh && onRestart ? (
          <span className="inline-flex gap-1">
            <Button size="sm" onClick={() => onRefresh(name)} aria-label={`Refresh ${name}`}>
              Refresh
            </Button>
            <Button size="sm" onClick={() => onRestart(name)} aria-label={`Restart ${name}`}>
              Restart
            </Button>
          </span>
        ) : (
          muted
        )}
      </td>
    </tr>
  );
});
