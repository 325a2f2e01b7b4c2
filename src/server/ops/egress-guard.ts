/**
 * The last check before a request leaves for an Egeria platform. The dialect code builds every
 * path from validated arguments, so this should never refuse anything; it is here so that a bug
 * there, or a name crafted to look like a path, cannot reach a service the console does not use.
 * The path is checked once, decoded, in canonical form: no dot segments, encoded slashes or
 * backslashes, `%25`, `;`, empty segments; only the server-scoped services and platform reads;
 * never the admin services or the token endpoints; on 5.x only the configured userId.
 */

export interface EgressScope {
  /** The userId 5.x paths must name (6.x paths name none). */
  userId: string;
  /** The servers the console may call: the metadata and view servers and the daemons. */
  servers: ReadonlySet<string>;
}

// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001f\u007f]/;
/** Encodings that only a path trick needs: /, \, %, ., NUL. */
const FORBIDDEN_ENCODINGS = /%(2f|5c|25|2e|00)/i;

/** Why the request must not be sent, or undefined when it may. */
export function egressRefusal(
  method: string,
  pathAndQuery: string,
  scope: EgressScope,
): string | undefined {
  if (method !== 'GET' && method !== 'POST') return `the method ${method} is not used`;
  const queryAt = pathAndQuery.indexOf('?');
  const path = queryAt < 0 ? pathAndQuery : pathAndQuery.slice(0, queryAt);
  const query = queryAt < 0 ? '' : pathAndQuery.slice(queryAt + 1);
  if (CONTROL.test(pathAndQuery) || pathAndQuery.includes('#'))
    return 'the request has control characters';
  if (!path.startsWith('/')) return 'the path is not absolute';
  if (path.includes('\\')) return 'the path has a backslash';
  if (path.includes(';')) return 'the path has a ";" (path parameters are not used)';
  if (FORBIDDEN_ENCODINGS.test(path))
    return 'a name in the path holds "/", "\\", "%" or "." in encoded form';
  if (/%00/i.test(query)) return 'the query has a NUL';

  const raw = path.slice(1).split('/');
  const segments: string[] = [];
  for (const segment of raw) {
    if (segment === '') return 'the path has an empty segment';
    let decoded: string;
    try {
      decoded = decodeURIComponent(segment);
    } catch {
      return 'the path has a malformed escape';
    }
    if (decoded === '.' || decoded === '..') return 'the path has a dot segment';
    if (CONTROL.test(decoded)) return 'the path has control characters';
    segments.push(decoded);
  }

  if (segments.includes('admin-services')) return 'the admin services are not used';
  for (let i = 0; i + 1 < segments.length; i++) {
    if (segments[i] === 'api' && segments[i + 1] === 'token')
      return 'the token endpoints belong to the console’s sign-in';
    if (segments[i] === 'users' && segments[i + 1] !== scope.userId)
      return `only the configured user (${scope.userId}) is named in paths`;
  }

  const [first, second, third] = segments;
  if (first === 'open-metadata' && second === 'platform-services') {
    if (method !== 'GET') return 'the platform services are only read';
    // 5.x: /open-metadata/platform-services/users/{userId}/server-platform/…; 6.x without users.
    const rest = third === 'users' ? segments.slice(4) : segments.slice(2);
    if (rest[0] !== 'server-platform') return 'only the server platform’s reads are used';
    return undefined;
  }
  if (first === 'servers' && second !== undefined) {
    if (!scope.servers.has(second))
      return `the server ${second} is not one of the platform’s configured servers`;
    const service = segments.slice(2, 4).join('/');
    if (service.startsWith('open-metadata/') || service === 'api/open-metadata') return undefined;
    return 'only the open-metadata services of a server are used';
  }
  return 'the path is not one of the Egeria services the console uses';
}
