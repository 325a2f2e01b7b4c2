import { FAILED_STATUSES, type Registration } from '../../egeria/model';
import type { ConnectorRun, GroupRun } from './daemon-states';

/** Pseudo-statuses for connectors no daemon reports on. */
export const NOT_RUNNING = 'NOT_RUNNING';
export const NOT_REPORTED = 'NOT_REPORTED';

/** A registered connector with what the table shows and filters by, computed once per data change. */
export interface ConnectorRow {
  registration: Registration;
  connectorGuid: string;
  connectorName: string;
  qualifiedName: string;
  providerClassName?: string;
  endpointAddress?: string;
  /** Reports from every daemon that runs the group. */
  runs: ConnectorRun[];
  /**
   * The status to filter and sort by: the worst reported one, NOT_RUNNING when no daemon runs the
   * group, NOT_REPORTED when one does but says nothing of this connector, undefined while unknown.
   */
  status: string | undefined;
}

function effectiveStatus(
  runs: ConnectorRun[],
  groupRuns: GroupRun[],
  daemonsPending: boolean,
): string | undefined {
  if (runs.length > 0) {
    const failed = runs.find((run) => run.report.status && FAILED_STATUSES.has(run.report.status));
    return (failed ?? runs[0])?.report.status;
  }
  if (groupRuns.length > 0) return NOT_REPORTED;
  return daemonsPending ? undefined : NOT_RUNNING;
}

export function toConnectorRows(
  registrations: Registration[],
  runsByConnector: Map<string, ConnectorRun[]>,
  groupRuns: GroupRun[],
  daemonsPending: boolean,
): ConnectorRow[] {
  return registrations.map((registration) => {
    const runs = runsByConnector.get(registration.connectorName) ?? [];
    const connection = registration.connector.connection;
    return {
      registration,
      connectorGuid: registration.connector.guid,
      connectorName: registration.connectorName,
      qualifiedName: registration.connector.qualifiedName,
      providerClassName: connection?.connectorType?.connectorProviderClassName,
      endpointAddress: connection?.endpoint?.address,
      runs,
      status: effectiveStatus(runs, groupRuns, daemonsPending),
    };
  });
}

export interface StatusFilter {
  value: string;
  label: string;
  matches: (status: string | undefined) => boolean;
}

const exactly = (wanted: string) => (status: string | undefined) => status === wanted;

export const ALL_STATUSES: StatusFilter = { value: '', label: 'All statuses', matches: () => true };

/** The choices of the status filter; "Failed" covers every failed state. */
export const STATUS_FILTERS: StatusFilter[] = [
  ALL_STATUSES,
  { value: 'failed', label: 'Failed (any)', matches: (s) => !!s && FAILED_STATUSES.has(s) },
  { value: 'RUNNING', label: 'Running', matches: exactly('RUNNING') },
  { value: 'REFRESHING', label: 'Refreshing', matches: exactly('REFRESHING') },
  { value: 'WAITING', label: 'Waiting', matches: exactly('WAITING') },
  { value: 'INITIALIZED', label: 'Initialized', matches: exactly('INITIALIZED') },
  { value: 'STOPPED', label: 'Stopped', matches: exactly('STOPPED') },
  { value: 'SHUTDOWN', label: 'Shut down', matches: exactly('SHUTDOWN') },
  { value: NOT_REPORTED, label: 'Not reported', matches: exactly(NOT_REPORTED) },
  { value: NOT_RUNNING, label: 'Not running', matches: exactly(NOT_RUNNING) },
];
