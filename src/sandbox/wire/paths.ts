/**
 * Where each Egeria API the sandbox serves lives, per dialect. 5.3 names the user in the path;
 * 6.x takes the user from the bearer token. Fastify syntax (`:name`) for path variables.
 */
import type { Dialect } from './releases';

export const PLATFORM_BASE: Record<Dialect, string> = {
  v5: '/open-metadata/platform-services/users/:userId/server-platform',
  v6: '/open-metadata/platform-services/server-platform',
};

export const ADMIN_BASE: Record<Dialect, string> = {
  v5: '/open-metadata/admin-services/users/:userId/servers/:server',
  v6: '/open-metadata/admin-services/servers/:server',
};

export const INTEGRATION_DAEMON_BASE: Record<Dialect, string> = {
  v5: '/servers/:daemon/open-metadata/integration-daemon/users/:userId',
  v6: '/servers/:daemon/open-metadata/integration-daemon',
};

/** 5.3 GAF governance-configuration-service on the metadata access server. */
export const GOVERNANCE_CONFIGURATION_BASE =
  '/servers/:server/open-metadata/framework-services/:marker/governance-configuration-service/users/:userId';

/** 5.3 OMF open-metadata-store on the metadata access server. */
export const OPEN_METADATA_STORE_BASE =
  '/servers/:server/open-metadata/framework-services/:marker/open-metadata-store/users/:userId';

/** 6.x view services on the view server; the next segment is the view service's URL marker. */
export const VIEW_SERVICES_BASE = '/servers/:server/api/open-metadata';

/**
 * The access-service URL markers a 5.3 metadata access server with every access service configured
 * accepts in framework-service URLs (the services of captured 02d); any other marker is refused
 * with OMAG-MULTI-TENANT-404-002 naming it (07j: `governance-engine`).
 */
export const ACCESS_SERVICE_MARKERS = new Set([
  'asset-consumer',
  'asset-manager',
  'asset-owner',
  'community-profile',
  'data-manager',
  'data-science',
  'design-model',
  'digital-architecture',
  'digital-service',
  'governance-program',
  'governance-server',
  'it-infrastructure',
  'project-management',
  'security-manager',
  'software-developer',
  'stewardship-action',
]);
