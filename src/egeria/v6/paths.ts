/**
 * URL builders for the Egeria 6.x REST API: no userId in any path (the bearer token says who is
 * calling), view services on a view server, the integration daemon and the platform and admin
 * services without `users/{userId}`. Every variable segment is percent-encoded.
 */

import { encodeSegment as seg } from '../wire/values';

export const PLATFORM_SERVICES_PATH = '/open-metadata/platform-services/server-platform';

/** The view services the console uses (their `urlMarker`). */
export const VIEW_SERVICES = {
  assetMaker: 'asset-maker',
  connectionMaker: 'connection-maker',
  metadataExpert: 'metadata-expert',
} as const;
export type ViewService = (typeof VIEW_SERVICES)[keyof typeof VIEW_SERVICES];

export function viewServicePath(viewServer: string, service: ViewService): string {
  return `/servers/${seg(viewServer)}/api/open-metadata/${service}`;
}

export function integrationDaemonPath(daemon: string): string {
  return `/servers/${seg(daemon)}/open-metadata/integration-daemon`;
}

export function adminServicesPath(server: string): string {
  return `/open-metadata/admin-services/servers/${seg(server)}`;
}

/** Login and logout on the platform (never proxied to the browser). */
export const TOKEN_PATH = '/api/token';
export const LOGOUT_PATH = '/api/token/logout';

export { seg as encodeSegment };
