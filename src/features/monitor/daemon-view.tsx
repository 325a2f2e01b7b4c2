import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback, useId, useMemo, useState, type ReactNode } from 'react';
import { Button } from '../../components/button';
import { EmptyState } from '../../components/empty-state';
import { FilterSelect } from '../../components/filter-select';
import { SearchBox } from '../../components/search-box';
import type { DaemonStatus } from '../../egeria/model';
import { formatCount, formatMatchCount } from '../../lib/format';
import { daemonKeys } from '../../lib/query-keys';
import { useSearchParam, useSortParam } from '../../lib/use-search-param';
import { usePlatform } from '../platforms/platform-context';
import { daemonStatusQueryOptions } from '../platforms/platform-queries';
import { useDaemonFeedState } from '../platforms/use-daemon-feed';
import { ActionResults } from './action-results';
import { statusNotRead } from './daemon-status-read';
import { ConfirmDialog } from './confirm-dialog';
import { DaemonGroups } from './daemon-groups';
import { FailureGroups } from './failure-groups';
import { DaemonFreshness, isStale } from './feed-freshness';
import {
  ANY_FAILED,
  countByStatus,
  DEFAULT_REPORT_SORT,
  failedConnectorNames,
  REPORT_SORT_KEYS,
  visibleReports,
} from './report-rows';
import { ReportsTable } from './reports-table';
import { StatusCounters } from './status-counters';
import { connectorAction, useActionTracker } from './use-action-tracker';
import { RoleNotice } from '../platforms/role-notice';
import { useRole } from '../platforms/use-role';

const EMPTY: DaemonStatus = { groups: [], connectors: [] };
export const ROWS_PER_PAGE = 100;
/** Names listed in a confirmation before "and N more". */
const CONFIRM_LIST = 10;

interface Confirmation {
  title: string;
  body: ReactNode;
  confirmLabel: string;
  onConfirm: () => void;
}

function NameList({ names }: { names: string[] }) {
  return (
    <ul className="list-disc pl-5">
      {names.slice(0, CONFIRM_LIST).map((name) => (
        <li key={name} className="[overflow-wrap:anywhere]">
          {name}
        </li>
      ))}
      {names.length > CONFIRM_LIST ? (
        <li>and {(names.length - CONFIRM_LIST).toLocaleString()} more</li>
      ) : null}
    </ul>
  );
}

export interface DaemonViewProps {
  daemon: string;
  rowsPerPage?: number;
}

/**
 * One integration daemon: its groups, every connector report with filters, sorting and counters,
 * the failures grouped and explained, actions with their outcomes, and how old the data is.
 */
