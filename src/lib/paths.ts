/**
 * The console's URLs. A group's qualifiedName travels as ONE path segment, percent-encoded with
 * encodeURIComponent, so names holding `/`, `?`, `#`, `%`, spaces or non-ASCII text round-trip.
 */

export function groupsPath(platformId: string): string {
  return `/p/${encodeURIComponent(platformId)}/groups`;
}

export function groupPath(platformId: string, qualifiedName: string): string {
  return `${groupsPath(platformId)}/${encodeURIComponent(qualifiedName)}`;
}

const GROUP_PATH = /^\/p\/[^/]+\/groups\/(.+)$/;
const SHORT_GROUP_PATH = /^\/groups\/(.+)$/;

/**
 * The still-encoded name part of `/p/{id}/groups/{name}` or of the platform-less
 * `/groups/{name}`; undefined for other paths.
 */
export function encodedGroupNameInPath(pathname: string): string | undefined {
  const match = GROUP_PATH.exec(pathname) ?? SHORT_GROUP_PATH.exec(pathname);
  const raw = match?.[1]?.replace(/\/+$/, '');
  return raw || undefined;
}

/** Each `/`-separated segment decoded; a raw `/` stays in the name. Undefined if malformed. */
function decodeNameSegments(raw: string): string | undefined {
  try {
    return raw
      .split('/')
      .map((segment) => decodeURIComponent(segment))
      .join('/');
  } catch {
    return undefined;
  }
}

/**
 * The qualifiedName in a group URL, decoded from the pathname as the browser holds it (still
 * percent-encoded). Decoding here rather than trusting the router's splat param keeps one rule for
 * both directions. A raw `/` typed by hand (not `%2F`) is read as part of the name, so
 * `/groups/a/b` finds the group `a/b`. Undefined when there is no name or an escape is malformed.
 */
export function groupNameFromPath(pathname: string): string | undefined {
  const raw = encodedGroupNameInPath(pathname);
  if (raw === undefined) return undefined;
  return decodeNameSegments(raw);
}

/*
 * Definition screens (src/features/definitions). Each names its element by qualifiedName in one
 * encoded path segment, like group pages; a second element (the connector of a registration)
 * travels in the `connector` search parameter.
 */

const platformRoot = (platformId: string) => `/p/${encodeURIComponent(platformId)}`;
const withConnector = (path: string, connectorQualifiedName: string | undefined) =>
  connectorQualifiedName ? `${path}?connector=${encodeURIComponent(connectorQualifiedName)}` : path;

/** The connector page: its definition, connection and the groups that register it. */
export function connectorPath(platformId: string, qualifiedName: string): string {
  return `${platformRoot(platformId)}/connectors/${encodeURIComponent(qualifiedName)}`;
}

export const definitionPaths = {
  newGroup: (platformId: string) => `${platformRoot(platformId)}/new-group`,
  editGroup: (platformId: string, groupQualifiedName: string) =>
    `${platformRoot(platformId)}/edit-group/${encodeURIComponent(groupQualifiedName)}`,
  deleteGroup: (platformId: string, groupQualifiedName: string) =>
    `${platformRoot(platformId)}/delete-group/${encodeURIComponent(groupQualifiedName)}`,
  /** With a group, the new connector is offered for registration in it once created. */
  newConnector: (platformId: string, groupQualifiedName?: string) =>
    `${platformRoot(platformId)}/new-connector${groupQualifiedName ? `?group=${encodeURIComponent(groupQualifiedName)}` : ''}`,
  editConnector: (platformId: string, connectorQualifiedName: string) =>
    `${platformRoot(platformId)}/edit-connector/${encodeURIComponent(connectorQualifiedName)}`,
  deleteConnector: (platformId: string, connectorQualifiedName: string) =>
    `${platformRoot(platformId)}/delete-connector/${encodeURIComponent(connectorQualifiedName)}`,
  registerConnector: (
    platformId: string,
    groupQualifiedName: string,
    connectorQualifiedName?: string,
  ) =>
    withConnector(
      `${platformRoot(platformId)}/register-connector/${encodeURIComponent(groupQualifiedName)}`,
      connectorQualifiedName,
    ),
  editRegistration: (
    platformId: string,
    groupQualifiedName: string,
    connectorQualifiedName: string,
  ) =>
    withConnector(
      `${platformRoot(platformId)}/edit-registration/${encodeURIComponent(groupQualifiedName)}`,
      connectorQualifiedName,
    ),
  unregister: (platformId: string, groupQualifiedName: string, connectorQualifiedName: string) =>
    withConnector(
      `${platformRoot(platformId)}/unregister/${encodeURIComponent(groupQualifiedName)}`,
      connectorQualifiedName,
    ),
};

