/**
 * Drift: where what an integration daemon runs differs from what the metadata defines. Pure: it
 * compares one group as a daemon reports it with the group's definition (registrations, each
 * connector with its connection, catalog targets) and, when known, the console's status history,
 * and says for each difference what the metadata says, what the daemon reports, since when, and
 * which action resolves it.
 */
import type {
  CatalogTarget,
  ConnectorReport,
  GroupSummary,
  IntegrationGroup,
  Registration,
} from '../../egeria/model';
import type { HistoryEntry } from '../../egeria/status-feed-protocol';

export type DriftKind =
  | 'group-missing'
  | 'registered-not-running'
  | 'running-not-registered'
  | 'stop-date-passed'
  | 'connection-changed'
  | 'catalog-target-added';

/**
 * What resolves a difference: reload the group's definition into the daemon, restart or refresh
 * one connector, or change the definition (the registration, the group).
 */
export type DriftAction =
  'refresh-config' | 'restart' | 'refresh' | 'edit-registration' | 'register' | 'create-group';

export interface DriftItem {
  /** Stable: kind, group and connector (and target). */
  id: string;
  kind: DriftKind;
  daemon: string;
  groupName: string;
  connectorName?: string;
  /** The connector's qualifiedName, when the metadata names it. */
  connectorQualifiedName?: string;
  metadata: string;
  daemonReports: string;
  /** ISO time the difference began, when it can be known. */
  since?: string;
  /** Where `since` comes from. */
  sinceSource?: string;
  /** The first action resolves it; the others are alternatives. */
  actions: DriftAction[];
}

export const DRIFT_TITLES: Record<DriftKind, string> = {
  'group-missing': 'Group configured in the daemon, missing in the metadata',
  'registered-not-running': 'Registered, not running',
  'running-not-registered': 'Running, not registered',
  'stop-date-passed': 'Stop date passed, still running',
  'connection-changed': 'Connection changed since the connector started',
  'catalog-target-added': 'Catalog target added since the last refresh',
};

/** The group's definition as the metadata holds it; `group: null` when there is none. */
export interface GroupDefinition {
  group: IntegrationGroup | null;
  registrations: readonly Registration[];
  /** Catalog targets by connector GUID, for the connectors whose targets were read. */
  catalogTargets?: ReadonlyMap<string, readonly CatalogTarget[]>;
}

export interface DriftInput {
  daemon: string;
  summary: GroupSummary;
  definition: GroupDefinition;
  /** Recorded transitions by connector name, newest first, where read. */
  history?: ReadonlyMap<string, readonly HistoryEntry[]>;
  now: Date;
}

/** Statuses in which a connector instance exists in the daemon and does (or tries to do) work. */
const NOT_RUNNING = new Set(['STOPPED', 'SHUTDOWN']);

const time = (iso: string | undefined) => (iso ? Date.parse(iso) : Number.NaN);
const after = (a: string | undefined, b: string | undefined) => time(a) > time(b);

/** When the running instance started: the newest restart or first sighting the console recorded. */
export function instanceStartedAt(
  entries: readonly HistoryEntry[] | undefined,
): string | undefined {
  const start = entries?.find((e) => e.restarted || e.previousStatus === undefined);
  return start?.at;
}

function lastSeen(entries: readonly HistoryEntry[] | undefined): string | undefined {
  return entries?.[0]?.observedAt;
}

function describeReport(report: ConnectorReport): string {
  const parts = [`${report.connectorName} is ${report.status ?? 'in an unreported state'}`];
  if (report.endpointAddress) parts.push(`endpoint ${report.endpointAddress}`);
  return parts.join(', ');
}

function dateOnly(iso: string): string {
  const ms = Date.parse(iso);
  return Number.isNaN(ms) ? iso : new Date(ms).toISOString().replace('.000Z', 'Z');
}

function connectionDifferences(registration: Registration, report: ConnectorReport): string[] {
  const connection = registration.connector.connection;
  const out: string[] = [];
  const address = connection?.endpoint?.address;
  if (
    report.endpointAddress !== undefined &&
    address !== undefined &&
    report.endpointAddress !== address
  )
    out.push(`endpoint ${address} (the daemon uses ${report.endpointAddress})`);
  const provider = connection?.connectorType?.connectorProviderClassName;
  if (
    report.connectorProviderClassName !== undefined &&
    provider !== undefined &&
    report.connectorProviderClassName !== provider
  )
    out.push(
      `connector provider ${provider} (the daemon runs ${report.connectorProviderClassName})`,
    );
  return out;
}

