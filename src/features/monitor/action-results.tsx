import { Link } from 'react-router';
import { Button } from '../../components/button';
import { StatusBadge } from '../../components/status-badge';
import { EgeriaError } from '../../egeria/errors';
import type { ConnectorReport, DaemonStatus } from '../../egeria/model';
import { errorMessage, formatCount, truncateText } from '../../lib/format';
import { useNow } from '../../lib/use-now';
import { isFinal, outcomeOf, type Outcome } from './action-outcomes';
import { daemonConnectorPath } from './monitor-paths';
import type { ActionTracker } from './use-action-tracker';

/** Per-item lists longer than this show only the items that need attention. */
const LIST_ALL_UP_TO = 20;

function reportsByName(status: DaemonStatus | undefined): Map<string, ConnectorReport[]> {
  const map = new Map<string, ConnectorReport[]>();
  for (const report of status?.connectors ?? []) {
    const list = map.get(report.connectorName);
    if (list) list.push(report);
    else map.set(report.connectorName, [report]);
  }
  return map;
}

function describeError(error: unknown): string {
  if (error instanceof EgeriaError) return [error.messageId, error.text].filter(Boolean).join(' ');
  return errorMessage(error);
}

export function OutcomeText({ outcome, error }: { outcome: Outcome; error: unknown }) {
  switch (outcome.phase) {
    case 'sending':
      return <span className="text-slate-600">Sending…</span>;
    case 'refused':
      return <span className="text-red-800">Refused: {describeError(error)}</span>;
    case 'waiting':
      return (
        <span className="inline-flex flex-wrap items-center gap-1 text-slate-700">
          Accepted; waiting for the daemon to report it
          {outcome.status ? (
            <>
              {' '}
              (now <StatusBadge status={outcome.status} />)
            </>
          ) : null}
        </span>
      );
    case 'gone':
      return <span className="text-amber-900">The daemon no longer reports this connector</span>;
    case 'timeout':
      return (
        <span className="inline-flex flex-wrap items-center gap-1 text-amber-900">
          No settled status after a minute: <StatusBadge status={outcome.status} />
        </span>
      );
    case 'unchanged':
    case 'settled':
      return (
        <span className="inline-flex flex-wrap items-center gap-1">
          {outcome.phase === 'unchanged' ? 'Accepted, no change reported: ' : 'Done: '}
          <StatusBadge status={outcome.status} />
          {outcome.failingExceptionMessage ? (
            <span className="text-xs text-red-900" title={outcome.failingExceptionMessage}>
              {truncateText(outcome.failingExceptionMessage, 100)}
            </span>
          ) : null}
        </span>
      );
  }
}

export interface ActionResultsProps {
  tracker: Pick<ActionTracker, 'actions' | 'status' | 'platformId' | 'daemon' | 'dismiss'>;
}

/**
 * The outcome of recent actions, read from the live status: a polite live region, so results are
 * announced as they arrive without interrupting. Nothing while there are none, so no clock ticks.
 */
export function ActionResults({ tracker }: ActionResultsProps) {
  return tracker.actions.length > 0 ? <ActionResultList tracker={tracker} /> : null;
}

function ActionResultList({ tracker }: ActionResultsProps) {
  const { actions, status, platformId, daemon, dismiss: onDismiss } = tracker;
  const now = useNow(1_000);
  const byName = reportsByName(status);
  return (
    <section aria-label="Action results" aria-live="polite" className="space-y-2">
      {actions.map((action) => {
        const outcomes = action.items.map((item) => ({
          item,
          outcome: outcomeOf(action.kind, item, byName.get(item.connectorName) ?? [], now),
        }));
        const done = outcomes.every(({ outcome }) => isFinal(outcome));
        const counts = new Map<string, number>();
        for (const { outcome } of outcomes) {
          const key = outcome.phase === 'settled' ? (outcome.status ?? 'settled') : outcome.phase;
          counts.set(key, (counts.get(key) ?? 0) + 1);
        }
        const listed =
          outcomes.length <= LIST_ALL_UP_TO
            ? outcomes
            : outcomes.filter(
                ({ outcome }) => outcome.phase !== 'settled' || outcome.failingExceptionMessage,
              );
        return (
          <div
            key={action.id}
            className="rounded-md border border-slate-200 bg-white p-3 text-sm"
            data-action={action.kind}
          >
            <div className="flex flex-wrap items-center justify-between gap-2">
              <p className="font-medium">
                {action.label}
                {done ? '' : ' — in progress'}
              </p>
              <Button
                size="sm"
                variant="ghost"
                onClick={() => onDismiss(action.id)}
                aria-label={`Dismiss: ${action.label}`}
              >
                Dismiss
              </Button>
            </div>
            {outcomes.length > 1 ? (
              <p className="mt-1 text-xs text-slate-600">
                {formatCount(outcomes.length, 'connector')}:{' '}
                {[...counts.entries()]
                  .map(
                    ([key, n]) => `${n.toLocaleString()} ${key.toLowerCase().replace(/_/g, ' ')}`,
                  )
                  .join(', ')}
              </p>
            ) : null}
            {listed.length > 0 ? (
              <ul className="mt-2 space-y-1">
                {listed.map(({ item, outcome }) => (
                  <li
                    key={item.connectorName}
                    className="flex flex-wrap items-center gap-2"
                    data-outcome={outcome.phase}
                  >
                    <Link
                      to={daemonConnectorPath(platformId, daemon, item.connectorName)}
                      className="font-medium text-sky-800 underline [overflow-wrap:anywhere]"
                    >
                      {item.connectorName}
                    </Link>
                    <OutcomeText outcome={outcome} error={item.error} />
                  </li>
                ))}
              </ul>
            ) : null}
          </div>
        );
      })}
    </section>
  );
}