export function DaemonView({ daemon, rowsPerPage = ROWS_PER_PAGE }: DaemonViewProps) {
  const scope = usePlatform();
  const canOperate = useRole().allows('operator');
  const { platform, backend } = scope;
  const queryClient = useQueryClient();
  const status = useQuery(daemonStatusQueryOptions(scope, daemon));
  const feedState = useDaemonFeedState(platform.id, daemon);
  const data = status.data ?? EMPTY;
  const tracker = useActionTracker(platform.id, daemon, status.data);
  const filtersId = useId();

  const [query, setQuery] = useSearchParam('q');
  const [statusFilter, setStatusFilter] = useSearchParam('status');
  const [groupFilter, setGroupFilter] = useSearchParam('group');
  const { sort, onSort, sortParam } = useSortParam(REPORT_SORT_KEYS, DEFAULT_REPORT_SORT);

  const counts = useMemo(() => countByStatus(data.connectors), [data.connectors]);
  const failedNames = useMemo(() => failedConnectorNames(data.connectors), [data.connectors]);
  const visible = useMemo(
    () =>
      visibleReports(data.connectors, { query, status: statusFilter, group: groupFilter }, sort),
    [data.connectors, query, statusFilter, groupFilter, sort],
  );
  const viewKey = `${query}\u0000${statusFilter}\u0000${groupFilter}\u0000${sortParam}`;

  const [selected, setSelected] = useState<ReadonlySet<string>>(() => new Set());
  const onToggle = useCallback((name: string, on: boolean) => {
    setSelected((previous) => {
      const next = new Set(previous);
      if (on) next.add(name);
      else next.delete(name);
      return next;
    });
  }, []);
  const visibleNames = useMemo(() => [...new Set(visible.map((r) => r.connectorName))], [visible]);
  const selectedVisible =
    selected.size === 0 ? 0 : visibleNames.filter((name) => selected.has(name)).length;
  const onToggleAll = useCallback(
    (on: boolean) => {
      setSelected((previous) => {
        const next = new Set(previous);
        for (const name of visibleNames) {
          if (on) next.add(name);
          else next.delete(name);
        }
        return next;
      });
    },
    [visibleNames],
  );
  // Connectors that vanished from the daemon cannot stay selected.
  const selectedNames = useMemo(() => {
    if (selected.size === 0) return [];
    const known = new Set(data.connectors.map((r) => r.connectorName));
    return [...selected].filter((name) => known.has(name));
  }, [selected, data.connectors]);

  const [confirmation, setConfirmation] = useState<Confirmation | undefined>();
  const { run } = tracker;

  const restart = useCallback(
    (names: string[], label: string) => {
      setConfirmation({
        title:
          names.length === 1
            ? `Restart ${names[0]}?`
            : `Restart ${formatCount(names.length, 'connector')}?`,
        body: (
          <>
            <p>
              Restarting stops {names.length === 1 ? 'the connector' : 'each connector'} and starts
              a new instance with its current configuration. Work in progress is interrupted.
            </p>
            {names.length > 1 ? <NameList names={names} /> : null}
          </>
        ),
        confirmLabel: names.length === 1 ? 'Restart' : `Restart ${names.length.toLocaleString()}`,
        onConfirm: () => void run(connectorAction(backend, daemon, 'restart', label, names)),
      });
    },
    [backend, daemon, run],
  );
  const onRestartOne = useCallback((name: string) => restart([name], `Restart ${name}`), [restart]);
  const onRefreshOne = useCallback(
    (name: string) =>
      void run(connectorAction(backend, daemon, 'refresh', `Refresh ${name}`, [name])),
    [backend, daemon, run],
  );
  const refreshAll = () => {
    const names = [...new Set(data.connectors.map((r) => r.connectorName))];
    setConfirmation({
      title: `Refresh every connector of ${daemon}?`,
      body: (
        <p>
          All {formatCount(names.length, 'connector')} refresh at once, which puts load on the
          daemon, on the metadata server and on the systems the connectors catalog.
        </p>
      ),
      confirmLabel: 'Refresh all',
      onConfirm: () =>
        void run({
          kind: 'refresh-all',
          label: `Refresh all connectors of ${daemon}`,
          connectorNames: names,
          run: { once: () => backend.refreshConnectors(daemon) },
        }),
    });
  };
  const refreshGroupConfig = useCallback(
    (groupName: string) => {
      // Read when clicked, so the callback (and every memoised group row) survives each poll.
      const current = queryClient.getQueryData<DaemonStatus>(
        daemonKeys.status(platform.id, daemon),
      );
      const names = (current?.groups.find((g) => g.name === groupName)?.connectors ?? []).map(
        (c) => c.connectorName,
      );
      setConfirmation({
        title: `Refresh the configuration of ${groupName}?`,
        body: (
          <p>
            The daemon reads the group’s definition again: connectors added to the group start,
            removed ones stop, and changed ones restart.
          </p>
        ),
        confirmLabel: 'Refresh configuration',
        onConfirm: () =>
          void run({
            kind: 'refresh-group',
            label: `Refresh the configuration of ${groupName}`,
            connectorNames: names,
            run: { once: () => backend.refreshGroupConfig(daemon, groupName) },
          }),
      });
    },
    [backend, daemon, run, queryClient, platform.id],
  );
  const showGroup = useCallback((groupName: string) => setGroupFilter(groupName), [setGroupFilter]);

  const stale = isStale(feedState, status.isError);
  const filtered = query !== '' || statusFilter !== '' || groupFilter !== '';

  let body = statusNotRead(status, daemon);
  if (!body) {
    body = (
      <>
        <RoleNotice needs="operator" doing="Restarting, refreshing and refreshing configurations" />
        <DaemonGroups
          groups={data.groups}
          platformId={platform.id}
          onRefreshConfig={canOperate ? refreshGroupConfig : undefined}
          onShowGroup={showGroup}
        />
        <FailureGroups
          reports={data.connectors}
          platformId={platform.id}
          daemon={daemon}
          onRestart={canOperate ? restart : undefined}
        />
        <section aria-labelledby={filtersId} className="space-y-3">
          <div className="flex flex-wrap items-end justify-between gap-3">
            <h2 id={filtersId} className="text-lg font-semibold">
              {stale ? 'Connectors (last known status)' : 'Connectors'}
            </h2>
            <div className="flex flex-wrap items-end gap-3">
              <SearchBox
                label="Filter by name"
                hint="Filters the connectors by connector name"
                placeholder="Connector name"
                value={query}
                onSearch={setQuery}
              />
              <FilterSelect
                label="Status"
                value={statusFilter}
                onChange={setStatusFilter}
                options={[
                  { value: '', label: 'All statuses' },
                  { value: ANY_FAILED, label: 'Failed (any)' },
                  ...counts.map((c) => ({ value: c.status, label: c.label })),
                ]}
              />
              <FilterSelect
                label="Group"
                value={groupFilter}
                onChange={setGroupFilter}
                options={[
                  { value: '', label: 'All groups' },
                  ...data.groups.map((g) => ({ value: g.name, label: g.name })),
                ]}
              />
            </div>
          </div>
          <StatusCounters
            counts={counts}
            total={data.connectors.length}
            active={statusFilter}
            onSelect={setStatusFilter}
          />
          <div className="flex flex-wrap items-center gap-3">
            <p role="status" aria-live="polite" className="text-sm font-medium text-slate-700">
              {formatMatchCount(
                visible.length,
                data.connectors.length,
                filtered,
                'connector report',
              )}
            </p>
            <Button
              size="sm"
              variant="danger"
              hidden={!canOperate}
              disabled={failedNames.length === 0}
              onClick={() =>
                restart(
                  failedNames,
                  `Restart all ${formatCount(failedNames.length, 'failed connector')}`,
                )
              }
            >
              Restart all failed ({failedNames.length.toLocaleString()})
            </Button>
            <Button
              size="sm"
              hidden={!canOperate}
              disabled={selectedNames.length === 0}
              onClick={() =>
                restart(
                  selectedNames,
                  `Restart ${formatCount(selectedNames.length, 'selected connector')}`,
                )
              }
            >
              Restart selected ({selectedNames.length.toLocaleString()})
            </Button>
            <Button
              size="sm"
              hidden={!canOperate}
              onClick={refreshAll}
              disabled={data.connectors.length === 0}
            >
              Refresh all
            </Button>
            {selectedNames.length > 0 ? (
              <Button size="sm" variant="ghost" onClick={() => setSelected(new Set())}>
                Clear selection
              </Button>
            ) : null}
          </div>
          {visible.length === 0 ? (
            <EmptyState
              title={
                data.connectors.length === 0
                  ? 'The daemon reports no connectors'
                  : 'No connectors match the filters'
              }
            />
          ) : (
            <ReportsTable
              caption={`Connector reports of ${daemon}${stale ? ' (stale)' : ''}`}
              rows={visible}
              viewKey={viewKey}
              defaultPageSize={rowsPerPage}
              sort={sort}
              onSort={onSort}
              selected={selected}
              selectedVisible={selectedVisible}
              onToggle={onToggle}
              onToggleAll={onToggleAll}
              onRestart={canOperate ? onRestartOne : undefined}
              onRefresh={canOperate ? onRefreshOne : undefined}
              platformId={platform.id}
              daemon={daemon}
              stale={stale}
            />
          )}
        </section>
      </>
    );
  }

  return (
    <div className="space-y-6">
      <DaemonFreshness daemon={daemon} />
      <ActionResults tracker={tracker} />
      {body}
      {confirmation ? (
        <ConfirmDialog
          title={confirmation.title}
          confirmLabel={confirmation.confirmLabel}
          onCancel={() => setConfirmation(undefined)}
          onConfirm={() => {
            setConfirmation(undefined);
            confirmation.onConfirm();
          }}
        >
          {confirmation.body}
        </ConfirmDialog>
      ) : null}
    </div>
  );
}
