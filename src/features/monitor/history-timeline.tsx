import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useId, useRef } from 'react';
import { RelativeTime } from '../../components/relative-time';
import { StatusBadge } from '../../components/status-badge';
import { QueryErrorPanel } from '../../components/query-error-panel';
import { Loading } from '../../components/spinner';
import { explainFailure } from '../../egeria/explain-failure';
import type { ConnectorReport } from '../../egeria/model';
import type { HistoryEntry } from '../../egeria/status-feed-protocol';
import { formatDateTime } from '../../lib/format';
import { daemonKeys } from '../../lib/query-keys';
import type { PlatformScope } from '../platforms/platform-context';
import { connectorHistoryQueryOptions } from './monitor-queries';

function describe(entry: HistoryEntry): string {
  if (!entry.previousStatus) return 'First seen by the console';
  if (entry.previousStatus === entry.status)
    return entry.restarted ? 'Restarted' : 'New failure message';
  return entry.restarted ? `Restarted; was ${entry.previousStatus}` : `Was ${entry.previousStatus}`;
}

/**
 * When the connector failed, with which message, and when it recovered: the transitions the
 * console server recorded while its status feed watched the daemon, newest first. It is read
 * again whenever the live status of the connector changes.
 */
export function HistoryTimeline({
  scope,
  daemon,
  connectorName,
  reports,
}: {
  scope: PlatformScope;
  daemon: string;
  connectorName: string;
  reports: readonly ConnectorReport[];
}) {
  const titleId = useId();
  const queryClient = useQueryClient();
  const history = useQuery(connectorHistoryQueryOptions(scope, daemon, connectorName));
  // What, in the live reports, means a new transition may have been recorded.
  const marker = reports
    .map((r) =>
      [r.status, r.connectorInstanceId, r.failingExceptionMessage, r.lastStatusChange].join(
        '\u0000',
      ),
    )
    .join('\u0001');
  const lastMarker = useRef(marker);
  useEffect(() => {
    if (lastMarker.current === marker) return;
    lastMarker.current = marker;
    void queryClient.invalidateQueries({
      queryKey: daemonKeys.connectorHistory(scope.platform.id, daemon, connectorName),
    });
  }, [marker, queryClient, scope.platform.id, daemon, connectorName]);

  let body;
  if (history.isPending) body = <Loading label="Reading the status history…" />;
  else if (history.isError && !history.data)
    body = <QueryErrorPanel title="Could not read the status history" read={history} />;
  else if (history.data.entries.length === 0)
    body = <p className="text-sm text-slate-600">No status changes recorded yet.</p>;
  else
    body = (
      <ol className="relative space-y-4 border-l-2 border-slate-200 pl-5">
        {history.data.entries.map((entry, index) => {
          const explanation = entry.failingExceptionMessage
            ? explainFailure(entry.failingExceptionMessage, { connectorName })
            : undefined;
          return (
            <li
              key={`${entry.observedAt}-${index}`}
              className="relative"
              data-status={entry.status}
            >
              <span
                aria-hidden="true"
                className="absolute top-1.5 -left-[1.65rem] size-3 rounded-full border-2 border-white bg-slate-400"
              />
              <p className="flex flex-wrap items-center gap-2 text-sm">
                <StatusBadge status={entry.status} />
                <span className="font-medium">{describe(entry)}</span>
                <span className="text-slate-600">
                  <time
                    dateTime={entry.at}
                    title={`Seen by the console ${formatDateTime(entry.observedAt)}`}
                  >
                    {formatDateTime(entry.at)}
                  </time>{' '}
                  (<RelativeTime value={entry.at} />)
                </span>
                {entry.groupName ? (
                  <span className="text-xs text-slate-600">in {entry.groupName}</span>
                ) : null}
              </p>
              {entry.failingExceptionMessage ? (
                <p className="mt-1 text-sm break-words text-red-900">
                  {explanation?.messageId ? (
                    <code className="mr-1 font-semibold">{explanation.messageId}</code>
                  ) : null}
                  {explanation?.text ?? entry.failingExceptionMessage}
                  {explanation?.egeria || explanation?.pattern ? (
                    <span className="block text-xs text-slate-700">{explanation.title}</span>
                  ) : null}
                </p>
              ) : null}
            </li>
          );
        })}
      </ol>
    );

  return (
    <section aria-labelledby={titleId} className="space-y-3">
      <h2 id={titleId} className="text-lg font-semibold">
        Status history
      </h2>
      {body}
      <p className="text-xs text-slate-600">
        Recorded by the console server while anyone watches this daemon
        {history.data
          ? `, the last ${history.data.keptPerConnector.toLocaleString()} changes per connector`
          : ''}
        . Refresh cycles (running ⇄ refreshing) are not recorded; the last refresh time shows them.
      </p>
    </section>
  );
}
