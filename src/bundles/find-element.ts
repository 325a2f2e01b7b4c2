/**
 * Finding an element by type and exact qualifiedName through the backend's metadata search (which
 * matches names by "contains", any case, so the exact match is picked out here).
 */
import type { EgeriaBackend } from '../egeria/backend';
import type { IntegrationConnector } from '../egeria/model';
import { readAll } from './read-all';

const SEARCH_PAGE = 50;

/** GUID of the element of this type (or a subtype) with exactly this qualifiedName, if any. */
export async function findElementGuid(
  backend: EgeriaBackend,
  typeName: string,
  qualifiedName: string,
  signal?: AbortSignal,
): Promise<string | undefined> {
  for (let startFrom = 0; ; startFrom += SEARCH_PAGE) {
    const page = await backend.searchElements(
      qualifiedName,
      [typeName],
      { startFrom, pageSize: SEARCH_PAGE },
      signal,
    );
    const match = page.items.find((e) => e.qualifiedName === qualifiedName);
    if (match) return match.guid;
    if (!page.mayHaveMore || page.items.length === 0) return undefined;
  }
}

/**
 * Egeria's by-name lookup for connectors matches the qualifiedName or the name; the console's
 * addresses and bundles use the qualifiedName, so anything else found is passed over for an exact
 * match.
 */
export async function findConnectorByQualifiedName(
  backend: EgeriaBackend,
  qualifiedName: string,
  signal?: AbortSignal,
): Promise<IntegrationConnector | null> {
  const found = await backend.findConnectorByName(qualifiedName, signal);
  if (!found || found.qualifiedName === qualifiedName) return found;
  const all = await readAll((page) => backend.listConnectors(page, signal), 500);
  return all.find((c) => c.qualifiedName === qualifiedName) ?? null;
}
