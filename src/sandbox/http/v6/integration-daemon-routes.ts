/**
 * The 6.x integration daemon REST API: the 5.3 operations without the userId in the path (an
 * optional `?delegatingUserId=` instead), reports that name the connector's and group's GUIDs, and
 * connections in 6.x OCF form (the endpoint's `networkAddress`).
 */
import type { FastifyInstance } from 'fastify';
import type * as W5 from '../../../egeria/v5/wire';
import type * as W from '../../../egeria/v6/wire';
import type { IntegrationDaemon } from '../../daemon/integration-daemon';
import {
  ConnectionBean,
  connectionFromBean,
  ConnectorConfigPropertiesRequestBodyBean,
  NameRequestBodyBean,
  StringRequestBodyBean,
} from '../../services/request-beans';
import { compact, isRecord } from '../../util/compact';
import { registerEgeriaRoute, type ServerDirectory } from '../route-kit';

export const INTEGRATION_DAEMON_BASE_6 = '/servers/:daemon/open-metadata/integration-daemon';

/** A 5.3 OCF connection in 6.x form. */
export function sixConnection(connection: W5.Connection | undefined): W.Connection6 | undefined {
  if (!connection) return undefined;
  const { endpoint, embeddedConnections, ...rest } = connection;
  return compact<W.Connection6>({
    ...rest,
    endpoint: endpoint
      ? compact({
          ...Object.fromEntries(Object.entries(endpoint).filter(([k]) => k !== 'address')),
          networkAddress: endpoint.address,
        })
      : undefined,
    embeddedConnections: embeddedConnections?.map((e) =>
      compact({ ...e, embeddedConnection: sixConnection(e.embeddedConnection) }),
    ),
  });
}

/** A 6.x OCF connection body with its endpoints' `networkAddress` renamed to 5.3's `address`. */
function fiveConnectionBody(body: unknown): unknown {
  if (Array.isArray(body)) return body.map(fiveConnectionBody);
  if (!isRecord(body)) return body;
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(body)) {
    if (key === 'endpoint' && isRecord(value)) {
      const { networkAddress, ...endpoint } = value;
      out[key] = {
        ...endpoint,
        ...(networkAddress !== undefined ? { address: networkAddress } : {}),
      };
    } else out[key] = fiveConnectionBody(value);
  }
  return out;
}

function sixReport(report: W5.IntegrationConnectorReport, groupGuid?: string) {
  return compact({
    connectorId: report.connectorId,
    connectorGUID: report.connectorId,
    integrationGroupGUID: groupGuid,
    connectorName: report.connectorName,
    connection: sixConnection(report.connection),
    connectorInstanceId: report.connectorInstanceId,
    connectorStatus: report.connectorStatus,
    lastStatusChange: report.lastStatusChange,
    lastRefreshTime: report.lastRefreshTime,
    minMinutesBetweenRefresh: report.minMinutesBetweenRefresh,
    failingExceptionMessage: report.failingExceptionMessage,
    statistics: report.statistics,
  }) as W.IntegrationConnectorReport6;
}

export function sixSummary(summary: W5.IntegrationGroupSummary): W.IntegrationGroupSummary6 {
  return compact({
    integrationGroupName: summary.integrationGroupName,
    integrationGroupGUID: summary.integrationGroupGUID,
    integrationGroupDescription: summary.integrationGroupDescription,
    integrationGroupStatus: summary.integrationGroupStatus,
    integrationConnectorReports: summary.integrationConnectorReports?.map((r) =>
      sixReport(r, summary.integrationGroupGUID),
    ),
  }) as W.IntegrationGroupSummary6;
}

