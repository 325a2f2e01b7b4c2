import { useSuspenseInfiniteQuery } from '@tanstack/react-query';
import { Suspense, useMemo, type ComponentType } from 'react';
import { Link } from 'react-router';
import { EmptyState } from '../../components/empty-state';
import { ErrorPanel } from '../../components/error-panel';
import { SearchBox } from '../../components/search-box';
import { Loading } from '../../components/spinner';
import type { DataColumn, DataTableProps } from '../../components/data-table';
import { Identifier } from '../../components/identifier';
import type { IntegrationGroup } from '../../egeria/model';
import { formatCount, formatMatchCount } from '../../lib/format';
import { lazyNow } from '../../lib/lazy-now';
import { definitionPaths, groupPath } from '../../lib/paths';
import { matchesText, sortRows, type SortState } from '../../lib/sort';
import { useFetchAllPages } from '../../lib/use-fetch-all-pages';
import { useSearchParam, useSortParam } from '../../lib/use-search-param';
import { usePlatform } from '../platforms/platform-context';
import { DaemonProblems } from './daemon-problems';
import { indexGroupRuns, useDaemonStates, type DaemonState } from './daemon-states';
import { GroupDaemonCell } from './group-daemon-cell';
import { dataTableModule } from './group-loaders';
import { allGroupsQueryOptions } from './group-queries';
import { RoleNotice } from '../platforms/role-notice';
import { useRole } from '../platforms/use-role';

// The table's code (TanStack Table) stays off the first visit's bundle: the route's loader starts
// fetching it beside the groups (`dataTableModule`), and the list shows as soon as both are in.
type GroupTable = ComponentType<DataTableProps<IntegrationGroup, GroupTableContext, undefined>>;
const DataTable = lazyNow(
  () => dataTableModule.loaded()?.DataTable as GroupTable | undefined,
  () => dataTableModule.load().then((m) => m.DataTable as GroupTable),
);

const SORT_KEYS = ['qualifiedName', 'displayName'] as const;
type GroupSortKey = (typeof SORT_KEYS)[number];
const DEFAULT_SORT: SortState<GroupSortKey> = { key: 'qualifiedName', direction: 'asc' };

/** The list of integration groups on the platform: search, sort, and each group's daemon status. */
export function GroupsPage() {
  const scope = usePlatform();
  const { platform } = scope;
  const groupsQuery = useSuspenseInfiniteQuery(allGroupsQueryOptions(scope));
  useFetchAllPages(groupsQuery);
  const daemonStates = useDaemonStates(scope);

  const [query, setQuery] = useSearchParam('q');
  const { sort, onSort, sortParam } = useSortParam(SORT_KEYS, DEFAULT_SORT);

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
  const context = useMemo<GroupTableContext>(
    () => ({ platformId: platform.id, runsByGroup, daemonStates }),
    [platform.id, runsByGroup, daemonStates],
  );

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
        <Suspense fallback={<Loading label="Loading the table…" />}>
          <DataTable
            tableId="groups"
            caption="Integration groups"
            columns={platform.daemons.length > 0 ? GROUP_COLUMNS : GROUP_COLUMNS_NO_DAEMONS}
            rows={visible}
            getRowId={groupId}
            context={context}
            sort={sort}
            onSort={onSort as (next: SortState<string>) => void}
            viewKey={`${query}\u0000${sortParam}`}
            pagingLabel="Group list pages"
          />
        </Suspense>
      )}
    </div>
  );
}

interface GroupTableContext {
  platformId: string;
  runsByGroup: ReturnType<typeof indexGroupRuns>;
  daemonStates: DaemonState[];
}

const groupId = (group: IntegrationGroup) => group.guid;
const muted = <span className="text-slate-400">—</span>;

const GROUP_COLUMNS_NO_DAEMONS: readonly DataColumn<IntegrationGroup, GroupTableContext>[] = [
  {
    id: 'qualifiedName',
    header: 'Qualified name',
    sortKey: 'qualifiedName',
    fixed: true,
    className: 'max-w-md',
    cell: (group, { platformId }) => (
      <Identifier
        value={group.qualifiedName}
        kind="qualified name"
        max={56}
        render={(shown) => (
          <Link
            to={groupPath(platformId, group.qualifiedName)}
            className="font-medium text-sky-800 underline-offset-2 hover:underline"
          >
            {shown}
          </Link>
        )}
      />
    ),
  },
  {
    id: 'displayName',
    header: 'Display name',
    sortKey: 'displayName',
    className: 'max-w-64 [overflow-wrap:anywhere]',
    cell: (group) => group.displayName ?? muted,
  },
  {
    id: 'description',
    header: 'Description',
    className: 'max-w-md text-slate-700',
    cell: (group) => group.description,
  },
];

const GROUP_COLUMNS: readonly DataColumn<IntegrationGroup, GroupTableContext>[] = [
  ...GROUP_COLUMNS_NO_DAEMONS,
  {
    id: 'daemonStatus',
    header: 'Daemon status',
    cell: (group, { runsByGroup, daemonStates }) => (
      <GroupDaemonCell runs={runsByGroup.get(group.qualifiedName) ?? []} states={daemonStates} />
    ),
  },
];
