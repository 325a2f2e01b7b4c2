import { useInfiniteQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useId, useMemo, useState } from 'react';
import { EmptyState } from '../../components/empty-state';
import { loadingMore, PagedListStatus } from '../../components/paged-list-status';
import { QueryErrorPanel } from '../../components/query-error-panel';
import { FilterSelect } from '../../components/filter-select';
import { SearchBox } from '../../components/search-box';
import { Loading } from '../../components/spinner';
import { DataTable } from '../../components/data-table';
import type { IntegrationGroup } from '../../egeria/model';
import { formatMatchCount, shortClassName } from '../../lib/format';
import { matchesText, sortRows, type SortState } from '../../lib/sort';
import { useFetchAllPages } from '../../lib/use-fetch-all-pages';
import { useSearchParam, useSortParam } from '../../lib/use-search-param';
import { usePlatform } from '../platforms/platform-context';
import { DaemonFreshnessLine } from '../monitor/feed-freshness';
import { ConfirmRestart } from '../monitor/confirm-dialog';
import { useRole } from '../platforms/use-role';
import {
  CONNECTOR_COLUMNS,
  isSameConnectorRow,
  type ConnectorRowExtra,
  type ConnectorTableContext,
} from './connector-columns';
import { ALL_STATUSES, STATUS_FILTERS, toConnectorRows, type ConnectorRow } from './connector-rows';
import { anyPending, indexConnectorRuns, type DaemonState, type GroupRun } from './daemon-states';
import { registrationsQueryOptions } from './group-queries';
import { TargetCountBatch } from './target-count-batch';
import { useConnectorActions } from './use-connector-actions';

const SORT_KEYS = ['connectorName', 'qualifiedName', 'type', 'refresh', 'status'] as const;
type ConnectorSortKey = (typeof SORT_KEYS)[number];
const DEFAULT_SORT: SortState<ConnectorSortKey> = { key: 'connectorName', direction: 'asc' };

const SORT_VALUE: Record<ConnectorSortKey, (row: ConnectorRow) => string | number | undefined> = {
  connectorName: (row) => row.connectorName,
  qualifiedName: (row) => row.qualifiedName,
  type: (row) => shortClassName(row.providerClassName),
  refresh: (row) => row.registration.refreshTimeInterval,
  status: (row) => row.status,
};

export interface RegisteredConnectorsProps {
  group: IntegrationGroup;
  groupRuns: GroupRun[];
  daemonStates: DaemonState[];
}

