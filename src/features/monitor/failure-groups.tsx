import { memo, useId, useMemo, useState } from 'react';
import { Link } from 'react-router';
import { Button } from '../../components/button';
import {
  describeFailureGroup,
  explainFailure,
  groupByExplanation,
  type FailureExplanation,
  type FailureGroup,
} from '../../egeria/explain-failure';
import { FAILED_STATUSES, type ConnectorReport } from '../../egeria/model';
import { FailureExplanationDetails } from './failure-explanation';
import { daemonConnectorPath } from './monitor-paths';

const explained = new WeakMap<ConnectorReport, FailureExplanation | null>();

/**
 * The explanation of a report's failing message, computed once per report object (the feed keeps
 * unchanged reports the same object, so each poll explains only what changed).
 */
export function explainReport(report: ConnectorReport): FailureExplanation | undefined {
  let explanation = explained.get(report);
  if (explanation === undefined) {
    explanation = report.failingExceptionMessage
      ? explainFailure(report.failingExceptionMessage, { connectorName: report.connectorName })
      : null;
    explained.set(report, explanation);
  }
  return explanation ?? undefined;
}

/** Failing reports grouped by identical failure, each explanation from the cache. */
export function groupReportFailures(
  reports: readonly ConnectorReport[],
): FailureGroup<ConnectorReport>[] {
  return groupByExplanation(
    reports.filter((r) => r.status && FAILED_STATUSES.has(r.status)),
    explainReport,
  );
}

export interface FailureGroupsProps {
  reports: readonly ConnectorReport[];
  platformId: string;
  daemon: string;
  /** Absent when the user's role may not restart connectors. */
  onRestart?: (connectorNames: string[], label: string) => void;
}

/** Failing connectors grouped by identical failure, largest group first, each with its explanation. */
export function FailureGroups({ reports, platformId, daemon, onRestart }: FailureGroupsProps) {
  const titleId = useId();
  const groups = useMemo(() => groupReportFailures(reports), [reports]);
  if (groups.length === 0) return null;
  return (
    <section aria-labelledby={titleId} className="space-y-2">
      <h2 id={titleId} className="text-lg font-semibold">
        Failures, grouped
      </h2>
      <ul className="space-y-2">
        {groups.map((group) => (
          <FailureGroupCard
            key={group.explanation.groupKey}
            group={group}
            platformId={platformId}
            daemon={daemon}
            onRestart={onRestart}
          />
        ))}
      </ul>
    </section>
  );
}

interface FailureGroupCardProps {
  group: FailureGroup<ConnectorReport>;
  platformId: string;
  daemon: string;
  onRestart?: (connectorNames: string[], label: string) => void;
}

/** A poll regroups every failure; a card whose members are the same report objects skips its render. */
function sameCard(a: FailureGroupCardProps, b: FailureGroupCardProps): boolean {
  return (
    a.platformId === b.platformId &&
    a.daemon === b.daemon &&
    a.onRestart === b.onRestart &&
    a.group.explanation.groupKey === b.group.explanation.groupKey &&
    a.group.members.length === b.group.members.length &&
    a.group.members.every((m, i) => m === b.group.members[i])
  );
}

/** One group of identical failures; its details (and member links) render only when opened. */
const FailureGroupCard = memo(function FailureGroupCard({
  group,
  platformId,
  daemon,
  onRestart,
}: FailureGroupCardProps) {
  const [open, setOpen] = useState(false);
  const names = [...new Set(group.members.map((m) => m.connectorName))];
  return (
    <li className="rounded-md border border-red-200 bg-red-50/50 p-3">
      <details open={open} onToggle={(event) => setOpen(event.currentTarget.open)}>
        <summary className="cursor-pointer font-medium text-red-950">
          {describeFailureGroup(group)}
          <span className="ml-2 font-normal text-slate-700">
            — {group.explanation.messageId ? <code>{group.explanation.messageId}</code> : null}{' '}
            {group.explanation.title}
          </span>
        </summary>
        {open ? (
          <div className="mt-2 space-y-3 pl-4">
            <FailureExplanationDetails explanation={group.explanation} />
            <div>
              <p className="text-xs font-medium text-slate-700">Connectors</p>
              <ul className="mt-1 flex flex-wrap gap-x-3 gap-y-1 text-sm">
                {group.members.map((member) => (
                  <li key={`${member.groupName ?? ''}\u0000${member.connectorName}`}>
                    <Link
                      to={daemonConnectorPath(platformId, daemon, member.connectorName)}
                      className="text-sky-800 underline [overflow-wrap:anywhere]"
                    >
                      {member.connectorName}
                    </Link>
                    {member.groupName ? (
                      <span className="text-xs text-slate-600"> ({member.groupName})</span>
                    ) : null}
                  </li>
                ))}
              </ul>
            </div>
            <Button
              size="sm"
              hidden={!onRestart}
              onClick={() =>
                onRestart?.(
                  names,
                  `Restart ${names.length === 1 ? names[0] : `${names.length} connectors`} (${group.explanation.title})`,
                )
              }
            >
              Restart {names.length === 1 ? 'it' : `these ${names.length}`}
            </Button>
          </div>
        ) : null}
      </details>
    </li>
  );
}, sameCard);
