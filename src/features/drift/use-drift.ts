/**
 * The reads behind the drift view, through the queries other screens share: the daemon's status
 * (kept current by the status feed), each group by qualifiedName, its registrations, each
 * registered connector's catalog targets, and the console's status history of the connectors a
 * difference concerns (for "since when"). The comparison itself is drift.ts.
 */
import { useQueries, useQuery, type UseQueryResult } from '@tanstack/react-query';
import { useMemo } from 'react';
import type {
  CatalogTarget,
  GroupSummary,
  IntegrationGroup,
  Registration,
} from '../../egeria/model';
import type { HistoryEntry, HistoryResponse } from '../../egeria/status-feed-protocol';
import { groupRegistrationsQueryOptions } from '../definitions/definition-queries';
import { catalogTargetsQueryOptions, groupByNameQueryOptions } from '../groups/group-queries';
import { connectorHistoryQueryOptions } from '../monitor/monitor-queries';
import { usePlatform } from '../platforms/platform-context';
import { daemonStatusQueryOptions } from '../platforms/platform-queries';
import { groupDrift, type DriftItem } from './drift';

/**
 * Above this many running connectors in a group, the history of each is not read just to tell a
 * changed connector by time; changes of endpoint and connector type are still found.
 */
export const HISTORY_FOR_TIMES_LIMIT = 200;

export interface GroupDriftState {
  summary: GroupSummary;
  group: IntegrationGroup | null | undefined;
  items: DriftItem[];
  /** Definitions still being read. */
  pending: boolean;
  error: unknown;
}

function firstError(results: readonly UseQueryResult<unknown>[]): unknown {
  return results.find((r) => r.error)?.error ?? null;
}

/** Drift of every group a daemon runs (or only `onlyGroup`), recomputed as status and definitions change. */
export function useDaemonDrift(daemon: string, onlyGroup?: string) {
  const scope = usePlatform();
  const status = useQuery(daemonStatusQueryOptions(scope, daemon));
  const summaries = useMemo(
    () => (status.data?.groups ?? []).filter((g) => !onlyGroup || g.name === onlyGroup),
    [status.data, onlyGroup],
  );
  const groups = useQueries({
    queries: summaries.map((s) => groupByNameQueryOptions(scope, s.name)),
  });
  const registrations = useQueries({
    queries: groups.map((g) => ({
      ...groupRegistrationsQueryOptions(scope, g.data?.guid ?? ''),
      enabled: !!g.data,
    })),
  });
  const connectorGuids = useMemo(
    () => [...new Set(registrations.flatMap((r) => (r.data ?? []).map((x) => x.connector.guid)))],
    [registrations],
  );
  const targets = useQueries({
    queries: connectorGuids.map((guid) => catalogTargetsQueryOptions(scope, guid)),
  });
  const targetsByConnector = useMemo(() => {
    const map = new Map<string, readonly CatalogTarget[]>();
    connectorGuids.forEach((guid, i) => {
      const data = targets[i]?.data;
      if (data) map.set(guid, data);
    });
    return map;
  }, [connectorGuids, targets]);

  // First pass without history: which connectors does a difference concern?
  const now = new Date();
  const firstPass = summaries.flatMap((summary, i) => {
    const group = groups[i]?.data;
    const regs = registrations[i]?.data;
    if (group === undefined || (group && !regs)) return [];
    return groupDrift({
      daemon,
      summary,
      definition: { group, registrations: regs ?? [], catalogTargets: targetsByConnector },
      now,
    });
  });
  const historyNames = new Set(
    firstPass.map((d) => d.connectorName).filter((n): n is string => !!n),
  );
  for (const summary of summaries)
    if (summary.connectors.length <= HISTORY_FOR_TIMES_LIMIT)
      for (const report of summary.connectors) historyNames.add(report.connectorName);
  const historyList = [...historyNames].sort();
  const histories = useQueries({
    queries: historyList.map((name) => ({
      ...connectorHistoryQueryOptions(scope, daemon, name),
      staleTime: 30_000,
    })),
  });
  const history = new Map<string, readonly HistoryEntry[]>();
  historyList.forEach((name, i) => {
    const data = histories[i]?.data as HistoryResponse | undefined;
    if (data) history.set(name, data.entries);
  });

  const states: GroupDriftState[] = summaries.map((summary, i) => {
    const group = groups[i]?.data;
    const regs: readonly Registration[] | undefined = registrations[i]?.data;
    const error = groups[i]?.error ?? registrations[i]?.error ?? null;
    const pending = group === undefined || (group !== null && regs === undefined);
    return {
      summary,
      group,
      pending: pending && !error,
      error,
      items:
        pending || error
          ? []
          : groupDrift({
              daemon,
              summary,
              definition: { group, registrations: regs ?? [], catalogTargets: targetsByConnector },
              history,
              now,
            }),
    };
  });
  return {
    status,
    groups: states,
    items: states.flatMap((s) => s.items),
    targetsPending: targets.some((t) => t.isPending),
    targetsError: firstError(targets),
  };
}
