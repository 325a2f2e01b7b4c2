/**
 * Filtering, sorting and counting the connector reports of a daemon view. The rows ARE the
 * reports (no wrapper objects), so a report that keeps its identity across polls keeps its row.
 */
import { FAILED_STATUSES, type ConnectorReport } from '../../egeria/model';
import { humanizeConstant } from '../../lib/format';
import { matchesText, sortRows, type SortState } from '../../lib/sort';

export const REPORT_SORT_KEYS = [
  'connectorName',
  'group',
  'status',
  'lastStatusChange',
  'lastRefresh',
  'refresh',
] as const;
export type ReportSortKey = (typeof REPORT_SORT_KEYS)[number];
export const DEFAULT_REPORT_SORT: SortState<ReportSortKey> = { key: 'status', direction: 'asc' };

/** The order statuses are listed and sorted in: what needs attention first. */
export const STATUS_ORDER = [
  'FAILED',
  'INITIALIZE_FAILED',
  'CONFIG_FAILED',
  'WAITING',
  'INITIALIZED',
  'REFRESHING',
  'RUNNING',
  'STOPPED',
  'SHUTDOWN',
] as const;

function statusRank(status: string | undefined): number {
  const index = (STATUS_ORDER as readonly string[]).indexOf(status ?? '');
  return index >= 0 ? index : STATUS_ORDER.length;
}

function timeOf(value: string | undefined): number | undefined {
  if (!value) return undefined;
  const time = Date.parse(value);
  return Number.isNaN(time) ? undefined : time;
}

/*
 * Names sort by their rank in one collator-sorted list, computed again only when a name appears
 * that the list does not hold: comparing thousands of names with Intl.Collator on every poll
 * would cost more than everything else a poll does.
 */
const collator = new Intl.Collator(undefined, { numeric: true, sensitivity: 'base' });
let ranks = new Map<string, number>();
const MAX_RANKED = 100_000;

function rankOf(text: string | undefined): number | undefined {
  if (text === undefined || text === '') return undefined;
  return ranks.get(text);
}

/** Makes sure every name of `reports` has a rank. */
function rankNames(reports: readonly ConnectorReport[]): void {
  let missing = false;
  for (const r of reports) {
    if (!ranks.has(r.connectorName) || (r.groupName !== undefined && !ranks.has(r.groupName))) {
      missing = true;
      break;
    }
  }
  if (!missing) return;
  const names = new Set(ranks.size > MAX_RANKED ? [] : ranks.keys());
  for (const r of reports) {
    names.add(r.connectorName);
    if (r.groupName !== undefined) names.add(r.groupName);
  }
  const sorted = [...names].sort(collator.compare);
  ranks = new Map(sorted.map((name, i) => [name, i]));
}

const SORT_VALUE: Record<ReportSortKey, (r: ConnectorReport) => string | number | undefined> = {
  connectorName: (r) => rankOf(r.connectorName),
  group: (r) => rankOf(r.groupName),
  status: (r) => statusRank(r.status),
  // As numbers: comparing thousands of ISO strings with the collator is needlessly slow.
  lastStatusChange: (r) => timeOf(r.lastStatusChange),
  lastRefresh: (r) => timeOf(r.lastRefreshTime),
  refresh: (r) => r.minMinutesBetweenRefresh,
};

/** The status filter value for "any failed state". */
export const ANY_FAILED = 'failed';

export function matchesStatus(filter: string, status: string | undefined): boolean {
  if (!filter) return true;
  if (filter === ANY_FAILED) return !!status && FAILED_STATUSES.has(status);
  return (status ?? 'UNKNOWN') === filter;
}

export interface ReportFilters {
  query: string;
  status: string;
  group: string;
}

/** The reports the table shows, in order. */
export function visibleReports(
  reports: readonly ConnectorReport[],
  filters: ReportFilters,
  sort: SortState<ReportSortKey>,
): ConnectorReport[] {
  const matching = reports.filter(
    (r) =>
      matchesStatus(filters.status, r.status) &&
      (!filters.group || r.groupName === filters.group) &&
      matchesText(filters.query, r.connectorName),
  );
  if (sort.key === 'connectorName' || sort.key === 'group') rankNames(matching);
  // Newest first reads best, so dates flip the direction.
  const isDate = sort.key === 'lastStatusChange' || sort.key === 'lastRefresh';
  const direction = isDate ? (sort.direction === 'asc' ? 'desc' : 'asc') : sort.direction;
  return sortRows(matching, SORT_VALUE[sort.key], direction);
}

export interface StatusCount {
  status: string;
  label: string;
  count: number;
}

/** How many reports are in each status, in STATUS_ORDER, unknown statuses last. */
export function countByStatus(reports: readonly ConnectorReport[]): StatusCount[] {
  const counts = new Map<string, number>();
  for (const r of reports) {
    const status = r.status ?? 'UNKNOWN';
    counts.set(status, (counts.get(status) ?? 0) + 1);
  }
  return [...counts.entries()]
    .sort(([a], [b]) => statusRank(a) - statusRank(b) || a.localeCompare(b))
    .map(([status, count]) => ({ status, label: humanizeConstant(status), count }));
}

/** Connector names (each once) of the reports in a failed state. */
export function failedConnectorNames(reports: readonly ConnectorReport[]): string[] {
  return [
    ...new Set(
      reports.filter((r) => r.status && FAILED_STATUSES.has(r.status)).map((r) => r.connectorName),
    ),
  ];
}
