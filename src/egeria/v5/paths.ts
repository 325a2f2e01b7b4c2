/**
 * URL builders for the Egeria 5.3 REST API (userId in the path). Every variable segment is
 * percent-encoded, so names with spaces, colons or non-ASCII characters travel intact.
 *
 * What 5.3 does differently from 6.x, as real 5.3-SNAPSHOT (e993386a1f51) showed it; the rest
 * (the daemon API, platform services, connection syncing, the generic beans) is shared code in
 * ../apis, ../wire and ../connection-sync.ts:
 * - The userId is in every path; there is no token. Definitions go through the metadata access
 *   server's governance-configuration-service (./gcs.ts), searches and connection elements through
 *   its open-metadata-store (./connection-elements.ts).
 * - A connector is created and updated through the open-metadata-store, element by element:
 *   gcs `integration-connectors/new` with a connection fails inside Egeria (OMAG-COMMON-400-016)
 *   and leaves a connector without its connection.
 * - gcs unregister deletes the connector, its connection and the group: only the
 *   RegisteredIntegrationConnector relationship is deleted instead.
 * - No connection that embeds others (reading one stops the platform) and no endpoint shared
 *   between connections (it is deleted with the first connector): see ../backend.ts.
 * - Search strings are Java regular expressions (`containsRegex`, `exactRegex` below); lists have
 *   `elementList`; "not found by name" is OMAG-REPOSITORY-HANDLER-404-010 with "[]".
 * - Catalog targets are listed with GET; the daemon's /status can fail (400-016), so the group
 *   summaries stand in for it (../apis/daemon.ts).
 */

/** The Governance Server marker; any enabled access-service marker works, this is what the daemon uses. */
export const DEFAULT_SERVICE_URL_MARKER = 'governance-server';

import { encodeSegment as seg } from '../wire/values';

export function platformServicesPath(userId: string): string {
  return `/open-metadata/platform-services/users/${seg(userId)}/server-platform`;
}

/** A framework service of a metadata access server, reached under its service URL marker. */
const frameworkServicePath =
  (service: string) =>
  (server: string, userId: string, marker = DEFAULT_SERVICE_URL_MARKER): string =>
    `/servers/${seg(server)}/open-metadata/framework-services/${seg(marker)}/${service}/users/${seg(userId)}`;

export const configurationServicePath = frameworkServicePath('governance-configuration-service');

/** The GAF open-metadata-store framework service: generic element search (and more) on 5.x. */
export const openMetadataStorePath = frameworkServicePath('open-metadata-store');

export function integrationDaemonPath(daemon: string, userId: string): string {
  return `/servers/${seg(daemon)}/open-metadata/integration-daemon/users/${seg(userId)}`;
}

const count = (n: number) => Math.max(0, Math.trunc(n));

/** Paging as the governance-configuration-service names it. */
export function pagingQuery(startFrom: number, pageSize: number): string {
  return `?startingFrom=${count(startFrom)}&maximumResults=${count(pageSize)}`;
}

/** Paging and the two flags the open-metadata-store's searches take. */
export function storeSearchQuery(startFrom: number, pageSize: number): string {
  return `?forLineage=false&forDuplicateProcessing=false&startFrom=${count(startFrom)}&pageSize=${count(pageSize)}`;
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
