/**
 * The difference between two polls of a daemon: which connector reports are new or changed, which
 * are gone, and whether the groups changed. One string fingerprint per report keeps the comparison
 * to a Map lookup and a string compare, so a poll of thousands of connectors costs little.
 */
import type { ConnectorReport, DaemonStatus } from '../../egeria/model';
import { reportKey, type FeedGroup, type ReportKey } from '../../egeria/status-feed-protocol';

export interface StatusState {
  groups: FeedGroup[];
  groupsFingerprint: string;
  /** Keyed by reportKey, in the daemon's order. */
  reports: Map<string, { report: ConnectorReport; fingerprint: string }>;
}

export interface StatusDiff {
  state: StatusState;
  upserted: ConnectorReport[];
  removed: ReportKey[];
  groupsChanged: boolean;
}

function feedGroups(status: DaemonStatus): FeedGroup[] {
  return status.groups.map(({ name, guid, description, status: groupStatus }) => ({
    name,
    guid,
    description,
    status: groupStatus,
  }));
}

/** Compares a new poll with the previous state (none on the first poll: everything is new). */
export function diffStatus(previous: StatusState | undefined, status: DaemonStatus): StatusDiff {
  const groups = feedGroups(status);
  const groupsFingerprint = JSON.stringify(groups);
  const reports: StatusState['reports'] = new Map();
  const upserted: ConnectorReport[] = [];
  for (const report of status.connectors) {
    const key = reportKey(report);
    const fingerprint = JSON.stringify(report);
    reports.set(key, { report, fingerprint });
    if (previous?.reports.get(key)?.fingerprint !== fingerprint) upserted.push(report);
  }
  const removed: ReportKey[] = [];
  if (previous) {
    for (const [key, { report }] of previous.reports) {
      if (!reports.has(key))
        removed.push({ groupName: report.groupName, connectorName: report.connectorName });
    }
  }
  return {
    state: { groups, groupsFingerprint, reports },
    upserted,
    removed,
    groupsChanged: previous?.groupsFingerprint !== groupsFingerprint,
  };
}

/** Every report of a state, in the daemon's order. */
export function stateReports(state: StatusState): ConnectorReport[] {
  return Array.from(state.reports.values(), (entry) => entry.report);
}
