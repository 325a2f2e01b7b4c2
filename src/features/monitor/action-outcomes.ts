/**
 * What became of an action on connectors, read from the live status: a restart is done when the
 * connector reports a new instance (or a new status) and has left the transitional states; a
 * refresh when its last refresh time moves. Pure functions, so the rules are tested apart from
 * the screen.
 */
import { FAILED_STATUSES, type ConnectorReport } from '../../egeria/model';

export type ActionKind = 'restart' | 'refresh' | 'refresh-all' | 'refresh-group';

/** The parts of a report that show an action took effect. */
export interface ReportMarks {
  status?: string;
  instanceId?: string;
  lastStatusChange?: string;
  lastRefreshTime?: string;
}

export function marksOf(report: ConnectorReport): ReportMarks {
  return {
    status: report.status,
    instanceId: report.connectorInstanceId,
    lastStatusChange: report.lastStatusChange,
    lastRefreshTime: report.lastRefreshTime,
  };
}

export type Phase =
  /** The request is on its way to Egeria. */
  | 'sending'
  /** Egeria refused the request (or could not be reached). */
  | 'refused'
  /** Accepted; waiting for the daemon to report the effect. */
  | 'waiting'
  /** The daemon reports the effect and a settled status. */
  | 'settled'
  /** Accepted, but the daemon reports no change (e.g. refreshing a failed connector does nothing). */
  | 'unchanged'
  /** Still transitional after the time limit. */
  | 'timeout'
  /** The daemon no longer reports the connector. */
  | 'gone';

export interface Outcome {
  phase: Phase;
  /** The connector's status now (the worst, when it runs in several groups). */
  status?: string;
  failingExceptionMessage?: string;
}

/** Statuses a connector passes through on its way to the next. */
export const TRANSITIONAL_STATUSES: ReadonlySet<string> = new Set(['INITIALIZED', 'REFRESHING']);
/** With no change reported this long after the request, the action changed nothing. */
export const UNCHANGED_AFTER_MS = 8_000;
/** Still transitional this long after the request: give up waiting. */
export const OUTCOME_TIMEOUT_MS = 60_000;

function changed(kind: ActionKind, before: ReportMarks | undefined, now: ReportMarks): boolean {
  if (!before) return true;
  if (kind === 'refresh' || kind === 'refresh-all') {
    return (
      before.lastRefreshTime !== now.lastRefreshTime ||
      before.status !== now.status ||
      before.instanceId !== now.instanceId
    );
  }
  return (
    before.instanceId !== now.instanceId ||
    before.lastStatusChange !== now.lastStatusChange ||
    before.status !== now.status
  );
}

/** The worst of several reports of one connector (it may run in more than one group). */
function worst(reports: readonly ConnectorReport[]): ConnectorReport | undefined {
  return reports.find((r) => r.status && FAILED_STATUSES.has(r.status)) ?? reports[0];
}

export interface TrackedItem {
  connectorName: string;
  /** Marks of each of its reports when the action started, by group. */
  before: Map<string | undefined, ReportMarks>;
  /** When Egeria accepted the request (local ms). */
  acceptedAt?: number;
  error?: unknown;
}

/** The outcome of one connector's part of an action, given its reports now. */
export function outcomeOf(
  kind: ActionKind,
  item: TrackedItem,
  reports: readonly ConnectorReport[],
  now: number,
): Outcome {
  if (item.error !== undefined) return { phase: 'refused' };
  if (item.acceptedAt === undefined) return { phase: 'sending' };
  const current = worst(reports);
  if (!current) return { phase: 'gone' };
  const status = current.status;
  const base = { status, failingExceptionMessage: current.failingExceptionMessage };
  const anyChanged = reports.some((r) => changed(kind, item.before.get(r.groupName), marksOf(r)));
  const transitional = reports.some((r) => TRANSITIONAL_STATUSES.has(r.status ?? ''));
  const elapsed = now - item.acceptedAt;
  if (anyChanged && !transitional) return { phase: 'settled', ...base };
  if (elapsed > OUTCOME_TIMEOUT_MS) return { phase: 'timeout', ...base };
  if (!anyChanged && !transitional && elapsed > UNCHANGED_AFTER_MS)
    return { phase: 'unchanged', ...base };
  return { phase: 'waiting', ...base };
}

/** True when no item of the action can still change. */
export function isFinal(outcome: Outcome): boolean {
  return outcome.phase !== 'sending' && outcome.phase !== 'waiting';
}
