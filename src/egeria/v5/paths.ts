/**
 * URL builders for the Egeria 5.3 REST API (userId in the path). Every variable segment is
 * percent-encoded, so names with spaces, colons or non-ASCII characters travel intact.
 */

/** The Governance Server marker; any enabled access-service marker works, this is what the daemon uses. */
export const DEFAULT_SERVICE_URL_MARKER = 'governance-server';

import { encodeSegment as seg } from '../wire/values';

export function platformServicesPath(userId: string): string {
  return `/open-metadata/platform-services/users/${seg(userId)}/server-platform`;
}

export function configurationServicePath(
  server: string,
  userId: string,
  marker = DEFAULT_SERVICE_URL_MARKER,
): string {
  return `/servers/${seg(server)}/open-metadata/framework-services/${seg(marker)}/governance-configuration-service/users/${seg(userId)}`;
}

/** The GAF open-metadata-store framework service: generic element search (and more) on 5.x. */
export function openMetadataStorePath(
  server: string,
  userId: string,
  marker = DEFAULT_SERVICE_URL_MARKER,
): string {
  return `/servers/${seg(server)}/open-metadata/framework-services/${seg(marker)}/open-metadata-store/users/${seg(userId)}`;
}

export function integrationDaemonPath(daemon: string, userId: string): string {
  return `/servers/${seg(daemon)}/open-metadata/integration-daemon/users/${seg(userId)}`;
}

export function pagingQuery(startFrom: number, pageSize: number): string {
  return `?startingFrom=${Math.max(0, Math.trunc(startFrom))}&maximumResults=${Math.max(0, Math.trunc(pageSize))}`;
}

/**
 * A 5.x search string (a Java regular expression) that finds `text` anywhere, in any case; empty
 * text finds everything. \Q…\E quotes the text so its own punctuation means nothing.
 */
export function containsRegex(text: string): string {
  if (text === '') return '.*';
  return `(?i).*${exactRegex(text)}.*`;
}

/** A 5.x search string that matches exactly `text` (quoted, so its punctuation means nothing). */
export function exactRegex(text: string): string {
  return text
    .split('\\E')
    .map((part) => `\\Q${part}\\E`)
    .join('\\\\E');
}

export { seg as encodeSegment };
