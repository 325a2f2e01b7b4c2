import { memo, useId } from 'react';
import { Link } from 'react-router';
import { Button } from '../../components/button';
import { StatusBadge } from '../../components/status-badge';
import { Table, cellClass, headerCellClass } from '../../components/table';
import { FAILED_STATUSES, type GroupSummary } from '../../egeria/model';
import { groupPath } from '../../lib/paths';

export interface DaemonGroupsProps {
  groups: GroupSummary[];
  platformId: string;
  /** Absent when the user's role may not refresh configurations. */
  onRefreshConfig?: (groupName: string) => void;
  onShowGroup: (groupName: string) => void;
}

/** The groups the daemon runs: status, how many connectors run or fail, and a config refresh. */
export function DaemonGroups({
  groups,
  platformId,
  onRefreshConfig,
  onShowGroup,
}: DaemonGroupsProps) {
  const titleId = useId();
  return (
    <section aria-labelledby={titleId} className="space-y-2">
      <h2 id={titleId} className="text-lg font-semibold">
        Integration groups
      </h2>
      {groups.length === 0 ? (
        <p className="text-sm text-slate-600">The daemon reports no integration groups.</p>
      ) : (
        <Table caption="Integration groups the daemon runs">
          <thead className="bg-slate-50">
            <tr>
              <th scope="col" className={headerCellClass}>
                Group
              </th>
              <th scope="col" className={headerCellClass}>
                Status
              </th>
              <th scope="col" className={`${headerCellClass} text-right`}>
                Connectors
              </th>
              <th scope="col" className={`${headerCellClass} text-right`}>
                Failed
              </th>
              <th scope="col" className={headerCellClass}>
                Actions
              </th>
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100">
            {groups.map((group) => (
              <GroupRow
                key={group.name}
                group={group}
                platformId={platformId}
                onRefreshConfig={onRefreshConfig}
                onShowGroup={onShowGroup}
              />
            ))}
          </tbody>
        </Table>
      )}
    </section>
  );
}

interface GroupRowProps {
  group: GroupSummary;
  platformId: string;
  onRefreshConfig?: (groupName: string) => void;
  onShowGroup: (groupName: string) => void;
}

/** A group the daemon runs; memoised, as a poll changes the summaries of few groups. */
const GroupRow = memo(function GroupRow({
  group,
  platformId,
  onRefreshConfig,
  onShowGroup,
}: GroupRowProps) {
  const failed = group.connectors.filter((c) => c.status && FAILED_STATUSES.has(c.status)).length;
  return (
    <tr>
      <th scope="row" className={`${cellClass} font-medium [overflow-wrap:anywhere]`}>
        <Link to={groupPath(platformId, group.name)} className="text-sky-800 underline">
          {group.name}
        </Link>
      </th>
      <td className={cellClass}>
        <StatusBadge status={group.status} />
      </td>
      <td className={`${cellClass} text-right tabular-nums`}>
        <button
          type="button"
          className="text-sky-800 underline"
          onClick={() => onShowGroup(group.name)}
          aria-label={`Show the ${group.connectors.length} connectors of ${group.name}`}
        >
          {group.connectors.length.toLocaleString()}
        </button>
      </td>
      <td
        className={`${cellClass} text-right tabular-nums ${failed ? 'font-semibold text-red-800' : ''}`}
      >
        {failed.toLocaleString()}
      </td>
      <td className={cellClass}>
        {onRefreshConfig ? (
          <Button
            size="sm"
            onClick={() => onRefreshConfig(group.name)}
            aria-label={`Refresh the configuration of ${group.name}`}
          >
            Refresh configuration
          </Button>
        ) : null}
      </td>
    </tr>
  );
});
