/**
 * The console's audit log as the browser reads it: every change and operation made through the
 * console, who made it with which role, on which elements, and how it ended (Egeria's message id
 * and request ids included). Arguments are recorded with secrets masked.
 */
import type { Role } from './operations';

export type AuditOutcome = 'succeeded' | 'failed' | 'refused';

export interface AuditSubjectRef {
  kind: 'group' | 'connector' | 'catalogTarget' | 'element' | 'daemon';
  guid?: string;
  name?: string;
}

export interface AuditEntry {
  id: number;
  /** ISO time the operation was asked for. */
  at: string;
  user: string;
  userVia: 'local' | 'users-file' | 'oidc';
  /** The role the user had on the platform at the time. */
  role: Role | null;
  platformId: string;
  /** 6.x: the Egeria user the platform saw (5.x calls are made as the configured user). */
  egeriaUser?: string;
  operation: string;
  outcome: AuditOutcome;
  messageId?: string;
  message?: string;
  /** Egeria's requestId of each answer (6.x sends one with every answer). */
  requestIds: string[];
  subjects: AuditSubjectRef[];
  /** The operation's arguments, secrets masked. */
  args: unknown;
}

export interface AuditPage {
  entries: AuditEntry[];
  /** Pass as `before` for the next (older) page; absent on the last page. */
  nextBefore?: number;
}

export interface AuditFilter {
  platform?: string;
  user?: string;
  operation?: string;
  outcome?: AuditOutcome;
  /** Text found in an element's name or GUID. */
  element?: string;
  /** ISO date-times. */
  from?: string;
  to?: string;
}

/** The audit entries of one element (a connector's or a group's names and GUID). */
export function elementAuditPath(
  platformId: string,
  kind: 'connector' | 'group',
  values: string[],
) {
  const query = new URLSearchParams({ kind });
  for (const value of values) query.append('value', value);
  return `/api/audit/${encodeURIComponent(platformId)}/element?${query.toString()}`;
}

export function auditSearchPath(filter: AuditFilter, extra: Record<string, string> = {}): string {
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries({ ...filter, ...extra }))
    if (value !== undefined && value !== '') query.set(key, String(value));
  const text = query.toString();
  return `/api/audit${text ? `?${text}` : ''}`;
}

export function auditExportPath(filter: AuditFilter, format: 'csv' | 'json'): string {
  const query = new URLSearchParams({ format });
  for (const [key, value] of Object.entries(filter))
    if (value !== undefined && value !== '') query.set(key, String(value));
  return `/api/audit/export?${query.toString()}`;
}
