/**
 * Platform services, one table for both dialects (5.3: userId in the path; 6.x: the user of the
 * bearer token): origin, known and active servers, server status, server start and stop.
 * ServerStatusResponse's `isActive` field is written as `active` (Jackson drops the `is` of a
 * boolean getter, captured 5.3 02b, 6.1 02) and, being a primitive, even on an error (5.3 02e).
 */
import { errors } from '../ffdc/ffdc-error';
import { isoDate } from '../util/time';
import { PLATFORM_BASE } from '../wire/paths';
import {
  registerEgeriaRoute,
  type EgeriaRoute,
  type RouteTarget,
  type ServerDirectory,
} from './route-kit';

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

/** The origin text, which the console reads the release from. */
export function platformOrigin(release: string): string {
  return `Egeria OMAG Server Platform (version ${release}, embedded sandbox)`;
}

export function registerPlatformRoutes(target: RouteTarget, directory: PlatformDirectory): void {
  const base = PLATFORM_BASE[target.dialect];
  const route = <B>(spec: EgeriaRoute<B>) =>
    registerEgeriaRoute<B>(target, { ...spec, url: `${base}${spec.url}` });
  const serverName = (params: Record<string, string>) => params['server'] ?? '';

  route({
    method: 'GET',
    url: '/servers',
    responseClass: 'ServerListResponse',
    action: 'getKnownServerList',
    handler: () => ({ serverList: directory.servers().map((s) => s.name) }),
  });
  route({
    method: 'GET',
    url: '/servers/active',
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
  route({
    method: 'GET',
    url: '/servers/:server/status',
    responseClass: 'ServerStatusResponse',
    action: 'getServerStatus',
    handler: ({ params, userId }) => {
      const server = directory.server(serverName(params));
      if (!server) throw errors.serverNotAvailable(serverName(params), userId);
      const history = server.history.map((h) => ({
        startTime: isoDate(h.startTime),
        endTime: isoDate(h.endTime),
      }));
      return {
        serverName: server.name,
        serverType: server.serverType,
        ...(server.startTime !== undefined ? { serverStartTime: isoDate(server.startTime) } : {}),
        ...(server.endTime !== undefined ? { serverEndTime: isoDate(server.endTime) } : {}),
        ...(history.length > 0 ? { serverHistory: history } : {}),
        active: server.active,
      };
    },
    errorExtras: ({ params }) => ({ serverName: serverName(params), active: true }),
  });
  route({
    method: 'POST',
    url: '/servers/:server/instance',
    responseClass: 'SuccessMessageResponse',
    action: 'activateWithStoredConfig',
    handler: ({ params, userId }) => {
      const name = serverName(params);
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
  route({
    method: 'DELETE',
    url: '/servers/:server/instance',
    responseClass: 'VoidResponse',
    action: 'shutdownServer',
    handler: ({ params, userId }) => {
      if (!directory.stopServer(serverName(params)))
        throw errors.serverNotAvailable(serverName(params), userId);
    },
  });
  route({
    method: 'GET',
    url: '/servers/:server/is-known',
    responseClass: 'BooleanResponse',
    action: 'isServerKnown',
    handler: ({ params }) => ({ flag: directory.server(serverName(params)) !== undefined }),
    errorExtras: () => ({ flag: false }),
  });
}
