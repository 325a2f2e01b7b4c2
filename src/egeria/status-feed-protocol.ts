/**
 * The console server's status feed (`GET /api/feed/{platformId}/{daemon}`, Server-Sent Events) and
 * its status history (`GET /api/history/{platformId}/{daemon}/{connectorName}`): the events and
 * answers both sides agree on. The server sends only mapped ConnectorReport fields, never the
 * connection Egeria puts in each report, so no secret can travel on the feed.
 *
 * Times are milliseconds since the epoch on the SERVER's clock. The browser never compares them with
 * its own clock directly: it uses `serverTime - polledAt` (how old the data was when sent), which
 * is immune to clock skew between the two machines.
 *
 * No zod here: the browser reads these on every first visit, so it checks them by hand (the
 * read… functions below); the server and the tests use the zod schemas of status-feed-schemas.ts,
 * which are held to these types.
 */
import type { ConnectorReport, GroupSummary } from './model';

/** SSE event names. */
export const FEED_EVENTS = {
  snapshot: 'snapshot',
  changes: 'changes',
  stale: 'stale',
} as const;

/** Path of a daemon's feed on the console server. */
export function feedPath(platformId: string, daemon: string): string {
  return `/api/feed/${encodeURIComponent(platformId)}/${encodeURIComponent(daemon)}`;
}

/** Path asking the server to poll a daemon faster for a while (after an action). */
export function feedHurryPath(platformId: string, daemon: string): string {
  return `${feedPath(platformId, daemon)}/hurry`;
}

/** Path of one connector's status history on the console server. */
export function historyPath(platformId: string, daemon: string, connectorName: string): string {
  return `/api/history/${encodeURIComponent(platformId)}/${encodeURIComponent(daemon)}/${encodeURIComponent(connectorName)}`;
}

/** A group as the daemon reports it, without its connector reports (those travel separately). */
export interface FeedGroup {
  name: string;
  guid?: string;
  description?: string;
  status?: string;
}

/** Identifies a report within a daemon: the same connector may run in two groups. */
export interface ReportKey {
  groupName?: string;
  connectorName: string;
}

/** `group\0connector`: the one key both sides use for a report. */
export function reportKey(report: ReportKey): string {
  return `${report.groupName ?? ''}\u0000${report.connectorName}`;
}

interface Timing {
  /** Incremented by every snapshot or changes event of this feed. */
  seq: number;
  /** When the server sent the event. */
  serverTime: number;
  /** When the server read the status this event describes. */
  polledAt: number;
}

/** The whole status: sent first on every connection, and again after a gap. */
export interface SnapshotEvent extends Timing {
  /** The server's poll interval, so the browser can say how fresh data should be. */
  pollMs: number;
  groups: FeedGroup[];
  reports: ConnectorReport[];
}

/** What one poll changed; sent after every successful poll, empty when nothing changed. */
export interface ChangesEvent extends Timing {
  upserted: ConnectorReport[];
  removed: ReportKey[];
  /** Every group, present only when a group was added, removed or changed. */
  groups?: FeedGroup[];
}

/** Why the server could not read the daemon: Egeria's FFDC fields or the console's own. */
export interface FeedError {
  messageId?: string;
  text: string;
  systemAction?: string;
  userAction?: string;
  httpStatus: number;
  relatedHTTPCode?: number;
  request?: string;
  /** The message's parameters (the console's sign-in message names the platform in the first). */
  parameters?: string[];
}

/** Polls are failing: the data the browser holds is no longer current. */
export interface StaleEvent {
  serverTime: number;
  /** When the first failing poll of this run of failures happened. */
  since: number;
  /** When the last successful poll happened, if any. */
  lastPolledAt?: number;
  error: FeedError;
}

/** Body of `POST …/hurry`: poll faster until these connectors settle (or a time limit). */
export interface HurryRequest {
  connectorNames: string[];
}

/** One recorded status transition of a connector. */
export interface HistoryEntry {
  groupName?: string;
  status?: string;
  previousStatus?: string;
  /** When the change happened: Egeria's lastStatusChange, else when the console saw it (ISO). */
  at: string;
  /** When the console's poll saw it (ISO). */
  observedAt: string;
  failingExceptionMessage?: string;
  connectorInstanceId?: string;
  /** True when the connector was re-instantiated (a new connector instance id: a restart). */
  restarted: boolean;
}

