/**
 * The 6.x view services on the sandbox's view server (AssetMakerResource, ConnectionMakerResource,
 * MetadataExpertResource@86e1137bf8ff): every element kind answers create, update, delete,
 * retrieve, by-name and search from one implementation; links attach and detach from one table;
 * catalog targets (listed with a POST and a ResultsRequestBody — a GET is Spring's 405) and the
 * metadata-expert calls follow. Bodies Egeria declares `required = false` and then needs answer
 * OMAG-COMMON-400-017 when left out.
 */
import { z } from 'zod';
import { errors } from '../ffdc/ffdc-error';
import { attributesFromBean } from '../render/typed-beans';
import type { QueryBody, ViewServices } from '../services/v6/view-services';
import { decodeElementProperties, ElementPropertiesSchema } from '../wire/element-properties';
import { VIEW_SERVICES_BASE } from '../wire/paths';
import {
  listOrNothing,
  registerEgeriaRoute,
  type EgeriaRoute,
  type RouteContext,
  type RouteTarget,
} from './route-kit';

/** A typed bean: Jackson needs its `class` to pick the subtype (a missing one never reaches Egeria). */
const TypedBean = z.looseObject({ class: z.string() });
const int = z.number().int().optional();
const str = z.string().optional();
const bool = z.boolean().optional();
const strings = z.array(z.string()).optional();

const NewElementBody = z.looseObject({
  properties: TypedBean.optional(),
  anchorGUID: str,
  isOwnAnchor: bool,
  parentGUID: str,
  parentRelationshipTypeName: str,
  parentRelationshipProperties: TypedBean.optional(),
  parentAtEnd1: bool,
});
const UpdateBody = z.looseObject({ mergeUpdate: bool, properties: TypedBean.optional() });
const QueryBodySchema = z.looseObject({
  filter: str,
  searchString: str,
  startsWith: bool,
  endsWith: bool,
  ignoreCase: bool,
  metadataElementTypeName: str,
  startFrom: int,
  pageSize: int,
  includeOnlyRelationships: strings,
  skipRelationships: strings,
  relationshipsPageSize: int,
  graphQueryDepth: int,
});
const RelationshipBody = z.looseObject({ mergeUpdate: bool, properties: TypedBean.optional() });
const AnyBody = z.looseObject({});
const ElementPropertiesBody = z.looseObject({
  typeName: str,
  mergeUpdate: bool,
  anchorGUID: str,
  isOwnAnchor: bool,
  metadataElement1GUID: str,
  metadataElement2GUID: str,
  properties: ElementPropertiesSchema.optional(),
});

interface ElementKind {
  /** Path under the view server, e.g. `asset-maker/assets`. */
  path: string;
  /** The handler's default type. */
  family: string;
  /** `/retrieve` after the GUID, or nothing (software capabilities). */
  retrieveSuffix: string;
  searchPath: string;
  names: {
    create: string;
    update: string;
    remove?: string;
    retrieve: string;
    byName: string;
    search: string;
  };
}

const connectionMakerKind = (path: string, family: string): ElementKind => ({
  path: `connection-maker/${path}`,
  family,
  retrieveSuffix: '/retrieve',
  searchPath: 'by-search-string',
  names: {
    create: `create${family}`,
    update: `update${family}`,
    remove: `delete${family}`,
    retrieve: `get${family}ByGUID`,
    byName: `get${family}sByName`,
    search: `find${family}s`,
  },
});

const KINDS: ElementKind[] = [
  {
    path: 'asset-maker/assets',
    family: 'Asset',
    retrieveSuffix: '/retrieve',
    searchPath: 'by-search-string',
    names: {
      create: 'createAsset',
      update: 'updateAsset',
      remove: 'deleteAsset',
      retrieve: 'getAssetByGUID',
      byName: 'getAssetsByName',
      search: 'findAssets',
    },
  },
  // Asset Maker has no capability delete at 6.1 (metadata-expert deletes any element).
  {
    path: 'asset-maker/software-capabilities',
    family: 'SoftwareCapability',
    retrieveSuffix: '',
    searchPath: 'search',
    names: {
      create: 'createSoftwareCapability',
      update: 'updateSoftwareCapability',
      retrieve: 'getSoftwareCapabilityByGUID',
      byName: 'getSoftwareCapabilitiesByName',
      search: 'findSoftwareCapabilities',
    },
  },
  connectionMakerKind('connections', 'Connection'),
  connectionMakerKind('connector-types', 'ConnectorType'),
  connectionMakerKind('endpoints', 'Endpoint'),
];

/** attach / detach routes: path under the view server, relationship type, the path GUIDs at end 1 and 2. */
const LINKS: Array<
  [path: string, typeName: string, end1: string, end2: string, attach: string, detach: string]
