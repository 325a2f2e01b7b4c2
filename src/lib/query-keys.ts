/**
 * The query-key factories, one per resource. Every key starts with the platform (and, for metadata,
 * the metadata server), so switching platform never shows another platform's cache, and
 * invalidating a prefix reaches everything beneath it:
 *
 *   ['console', 'platforms'] · ['console', 'me'] · ['console', 'audit', p, kind, ...names]
 *   ['platform', p, 'origin']
 *   ['platform', p, 'session']
 *   ['platform', p, 'daemon', d, 'status']
 *   ['platform', p, 'daemon', d, 'connectors', connectorName, 'configuration-properties' | 'history']
 *   ['platform', p, 'server', s, 'groups', 'list', { pageSize }]
 *   ['platform', p, 'server', s, 'groups', 'by-name', qualifiedName]
 *   ['platform', p, 'server', s, 'groups', 'guid', groupGuid, 'registrations', { pageSize }]
 *   ['platform', p, 'server', s, 'connectors', 'by-name', qualifiedName]
 *   ['platform', p, 'server', s, 'connectors', 'guid', connectorGuid, 'catalog-targets', 'list']
 *   ['platform', p, 'server', s, 'connectors', 'guid', connectorGuid, 'groups']
 *   ['platform', p, 'server', s, 'elements', 'search', { searchString, typeNames, startFrom, pageSize }]
 */

/** The console's own answers, not a platform's. */
export const consoleKeys = {
  /** The configured platforms (GET /api/platforms). */
  platforms: () => ['console', 'platforms'] as const,
  /** Who uses the console, with their roles (GET /api/me). */
  me: () => ['console', 'me'] as const,
  /** Everything read from the audit log. */
  audit: () => ['console', 'audit'] as const,
  /** Audit entries of one element of a platform. */
  elementAudit: (platformId: string, kind: string, values: readonly string[]) =>
    [...consoleKeys.audit(), platformId, kind, ...values] as const,
  /** The audit page's search. */
  auditSearch: (filter: Record<string, string | undefined>) =>
    [...consoleKeys.audit(), 'search', filter] as const,
};

export const platformKeys = {
  all: (platformId: string) => ['platform', platformId] as const,
  origin: (platformId: string) => [...platformKeys.all(platformId), 'origin'] as const,
  /** Who is signed in to the platform (the console server's answer; 6.x platforms only). */
  session: (platformId: string) => [...platformKeys.all(platformId), 'session'] as const,
  server: (platformId: string, server: string) =>
    [...platformKeys.all(platformId), 'server', server] as const,
};

export const daemonKeys = {
  all: (platformId: string, daemon: string) =>
    [...platformKeys.all(platformId), 'daemon', daemon] as const,
  status: (platformId: string, daemon: string) =>
    [...daemonKeys.all(platformId, daemon), 'status'] as const,
  connector: (platformId: string, daemon: string, connectorName: string) =>
    [...daemonKeys.all(platformId, daemon), 'connectors', connectorName] as const,
  /** The running connector's configuration properties, as the daemon holds them. */
  connectorConfig: (platformId: string, daemon: string, connectorName: string) =>
    [
      ...daemonKeys.connector(platformId, daemon, connectorName),
      'configuration-properties',
    ] as const,
  /** The console server's recorded status transitions of the connector. */
  connectorHistory: (platformId: string, daemon: string, connectorName: string) =>
    [...daemonKeys.connector(platformId, daemon, connectorName), 'history'] as const,
};

export const groupKeys = {
  all: (platformId: string, server: string) =>
    [...platformKeys.server(platformId, server), 'groups'] as const,
  list: (platformId: string, server: string, pageSize: number) =>
    [...groupKeys.all(platformId, server), 'list', { pageSize }] as const,
  byName: (platformId: string, server: string, qualifiedName: string) =>
    [...groupKeys.all(platformId, server), 'by-name', qualifiedName] as const,
  detail: (platformId: string, server: string, groupGuid: string) =>
    [...groupKeys.all(platformId, server), 'guid', groupGuid] as const,
  /** Every group as one list (name checks on the definition screens). */
  everything: (platformId: string, server: string) =>
    [...groupKeys.all(platformId, server), 'everything'] as const,
};

export const registrationKeys = {
  ofGroup: (platformId: string, server: string, groupGuid: string, pageSize: number) =>
    [...groupKeys.detail(platformId, server, groupGuid), 'registrations', { pageSize }] as const,
  /** One connector's registration in a group. */
  one: (platformId: string, server: string, groupGuid: string, connectorGuid: string) =>
    [
      ...groupKeys.detail(platformId, server, groupGuid),
      'registrations',
      'connector',
      connectorGuid,
    ] as const,
  /** Every registration of a group as one list (the definition screens check names against it). */
  allOfGroup: (platformId: string, server: string, groupGuid: string) =>
    [...groupKeys.detail(platformId, server, groupGuid), 'registrations', 'all'] as const,
};

export const connectorKeys = {
  all: (platformId: string, server: string) =>
    [...platformKeys.server(platformId, server), 'connectors'] as const,
  detail: (platformId: string, server: string, connectorGuid: string) =>
    [...connectorKeys.all(platformId, server), 'guid', connectorGuid] as const,
  byName: (platformId: string, server: string, qualifiedName: string) =>
    [...connectorKeys.all(platformId, server), 'by-name', qualifiedName] as const,
  /** Every connector on the metadata server as one list. */
  everything: (platformId: string, server: string) =>
    [...connectorKeys.all(platformId, server), 'everything'] as const,
  /** The groups that register a connector. */
  groups: (platformId: string, server: string, connectorGuid: string) =>
    [...connectorKeys.detail(platformId, server, connectorGuid), 'groups'] as const,
};

export const catalogTargetKeys = {
  ofConnector: (platformId: string, server: string, connectorGuid: string) =>
    [...connectorKeys.detail(platformId, server, connectorGuid), 'catalog-targets'] as const,
  /** Every catalog target of a connector; the group page counts them from this same entry. */
  list: (platformId: string, server: string, connectorGuid: string) =>
    [...catalogTargetKeys.ofConnector(platformId, server, connectorGuid), 'list'] as const,
};

export const elementKeys = {
  all: (platformId: string, server: string) =>
    [...platformKeys.server(platformId, server), 'elements'] as const,
  /** One page of a metadata search (the asset palette). */
  search: (
    platformId: string,
    server: string,
    search: { searchString: string; typeNames: string[]; startFrom: number; pageSize: number },
  ) => [...elementKeys.all(platformId, server), 'search', search] as const,
};
