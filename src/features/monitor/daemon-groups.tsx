import { useId, useMemo } from 'react';
import { Link } from 'react-router';
import { Button } from '../../components/button';
import { DataTable, type DataColumn } from '../../components/data-table';
import { StatusBadge } from '../../components/status-badge';
import { FAILED_STATUSES, type GroupSummary } from '../../egeria/model';
import { groupPath } from '../../lib/paths';

export interface DaemonGroupsProps {
  groups: GroupSummary[];
  platformId: string;
  /** Absent when the user's role may not refresh configurations. */
  onRefreshConfig?: (groupName: string) => void;
  onShowGroup: (groupName: string) => void;
}

type GroupContext = Omit<DaemonGroupsProps, 'groups'>;

const failedCount = (group: GroupSummary) =>
  group.connectors.filter((c) => c.status && FAILED_STATUSES.has(c.status)).length;

const COLUMNS: readonly DataColumn<GroupSummary, GroupContext>[] = [
  {
    id: 'group',
    header: 'Group',
    rowHeader: true,
    fixed: true,
    className: '[overflow-wrap:anywhere]',
    cell: (group, { platformId }) => (
      <Link to={groupPath(platformId, group.name)} className="text-sky-800 underline">
        {group.name}
      </Link>
    ),
  },
  {
    id: 'status',
    header: 'Status',
    cell: (group) => <StatusBadge status={group.status} />,
  },
  {
    id: 'connectors',
    header: 'Connectors',
    align: 'right',
    cell: (group, { onShowGroup }) => (
      <button
        type="button"
        className="text-sky-800 underline"
        onClick={() => onShowGroup(group.name)}
        aria-label={`Show the ${group.connectors.length} connectors of ${group.name}`}
      >
        {group.connectors.length.toLocaleString()}
      </button>
    ),
  },
  {
    id: 'failed',
    header: 'Failed',
    align: 'right',
    cell: (group) => {
      const failed = failedCount(group);
      return (
        <span className={failed ? 'font-semibold text-red-800' : undefined}>
          {failed.toLocaleString()}
        </span>
      );
    },
  },
  {
    id: 'actions',
    header: 'Actions',
    cell: (group, { onRefreshConfig }) =>
      onRefreshConfig ? (
        <Button
          size="sm"
          onClick={() => onRefreshConfig(group.name)}
          aria-label={`Refresh the configuration of ${group.name}`}
        >
          Refresh configuration
        </Button>
      ) : null,
  },
];

const groupId = (group: GroupSummary) => group.name;

/** The groups the daemon runs: status, how many connectors run or fail, and a config refresh. */
export function DaemonGroups({
  groups,
  platformId,
  onRefreshConfig,
  onShowGroup,
}: DaemonGroupsProps) {
  const titleId = useId();
  // One context object while the callbacks stand, so a poll re-renders only the changed groups.
  const context = useMemo(
    () => ({ platformId, onRefreshConfig, onShowGroup }),
    [platformId, onRefreshConfig, onShowGroup],
  );
  return (
    <section aria-labelledby={titleId} className="space-y-2">
      <h2 id={titleId} className="text-lg font-semibold">
        Integration groups
      </h2>
      {groups.length === 0 ? (
        <p className="text-sm text-slate-600">The daemon reports no integration groups.</p>
      ) : (
        <DataTable
          tableId="daemon-groups"
          caption="Integration groups the daemon runs"
          columns={COLUMNS}
          rows={groups}
          getRowId={groupId}
          context={context}
          pagingLabel="Integration group pages"
        />
      )}
    </section>
  );
}