> = [
  [
    'connection-maker/connections/:connectionGUID/connector-types/:connectorTypeGUID',
    'ConnectionConnectorType',
    'connectionGUID',
    'connectorTypeGUID',
    'linkConnectionConnectorType',
    'detachConnectionConnectorType',
  ],
  [
    'connection-maker/connections/:connectionGUID/endpoints/:endpointGUID',
    'ConnectToEndpoint',
    'connectionGUID',
    'endpointGUID',
    'linkConnectionEndpoint',
    'detachConnectionEndpoint',
  ],
  [
    'connection-maker/connections/:connectionGUID/embedded-connections/:embeddedConnectionGUID',
    'EmbeddedConnection',
    'connectionGUID',
    'embeddedConnectionGUID',
    'linkEmbeddedConnection',
    'detachEmbeddedConnection',
  ],
  [
    'connection-maker/assets/:assetGUID/connections/:connectionGUID',
    'AssetConnection',
    'assetGUID',
    'connectionGUID',
    'linkAssetToConnection',
    'detachAssetFromConnection',
  ],
];

/**
 * 6.1's detach of a connector type names the two ends the wrong way round
 * (ConnectionHandler.detachConnectionConnectorType), so it never finds the link to remove.
 */
const DETACH_ENDS_SWAPPED = new Set(['ConnectionConnectorType']);

type Ctx = RouteContext<Record<string, unknown> | undefined>;