/** Every difference between one group as the daemon runs it and its definition. */
export function groupDrift({ daemon, summary, definition, history, now }: DriftInput): DriftItem[] {
  const groupName = summary.name;
  const id = (kind: DriftKind, ...rest: string[]) =>
    [kind, daemon, groupName, ...rest].join('\u0000');
  if (!definition.group) {
    return [
      {
        id: id('group-missing'),
        kind: 'group-missing',
        daemon,
        groupName,
        metadata: `There is no integration group with the qualified name ${groupName}.`,
        daemonReports: `${daemon} is configured to run ${groupName} (status ${summary.status ?? 'not reported'}, ${summary.connectors.length} connector${summary.connectors.length === 1 ? '' : 's'}).`,
        actions: ['create-group'],
      },
    ];
  }

  const items: DriftItem[] = [];
  const reports = new Map(summary.connectors.map((r) => [r.connectorName, r]));
  const registered = new Map(definition.registrations.map((r) => [r.connectorName, r]));
  const nowMs = now.getTime();

  for (const registration of definition.registrations) {
    const name = registration.connectorName;
    const report = reports.get(name);
    const qn = registration.connector.qualifiedName;
    const entries = history?.get(name);
    const stopped = registration.stopDate !== undefined && time(registration.stopDate) <= nowMs;
    const notYet = registration.startDate !== undefined && time(registration.startDate) > nowMs;
    const base = { daemon, groupName, connectorName: name, connectorQualifiedName: qn };

    if (!report) {
      if (stopped || notYet) continue;
      const seen = lastSeen(entries);
      items.push({
        ...base,
        id: id('registered-not-running', name),
        kind: 'registered-not-running',
        metadata: `${qn} is registered in ${groupName} as ${name}.`,
        daemonReports: `${daemon} runs no connector named ${name} in ${groupName}.`,
        since: seen,
        sinceSource: seen ? 'last seen by the console' : undefined,
        actions: ['refresh-config'],
      });
      continue;
    }

    if (stopped && !NOT_RUNNING.has(report.status ?? '')) {
      items.push({
        ...base,
        id: id('stop-date-passed', name),
        kind: 'stop-date-passed',
        metadata: `The registration of ${name} stops on ${dateOnly(registration.stopDate ?? '')}.`,
        daemonReports: `${describeReport(report)}.`,
        since: registration.stopDate,
        sinceSource: 'the stop date',
        actions: ['refresh-config', 'edit-registration'],
      });
    }

    const changes = connectionDifferences(registration, report);
    const started = instanceStartedAt(entries);
    const updated = registration.connector.meta.updateTime;
    if (changes.length > 0 || (started && updated && after(updated, started))) {
      items.push({
        ...base,
        id: id('connection-changed', name),
        kind: 'connection-changed',
        metadata:
          changes.length > 0
            ? `The connection of ${qn} now says ${changes.join('; ')}.`
            : `${qn} was changed at ${dateOnly(updated ?? '')}.`,
        daemonReports:
          started !== undefined
            ? `${describeReport(report)}; the running instance started at ${dateOnly(started)}.`
            : `${describeReport(report)}.`,
        since: updated ?? started,
        sinceSource: updated ? 'the connector’s last update' : 'the instance’s start',
        actions: ['refresh-config', 'restart'],
      });
    }

    const targets = definition.catalogTargets?.get(registration.connector.guid);
    const refreshed = report.lastRefreshTime;
    if (targets && refreshed) {
      for (const target of targets) {
        if (!after(target.updateTime, refreshed)) continue;
        const element = target.element?.qualifiedName ?? target.element?.guid ?? 'an element';
        items.push({
          ...base,
          id: id('catalog-target-added', name, target.relationshipGuid),
          kind: 'catalog-target-added',
          metadata: `Catalog target ${target.catalogTargetName} (${element}) of ${name}, set at ${dateOnly(target.updateTime ?? '')}.`,
          daemonReports: `${name} last refreshed at ${dateOnly(refreshed)}, before the target was set.`,
          since: target.updateTime,
          sinceSource: 'the catalog target’s creation or last change',
          actions: ['refresh'],
        });
      }
    }
  }

  for (const report of summary.connectors) {
    if (registered.has(report.connectorName)) continue;
    const entries = history?.get(report.connectorName);
    const started = instanceStartedAt(entries) ?? report.lastStatusChange;
    items.push({
      id: id('running-not-registered', report.connectorName),
      kind: 'running-not-registered',
      daemon,
      groupName,
      connectorName: report.connectorName,
      metadata: `${groupName} registers no connector named ${report.connectorName}.`,
      daemonReports: `${describeReport(report)}.`,
      since: started,
      sinceSource: started ? 'the instance’s start' : undefined,
      actions: ['refresh-config', 'register'],
    });
  }
  return items;
}

/** Drift items by connector name, for marking the graph's nodes. */
export function driftByConnector(items: readonly DriftItem[]): Map<string, DriftItem[]> {
  const out = new Map<string, DriftItem[]>();
  for (const item of items) {
    if (!item.connectorName) continue;
    const list = out.get(item.connectorName) ?? [];
    list.push(item);
    out.set(item.connectorName, list);
  }
  return out;
}
