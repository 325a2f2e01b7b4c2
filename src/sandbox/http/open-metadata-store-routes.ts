/**
 * The 5.3 open-metadata-store of the metadata access server (OpenMetadataStoreResource@e993386a1f51),
 * the operations the console uses: elements and relationships created, updated and deleted with
 * ElementProperties, an element and its related elements read back, elements found by a regular
 * expression. Query parameters with a `defaultValue` are optional; the bodies Egeria marks
 * `required = false` may be left out.
 */
import { z } from 'zod';
import type { OpenMetadataStoreService } from '../services/open-metadata-store-service';
import { ElementPropertiesSchema } from '../wire/element-properties';
import { OPEN_METADATA_STORE_BASE } from '../wire/paths';
import {
  listOrNothing,
  registerEgeriaRoute,
  type EgeriaRoute,
  type QueryParam,
  type RouteTarget,
} from './route-kit';

const LINEAGE: QueryParam[] = [
  { name: 'forLineage', type: 'boolean', default: false },
  { name: 'forDuplicateProcessing', type: 'boolean', default: false },
];
const PAGE: QueryParam[] = [
  { name: 'startFrom', type: 'int', default: 0 },
  { name: 'pageSize', type: 'int', default: 0 },
];
const RELATED: QueryParam[] = [
  ...LINEAGE,
  { name: 'startingAtEnd', type: 'int', default: 0 },
  ...PAGE,
];
const EFFECTIVE_TIME: QueryParam = { name: 'effectiveTime', type: 'long', default: 0 };

const str = z.string().optional();
const props = ElementPropertiesSchema.optional();
const NewElementBody = z.looseObject({
  typeName: str,
  anchorGUID: str,
  isOwnAnchor: z.boolean().optional(),
  properties: props,
  parentGUID: str,
  parentRelationshipTypeName: str,
  parentRelationshipProperties: props,
  parentAtEnd1: z.boolean().optional(),
});
const UpdatePropertiesBody = z.looseObject({
  replaceProperties: z.boolean().optional(),
  properties: props,
});
const NewRelatedElementsBody = z.looseObject({
  typeName: str,
  metadataElement1GUID: str,
  metadataElement2GUID: str,
  properties: props,
});
const SearchBody = z.looseObject({ searchString: str, typeName: str });
const AnyBody = z.looseObject({});
const FindRelationshipsBody = z.looseObject({ relationshipTypeName: z.string() });

export function registerOpenMetadataStoreRoutes(
  target: RouteTarget,
  service: () => OpenMetadataStoreService,
): void {
  const route = <B>(spec: Omit<EgeriaRoute<B>, 'service' | 'marker'>) =>
    registerEgeriaRoute<B>(target, {
      ...spec,
      url: `${OPEN_METADATA_STORE_BASE}${spec.url}`,
      service: 'metadata-store',
      marker: true,
    });
  const p = (params: Record<string, string>, name: string) => params[name] ?? '';
  const num = (query: Record<string, number | boolean>, name: string) => Number(query[name] ?? 0);

  route<z.infer<typeof NewElementBody>>({
    method: 'POST',
    url: '/metadata-elements',
    responseClass: 'GUIDResponse',
    action: 'createMetadataElementInStore',
    body: NewElementBody,
    handler: ({ userId, body }) => ({ guid: service().createMetadataElementInStore(userId, body) }),
  });
  for (const method of ['GET', 'POST'] as const)
    route<unknown>({
      method,
      url: '/metadata-elements/:elementGUID',
      responseClass: 'OpenMetadataElementResponse',
      action: 'getMetadataElementByGUID',
      ...(method === 'GET'
        ? { query: [...LINEAGE, EFFECTIVE_TIME] }
        : { body: AnyBody, optionalBody: true }),
      handler: ({ params }) => ({
        element: service().getMetadataElementByGUID(p(params, 'elementGUID')),
      }),
    });
  // Elements and relationships: the same UpdatePropertiesRequestBody.
  for (const [path, guidName, action] of [
    ['metadata-elements', 'metadataElementGUID', 'updateMetadataElementInStore'],
    ['related-elements', 'relationshipGUID', 'updateRelatedElementsInStore'],
  ] as const)
    route<z.infer<typeof UpdatePropertiesBody>>({
      method: 'POST',
      url: `/${path}/:${guidName}/update-properties`,
      responseClass: 'VoidResponse',
      action,
      body: UpdatePropertiesBody,
      handler: ({ userId, params, body }) => service()[action](userId, p(params, guidName), body),
    });
  route<unknown>({
    method: 'POST',
    url: '/metadata-elements/:metadataElementGUID/delete',
    responseClass: 'VoidResponse',
    action: 'deleteMetadataElementInStore',
    query: [{ name: 'cascadedDelete', type: 'boolean', default: false }],
    body: AnyBody,
    optionalBody: true,
    handler: ({ params }) =>
      service().deleteMetadataElementInStore(p(params, 'metadataElementGUID')),
  });
  route<z.infer<typeof SearchBody>>({
    method: 'POST',
    url: '/metadata-elements/by-search-string',
    responseClass: 'OpenMetadataElementsResponse',
    action: 'findMetadataElementsWithString',
    query: PAGE,
    body: SearchBody,
    handler: ({ body, query }) => ({
      elementList: listOrNothing(
        service().findMetadataElementsWithString(
          body,
          num(query, 'startFrom'),
          num(query, 'pageSize'),
        ),
      ),
    }),
  });
  route<z.infer<typeof FindRelationshipsBody>>({
    method: 'POST',
    url: '/relationships/by-search-conditions',
    responseClass: 'OpenMetadataRelationshipListResponse',
    action: 'findRelationshipsBetweenMetadataElements',
    query: [...LINEAGE, ...PAGE],
    body: FindRelationshipsBody,
    handler: ({ body, query }) => ({
      relationshipList: service().findRelationshipsOfType(
        body.relationshipTypeName,
        num(query, 'startFrom'),
        num(query, 'pageSize'),
      ),
    }),
  });
  route<z.infer<typeof NewRelatedElementsBody>>({
    method: 'POST',
    url: '/related-elements',
    responseClass: 'GUIDResponse',
    action: 'createRelatedElementsInStore',
    body: NewRelatedElementsBody,
    handler: ({ userId, body }) => service().createRelatedElementsInStore(userId, body),
  });
  route<unknown>({
    method: 'POST',
    url: '/related-elements/:relationshipGUID/delete',
    responseClass: 'VoidResponse',
    action: 'deleteRelatedElementsInStore',
    body: AnyBody,
    handler: ({ params }) => service().deleteRelatedElementsInStore(p(params, 'relationshipGUID')),
  });
  for (const [suffix, typed] of [
    ['/any-type', false],
    ['/type/:relationshipTypeName', true],
  ] as const)
    for (const method of ['GET', 'POST'] as const)
      route<unknown>({
        method,
        url: `/related-elements/:elementGUID${suffix}`,
        responseClass: 'RelatedMetadataElementListResponse',
        action: 'getRelatedMetadataElements',
        query: method === 'GET' ? [...RELATED, EFFECTIVE_TIME] : RELATED,
        ...(method === 'POST' ? { body: AnyBody, optionalBody: true } : {}),
        handler: ({ params, query }) => ({
          relatedElementList: service().getRelatedMetadataElements(
            p(params, 'elementGUID'),
            typed ? p(params, 'relationshipTypeName') : undefined,
            num(query, 'startingAtEnd'),
            num(query, 'startFrom'),
            num(query, 'pageSize'),
          ),
        }),
      });
}
