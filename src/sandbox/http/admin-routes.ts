/**
 * The part of the 5.x admin services that configures which integration groups a daemon runs.
 * As with Egeria, a change takes effect when the server next starts (POST …/instance).
 */
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import type * as W from '../../egeria/v5/wire';
import { IntegrationGroupConfigSchema, type IntegrationGroupConfig } from '../daemon/daemon-config';
import { errors } from '../ffdc/ffdc-error';
import { registerEgeriaRoute, type ServerDirectory } from './route-kit';

const DEFAULT_BASE = '/open-metadata/admin-services/users/:userId/servers/:server';
/** 6.x: no userId in the path. */
export const ADMIN_SERVICES_BASE_6 = '/open-metadata/admin-services/servers/:server';

interface IntegrationGroupsResponse extends W.FfdcResponse {
  groups?: IntegrationGroupConfig[];
}

export interface DaemonConfigStore extends ServerDirectory {
  groupConfigs(daemonName: string): IntegrationGroupConfig[] | undefined;
  setGroupConfigs(daemonName: string, groups: IntegrationGroupConfig[]): void;
}

export function registerAdminRoutes(
  app: FastifyInstance,
  configs: DaemonConfigStore,
  base: string = DEFAULT_BASE,
): void {
  const BASE = base;
  /** The metadata access server has no integration daemon services to configure. */
  const daemonName = (server: string, userId: string): string => {
    if (server === configs.metadataServer || server === configs.viewServer)
      throw errors.serviceNotAvailable('Integration Daemon Services', server, userId);
    return server;
  };
  const withClass = (g: IntegrationGroupConfig): IntegrationGroupConfig => ({
    ...g,
    class: 'IntegrationGroupConfig',
  });

  registerEgeriaRoute<IntegrationGroupsResponse, never>(app, configs, {
    method: 'GET',
    url: `${BASE}/integration-groups/configuration`,
    responseClass: 'IntegrationGroupsResponse',
    action: 'getIntegrationGroupsConfiguration',
    handler: ({ server, userId }) => {
      const groups = configs.groupConfigs(daemonName(server, userId)) ?? [];
      return groups.length > 0 ? { groups } : {};
    },
  });

  registerEgeriaRoute<W.VoidResponse, IntegrationGroupConfig>(app, configs, {
    method: 'POST',
    url: `${BASE}/integration-groups/configuration`,
    responseClass: 'VoidResponse',
    action: 'addIntegrationGroupConfiguration',
    body: IntegrationGroupConfigSchema,
    handler: ({ server, userId, body }) => {
      const name = daemonName(server, userId);
      const others = (configs.groupConfigs(name) ?? []).filter(
        (g) => g.integrationGroupQualifiedName !== body.integrationGroupQualifiedName,
      );
      configs.setGroupConfigs(name, [...others, withClass(body)]);
      return {};
    },
  });

  registerEgeriaRoute<W.VoidResponse, IntegrationGroupConfig[]>(app, configs, {
    method: 'POST',
    url: `${BASE}/integration-groups/configuration/all`,
    responseClass: 'VoidResponse',
    action: 'setIntegrationGroupsConfiguration',
    body: z.array(IntegrationGroupConfigSchema),
    handler: ({ server, userId, body }) => {
      configs.setGroupConfigs(daemonName(server, userId), body.map(withClass));
      return {};
    },
  });

  registerEgeriaRoute<W.VoidResponse, never>(app, configs, {
    method: 'DELETE',
    url: `${BASE}/integration-groups`,
    responseClass: 'VoidResponse',
    action: 'clearAllIntegrationGroups',
    handler: ({ server, userId }) => {
      const name = daemonName(server, userId);
      if (configs.groupConfigs(name)) configs.setGroupConfigs(name, []);
      return {};
    },
  });

  registerEgeriaRoute<W.VoidResponse, never>(app, configs, {
    method: 'DELETE',
    url: `${BASE}/integration-groups/:qualifiedName`,
    responseClass: 'VoidResponse',
    action: 'clearIntegrationGroup',
    handler: ({ server, userId, params }) => {
      const name = daemonName(server, userId);
      const groups = configs.groupConfigs(name);
      if (groups)
        configs.setGroupConfigs(
          name,
          groups.filter((g) => g.integrationGroupQualifiedName !== params['qualifiedName']),
        );
      return {};
    },
  });
}
