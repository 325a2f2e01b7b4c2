/**
 * The integration daemon's status beans per release. A group's reports name the registration
 * (`connectorId` is the RegisteredIntegrationConnector's GUID, captured 5.3 03a–03c); the daemon
 * status also lists every running connector again, daemon-wide, where `connectorGUID` names the
 * connector, `connectorInstanceId` repeats the registration GUID and 6.x adds the group's GUID
 * (captured 5.3 03a, 6.1 03). 6.x summaries carry the group's lastRefreshTime.
 */
import type { ConnectorReport } from '../daemon/connector-instance';
import type { GroupSummary } from '../daemon/integration-daemon';
import type { EstateOrigin } from '../model/estate';
import { compact } from '../util/compact';
import { later } from '../util/json-in-slices';
import { isoDate } from '../util/time';
import { isSix, type Release } from '../wire/releases';
import { connectionBean } from './ocf-connection';

const date = (ms: number | undefined) => (ms === undefined ? undefined : isoDate(ms));

function reportFields(report: ConnectorReport, release: Release, origin: EstateOrigin) {
  return {
    connectorName: report.connectorName,
    connection: report.connection ? connectionBean(report.connection, release, origin) : undefined,
    connectorStatus: report.status,
    lastStatusChange: date(report.lastStatusChange),
    lastRefreshTime: date(report.lastRefreshTime),
    minMinutesBetweenRefresh: report.minMinutesBetweenRefresh,
    failingExceptionMessage: report.failingExceptionMessage,
    statistics: report.statistics,
  };
}

/** A report inside a group summary. */
export function groupReport(report: ConnectorReport, release: Release, origin: EstateOrigin) {
  const { connectorName, connection, ...rest } = reportFields(report, release, origin);
  return compact({
    connectorId: report.registrationGuid,
    connectorName,
    connection,
    connectorInstanceId: report.instanceId,
    ...rest,
  });
}

/** A report in the daemon-wide list of the daemon status. */
export function daemonReport(report: ConnectorReport, release: Release, origin: EstateOrigin) {
  const { connectorName, connection, ...rest } = reportFields(report, release, origin);
  return compact({
    connectorId: report.registrationGuid,
    connectorGUID: report.connectorGuid,
    integrationGroupGUID: isSix(release) ? report.groupGuid : undefined,
    connectorName,
    connection,
    connectorInstanceId: report.registrationGuid,
    ...rest,
  });
}

export function groupSummaryBean(summary: GroupSummary, release: Release, origin: EstateOrigin) {
  return compact({
    integrationGroupName: summary.name,
    integrationGroupGUID: summary.guid,
    integrationGroupDescription: summary.description,
    integrationGroupStatus: summary.status,
    integrationConnectorReports: summary.reports.map((r) =>
      later(() => groupReport(r, release, origin)),
    ),
    lastRefreshTime: isSix(release) ? date(summary.lastRefreshTime) : undefined,
  });
}

export function daemonStatusBean(
  summaries: GroupSummary[],
  release: Release,
  origin: EstateOrigin,
) {
  return compact({
    integrationGroupSummaries: summaries.map((s) => groupSummaryBean(s, release, origin)),
    integrationConnectorReports: summaries.flatMap((s) =>
      s.reports.map((r) => later(() => daemonReport(r, release, origin))),
    ),
  });
}