export function registerViewServiceRoutes(target: RouteTarget, views: () => ViewServices): void {
  const route = <B>(path: string, spec: Omit<EgeriaRoute<B>, 'url' | 'service'>) =>
    registerEgeriaRoute<B>(target, {
      ...spec,
      url: `${VIEW_SERVICES_BASE}/${path}`,
      service: 'view-server',
    });
  /** A POST whose body Egeria declares optional but needs: 400-017 without one. */
  const needed = (ctx: Ctx, action: string): Record<string, unknown> => {
    if (!ctx.body) throw errors.noRequestBody(ctx.userId, action, ctx.server);
    return ctx.body;
  };
  const p = (ctx: Ctx, name: string) => ctx.params[name] ?? '';
  const query = (ctx: Ctx) => (ctx.body ?? {}) as QueryBody;
  const beanOf = (ctx: Ctx) => ctx.body?.['properties'] as Record<string, unknown> | undefined;
  const optional = <S extends z.ZodType>(body: S) => ({
    body: body as z.ZodType<Record<string, unknown> | undefined>,
    optionalBody: true,
  });

  // ---------------------------------------------------------------- element kinds (shared CUD)
  for (const kind of KINDS) {
    const { names } = kind;
    route(kind.path, {
      method: 'POST',
      responseClass: 'GUIDResponse',
      action: names.create,
      ...optional(NewElementBody),
      handler: (ctx) => ({
        guid: views().createElement(
          ctx.userId,
          needed(ctx, names.create),
          kind.family,
          names.create,
        ),
      }),
    });
    route(`${kind.path}/:guid/update`, {
      method: 'POST',
      responseClass: 'BooleanResponse',
      action: names.update,
      ...optional(UpdateBody),
      handler: (ctx) => {
        views().updateElement(ctx.userId, p(ctx, 'guid'), needed(ctx, names.update), names.update);
        return { flag: true };
      },
      errorExtras: () => ({ flag: false }),
    });
    if (names.remove)
      route(`${kind.path}/:guid/delete`, {
        method: 'POST',
        responseClass: 'VoidResponse',
        action: names.remove,
        ...optional(AnyBody),
        handler: (ctx) => views().deleteElement(p(ctx, 'guid')),
      });
    route(`${kind.path}/:guid${kind.retrieveSuffix}`, {
      method: 'POST',
      responseClass: 'OpenMetadataRootElementResponse',
      action: names.retrieve,
      ...optional(QueryBodySchema),
      handler: (ctx) => ({ element: views().retrieve(p(ctx, 'guid'), kind.family, query(ctx)) }),
    });
    for (const [path, action, find] of [
      ['by-name', names.byName, 'findByName'],
      [kind.searchPath, names.search, 'search'],
    ] as const)
      route(`${kind.path}/${path}`, {
        method: 'POST',
        responseClass: 'OpenMetadataRootElementsResponse',
        action,
        ...optional(QueryBodySchema),
        handler: (ctx) => ({
          elements: listOrNothing(views()[find](query(ctx), kind.family, action)),
        }),
      });
  }
  for (const [path, attribute, family, action] of [
    [
      'connector-types/by-connector-provider-class-name',
      'connectorProviderClassName',
      'ConnectorType',
      'getConnectorTypesByConnectorProvider',
    ],
    ['endpoints/by-network-address', 'networkAddress', 'Endpoint', 'getEndpointsByNetworkAddress'],
  ] as const)
    route(`connection-maker/${path}`, {
      method: 'POST',
      responseClass: 'OpenMetadataRootElementsResponse',
      action,
      ...optional(QueryBodySchema),
      handler: (ctx) => ({
        elements: listOrNothing(views().findByAttribute(attribute, query(ctx), family, action)),
      }),
    });

  // ------------------------------------------------------------------------ links (one table)
  const links = [...LINKS];
  if (target.release === '6.2')
    links.push([
      'asset-maker/integration-groups/:integrationGroupGUID/registered-integration-connectors/:integrationConnectorGUID',
      'RegisteredIntegrationConnector',
      'integrationGroupGUID',
      'integrationConnectorGUID',
      'registerConnectorWithIntegrationGroup',
      'unregisterConnectorFromIntegrationGroup',
    ]);
  for (const [path, typeName, end1, end2, attach, detach] of links) {
    route(`${path}/attach`, {
      method: 'POST',
      responseClass: 'VoidResponse',
      action: attach,
      ...optional(RelationshipBody),
      handler: (ctx) => {
        views().link(
          ctx.userId,
          typeName,
          p(ctx, end1),
          p(ctx, end2),
          attributesFromBean(beanOf(ctx)),
        );
      },
    });
    route(`${path}/detach`, {
      method: 'POST',
      responseClass: 'VoidResponse',
      action: detach,
      ...optional(AnyBody),
      handler: (ctx) =>
        DETACH_ENDS_SWAPPED.has(typeName)
          ? views().unlink(typeName, p(ctx, end2), p(ctx, end1))
          : views().unlink(typeName, p(ctx, end1), p(ctx, end2)),
    });
  }

  // --------------------------------------------------------------------------- catalog targets
  const am = 'asset-maker';
  const connectorTargets = `${am}/integration-connectors/:integrationConnectorGUID/catalog-targets`;
  route(`${connectorTargets}/:metadataElementGUID`, {
    method: 'POST',
    responseClass: 'GUIDResponse',
    action: 'addCatalogTarget',
    ...optional(RelationshipBody),
    handler: (ctx) => ({
      guid: views().link(
        ctx.userId,
        'CatalogTarget',
        p(ctx, 'integrationConnectorGUID'),
        p(ctx, 'metadataElementGUID'),
        attributesFromBean(beanOf(ctx)),
      ),
    }),
  });
  route<z.infer<typeof RelationshipBody>>(`${am}/catalog-targets/:relationshipGUID/update`, {
    method: 'POST',
    responseClass: 'VoidResponse',
    action: 'updateCatalogTarget',
    body: RelationshipBody,
    handler: (ctx) =>
      views().updateRelationship(
        ctx.userId,
        ctx.params['relationshipGUID'] ?? '',
        'CatalogTarget',
        attributesFromBean(ctx.body.properties),
        ctx.body.mergeUpdate !== false,
      ),
  });
  route(`${am}/catalog-targets/:relationshipGUID`, {
    method: 'POST',
    responseClass: 'OpenMetadataRelationshipResponse',
    action: 'getCatalogTarget',
    ...optional(AnyBody),
    handler: (ctx) => ({
      element: views().relationship(p(ctx, 'relationshipGUID'), 'CatalogTarget'),
    }),
  });
  for (const [path, typeName, end, action] of [
    [connectorTargets, 'CatalogTarget', 1, 'getCatalogTargets'],
    [
      `${am}/integration-connectors/:integrationConnectorGUID/integration-groups`,
      'RegisteredIntegrationConnector',
      2,
      'getIntegrationGroups',
    ],
  ] as const)
    route(path, {
      method: 'POST',
      responseClass: 'OpenMetadataRootElementsResponse',
      action,
      ...optional(QueryBodySchema),
      handler: (ctx) => ({
        elements: listOrNothing(
          views().relatedRootElements(
            p(ctx, 'integrationConnectorGUID'),
            typeName,
            end,
            query(ctx),
            action,
          ),
        ),
      }),
    });
  route(`${am}/catalog-targets/:relationshipGUID/remove`, {
    method: 'POST',
    responseClass: 'VoidResponse',
    action: 'removeCatalogTarget',
    ...optional(AnyBody),
    handler: (ctx) => views().deleteRelationship(p(ctx, 'relationshipGUID'), 'CatalogTarget'),
  });
  route(`${connectorTargets}/:metadataElementGUID/detach`, {
    method: 'POST',
    responseClass: 'VoidResponse',
    action: 'removeCatalogTarget',
    ...optional(AnyBody),
    handler: (ctx) =>
      views().unlink(
        'CatalogTarget',
        p(ctx, 'integrationConnectorGUID'),
        p(ctx, 'metadataElementGUID'),
      ),
  });

  // --------------------------------------------------------------------------- metadata-expert
  const me = 'metadata-expert';
  type Generic = z.infer<typeof ElementPropertiesBody>;
  route<Generic>(`${me}/metadata-elements`, {
    method: 'POST',
    responseClass: 'GUIDResponse',
    action: 'createMetadataElementInStore',
    body: ElementPropertiesBody,
    handler: (ctx) => ({ guid: views().createMetadataElement(ctx.userId, ctx.body as never) }),
  });
  route(`${me}/metadata-elements/:metadataElementGUID`, {
    method: 'POST',
    responseClass: 'OpenMetadataElementResponse',
    action: 'getMetadataElementByGUID',
    ...optional(AnyBody),
    handler: (ctx) => ({ element: views().getMetadataElement(p(ctx, 'metadataElementGUID')) }),
  });
  route<Generic>(`${me}/metadata-elements/:metadataElementGUID/update-properties`, {
    method: 'POST',
    responseClass: 'VoidResponse',
    action: 'updateMetadataElementInStore',
    body: ElementPropertiesBody,
    handler: (ctx) =>
      views().updateMetadataElement(ctx.userId, ctx.params['metadataElementGUID'] ?? '', ctx.body),
  });
  route(`${me}/metadata-elements/:metadataElementGUID/delete`, {
    method: 'POST',
    responseClass: 'VoidResponse',
    action: 'deleteMetadataElementInStore',
    ...optional(AnyBody),
    handler: (ctx) => views().deleteElement(p(ctx, 'metadataElementGUID')),
  });
  route<QueryBody>(`${me}/metadata-elements/by-search-string`, {
    method: 'POST',
    responseClass: 'OpenMetadataElementsResponse',
    action: 'findMetadataElementsWithString',
    body: QueryBodySchema as z.ZodType<QueryBody>,
    handler: (ctx) => ({
      elements: listOrNothing(
        views().findMetadataElements(ctx.body, 'findMetadataElementsWithString'),
      ),
    }),
  });
  route<QueryBody & { relationshipTypeName: string }>(`${me}/relationships/by-search-conditions`, {
    method: 'POST',
    responseClass: 'OpenMetadataRelationshipListResponse',
    action: 'findRelationshipsBetweenMetadataElements',
    body: QueryBodySchema.extend({ relationshipTypeName: z.string() }) as z.ZodType<
      QueryBody & { relationshipTypeName: string }
    >,
    handler: (ctx) => ({
      relationshipList: views().findRelationshipsOfType(ctx.body.relationshipTypeName, ctx.body),
    }),
  });
  route<Generic>(`${me}/related-elements`, {
    method: 'POST',
    responseClass: 'GUIDResponse',
    action: 'createRelatedElementsInStore',
    body: ElementPropertiesBody,
    handler: (ctx) => ({ guid: views().createRelatedElements(ctx.userId, ctx.body) }),
  });
  route<QueryBody>(`${me}/related-elements/:elementGUID/type/:relationshipTypeName`, {
    method: 'POST',
    responseClass: 'RelatedMetadataElementListResponse',
    action: 'getRelatedMetadataElements',
    body: QueryBodySchema as z.ZodType<QueryBody>,
    handler: (ctx) => ({
      relatedElementList: views().getRelatedMetadataElements(
        ctx.params['elementGUID'] ?? '',
        ctx.params['relationshipTypeName'],
        ctx.body.startFrom ?? 0,
        ctx.body.pageSize ?? 0,
      ),
    }),
  });
  route<Generic>(`${me}/related-elements/:relationshipGUID/update-properties`, {
    method: 'POST',
    responseClass: 'VoidResponse',
    action: 'updateRelatedElementsInStore',
    body: ElementPropertiesBody,
    handler: (ctx) =>
      views().updateRelationship(
        ctx.userId,
        ctx.params['relationshipGUID'] ?? '',
        undefined,
        attributesFromBean(decodeElementProperties(ctx.body.properties)),
        ctx.body.mergeUpdate !== false,
      ),
  });
  route(`${me}/related-elements/:relationshipGUID/delete`, {
    method: 'POST',
    responseClass: 'VoidResponse',
    action: 'deleteRelatedElementsInStore',
    ...optional(AnyBody),
    handler: (ctx) => views().deleteRelationship(p(ctx, 'relationshipGUID'), undefined),
  });
}
