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

/**
 * The qualifiedName in a group URL, from the still-encoded pathname. Decoding here, rather than
 * trusting the router's splat param, keeps one rule for both directions; a raw `/` typed by hand
 * (not `%2F`) is read as part of the name too, so `/groups/a/b` finds the group `a/b`.
 * Returns undefined when the path has no name or a malformed escape.
 */
export function qualifiedNameFromPath(pathname: string, prefix: string): string | undefined {
  if (!pathname.startsWith(prefix)) return undefined;
  const rest = pathname.slice(prefix.length).replace(/^\/+/, '').replace(/\/+$/, '');
  if (!rest) return undefined;
  try {
    return rest
      .split('/')
      .map((segment) => decodeURIComponent(segment))
      .join('/');
  } catch {
    return undefined;
  }
}
