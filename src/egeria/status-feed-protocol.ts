/**
 * The console server's status feed (`GET /api/feed/{platformId}/{daemon}`, Server-Sent Events) and
 * its status history (`GET /api/history/{platformId}/{daemon}/{connectorName}`): the events and
 * answers both sides agree on. The server sends only mapped ConnectorReport fields, never the
 * connection Egeria puts in each report, so no secret can travel on the feed.
 *
 * Times are milliseconds since the epoch on the SERVER's clock. The browser never compares them with
 * its own clock directly: it uses `serverTime - polledAt` (how old the data was when sent), which
 * is immune to clock skew between the two machines.
 */
import { z } from 'zod';
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

export const ConnectorReportSchema = z.object({
  connectorName: z.string(),
  connectorGuid: z.string().optional(),
  groupName: z.string().optional(),
  connectorInstanceId: z.string().optional(),
  status: z.string().optional(),
  lastStatusChange: z.string().optional(),
  lastRefreshTime: z.string().optional(),
  minMinutesBetweenRefresh: z.number(),
  failingExceptionMessage: z.string().optional(),
  statistics: z.record(z.string(), z.unknown()),
  endpointAddress: z.string().optional(),
  connectorProviderClassName: z.string().optional(),
}) satisfies z.ZodType<ConnectorReport>;

/** A group as the daemon reports it, without its connector reports (those travel separately). */
export const FeedGroupSchema = z.object({
  name: z.string(),
  guid: z.string().optional(),
  description: z.string().optional(),
  status: z.string().optional(),
});
export type FeedGroup = z.infer<typeof FeedGroupSchema>;

/** Identifies a report within a daemon: the same connector may run in two groups. */
export const ReportKeySchema = z.object({
  groupName: z.string().optional(),
  connectorName: z.string(),
});
export type ReportKey = z.infer<typeof ReportKeySchema>;

/** `group\0connector`: the one key both sides use for a report. */
export function reportKey(report: ReportKey): string {
  return `${report.groupName ?? ''}\u0000${report.connectorName}`;
}

const timing = {
  /** Incremented by every snapshot or changes event of this feed. */
  seq: z.number().int(),
  /** When the server sent the event. */
  serverTime: z.number(),
  /** When the server read the status this event describes. */
  polledAt: z.number(),
};

/** The whole status: sent first on every connection, and again after a gap. */
export const SnapshotEventSchema = z.object({
  ...timing,
  /** The server's poll interval, so the browser can say how fresh data should be. */
  pollMs: z.number().int().positive(),
  groups: z.array(FeedGroupSchema),
  reports: z.array(ConnectorReportSchema),
});
export type SnapshotEvent = z.infer<typeof SnapshotEventSchema>;

/** What one poll changed; sent after every successful poll, empty when nothing changed. */
export const ChangesEventSchema = z.object({
  ...timing,
  upserted: z.array(ConnectorReportSchema),
  removed: z.array(ReportKeySchema),
  /** Every group, present only when a group was added, removed or changed. */
  groups: z.array(FeedGroupSchema).optional(),
});
export type ChangesEvent = z.infer<typeof ChangesEventSchema>;

/** Why the server could not read the daemon: Egeria's FFDC fields or the console's own. */
export const FeedErrorSchema = z.object({
  messageId: z.string().optional(),
  text: z.string(),
  systemAction: z.string().optional(),
  userAction: z.string().optional(),
  httpStatus: z.number().int(),
  relatedHTTPCode: z.number().int().optional(),
  request: z.string().optional(),
  /** The message's parameters (the console's sign-in message names the platform in the first). */
  parameters: z.array(z.string()).optional(),
});
export type FeedError = z.infer<typeof FeedErrorSchema>;

/** Polls are failing: the data the browser holds is no longer current. */
export const StaleEventSchema = z.object({
  serverTime: z.number(),
  /** When the first failing poll of this run of failures happened. */
  since: z.number(),
  /** When the last successful poll happened, if any. */
  lastPolledAt: z.number().optional(),
  error: FeedErrorSchema,
});
export type StaleEvent = z.infer<typeof StaleEventSchema>;

/** Body of `POST …/hurry`: poll faster until these connectors settle (or a time limit). */
export const HurryRequestSchema = z
  .object({ connectorNames: z.array(z.string().min(1)).max(10_000).default([]) })
  .strict();
export type HurryRequest = z.infer<typeof HurryRequestSchema>;

/** One recorded status transition of a connector. */
export const HistoryEntrySchema = z.object({
  groupName: z.string().optional(),
  status: z.string().optional(),
  previousStatus: z.string().optional(),
  /** When the change happened: Egeria's lastStatusChange, else when the console saw it (ISO). */
  at: z.string(),
  /** When the console's poll saw it (ISO). */
  observedAt: z.string(),
  failingExceptionMessage: z.string().optional(),
  connectorInstanceId: z.string().optional(),
  /** True when the connector was re-instantiated (a new connector instance id: a restart). */
  restarted: z.boolean(),
});
export type HistoryEntry = z.infer<typeof HistoryEntrySchema>;

export const HistoryResponseSchema = z.object({
  platformId: z.string(),
  daemon: z.string(),
  connectorName: z.string(),
  /** Newest first. */
  entries: z.array(HistoryEntrySchema),
  /** How many transitions the server keeps per connector. */
  keptPerConnector: z.number().int(),
});
export type HistoryResponse = z.infer<typeof HistoryResponseSchema>;

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
