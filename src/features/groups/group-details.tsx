import { CopyButton } from '../../components/copy-button';
import { RelativeTime } from '../../components/relative-time';
import { StatusBadge } from '../../components/status-badge';
import type { IntegrationGroup } from '../../egeria/model';
import type { DaemonState, GroupRun } from './daemon-states';

export interface GroupDetailsProps {
  group: IntegrationGroup;
  runs: GroupRun[];
  daemonStates: DaemonState[];
}

const dtClass = 'font-medium text-slate-600';

/** The group's definition and where it runs. */
export function GroupDetails({ group, runs, daemonStates }: GroupDetailsProps) {
  const additional = Object.entries(group.additionalProperties);
  return (
    <div className="grid gap-4 lg:grid-cols-[2fr_1fr]">
      <dl className="grid grid-cols-[max-content_1fr] gap-x-6 gap-y-2 rounded-lg border border-slate-200 bg-white p-4 text-sm">
        <dt className={dtClass}>Qualified name</dt>
        <dd className="[overflow-wrap:anywhere]">
          <code>{group.qualifiedName}</code>
        </dd>
        <dt className={dtClass}>Display name</dt>
        <dd>{group.displayName ?? '—'}</dd>
        <dt className={dtClass}>Description</dt>
        <dd className="whitespace-pre-wrap break-words">{group.description ?? '—'}</dd>
        <dt className={dtClass}>Version</dt>
        <dd>
          {group.version ?? '—'}
          {group.patchLevel ? ` (patch ${group.patchLevel})` : ''}
        </dd>
        <dt className={dtClass}>GUID</dt>
        <dd className="flex flex-wrap items-center gap-2">
          <code className="[overflow-wrap:anywhere]">{group.guid}</code>
          <CopyButton value={group.guid} label="Copy GUID" />
        </dd>
        <dt className={dtClass}>Additional properties</dt>
        <dd>
          {additional.length === 0 ? (
            'None'
          ) : (
            <dl className="grid grid-cols-[max-content_1fr] gap-x-4">
              {additional.map(([key, value]) => (
                <div key={key} className="contents">
                  <dt className="font-mono text-xs text-slate-600">{key}</dt>
                  <dd className="[overflow-wrap:anywhere]">{value}</dd>
                </div>
              ))}
            </dl>
          )}
        </dd>
        <dt className={dtClass}>Last changed</dt>
        <dd>
          <RelativeTime value={group.meta.updateTime ?? group.meta.createTime} />
          {(group.meta.updatedBy ?? group.meta.createdBy)
            ? ` by ${group.meta.updatedBy ?? group.meta.createdBy}`
            : ''}
        </dd>
      </dl>
      <section
        aria-labelledby="group-daemons-title"
        className="rounded-lg border border-slate-200 bg-white p-4 text-sm"
      >
        <h2 id="group-daemons-title" className="font-semibold">
          Running in
        </h2>
        <DaemonList runs={runs} daemonStates={daemonStates} />
      </section>
    </div>
  );
}

function DaemonList({ runs, daemonStates }: { runs: GroupRun[]; daemonStates: DaemonState[] }) {
  if (runs.length > 0) {
    return (
      <ul className="mt-2 space-y-1">
        {runs.map((run) => (
          <li key={run.daemon} className="flex items-center gap-2">
            <span className="font-medium">{run.daemon}</span>
            <StatusBadge
              status={run.summary.status}
              detail={`group status in daemon ${run.daemon}`}
            />
          </li>
        ))}
      </ul>
    );
  }
  if (daemonStates.some((state) => state.isPending)) {
    return <p className="mt-2 text-slate-600">Checking the daemons…</p>;
  }
  return (
    <p className="mt-2 text-slate-700">
      No daemon of this platform runs this group
      {daemonStates.length === 0 ? ' (no daemons are configured for this platform)' : ''}
      {daemonStates.some((state) => state.error && !state.status)
        ? ' that the console could reach'
        : ''}
      .
    </p>
  );
}
