import { StatusBadge } from '../../components/status-badge';
import { humanizeConstant } from '../../lib/format';
import type { DaemonState, GroupRun } from './daemon-states';

export interface GroupDaemonCellProps {
  runs: GroupRun[];
  states: DaemonState[];
}

/** A group's status in each daemon that runs it, for the groups table. */
export function GroupDaemonCell({ runs, states }: GroupDaemonCellProps) {
  if (runs.length > 0) {
    const showDaemon = states.length > 1;
    return (
      <ul className="flex flex-wrap gap-1">
        {runs.map((run) => (
          <li key={run.daemon}>
            <StatusBadge
              status={run.summary.status}
              detail={`in daemon ${run.daemon}`}
              label={
                showDaemon
                  ? `${run.daemon}: ${run.summary.status ? humanizeConstant(run.summary.status) : 'Unknown'}`
                  : undefined
              }
            />
            {showDaemon ? null : <span className="sr-only"> in daemon {run.daemon}</span>}
          </li>
        ))}
      </ul>
    );
  }
  if (states.some((state) => state.isPending))
    return <span className="text-slate-500">Checking…</span>;
  if (states.every((state) => state.error && !state.status)) {
    return <span className="text-slate-500">Unknown</span>;
  }
  return <span className="text-slate-500">Not running</span>;
}