/**
 * The qualifiedName in `/p/{id}/{screen}/{name}`, decoded by the same rule as group paths (a raw
 * `/` is part of the name). Undefined when the path is another screen's or an escape is malformed.
 */
export function nameFromScreenPath(pathname: string, screen: string): string | undefined {
  const prefix = /^\/p\/[^/]+\//.exec(pathname)?.[0];
  if (!prefix || !pathname.startsWith(`${prefix}${screen}/`)) return undefined;
  const raw = pathname.slice(prefix.length + screen.length + 1).replace(/\/+$/, '');
  if (!raw) return undefined;
  return decodeNameSegments(raw);
}

/**
 * The graph of one group: `/p/{id}/groups/{name}/graph`, optionally focused on a node named by
 * connectorName or qualifiedName (`?focus=`). Only the encoded form is recognised: a name typed
 * with raw slashes opens the group page, never a graph.
 */
export function groupGraphPath(platformId: string, qualifiedName: string, focus?: string): string {
  const query = focus ? `?${new URLSearchParams({ focus }).toString()}` : '';
  return `${groupPath(platformId, qualifiedName)}/graph${query}`;
}

const GROUP_GRAPH_PATH = /^\/p\/[^/]+\/groups\/([^/]+)\/graph\/?$/;

/**
 * The one segment `pattern` captures from a raw pathname, decoded; undefined when the path does not
 * match or its escape is malformed.
 */
export function segmentOfPath(pattern: RegExp, pathname: string): string | undefined {
  const raw = pattern.exec(pathname)?.[1];
  if (raw === undefined) return undefined;
  try {
    return decodeURIComponent(raw);
  } catch {
    return undefined;
  }
}

/** The qualifiedName in a group-graph URL (decoded from the raw pathname); undefined if malformed. */
export const groupNameFromGraphPath = (pathname: string) =>
  segmentOfPath(GROUP_GRAPH_PATH, pathname);

/** The graph of every group one integration daemon runs. */
export function daemonGraphPath(platformId: string, daemon: string, focus?: string): string {
  const query = focus ? `?${new URLSearchParams({ focus }).toString()}` : '';
  return `/p/${encodeURIComponent(platformId)}/daemons/${encodeURIComponent(daemon)}/graph${query}`;
}

/*
 * Bundles (src/features/bundles): export one or more groups, or every group a daemon runs; import
 * a bundle file with a dry run.
 */

export function bundleExportPath(
  platformId: string,
  what: { groups?: readonly string[]; daemon?: string } = {},
): string {
  const query = new URLSearchParams();
  for (const group of what.groups ?? []) query.append('group', group);
  if (what.daemon) query.set('daemon', what.daemon);
  const text = query.toString();
  return `${platformRoot(platformId)}/bundles/export${text ? `?${text}` : ''}`;
}

export function bundleImportPath(platformId: string): string {
  return `${platformRoot(platformId)}/bundles/import`;
}

/** The drift view of a daemon, or of one group in it (src/features/drift). */
export function driftPath(platformId: string, daemon: string, group?: string): string {
  const query = group ? `?${new URLSearchParams({ group }).toString()}` : '';
  return `/p/${encodeURIComponent(platformId)}/daemons/${encodeURIComponent(daemon)}/drift${query}`;
}
