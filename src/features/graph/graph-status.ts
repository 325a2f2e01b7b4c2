/**
 * Live status on the graph: which daemon reports what for each connector of the graph, from the
 * daemon-status queries the rest of the console shares (never a request of its own).
 */
import {
  FAILED_STATUSES,
  type ConnectorReport,
  type DaemonStatus,
  type GroupSummary,
} from '../../egeria/model';
import type { GraphModel } from './graph-model';

/** No daemon runs any group that registers the connector. */
export const NOT_RUNNING = 'NOT_RUNNING';
/** A daemon runs the group but says nothing about this connector. */
export const NOT_REPORTED = 'NOT_REPORTED';

export interface DaemonReading {
  daemon: string;
  status: DaemonStatus | undefined;
  pending: boolean;
}

export interface ConnectorRun {
  daemon: string;
  groupName: string;
  report: ConnectorReport;
}

export interface LiveStatus {
  /** The worst reported status, a pseudo-status above, or undefined while the daemons answer. */
  status: string | undefined;
  /** Connector reports, or for a group its summary per daemon. */
  runs: ConnectorRun[];
  groupRuns: { daemon: string; summary: GroupSummary }[];
}

const EMPTY: LiveStatus = { status: undefined, runs: [], groupRuns: [] };

/** Status of every connector and group node, keyed by node id. */
export function liveStatuses(model: GraphModel, daemons: DaemonReading[]): Map<string, LiveStatus> {
  const pending = daemons.some((d) => d.pending);
  const summaries = new Map<string, { daemon: string; summary: GroupSummary }[]>();
  for (const { daemon, status } of daemons) {
    for (const summary of status?.groups ?? []) {
      for (const key of [summary.name, summary.guid]) {
        if (!key) continue;
        const list = summaries.get(key) ?? [];
        if (!list.some((run) => run.summary === summary)) list.push({ daemon, summary });
        summaries.set(key, list);
      }
    }
  }
  // Reports by connectorName and connectorGuid, per summary: 2,000 connectors must not mean
  // 2,000 scans of 2,000 reports on every poll.
  const reportIndex = new Map<GroupSummary, Map<string, ConnectorReport>>();
  const reportOf = (summary: GroupSummary, name: string, guid: string) => {
    let index = reportIndex.get(summary);
    if (!index) {
      index = new Map();
      for (const report of summary.connectors) {
        if (report.connectorGuid && !index.has(`#${report.connectorGuid}`))
          index.set(`#${report.connectorGuid}`, report);
        if (!index.has(report.connectorName)) index.set(report.connectorName, report);
      }
      reportIndex.set(summary, index);
    }
    return index.get(name) ?? index.get(`#${guid}`);
  };
  const out = new Map<string, LiveStatus>();
  const groupRunsOf = new Map<string, { daemon: string; summary: GroupSummary }[]>();
  for (const node of model.nodes.values()) {
    if (node.kind !== 'group') continue;
    const runs = [
      ...(summaries.get(node.qualifiedName) ?? []),
      ...(node.group ? (summaries.get(node.group.guid) ?? []) : []),
    ].filter((run, i, all) => all.findIndex((r) => r.summary === run.summary) === i);
    groupRunsOf.set(node.id, runs);
    const failed = runs.find((r) => r.summary.status === 'FAILED');
    out.set(node.id, {
      status: (failed ?? runs[0])?.summary.status ?? (pending ? undefined : NOT_RUNNING),
      runs: [],
      groupRuns: runs,
    });
  }
  for (const node of model.nodes.values()) {
    if (node.kind !== 'connector') continue;
    const runs: ConnectorRun[] = [];
    let groupRunning = false;
    for (const { groupId, registration } of node.registrations) {
      for (const { daemon, summary } of groupRunsOf.get(groupId) ?? []) {
        groupRunning = true;
        const report = reportOf(summary, registration.connectorName, node.connector.guid);
        if (report) runs.push({ daemon, groupName: summary.name, report });
      }
    }
    let status: string | undefined;
    if (runs.length > 0) {
      const failed = runs.find(
        (run) => run.report.status && FAILED_STATUSES.has(run.report.status),
      );
      status = (failed ?? runs[0])?.report.status;
    } else if (groupRunning) status = NOT_REPORTED;
    else status = pending ? undefined : NOT_RUNNING;
    out.set(node.id, { status, runs, groupRuns: [] });
  }
  return out;
}

export { EMPTY as NO_STATUS };

export interface StatusFilterOption {
  value: string;
  label: string;
  matches: (status: string | undefined) => boolean;
}

const exactly = (wanted: string) => (status: string | undefined) => status === wanted;

/** The choices of the status filter; "Failed (any)" covers every failed state. */
export const STATUS_FILTERS: StatusFilterOption[] = [
  { value: '', label: 'All statuses', matches: () => true },
  { value: 'failed', label: 'Failed (any)', matches: (s) => !!s && FAILED_STATUSES.has(s) },
  { value: 'RUNNING', label: 'Running', matches: exactly('RUNNING') },
  { value: 'REFRESHING', label: 'Refreshing', matches: exactly('REFRESHING') },
  { value: 'WAITING', label: 'Waiting', matches: exactly('WAITING') },
  { value: 'INITIALIZED', label: 'Initialized', matches: exactly('INITIALIZED') },
  { value: 'STOPPED', label: 'Stopped', matches: exactly('STOPPED') },
  { value: NOT_REPORTED, label: 'Not reported', matches: exactly(NOT_REPORTED) },
  { value: NOT_RUNNING, label: 'Not running', matches: exactly(NOT_RUNNING) },
];