/** The connectors registered in the group, with their live status from the daemons that run it. */
export function RegisteredConnectors({
  group,
  groupRuns,
  daemonStates,
}: RegisteredConnectorsProps) {
  const scope = usePlatform();
  const titleId = useId();
  const registrations = useInfiniteQuery(registrationsQueryOptions(scope, group.guid));
  useFetchAllPages(registrations);

  const [query, setQuery] = useSearchParam('q');
  const [statusParam, setStatusParam] = useSearchParam('status');
  const { sort, onSort, sortParam } = useSortParam(SORT_KEYS, DEFAULT_SORT);
  const statusFilter = STATUS_FILTERS.find((f) => f.value === statusParam) ?? ALL_STATUSES;

  const daemonsPending = anyPending(daemonStates);
  const allRows = useMemo(() => {
    const items = registrations.data?.pages.flatMap((page) => page.items) ?? [];
    return toConnectorRows(items, indexConnectorRuns(groupRuns), groupRuns, daemonsPending);
  }, [registrations.data, groupRuns, daemonsPending]);
  // How current the status is, said for each daemon that runs this group (not every daemon).
  const runningDaemons = useMemo(
    () => [...new Set(groupRuns.map((run) => run.daemon))],
    [groupRuns],
  );
  const visible = useMemo(() => {
    const matching = allRows.filter(
      (row) =>
        statusFilter.matches(row.status) &&
        matchesText(query, row.connectorName, row.qualifiedName),
    );
    return sortRows(matching, SORT_VALUE[sort.key], sort.direction);
  }, [allRows, statusFilter, query, sort.key, sort.direction]);

  const viewKey = `${query}\u0000${statusParam}\u0000${sortParam}`;
  const role = useRole();
  const canOperate = role.allows('operator');
  const canEdit = role.allows('editor');
  const { actions, run } = useConnectorActions(scope);
  const [confirming, setConfirming] = useState<ConnectorRow | undefined>();
  const onRefresh = useCallback((row: ConnectorRow) => void run('refresh', row), [run]);
  const showDaemon = groupRuns.length > 1;
  // The rows' catalog-target counts are read together (one bulk read fills every row's).
  const queryClient = useQueryClient();
  const targetCounts = useMemo(
    () => new TargetCountBatch(scope, queryClient),
    [scope, queryClient],
  );
  useEffect(() => {
    targetCounts.setTableGuids(allRows.map((row) => row.connectorGuid));
  }, [targetCounts, allRows]);
  const context = useMemo<ConnectorTableContext>(
    () => ({
      scope,
      targetCounts,
      groupQualifiedName: group.qualifiedName,
      showDaemon,
      canEdit,
      onRestart: canOperate ? setConfirming : undefined,
      onRefresh: canOperate ? onRefresh : undefined,
    }),
    [scope, targetCounts, group.qualifiedName, showDaemon, canEdit, canOperate, onRefresh],
  );
  const rowExtra = useCallback(
    (row: ConnectorRow): ConnectorRowExtra => ({ action: actions.get(row.connectorName) }),
    [actions],
  );

  const filtered = query !== '' || statusFilter.value !== '';

  let body;
  if (registrations.isPending) {
    body = <Loading label="Loading registered connectors…" />;
  } else if (registrations.isError && !registrations.data) {
    body = (
      <QueryErrorPanel title="Could not load the registered connectors" read={registrations} />
    );
  } else if (allRows.length === 0 && !loadingMore(registrations)) {
    body = (
      <EmptyState title="No registered connectors">
        This group has no integration connectors registered, so a daemon running it has nothing to
        run.
      </EmptyState>
    );
  } else {
    body = (
      <>
        <PagedListStatus
          read={registrations}
          count={formatMatchCount(visible.length, allRows.length, filtered, 'connector')}
          loaded={allRows.length}
          noun="connector"
        />
        {visible.length === 0 ? (
          <EmptyState title="No connectors match the filters" />
        ) : (
          <DataTable
            tableId="group-connectors"
            caption={`Connectors registered in ${group.displayName ?? group.qualifiedName}`}
            columns={CONNECTOR_COLUMNS}
            rows={visible}
            getRowId={rowId}
            context={context}
            rowExtra={rowExtra}
            isSameItem={isSameConnectorRow}
            sort={sort}
            onSort={onSort as (next: SortState<string>) => void}
            viewKey={viewKey}
            pagingLabel="Connector list pages"
          />
        )}
      </>
    );
  }

  return (
    <section aria-labelledby={titleId} className="space-y-3">
      <div className="flex flex-wrap items-end justify-between gap-4">
        <div>
          <h2 id={titleId} className="text-lg font-semibold">
            Registered connectors
          </h2>
          {runningDaemons.map((daemon) => (
            <DaemonFreshnessLine key={daemon} daemon={daemon} named={runningDaemons.length > 1} />
          ))}
        </div>
        <div className="flex flex-wrap items-end gap-3">
          <SearchBox
            label="Filter connectors"
            hint="Filters by connector name or qualified name"
            placeholder="Connector name"
            value={query}
            onSearch={setQuery}
          />
          <FilterSelect
            label="Status"
            value={statusFilter.value}
            onChange={setStatusParam}
            options={STATUS_FILTERS}
            className=""
          />
        </div>
      </div>
      {body}
      {confirming ? (
        <ConfirmRestart
          connectorName={confirming.connectorName}
          where={confirming.runs.map((r) => r.daemon).join(', ')}
          onClose={() => setConfirming(undefined)}
          onRestart={() => void run('restart', confirming)}
        />
      ) : null}
    </section>
  );
}

const rowId = (row: ConnectorRow) => row.connectorGuid;
