/**
 * 5.x generic element search: the GAF open-metadata-store framework service's
 * `metadata-elements/by-search-string` (userId in the path, paging in the query, a Java regular
 * expression as the search string, an optional `typeName`). Answers OpenMetadataElements with their
 * attributes as generic property values.
 */
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import type { OpenMetadataElementsResponse } from '../../egeria/generic-beans';
import { toElementProperties } from '../../egeria/property-values';
import type { ViewServices } from '../services/v6/view-services';
import { elementType, elementVersions } from '../services/wire-builders';
import { registerEgeriaRoute, type ServerDirectory } from './route-kit';

export const OPEN_METADATA_STORE_BASE =
  '/servers/:server/open-metadata/framework-services/:marker/open-metadata-store/users/:userId';

const SECRETS = new Set(['clearPassword', 'encryptedPassword', 'securedProperties']);

/**
 * The Java regular expressions a client sends, as a JavaScript test: `(?i)` at the start and
 * `\Q…\E` quoting are translated; an expression JavaScript cannot read matches as plain text.
 */
export function javaRegexMatcher(source: string): (value: string) => boolean {
  let flags = '';
  let rest = source;
  if (rest.startsWith('(?i)')) {
    flags = 'i';
    rest = rest.slice(4);
  }
  const translated = rest.replace(/\\Q([\s\S]*?)(?:\\E|$)/g, (_, literal: string) =>
    literal.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&'),
  );
  try {
    const regex = new RegExp(`^(?:${translated})$`, flags);
    return (value) => regex.test(value);
  } catch {
    return (value) => value === source;
  }
}

const SearchStringRequestBody = z.looseObject({
  searchString: z.string().optional(),
  typeName: z.string().optional(),
});

export function registerOpenMetadataStoreRoutes(
  app: FastifyInstance,
  directory: ServerDirectory,
  views: () => ViewServices,
): void {
  registerEgeriaRoute<OpenMetadataElementsResponse, z.infer<typeof SearchStringRequestBody>>(
    app,
    directory,
    {
      method: 'POST',
      url: `${OPEN_METADATA_STORE_BASE}/metadata-elements/by-search-string`,
      responseClass: 'OpenMetadataElementsResponse',
      action: 'findMetadataElementsWithString',
      service: 'metadata-store',
      query: [
        { name: 'startFrom', type: 'int' },
        { name: 'pageSize', type: 'int' },
      ],
      body: SearchStringRequestBody,
      handler: ({ body, query }) => {
        const test = javaRegexMatcher(body.searchString ?? '.*');
        const matches = (stored: Record<string, unknown>) =>
          Object.entries(stored).some(
            ([key, value]) => !SECRETS.has(key) && typeof value === 'string' && test(value),
          );
        const found = views().findEntities(
          matches,
          body.typeName ?? 'OpenMetadataRoot',
          Number(query['startFrom'] ?? 0),
          Number(query['pageSize'] ?? 0),
          'findMetadataElementsWithString',
        );
        const elementList = found.map((e) => ({
          class: 'OpenMetadataElement',
          headerVersion: 0,
          status: e.status,
          type: elementType(e.typeName),
          versions: elementVersions(e),
          elementGUID: e.guid,
          elementProperties: toElementProperties(e.properties),
        }));
        return elementList.length > 0 ? { elementList } : {};
      },
    },
  );
}
