/**
 * Applies the status feed's events to the cached DaemonStatus with structural sharing done by
 * hand: every report, group and array that did not change keeps its identity, so rows and graph
 * nodes memoised on identity skip re-rendering. The work is one pass over the reports (Map
 * lookups and a field compare), whatever the size of the estate.
 */
import { replaceEqualDeep } from '@tanstack/react-query';
import type { ConnectorReport, DaemonStatus, GroupSummary } from '../../egeria/model';
import {
  reportKey,
  type ChangesEvent,
  type FeedGroup,
  type SnapshotEvent,
} from '../../egeria/status-feed-protocol';

// Deep equality of JSON values, without allocating (it runs for every report of every snapshot).
function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) || Array.isArray(b)) {
    if (!Array.isArray(a) || !Array.isArray(b) || a.length !== b.length) return false;
    for (let i = 0; i < a.length; i++) if (!sameValue(a[i], b[i])) return false;
    return true;
  }
  const x = a as Record<string, unknown>;
  const y = b as Record<string, unknown>;
  let keys = 0;
  for (const key in x) {
    if (!Object.hasOwn(y, key) || !sameValue(x[key], y[key])) return false;
    keys += 1;
  }
  for (const key in y) if (Object.hasOwn(y, key)) keys -= 1;
  return keys === 0;
}

/** Field by field; statistics compared deeply (they are small). */
export function sameReport(a: ConnectorReport, b: ConnectorReport): boolean {
  return (
    a.connectorName === b.connectorName &&
    a.groupName === b.groupName &&
    a.status === b.status &&
    a.lastStatusChange === b.lastStatusChange &&
    a.lastRefreshTime === b.lastRefreshTime &&
    a.connectorInstanceId === b.connectorInstanceId &&
    a.failingExceptionMessage === b.failingExceptionMessage &&
    a.minMinutesBetweenRefresh === b.minMinutesBetweenRefresh &&
    a.connectorGuid === b.connectorGuid &&
    a.endpointAddress === b.endpointAddress &&
    a.connectorProviderClassName === b.connectorProviderClassName &&
    sameValue(a.statistics, b.statistics)
  );
}

const sharedByFeed = new WeakSet<DaemonStatus>();

/** Marks a status built by applySnapshot/applyChanges: its sharing is done, no need to redo it. */
export function markShared(status: DaemonStatus): DaemonStatus {
  sharedByFeed.add(status);
  return status;
}

/**
 * The daemon-status query's structuralSharing: what the feed wrote is shared already (and
 * comparing 2,000 reports again would double the cost of a poll); REST answers get TanStack's
 * deep comparison as before.
 */
export function shareDaemonStatus(previous: unknown, next: unknown): unknown {
  if (typeof next === 'object' && next !== null && sharedByFeed.has(next as DaemonStatus))
    return next;
  return replaceEqualDeep(previous, next);
}

const indexes = new WeakMap<DaemonStatus, Map<string, ConnectorReport>>();

/** reportKey → report of a status, built once per status object. */
export function reportIndex(status: DaemonStatus): Map<string, ConnectorReport> {
  let index = indexes.get(status);
  if (!index) {
    index = new Map(status.connectors.map((r) => [reportKey(r), r]));
    indexes.set(status, index);
  }
  return index;
}

function sameArray<T>(a: readonly T[], b: readonly T[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/** Groups with their connectors, reusing the previous group objects that did not change. */
function buildGroups(
  groups: readonly FeedGroup[],
  connectors: readonly ConnectorReport[],
  previous: readonly GroupSummary[] | undefined,
): GroupSummary[] {
  const byGroup = new Map<string, ConnectorReport[]>();
  for (const report of connectors) {
    if (report.groupName === undefined) continue;
    const list = byGroup.get(report.groupName);
    if (list) list.push(report);
    else byGroup.set(report.groupName, [report]);
  }
  const previousByName = new Map(previous?.map((g) => [g.name, g]));
  return groups.map((group) => {
    const members = byGroup.get(group.name) ?? [];
    const old = previousByName.get(group.name);
    if (
      old &&
      old.guid === group.guid &&
      old.description === group.description &&
      old.status === group.status
    ) {
      if (sameArray(old.connectors, members)) return old;
      return { ...old, connectors: members };
    }
    return {
      ...group,
      connectors: old && sameArray(old.connectors, members) ? old.connectors : members,
    };
  });
}

function finish(
  previous: DaemonStatus | undefined,
  groups: GroupSummary[],
  connectors: ConnectorReport[],
): DaemonStatus {
  if (!previous) return { groups, connectors };
  const sameGroups = sameArray(previous.groups, groups);
  const sameConnectors = sameArray(previous.connectors, connectors);
  if (sameGroups && sameConnectors) return previous;
  return {
    groups: sameGroups ? previous.groups : groups,
    connectors: sameConnectors ? previous.connectors : connectors,
  };
}

/** The whole status from a snapshot, keeping every unchanged piece of `previous`. */
export function applySnapshot(
  previous: DaemonStatus | undefined,
  event: Pick<SnapshotEvent, 'groups' | 'reports'>,
): DaemonStatus {
  const index = previous ? reportIndex(previous) : undefined;
  const connectors = event.reports.map((report) => {
    const old = index?.get(reportKey(report));
    return old && sameReport(old, report) ? old : report;
  });
  const previousGroups = previous?.groups.map(({ name, guid, description, status }) => ({
    name,
    guid,
    description,
    status,
  }));
  const groupInfo =
    previousGroups && sameValue(previousGroups, event.groups) ? previousGroups : event.groups;
  return finish(previous, buildGroups(groupInfo, connectors, previous?.groups), connectors);
}

/**
 * One poll's changes applied to `previous`. Returns `previous` itself when nothing changed, and
 * undefined when there is nothing to apply them to (the caller then needs a snapshot).
 */
export function applyChanges(
  previous: DaemonStatus | undefined,
  event: Pick<ChangesEvent, 'upserted' | 'removed' | 'groups'>,
): DaemonStatus | undefined {
  if (!previous) return undefined;
  if (event.upserted.length === 0 && event.removed.length === 0 && !event.groups) return previous;
  const upserts = new Map(event.upserted.map((r) => [reportKey(r), r]));
  const removed = new Set(event.removed.map(reportKey));
  const connectors: ConnectorReport[] = [];
  for (const old of previous.connectors) {
    const key = reportKey(old);
    if (removed.has(key)) continue;
    const next = upserts.get(key);
    if (next) {
      connectors.push(sameReport(old, next) ? old : next);
      upserts.delete(key);
    } else {
      connectors.push(old);
    }
  }
  // Connectors the daemon started since the last poll.
  for (const report of upserts.values()) connectors.push(report);
  const groupInfo =
    event.groups ??
    previous.groups.map(({ name, guid, description, status }) => ({
      name,
      guid,
      description,
      status,
    }));
  return finish(previous, buildGroups(groupInfo, connectors, previous.groups), connectors);
}
