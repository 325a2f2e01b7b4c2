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

/**
 * The qualifiedName in a group URL, decoded from the pathname as the browser holds it (still
 * percent-encoded). Decoding here rather than trusting the router's splat param keeps one rule for
 * both directions. A raw `/` typed by hand (not `%2F`) is read as part of the name, so
 * `/groups/a/b` finds the group `a/b`. Undefined when there is no name or an escape is malformed.
 */
export function groupNameFromPath(pathname: string): string | undefined {
  const raw = encodedGroupNameInPath(pathname);
  if (raw === undefined) return undefined;
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
 * The graph of one group: `/p/{id}/groups/{name}/graph`, optionally focused on a node named by
 * connectorName or qualifiedName (`?focus=`). Only the encoded form is recognised: a name typed
 * with raw slashes opens the group page, never a graph.
 */
export function groupGraphPath(platformId: string, qualifiedName: string, focus?: string): string {
  const query = focus ? `?${new URLSearchParams({ focus }).toString()}` : '';
  return `${groupPath(platformId, qualifiedName)}/graph${query}`;
}

const GROUP_GRAPH_PATH = /^\/p\/[^/]+\/groups\/([^/]+)\/graph\/?$/;

/** The qualifiedName in a group-graph URL (decoded from the raw pathname); undefined if malformed. */
export function groupNameFromGraphPath(pathname: string): string | undefined {
  const raw = GROUP_GRAPH_PATH.exec(pathname)?.[1];
  if (raw === undefined) return undefined;
  try {
    return decodeURIComponent(raw);
  } catch {
    return undefined;
  }
}

/** The graph of every group one integration daemon runs. */
export function daemonGraphPath(platformId: string, daemon: string, focus?: string): string {
  const query = focus ? `?${new URLSearchParams({ focus }).toString()}` : '';
  return `/p/${encodeURIComponent(platformId)}/daemons/${encodeURIComponent(daemon)}/graph${query}`;
}
