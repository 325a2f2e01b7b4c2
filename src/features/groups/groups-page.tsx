import { useSuspenseInfiniteQuery } from '@tanstack/react-query';
import { useMemo, type ReactNode } from 'react';
import { Link } from 'react-router';
import { EmptyState } from '../../components/empty-state';
import { ErrorPanel } from '../../components/error-panel';
import { SearchBox } from '../../components/search-box';
import { Loading } from '../../components/spinner';
import {
  SortableHeader,
  Pagination,
  Table,
  cellClass,
  headerCellClass,
} from '../../components/table';
import type { IntegrationGroup } from '../../egeria/model';
import { formatCount, formatMatchCount } from '../../lib/format';
import { definitionPaths, groupPath } from '../../lib/paths';
import {
  formatSortParam,
  matchesText,
  parseSortParam,
  sortRows,
  type SortState,
} from '../../lib/sort';
import { useFetchAllPages } from '../../lib/use-fetch-all-pages';
import { usePagedRows } from '../../lib/use-paged-rows';
import { useSearchParam } from '../../lib/use-search-param';
import { usePlatform } from '../platforms/platform-context';
import { DaemonProblems } from './daemon-problems';
import { indexGroupRuns, useDaemonStates } from './daemon-states';
import { GroupDaemonCell } from './group-daemon-cell';
import { allGroupsQueryOptions } from './group-queries';
import { RoleNotice } from '../platforms/role-notice';
import { useRole } from '../platforms/use-role';

const SORT_KEYS = ['qualifiedName', 'displayName'] as const;
type GroupSortKey = (typeof SORT_KEYS)[number];
const DEFAULT_SORT: SortState<GroupSortKey> = { key: 'qualifiedName', direction: 'asc' };
const ROWS_PER_PAGE = 100;

/** The list of integration groups on the platform: search, sort, and each group's daemon status. */
export function GroupsPage() {
  const scope = usePlatform();
  const { platform } = scope;
  const groupsQuery = useSuspenseInfiniteQuery(allGroupsQueryOptions(scope));
  useFetchAllPages(groupsQuery);
  const daemonStates = useDaemonStates(scope);

  const [query, setQuery] = useSearchParam('q');
  const [sortParam, setSortParam] = useSearchParam('sort');
  const sort = parseSortParam(sortParam, SORT_KEYS, DEFAULT_SORT);

  const groups = useMemo(
    () => groupsQuery.data.pages.flatMap((page) => page.items),
    [groupsQuery.data],
  );
  const visible = useMemo(() => {
    const matching = groups.filter((g) =>
      matchesText(query, g.qualifiedName, g.displayName, g.description),
    );
    return sortRows(matching, (g) => g[sort.key], sort.direction);
  }, [groups, query, sort.key, sort.direction]);
  const runsByGroup = useMemo(() => indexGroupRuns(daemonStates), [daemonStates]);

  const canEdit = useRole().allows('editor');
  const paged = usePagedRows(visible, `${query}\u0000${sortParam}`, ROWS_PER_PAGE);

  const loadingMore = groupsQuery.hasNextPage && !groupsQuery.isFetchNextPageError;
  const countText = formatMatchCount(visible.length, groups.length, query !== '', 'group');

  return (
    <div className="space-y-4">
      <title>{`Integration groups · ${platform.label} · Egeria Integration Console`}</title>
      <div className="flex flex-wrap items-end justify-between gap-4">
        <div>
          <h1 className="text-2xl font-semibold">Integration groups</h1>
          <p className="text-sm text-slate-600">
            On metadata server <code>{platform.metadataServer}</code> of {platform.label}
          </p>
          {canEdit ? (
            <Link
              to={definitionPaths.newGroup(platform.id)}
              className="mt-2 inline-block rounded-md bg-sky-700 px-3 py-1.5 text-sm font-medium text-white hover:bg-sky-800"
            >
              New group
            </Link>
          ) : (
            <RoleNotice needs="editor" doing="Creating groups" className="mt-2" />
          )}
        </div>
        <SearchBox
          label="Search groups"
          hint="Filters by qualified name, display name or description"
          placeholder="Name or description"
          value={query}
          onSearch={setQuery}
        />
      </div>

      <p role="status" aria-live="polite" className="text-sm font-medium text-slate-700">
        {countText}
        {loadingMore ? ' so far' : ''}
      </p>
      {loadingMore ? (
        <Loading label={`Loading more groups… ${formatCount(groups.length, 'group')} loaded`} />
      ) : null}
      {groupsQuery.isFetchNextPageError ? (
        <ErrorPanel
          title="Could not load every group; the list is incomplete"
          error={groupsQuery.error}
          onRetry={() => void groupsQuery.fetchNextPage()}
          retrying={groupsQuery.isFetchingNextPage}
        />
      ) : null}
      <DaemonProblems states={daemonStates} />

      {groups.length === 0 && !loadingMore ? (
        <EmptyState title="No integration groups">
          The metadata server <code>{platform.metadataServer}</code> holds no integration groups
          yet.
        </EmptyState>
      ) : visible.length === 0 ? (
        <EmptyState title="No groups match your search">
          Nothing matches “{query}” in a qualified name, display name or description.
        </EmptyState>
      ) : (
        <>
          <Table caption="Integration groups">
            <thead className="bg-slate-50">
              <tr>
                <SortableHeader
                  label="Qualified name"
                  sortKey="qualifiedName"
                  sort={sort}
                  onSort={(s) => setSortParam(formatSortParam(s, DEFAULT_SORT))}
                />
                <SortableHeader
                  label="Display name"
                  sortKey="displayName"
                  sort={sort}
                  onSort={(s) => setSortParam(formatSortParam(s, DEFAULT_SORT))}
                />
                <th scope="col" className={headerCellClass}>
                  Description
                </th>
                {platform.daemons.length > 0 ? (
                  <th scope="col" className={headerCellClass}>
                    Daemon status
                  </th>
                ) : null}
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100">
              {paged.rows.map((group) => (
                <GroupRow
                  key={group.guid}
                  group={group}
                  href={groupPath(platform.id, group.qualifiedName)}
                  daemonCell={
                    platform.daemons.length > 0 ? (
                      <GroupDaemonCell
                        runs={runsByGroup.get(group.qualifiedName) ?? []}
                        states={daemonStates}
                      />
                    ) : null
                  }
                />
              ))}
            </tbody>
          </Table>
          <Pagination
            label="Group list pages"
            page={paged.page}
            pageSize={ROWS_PER_PAGE}
            total={visible.length}
            onPageChange={paged.setPage}
          />
        </>
      )}
    </div>
  );
}

function GroupRow({
  group,
  href,
  daemonCell,
}: {
  group: IntegrationGroup;
  href: string;
  daemonCell: ReactNode;
}) {
  return (
    <tr className="hover:bg-slate-50">
      <td className={cellClass}>
        <Link
          to={href}
          className="font-medium [overflow-wrap:anywhere] text-sky-800 underline-offset-2 hover:underline"
        >
          {group.qualifiedName}
        </Link>
      </td>
      <td className={cellClass}>
        {group.displayName ?? <span className="text-slate-400">—</span>}
      </td>
      <td className={`${cellClass} max-w-md text-slate-700`}>{group.description}</td>
      {daemonCell ? <td className={cellClass}>{daemonCell}</td> : null}
    </tr>
  );
}
