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
import type { ConnectorNode, GraphModel, GroupNode } from './graph-model';

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

interface GroupRun {
  daemon: string;
  summary: GroupSummary;
}

/** The live nodes of a model, and each group's connectors: found once per model. */
interface LiveNodes {
  groups: GroupNode[];
  connectors: ConnectorNode[];
  connectorsOf: Map<string, ConnectorNode[]>;
}

const liveNodesByModel = new WeakMap<GraphModel, LiveNodes>();

function liveNodesOf(model: GraphModel): LiveNodes {
  let live = liveNodesByModel.get(model);
  if (!live) {
    live = { groups: [], connectors: [], connectorsOf: new Map() };
    for (const node of model.nodes.values()) {
      if (node.kind === 'group') live.groups.push(node);
      else if (node.kind === 'connector') {
        live.connectors.push(node);
        for (const { groupId } of node.registrations) {
          const list = live.connectorsOf.get(groupId);
          if (list) list.push(node);
          else live.connectorsOf.set(groupId, [node]);
        }
      }
    }
    liveNodesByModel.set(model, live);
  }
  return live;
}

/**
 * Reports by connectorName and connectorGuid, per summary: 2,000 connectors must not mean 2,000
 * scans of 2,000 reports on every poll. Kept across polls: the status feed keeps the identity of
 * every group summary that did not change, so a poll rebuilds the index of changed groups only.
 */
const reportIndexes = new WeakMap<GroupSummary, Map<string, ConnectorReport>>();

function reportOf(summary: GroupSummary, name: string, guid: string): ConnectorReport | undefined {
  let index = reportIndexes.get(summary);
  if (!index) {
    index = new Map();
    for (const report of summary.connectors) {
      if (report.connectorGuid && !index.has(`#${report.connectorGuid}`))
        index.set(`#${report.connectorGuid}`, report);
      if (!index.has(report.connectorName)) index.set(report.connectorName, report);
    }
    reportIndexes.set(summary, index);
  }
  return index.get(name) ?? index.get(`#${guid}`);
}

function sameRuns(a: readonly GroupRun[] | undefined, b: readonly GroupRun[]): boolean {
  if (!a || a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++)
    if (a[i]?.summary !== b[i]?.summary || a[i]?.daemon !== b[i]?.daemon) return false;
  return true;
}

function groupStatus(runs: GroupRun[], pending: boolean): LiveStatus {
  const failed = runs.find((r) => r.summary.status === 'FAILED');
  return {
    status: (failed ?? runs[0])?.summary.status ?? (pending ? undefined : NOT_RUNNING),
    runs: [],
    groupRuns: runs,
  };
}

function connectorStatus(
  node: ConnectorNode,
  groupRunsOf: ReadonlyMap<string, GroupRun[]>,
  pending: boolean,
): LiveStatus {
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
    const failed = runs.find((run) => run.report.status && FAILED_STATUSES.has(run.report.status));
    status = (failed ?? runs[0])?.report.status;
  } else if (groupRunning) status = NOT_REPORTED;
  else status = pending ? undefined : NOT_RUNNING;
  return { status, runs, groupRuns: [] };
}

/** What the last call worked out for a model, for the next call to start from. */
interface Previous {
  pending: boolean;
  groupRuns: Map<string, GroupRun[]>;
  out: Map<string, LiveStatus>;
}

const previousByModel = new WeakMap<GraphModel, Previous>();

/**
 * Status of every connector and group node, keyed by node id.
 *
 * Called on every poll for every node of the graph, so it works incrementally: a node's status
 * depends only on whether any daemon is pending and on the group summaries of its groups, and the
 * status feed keeps the identity of every summary that did not change. So a group whose summaries
 * (per daemon) are the very objects of the previous call for the same model keeps its status and
 * its connectors' statuses (the same LiveStatus objects), and only the groups a poll changed are
 * worked out again: a poll that changed 1 report of 2,000 in 20 groups redoes 100 connectors, not
 * 2,000, and rebuilds 1 report index, not 20. The result is the same as working out everything.
 */
export function liveStatuses(model: GraphModel, daemons: DaemonReading[]): Map<string, LiveStatus> {
  const pending = daemons.some((d) => d.pending);
  const summaries = new Map<string, GroupRun[]>();
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
  const live = liveNodesOf(model);
  const previousCall = previousByModel.get(model);
  const previous = previousCall?.pending === pending ? previousCall : undefined;
  const groupRunsOf = new Map<string, GroupRun[]>();
  const changedGroups: GroupNode[] = [];
  for (const node of live.groups) {
    const runs = [
      ...(summaries.get(node.qualifiedName) ?? []),
      ...(node.group ? (summaries.get(node.group.guid) ?? []) : []),
    ].filter((run, i, all) => all.findIndex((r) => r.summary === run.summary) === i);
    const before = previous?.groupRuns.get(node.id);
    if (before && sameRuns(before, runs)) groupRunsOf.set(node.id, before);
    else {
      groupRunsOf.set(node.id, runs);
      changedGroups.push(node);
    }
  }
  let out: Map<string, LiveStatus>;
  if (previous) {
    // Everything as before, then the groups that changed and their connectors again.
    out = new Map(previous.out);
    for (const node of changedGroups) {
      out.set(node.id, groupStatus(groupRunsOf.get(node.id) ?? [], pending));
      for (const connector of live.connectorsOf.get(node.id) ?? [])
        out.set(connector.id, connectorStatus(connector, groupRunsOf, pending));
    }
  } else {
    out = new Map();
    for (const node of live.groups)
      out.set(node.id, groupStatus(groupRunsOf.get(node.id) ?? [], pending));
    for (const node of live.connectors)
      out.set(node.id, connectorStatus(node, groupRunsOf, pending));
  }
  previousByModel.set(model, { pending, groupRuns: groupRunsOf, out });
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
