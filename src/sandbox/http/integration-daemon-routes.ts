/**
 * The 5.3 integration daemon REST API (userId in the path): status and group summaries, group
 * configuration refresh, and per-connector configuration, refresh and restart.
 */
import type { FastifyInstance } from 'fastify';
import type * as W from '../../egeria/v5/wire';
import type { IntegrationDaemon } from '../daemon/integration-daemon';
import {
  ConnectionBean,
  connectionFromBean,
  ConnectorConfigPropertiesRequestBodyBean,
  NameRequestBodyBean,
  StringRequestBodyBean,
} from '../services/request-beans';
import { registerEgeriaRoute, type ServerDirectory } from './route-kit';

export const INTEGRATION_DAEMON_BASE =
  '/servers/:daemon/open-metadata/integration-daemon/users/:userId';

export function registerIntegrationDaemonRoutes(
  app: FastifyInstance,
  directory: ServerDirectory,
  daemonNamed: (name: string) => IntegrationDaemon,
): void {
  const base = INTEGRATION_DAEMON_BASE;
  const service = 'integration-daemon' as const;

  registerEgeriaRoute<W.IntegrationDaemonStatusResponse, never>(app, directory, {
    method: 'GET',
    url: `${base}/status`,
    responseClass: 'IntegrationDaemonStatusResponse',
    action: 'getIntegrationDaemonStatus',
    service,
    handler: ({ server }) => ({ integrationDaemonStatus: daemonNamed(server).status() }),
  });

  registerEgeriaRoute<W.IntegrationGroupSummariesResponse, never>(app, directory, {
    method: 'GET',
    url: `${base}/integration-groups/summary`,
    responseClass: 'IntegrationGroupSummariesResponse',
    action: 'getIntegrationGroupSummaries',
    service,
    handler: ({ server }) => {
      const summaries = daemonNamed(server).groupSummaries();
      return summaries.length > 0 ? { integrationGroupSummaries: summaries } : {};
    },
  });

  registerEgeriaRoute<W.IntegrationGroupSummaryResponse, never>(app, directory, {
    method: 'GET',
    url: `${base}/integration-groups/:integrationGroupName/summary`,
    responseClass: 'IntegrationGroupSummaryResponse',
    action: 'getIntegrationGroupSummary',
    service,
    handler: ({ server, params }) => ({
      integrationGroupSummary: daemonNamed(server).groupSummary(
        params['integrationGroupName'] ?? '',
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
      daemonNamed(server).updateConnection(params['connectorName'] ?? '', connectionFromBean(body));
      return {};
    },
  });

  registerEgeriaRoute<W.VoidResponse, { name?: string } | undefined>(app, directory, {
    method: 'POST',
    url: `${base}/integration-connectors/refresh`,
    responseClass: 'VoidResponse',
    action: 'refreshConnectors',
    service,
    body: NameRequestBodyBean,
    optionalBody: true,
    handler: ({ server, body }) => {
      daemonNamed(server).refreshConnectors(body?.name || undefined);
      return {};
    },
  });

  registerEgeriaRoute<W.VoidResponse, { name?: string } | undefined>(app, directory, {
    method: 'POST',
    url: `${base}/integration-connectors/restart`,
    responseClass: 'VoidResponse',
    action: 'restartConnectors',
    service,
    body: NameRequestBodyBean,
    optionalBody: true,
    handler: ({ server, body }) => {
      daemonNamed(server).restartConnectors(body?.name || undefined);
      return {};
    },
  });
}
