/**
 * Zod schemas of the status feed's events and answers (status-feed-protocol.ts), for the console
 * server, the tests and the benchmarks. Each is held to the protocol's type, so the two cannot
 * drift apart; the browser checks the same shapes by hand, without zod.
 */
import { z } from 'zod';
import { optionalStrings } from './wire/fields';
import type { ConnectorReport } from './model';
import type {
  ChangesEvent,
  FeedError,
  FeedGroup,
  HistoryEntry,
  HistoryResponse,
  ReportKey,
  SnapshotEvent,
  StaleEvent,
} from './status-feed-protocol';
import { REPORT_TEXT } from './status-feed-protocol';

export const ConnectorReportSchema = z.object({
  connectorName: z.string(),
  ...optionalStrings(...REPORT_TEXT),
  minMinutesBetweenRefresh: z.number(),
  statistics: z.record(z.string(), z.unknown()),
}) satisfies z.ZodType<Omit<ConnectorReport, 'groupGuid'>>;

export const FeedGroupSchema = z.object({
  name: z.string(),
  ...optionalStrings('guid', 'description', 'status'),
}) satisfies z.ZodType<FeedGroup>;

export const ReportKeySchema = z.object({
  groupName: z.string().optional(),
  connectorName: z.string(),
}) satisfies z.ZodType<ReportKey>;

const timing = {
  seq: z.number().int(),
  serverTime: z.number(),
  polledAt: z.number(),
};

export const SnapshotEventSchema = z.object({
  ...timing,
  pollMs: z.number().int().positive(),
  groups: z.array(FeedGroupSchema),
  reports: z.array(ConnectorReportSchema),
}) satisfies z.ZodType<SnapshotEvent>;

export const ChangesEventSchema = z.object({
  ...timing,
  upserted: z.array(ConnectorReportSchema),
  removed: z.array(ReportKeySchema),
  groups: z.array(FeedGroupSchema).optional(),
}) satisfies z.ZodType<ChangesEvent>;

export const FeedErrorSchema = z.object({
  messageId: z.string().optional(),
  text: z.string(),
  systemAction: z.string().optional(),
  userAction: z.string().optional(),
  httpStatus: z.number().int(),
  relatedHTTPCode: z.number().int().optional(),
  request: z.string().optional(),
  parameters: z.array(z.string()).optional(),
}) satisfies z.ZodType<FeedError>;

export const StaleEventSchema = z.object({
  serverTime: z.number(),
  since: z.number(),
  lastPolledAt: z.number().optional(),
  error: FeedErrorSchema,
}) satisfies z.ZodType<StaleEvent>;

export const HurryRequestSchema = z
  .object({ connectorNames: z.array(z.string().min(1)).max(10_000).default([]) })
  .strict();

export const HistoryEntrySchema = z.object({
  ...optionalStrings('groupName', 'status', 'previousStatus'),
  at: z.string(),
  observedAt: z.string(),
  failingExceptionMessage: z.string().optional(),
  connectorInstanceId: z.string().optional(),
  restarted: z.boolean(),
}) satisfies z.ZodType<HistoryEntry>;

export const HistoryResponseSchema = z.object({
  platformId: z.string(),
  daemon: z.string(),
  connectorName: z.string(),
  entries: z.array(HistoryEntrySchema),
  keptPerConnector: z.number().int(),
}) satisfies z.ZodType<HistoryResponse>;
