/**
 * URL builders for the Egeria 6.x REST API: no userId in any path (the bearer token says who is
 * calling), view services on a view server, the integration daemon and the platform and admin
 * services without `users/{userId}`. Every variable segment is percent-encoded.
 *
 * What 6.x does differently from 5.3, as real 6.1-SNAPSHOT (86e1137bf8ff) showed it (6.2 follows
 * pyegeria 6.2); the rest is shared code in ../apis, ../wire and ../connection-sync.ts:
 * - A bearer token from `POST /api/token`; the view services of a view server (asset-maker for
 *   groups and connectors, connection-maker for connection elements, metadata-expert for
 *   registrations and generic searches). 6.0 has no group calls: refused (CONSOLE-EGERIA60-501-001).
 * - Search strings are literal text, not regular expressions, and never "*": a list sends none,
 *   with the type name. Lists answer `elements`; an empty list is left out.
 * - One retrieve with `includeOnlyRelationships` and `graphQueryDepth` brings a connector with
 *   its connection, connector type, endpoint and embedded connections (./mapping.ts).
 * - Updates merge by `mergeUpdate`; catalog targets are listed with POST; a connector type is
 *   unlinked by deleting its relationship (6.1's detach changes nothing).
 * - 6.2: typed registration attach/detach and `connectedResources`, chosen by the release the
 *   platform's origin names.
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
