import { useQueries, type UseQueryResult } from '@tanstack/react-query';
import { useMemo } from 'react';
import type { ConnectorReport, DaemonStatus, GroupSummary } from '../../egeria/model';
import type { PlatformScope } from '../platforms/platform-context';
import { daemonStatusQueryOptions } from '../platforms/platform-queries';

/** What the console currently knows about one daemon of the platform. */
export interface DaemonState {
  daemon: string;
  status: DaemonStatus | undefined;
  error: Error | null;
  isPending: boolean;
  /** When the status was last read (ms since epoch; 0 before the first answer). */
  updatedAt: number;
}

// Module-level so TanStack Query re-runs it only when a result changes, which keeps the array
// (and every index built from it) stable between polls that bring nothing new.
function combine(results: UseQueryResult<DaemonStatus>[]) {
  return results.map((r) => ({
    status: r.data,
    error: r.error,
    isPending: r.isPending,
    updatedAt: r.dataUpdatedAt,
  }));
}

/**
 * The status of every daemon of the platform: ONE query per daemon, shared by every screen (and
 * polled every few seconds), never one call per group or connector.
 */
export function useDaemonStates(scope: PlatformScope): DaemonState[] {
  const daemons = scope.platform.daemons;
  const combined = useQueries({
    queries: daemons.map((daemon) => daemonStatusQueryOptions(scope, daemon)),
    combine,
  });
  return useMemo(
    () => combined.map((state, index) => ({ ...state, daemon: daemons[index] ?? '' })),
    [combined, daemons],
  );
}

/** A daemon running a group, with the group's summary as that daemon reports it. */
export interface GroupRun {
  daemon: string;
  summary: GroupSummary;
}

/** Daemons report groups by qualifiedName (and, when they say it, by GUID). */
function isSameGroup(
  summary: GroupSummary,
  group: { qualifiedName: string; guid?: string },
): boolean {
  return summary.name === group.qualifiedName || (!!summary.guid && summary.guid === group.guid);
}

/** Which daemons run the group. */
export function groupRuns(
  states: DaemonState[],
  group: { qualifiedName: string; guid?: string },
): GroupRun[] {
  const runs: GroupRun[] = [];
  for (const state of states) {
    for (const summary of state.status?.groups ?? []) {
      if (isSameGroup(summary, group)) runs.push({ daemon: state.daemon, summary });
    }
  }
  return runs;
}

/** Index of `groupRuns` for many groups at once: qualifiedName → runs. */
export function indexGroupRuns(states: DaemonState[]): Map<string, GroupRun[]> {
  const index = new Map<string, GroupRun[]>();
  for (const state of states) {
    for (const summary of state.status?.groups ?? []) {
      const runs = index.get(summary.name) ?? [];
      runs.push({ daemon: state.daemon, summary });
      index.set(summary.name, runs);
    }
  }
  return index;
}

/** A connector report with the daemon that sent it. */
export interface ConnectorRun {
  daemon: string;
  report: ConnectorReport;
}

/** connectorName → reports from every daemon running the group, for one group's page. */
export function indexConnectorRuns(runs: GroupRun[]): Map<string, ConnectorRun[]> {
  const index = new Map<string, ConnectorRun[]>();
  for (const { daemon, summary } of runs) {
    for (const report of summary.connectors) {
      const list = index.get(report.connectorName) ?? [];
      list.push({ daemon, report });
      index.set(report.connectorName, list);
    }
  }
  return index;
}

/** True while any daemon's first answer is still on its way. */
export function anyPending(states: DaemonState[]): boolean {
  return states.some((state) => state.isPending);
}
