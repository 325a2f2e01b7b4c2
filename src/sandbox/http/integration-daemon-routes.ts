/**
 * The integration daemon REST API, one table for both dialects: 5.3 names the user in the path
 * (IntegrationDaemonResource@e993386a1f51), 6.x does not and takes an optional
 * `?delegatingUserId=` (@86e1137bf8ff); the beans differ only as render/daemon-reports.ts says.
 */
import type { IntegrationDaemon } from '../daemon/integration-daemon';
import { unexpectedError } from '../ffdc/ffdc-error';
import type { EstateOrigin } from '../model/estate';
import { daemonStatusBean, groupSummaryBean } from '../render/daemon-reports';
import { treeFromConnectionBody } from '../render/ocf-connection';
import {
  ConnectionBean,
  ConnectorConfigPropertiesRequestBodyBean,
  NameRequestBodyBean,
  StringRequestBodyBean,
} from '../services/request-beans';
import { INTEGRATION_DAEMON_BASE } from '../wire/paths';
import {
  listOrNothing,
  registerEgeriaRoute,
  type EgeriaRoute,
  type RouteTarget,
} from './route-kit';

export function registerIntegrationDaemonRoutes(
  target: RouteTarget,
  daemonNamed: (name: string) => IntegrationDaemon,
  origin: () => EstateOrigin,
): void {
  const { release } = target;
  const base = INTEGRATION_DAEMON_BASE[target.dialect];
  const daemon = (server: string) => daemonNamed(server);
  const route = <B>(spec: Omit<EgeriaRoute<B>, 'service'>) =>
    registerEgeriaRoute<B>(target, {
      ...spec,
      url: `${base}${spec.url}`,
      service: 'integration-daemon',
    });
  const connectorName = (params: Record<string, string>) => params['connectorName'] ?? '';

  route({
    method: 'GET',
    url: '/status',
    responseClass: 'IntegrationDaemonStatusResponse',
    action: 'getIntegrationDaemonStatus',
    inSlices: true,
    handler: ({ server }) => {
      const summaries = daemon(server).groupSummaries();
      // Real 5.3 fails here while the daemon runs no connector (golden 5.3/03e).
      if (release === '5.3' && summaries.every((s) => s.reports.length === 0))
        throw unexpectedError(
          'java.lang.NullPointerException',
          'getIntegrationDaemonStatus',
          'Cannot invoke "java.util.List.iterator()" because "<local2>" is null',
        );
      return { integrationDaemonStatus: daemonStatusBean(summaries, release, origin()) };
    },
  });
  route({
    method: 'GET',
    url: '/integration-groups/summary',
    responseClass: 'IntegrationGroupSummariesResponse',
    action: 'getIntegrationGroupSummaries',
    handler: ({ server }) => ({
      integrationGroupSummaries: listOrNothing(
        daemon(server)
          .groupSummaries()
          .map((s) => groupSummaryBean(s, release, origin())),
      ),
    }),
  });
  route({
    method: 'GET',
    url: '/integration-groups/:integrationGroupName/summary',
    responseClass: 'IntegrationGroupSummaryResponse',
    action: 'getIntegrationGroupSummary',
    handler: ({ server, params }) => ({
      integrationGroupSummary: groupSummaryBean(
        daemon(server).groupSummary(params['integrationGroupName'] ?? ''),
        release,
        origin(),
      ),
    }),
  });
  route({
    method: 'GET',
    url: '/integration-groups/:integrationGroupName/refresh-config',
    responseClass: 'VoidResponse',
    action: 'refreshIntegrationGroupConfig',
    handler: ({ server, params }) =>
      daemon(server).refreshGroupConfig(params['integrationGroupName'] ?? ''),
  });
  route({
    method: 'GET',
    url: '/integration-connectors/:connectorName/configuration-properties',
    responseClass: 'PropertiesResponse',
    action: 'getConfigurationProperties',
    handler: ({ server, params }) => {
      const properties = daemon(server).configurationProperties(connectorName(params));
      return Object.keys(properties).length > 0 ? { properties } : {};
    },
  });
  route<{
    connectorName?: string;
    mergeUpdate?: boolean;
    configurationProperties?: Record<string, unknown>;
  }>({
    method: 'POST',
    url: '/integration-connectors/configuration-properties',
    responseClass: 'VoidResponse',
    action: 'updateConfigurationProperties',
    body: ConnectorConfigPropertiesRequestBodyBean,
    handler: ({ server, body }) =>
      daemon(server).updateConfigurationProperties(
        body.connectorName,
        body.mergeUpdate === true,
        body.configurationProperties ?? {},
      ),
  });
  route<{ string?: string }>({
    method: 'POST',
    url: '/integration-connectors/:connectorName/endpoint-network-address',
    responseClass: 'VoidResponse',
    action: 'updateEndpointNetworkAddress',
    body: StringRequestBodyBean,
    handler: ({ server, params, body }) =>
      daemon(server).updateEndpointAddress(connectorName(params), body.string ?? ''),
  });
  route<Record<string, unknown>>({
    method: 'POST',
    url: '/integration-connectors/:connectorName/connection',
    responseClass: 'VoidResponse',
    action: 'updateConnectorConnection',
    body: ConnectionBean as never,
    handler: ({ server, params, body }) =>
      daemon(server).updateConnection(connectorName(params), treeFromConnectionBody(body)),
  });
  for (const [operation, action] of [
    ['refresh', 'refreshConnectors'],
    ['restart', 'restartConnectors'],
  ] as const) {
    route<{ name?: string } | undefined>({
      method: 'POST',
      url: `/integration-connectors/${operation}`,
      responseClass: 'VoidResponse',
      action,
      body: NameRequestBodyBean,
      optionalBody: true,
      handler: ({ server, body }) => {
        const instance = daemon(server);
        if (operation === 'refresh') instance.refreshConnectors(body?.name || undefined);
        else instance.restartConnectors(body?.name || undefined);
      },
    });
  }
}
