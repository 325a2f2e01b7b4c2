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