export interface HistoryResponse {
  platformId: string;
  daemon: string;
  connectorName: string;
  /** Newest first. */
  entries: HistoryEntry[];
  /** How many transitions the server keeps per connector. */
  keptPerConnector: number;
}

// Hand-written checks of what the server sends (see the note at the top).
type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const str = (v: unknown) => typeof v === 'string';
const optStr = (v: unknown) => v === undefined || typeof v === 'string';
const num = (v: unknown) => typeof v === 'number' && Number.isFinite(v);
const int = (v: unknown) => Number.isInteger(v);
const arrayOf = (v: unknown, each: (x: unknown) => boolean) => Array.isArray(v) && v.every(each);

/** A connector report's optional text fields. */
export const REPORT_TEXT = [
  'connectorGuid',
  'groupName',
  'connectorInstanceId',
  'status',
  'lastStatusChange',
  'lastRefreshTime',
  'failingExceptionMessage',
  'endpointAddress',
  'connectorProviderClassName',
] as const;

function isReport(v: unknown): boolean {
  return (
    isObj(v) &&
    str(v['connectorName']) &&
    num(v['minMinutesBetweenRefresh']) &&
    isObj(v['statistics']) &&
    REPORT_TEXT.every((key) => optStr(v[key]))
  );
}
const isGroup = (v: unknown) =>
  isObj(v) &&
  str(v['name']) &&
  optStr(v['guid']) &&
  optStr(v['description']) &&
  optStr(v['status']);
const isKey = (v: unknown) => isObj(v) && str(v['connectorName']) && optStr(v['groupName']);
const isTiming = (v: Obj) => int(v['seq']) && num(v['serverTime']) && num(v['polledAt']);

export function readSnapshotEvent(data: unknown): SnapshotEvent | undefined {
  return isObj(data) &&
    isTiming(data) &&
    int(data['pollMs']) &&
    (data['pollMs'] as number) > 0 &&
    arrayOf(data['groups'], isGroup) &&
    arrayOf(data['reports'], isReport)
    ? (data as unknown as SnapshotEvent)
    : undefined;
}

export function readChangesEvent(data: unknown): ChangesEvent | undefined {
  return isObj(data) &&
    isTiming(data) &&
    arrayOf(data['upserted'], isReport) &&
    arrayOf(data['removed'], isKey) &&
    (data['groups'] === undefined || arrayOf(data['groups'], isGroup))
    ? (data as unknown as ChangesEvent)
    : undefined;
}

function isFeedError(v: unknown): boolean {
  return (
    isObj(v) &&
    str(v['text']) &&
    int(v['httpStatus']) &&
    (v['relatedHTTPCode'] === undefined || int(v['relatedHTTPCode'])) &&
    ['messageId', 'systemAction', 'userAction', 'request'].every((key) => optStr(v[key])) &&
    (v['parameters'] === undefined || arrayOf(v['parameters'], str))
  );
}

export function readStaleEvent(data: unknown): StaleEvent | undefined {
  return isObj(data) &&
    num(data['serverTime']) &&
    num(data['since']) &&
    (data['lastPolledAt'] === undefined || num(data['lastPolledAt'])) &&
    isFeedError(data['error'])
    ? (data as unknown as StaleEvent)
    : undefined;
}

const isHistoryEntry = (v: unknown) =>
  isObj(v) &&
  str(v['at']) &&
  str(v['observedAt']) &&
  typeof v['restarted'] === 'boolean' &&
  ['groupName', 'status', 'previousStatus', 'failingExceptionMessage', 'connectorInstanceId'].every(
    (key) => optStr(v[key]),
  );

export function readHistoryResponse(data: unknown): HistoryResponse | undefined {
  return isObj(data) &&
    str(data['platformId']) &&
    str(data['daemon']) &&
    str(data['connectorName']) &&
    int(data['keptPerConnector']) &&
    arrayOf(data['entries'], isHistoryEntry)
    ? (data as unknown as HistoryResponse)
    : undefined;
}

/** Groups with their connectors, in the daemon's order, from a group list and flat reports. */
export function groupsWithReports(
  groups: readonly FeedGroup[],
  reports: readonly ConnectorReport[],
): GroupSummary[] {
  const byGroup = new Map<string, ConnectorReport[]>();
  for (const report of reports) {
    if (report.groupName === undefined) continue;
    const list = byGroup.get(report.groupName);
    if (list) list.push(report);
    else byGroup.set(report.groupName, [report]);
  }
  return groups.map((group) => ({ ...group, connectors: byGroup.get(group.name) ?? [] }));
}
