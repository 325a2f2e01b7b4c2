/**
 * The part of the admin services that configures which integration groups a daemon runs, one
 * table for both dialects. As with Egeria, a change takes effect when the server next starts.
 */
import { z } from 'zod';
import { IntegrationGroupConfigSchema, type IntegrationGroupConfig } from '../daemon/daemon-config';
import { errors } from '../ffdc/ffdc-error';
import { ADMIN_BASE } from '../wire/paths';
import {
  listOrNothing,
  registerEgeriaRoute,
  type EgeriaRoute,
  type RouteTarget,
  type ServerDirectory,
} from './route-kit';

export interface DaemonConfigStore extends ServerDirectory {
  groupConfigs(daemonName: string): IntegrationGroupConfig[] | undefined;
  setGroupConfigs(daemonName: string, groups: IntegrationGroupConfig[]): void;
}

export function registerAdminRoutes(target: RouteTarget, configs: DaemonConfigStore): void {
  const base = ADMIN_BASE[target.dialect];
  const route = <B>(spec: EgeriaRoute<B>) =>
    registerEgeriaRoute<B>(target, { ...spec, url: `${base}${spec.url}` });
  /** The metadata access server and the view server have no integration daemon services to configure. */
  const daemonName = (server: string, userId: string): string => {
    if (server === configs.metadataServer || server === configs.viewServer)
      throw errors.serviceNotAvailable('Integration Daemon Services', server, userId);
    return server;
  };
  const withClass = (g: IntegrationGroupConfig): IntegrationGroupConfig => ({
    ...g,
    class: 'IntegrationGroupConfig',
  });
  const update = (
    server: string,
    userId: string,
    change: (groups: IntegrationGroupConfig[]) => IntegrationGroupConfig[],
  ) => {
    const name = daemonName(server, userId);
    const current = configs.groupConfigs(name);
    const next = change(current ?? []);
    // Only a change that adds a group creates the configuration of a daemon not yet known.
    if (current || next.length > 0) configs.setGroupConfigs(name, next);
  };

  route({
    method: 'GET',
    url: '/integration-groups/configuration',
    responseClass: 'IntegrationGroupsResponse',
    action: 'getIntegrationGroupsConfiguration',
    handler: ({ server, userId }) => ({
      groups: listOrNothing(configs.groupConfigs(daemonName(server, userId))),
    }),
  });
  route<IntegrationGroupConfig>({
    method: 'POST',
    url: '/integration-groups/configuration',
    responseClass: 'VoidResponse',
    action: 'addIntegrationGroupConfiguration',
    body: IntegrationGroupConfigSchema,
    handler: ({ server, userId, body }) =>
      update(server, userId, (groups) => [
        ...groups.filter(
          (g) => g.integrationGroupQualifiedName !== body.integrationGroupQualifiedName,
        ),
        withClass(body),
      ]),
  });
  route<IntegrationGroupConfig[]>({
    method: 'POST',
    url: '/integration-groups/configuration/all',
    responseClass: 'VoidResponse',
    action: 'setIntegrationGroupsConfiguration',
    body: z.array(IntegrationGroupConfigSchema),
    handler: ({ server, userId, body }) => update(server, userId, () => body.map(withClass)),
  });
  route({
    method: 'DELETE',
    url: '/integration-groups',
    responseClass: 'VoidResponse',
    action: 'clearAllIntegrationGroups',
    handler: ({ server, userId }) => update(server, userId, () => []),
  });
  route({
    method: 'DELETE',
    url: '/integration-groups/:qualifiedName',
    responseClass: 'VoidResponse',
    action: 'clearIntegrationGroup',
    handler: ({ server, userId, params }) =>
      update(server, userId, (groups) =>
        groups.filter((g) => g.integrationGroupQualifiedName !== params['qualifiedName']),
      ),
  });
}
