/**
 * Platform services: origin, known and active servers, server status, server start and stop. 5.x
 * has the userId in the path; 6.x (`base` without it) takes the user from the bearer token.
 */
import type { FastifyInstance } from 'fastify';
import type * as W from '../../egeria/v5/wire';
import { errors } from '../ffdc/ffdc-error';
import { isoDate } from '../util/time';
import { registerEgeriaRoute, type Payload, type ServerDirectory } from './route-kit';

export const PLATFORM_ORIGIN = 'Egeria OMAG Server Platform (version 5.3, embedded sandbox)';
export const PLATFORM_ORIGIN_6 = 'Egeria OMAG Server Platform (version 6.1, embedded sandbox)';
const DEFAULT_BASE = '/open-metadata/platform-services/users/:userId/server-platform';
export const PLATFORM_SERVICES_BASE_6 = '/open-metadata/platform-services/server-platform';

export interface ServerRecord {
  name: string;
  serverType: string;
  active: boolean;
  startTime?: number;
  endTime?: number;
  history: Array<{ startTime: number; endTime: number }>;
}

export interface PlatformDirectory extends ServerDirectory {
  servers(): ServerRecord[];
  server(name: string): ServerRecord | undefined;
  /** Starts a configured server (restarting it when it runs); false when it is not configured. */
  startServer(name: string): boolean;
  stopServer(name: string): boolean;
}

/** 5.x OMAGServerOperationResource answers a server start with this bean. */
interface SuccessMessageResponse extends W.FfdcResponse {
  successMessage?: string;
}

export function registerPlatformRoutes(
  app: FastifyInstance,
  directory: PlatformDirectory,
  options: { base?: string; origin?: string; skipOrigin?: boolean } = {},
): void {
  const BASE = options.base ?? DEFAULT_BASE;
  if (!options.skipOrigin)
    app.get(
      `${BASE}/origin`,
      { config: { responseClass: 'String', action: 'getServerPlatformOrigin' } },
      async (_request, reply) =>
        reply.type('text/plain;charset=UTF-8').send(options.origin ?? PLATFORM_ORIGIN),
    );

  registerEgeriaRoute<W.ServerListResponse, never>(app, directory, {
    method: 'GET',
    url: `${BASE}/servers`,
    responseClass: 'ServerListResponse',
    action: 'getKnownServerList',
    handler: () => ({ serverList: directory.servers().map((s) => s.name) }),
  });

  registerEgeriaRoute<W.ServerListResponse, never>(app, directory, {
    method: 'GET',
    url: `${BASE}/servers/active`,
    responseClass: 'ServerListResponse',
    action: 'getActiveServerList',
    handler: () => {
      const active = directory
        .servers()
        .filter((s) => s.active)
        .map((s) => s.name);
      return active.length > 0 ? { serverList: active } : {};
    },
  });

  registerEgeriaRoute<W.ServerStatusResponse, never>(app, directory, {
    method: 'GET',
    url: `${BASE}/servers/:server/status`,
    responseClass: 'ServerStatusResponse',
    action: 'getServerStatus',
    handler: ({ params, userId }) => {
      const name = params['server'] ?? '';
      const server = directory.server(name);
      if (!server) throw errors.serverNotAvailable(name, userId);
      const history = server.history.map((h) => ({
        startTime: isoDate(h.startTime),
        endTime: isoDate(h.endTime),
      }));
      const status: Payload<W.ServerStatusResponse> = {
        serverName: server.name,
        serverType: server.serverType,
        isActive: server.active,
      };
      if (server.startTime !== undefined) status.serverStartTime = isoDate(server.startTime);
      if (server.endTime !== undefined) status.serverEndTime = isoDate(server.endTime);
      if (history.length > 0) status.serverHistory = history;
      return status;
    },
  });

  registerEgeriaRoute<SuccessMessageResponse, never>(app, directory, {
    method: 'POST',
    url: `${BASE}/servers/:server/instance`,
    responseClass: 'SuccessMessageResponse',
    action: 'activateWithStoredConfig',
    handler: ({ params, userId }) => {
      const name = params['server'] ?? '';
      if (!directory.startServer(name)) throw errors.serverNotAvailable(name, userId);
      const services = directory.isDaemon(name)
        ? 'Integration Daemon Services'
        : name === directory.viewServer
          ? 'View Services'
          : 'Open Metadata Store Services';
      return {
        successMessage: `${new Date().toString()} ${name} is running the following services: [${services}]`,
      };
    },
  });

  registerEgeriaRoute<W.VoidResponse, never>(app, directory, {
    method: 'DELETE',
    url: `${BASE}/servers/:server/instance`,
    responseClass: 'VoidResponse',
    action: 'shutdownServer',
    handler: ({ params, userId }) => {
      const name = params['server'] ?? '';
      if (!directory.stopServer(name)) throw errors.serverNotAvailable(name, userId);
      return {};
    },
  });

  registerEgeriaRoute<W.BooleanResponse, never>(app, directory, {
    method: 'GET',
    url: `${BASE}/servers/:server/is-known`,
    responseClass: 'BooleanResponse',
    action: 'isServerKnown',
    handler: ({ params }) => ({ flag: directory.server(params['server'] ?? '') !== undefined }),
  });
}