export function registerIntegrationDaemonRoutes6(
  app: FastifyInstance,
  directory: ServerDirectory,
  daemonNamed: (name: string) => IntegrationDaemon,
): void {
  const base = INTEGRATION_DAEMON_BASE_6;
  const service = 'integration-daemon' as const;

  registerEgeriaRoute<W.IntegrationDaemonStatusResponse6, never>(app, directory, {
    method: 'GET',
    url: `${base}/status`,
    responseClass: 'IntegrationDaemonStatusResponse',
    action: 'getIntegrationDaemonStatus',
    service,
    handler: ({ server }) => {
      const summaries = daemonNamed(server).groupSummaries().map(sixSummary);
      return {
        integrationDaemonStatus: compact({ integrationGroupSummaries: summaries }),
      };
    },
  });

  registerEgeriaRoute<W.IntegrationGroupSummariesResponse6, never>(app, directory, {
    method: 'GET',
    url: `${base}/integration-groups/summary`,
    responseClass: 'IntegrationGroupSummariesResponse',
    action: 'getIntegrationGroupSummaries',
    service,
    handler: ({ server }) => {
      const summaries = daemonNamed(server).groupSummaries().map(sixSummary);
      return summaries.length > 0 ? { integrationGroupSummaries: summaries } : {};
    },
  });

  registerEgeriaRoute<W.IntegrationGroupSummaryResponse6, never>(app, directory, {
    method: 'GET',
    url: `${base}/integration-groups/:integrationGroupName/summary`,
    responseClass: 'IntegrationGroupSummaryResponse',
    action: 'getIntegrationGroupSummary',
    service,
    handler: ({ server, params }) => ({
      integrationGroupSummary: sixSummary(
        daemonNamed(server).groupSummary(params['integrationGroupName'] ?? ''),
      ),
    }),
  });

  registerEgeriaRoute<W.VoidResponse, never>(app, directory, {
    method: 'GET',
    url: `${base}/integration-groups/:integrationGroupName/refresh-config`,
    responseClass: 'VoidResponse',
    action: 'refreshIntegrationGroupConfig',
    service,
    handler: ({ server, params }) => {
      daemonNamed(server).refreshGroupConfig(params['integrationGroupName'] ?? '');
      return {};
    },
  });

  registerEgeriaRoute<W.PropertiesResponse, never>(app, directory, {
    method: 'GET',
    url: `${base}/integration-connectors/:connectorName/configuration-properties`,
    responseClass: 'PropertiesResponse',
    action: 'getConfigurationProperties',
    service,
    handler: ({ server, params }) => {
      const properties = daemonNamed(server).configurationProperties(params['connectorName'] ?? '');
      return Object.keys(properties).length > 0 ? { properties } : {};
    },
  });

  registerEgeriaRoute<
    W.VoidResponse,
    {
      connectorName?: string;
      mergeUpdate?: boolean;
      configurationProperties?: Record<string, unknown>;
    }
  >(app, directory, {
    method: 'POST',
    url: `${base}/integration-connectors/configuration-properties`,
    responseClass: 'VoidResponse',
    action: 'updateConfigurationProperties',
    service,
    body: ConnectorConfigPropertiesRequestBodyBean,
    handler: ({ server, body }) => {
      daemonNamed(server).updateConfigurationProperties(
        body.connectorName,
        body.mergeUpdate === true,
        body.configurationProperties ?? {},
      );
      return {};
    },
  });

  registerEgeriaRoute<W.VoidResponse, { string?: string }>(app, directory, {
    method: 'POST',
    url: `${base}/integration-connectors/:connectorName/endpoint-network-address`,
    responseClass: 'VoidResponse',
    action: 'updateEndpointNetworkAddress',
    service,
    body: StringRequestBodyBean,
    handler: ({ server, params, body }) => {
      daemonNamed(server).updateEndpointAddress(params['connectorName'] ?? '', body.string ?? '');
      return {};
    },
  });

  registerEgeriaRoute<W.VoidResponse, ConnectionBean>(app, directory, {
    method: 'POST',
    url: `${base}/integration-connectors/:connectorName/connection`,
    responseClass: 'VoidResponse',
    action: 'updateConnectorConnection',
    service,
    body: ConnectionBean,
    handler: ({ server, params, body }) => {
      const five = ConnectionBean.parse(fiveConnectionBody(body));
      daemonNamed(server).updateConnection(params['connectorName'] ?? '', connectionFromBean(five));
      return {};
    },
  });

  for (const [operation, action] of [
    ['refresh', 'refreshConnectors'],
    ['restart', 'restartConnectors'],
  ] as const) {
    registerEgeriaRoute<W.VoidResponse, { name?: string } | undefined>(app, directory, {
      method: 'POST',
      url: `${base}/integration-connectors/${operation}`,
      responseClass: 'VoidResponse',
      action,
      service,
      body: NameRequestBodyBean,
      optionalBody: true,
      handler: ({ server, body }) => {
        const daemon = daemonNamed(server);
        if (operation === 'refresh') daemon.refreshConnectors(body?.name || undefined);
        else daemon.restartConnectors(body?.name || undefined);
        return {};
      },
    });
  }
}
