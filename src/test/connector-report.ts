import type { ConnectorReport } from '../egeria/model';

/**
 * A daemon's report of one connector for tests: running in group 'G', refreshed hourly at most,
 * no statistics; `extra` sets what a test is about.
 */
export function connectorReport(
  name: string,
  status = 'RUNNING',
  extra: Partial<ConnectorReport> = {},
): ConnectorReport {
  return {
    connectorName: name,
    groupName: 'G',
    status,
    minMinutesBetweenRefresh: 60,
    statistics: {},
    ...extra,
  };
}
