/**
 * The 6.x view services on the sandbox's view server: asset-maker (integration groups as software
 * capabilities, integration connectors as assets, catalog targets; 6.2's typed registration
 * links), connection-maker (connections, connector types, endpoints and their links) and
 * metadata-expert (generic element delete and search, generic relationships for registrations).
 * Reads are POSTs with an optional body, except the catalog-target list, which 6.1 declares as a GET.
 */
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import type * as W from '../../../egeria/v6/wire';
import { FfdcError } from '../../ffdc/ffdc-error';
import { MESSAGES } from '../../ffdc/message-catalogue';
import { plainValues, type ViewServices } from '../../services/v6/view-services';
import { registerEgeriaRoute, type ServerDirectory } from '../route-kit';
import type { SandboxRelease } from './auth-routes';

export const VIEW_SERVICES_BASE = '/servers/:server/api/open-metadata';

/** A typed bean: Jackson needs its `class` to pick the subtype (a missing one is a plain HTTP 400). */
const TypedBean = z.looseObject({ class: z.string() });
const int = z.number().int().optional();
const str = z.string().optional();
const bool = z.boolean().optional();

const NewElementBody = z.looseObject({
  properties: TypedBean.optional(),
  parentGUID: str,
  parentRelationshipTypeName: str,
  parentAtEnd1: bool,
});
type NewElementBody = z.infer<typeof NewElementBody>;
const UpdateElementBody = z.looseObject({ mergeUpdate: bool, properties: TypedBean.optional() });
type UpdateElementBody = z.infer<typeof UpdateElementBody>;
const AnyBody = z.looseObject({});
const GetBody = z.looseObject({
  includeOnlyRelationships: z.array(z.string()).optional(),
  skipRelationships: z.array(z.string()).optional(),
  relationshipsPageSize: int,
});
type GetBody = z.infer<typeof GetBody>;
const FilterBody = z.looseObject({
  filter: str,
  metadataElementTypeName: str,
  startFrom: int,
  pageSize: int,
});
type FilterBody = z.infer<typeof FilterBody>;
const SearchBody = z.looseObject({
  searchString: str,
  startsWith: bool,
  endsWith: bool,
  ignoreCase: bool,
  metadataElementTypeName: str,
  startFrom: int,
  pageSize: int,
});
type SearchBody = z.infer<typeof SearchBody>;
const ResultsBody = z.looseObject({ startFrom: int, pageSize: int });
type ResultsBody = z.infer<typeof ResultsBody>;
const NewRelationshipBody = z.looseObject({ properties: TypedBean.optional() });
type NewRelationshipBody = z.infer<typeof NewRelationshipBody>;
const UpdateRelationshipBody = z.looseObject({
  mergeUpdate: bool,
  properties: TypedBean.optional(),
});
type UpdateRelationshipBody = z.infer<typeof UpdateRelationshipBody>;
const NewRelatedElementsBody = z.looseObject({
  typeName: str,
  metadataElement1GUID: str,
  metadataElement2GUID: str,
  properties: z.looseObject({}).optional(),
});
type NewRelatedElementsBody = z.infer<typeof NewRelatedElementsBody>;
const UpdatePropertiesBody = z.looseObject({
  replaceProperties: bool,
  mergeUpdate: bool,
  properties: z.looseObject({}).optional(),
});
type UpdatePropertiesBody = z.infer<typeof UpdatePropertiesBody>;

function noRequestBody(userId: string, methodName: string, server: string): FfdcError {
  return new FfdcError({
    definition: MESSAGES.noRequestBody,
    params: [userId, methodName, server],
  });
}

/** Egeria leaves an empty list out of the answer. */
const listOrNothing = <T>(items: T[]): T[] | undefined => (items.length > 0 ? items : undefined);

export function registerViewServiceRoutes(
  app: FastifyInstance,
  directory: ServerDirectory,
  views: () => ViewServices,
  release: SandboxRelease,
): void {
  const service = 'view-server' as const;
  const am = `${VIEW_SERVICES_BASE}/asset-maker`;
  const cm = `${VIEW_SERVICES_BASE}/connection-maker`;
  const me = `${VIEW_SERVICES_BASE}/metadata-expert`;

  /** create / update / delete / retrieve / by-name / search for one kind of element. */
  function elementRoutes(spec: {
    base: string;
    family: string;
    retrievePath: (guid: string) => string;
    names: {
      create: string;
      update: string;
      remove?: string;
      retrieve: string;
      byName: string;
      search: string;
    };
    searchPath: string;
  }) {
    const { base, family, names } = spec;
    registerEgeriaRoute<W.GUIDResponse, NewElementBody | undefined>(app, directory, {
      method: 'POST',
      url: base,
      responseClass: 'GUIDResponse',
      action: names.create,
      service,
      body: NewElementBody,
      optionalBody: true,
      handler: ({ userId, body, server }) => {
        if (!body) throw noRequestBody(userId, names.create, server);
        return { guid: views().createElement(userId, body, family, names.create) };
      },
    });
    registerEgeriaRoute<W.BooleanResponse, UpdateElementBody | undefined>(app, directory, {
      method: 'POST',
      url: `${base}/:guid/update`,
      responseClass: 'BooleanResponse',
      action: names.update,
      service,
      body: UpdateElementBody,
      optionalBody: true,
      handler: ({ userId, body, params, server }) => {
        if (!body) throw noRequestBody(userId, names.update, server);
        views().updateElement(userId, params['guid'] ?? '', body, family, names.update);
        return { flag: true };
      },
    });
    if (names.remove) {
      const remove = names.remove;
      registerEgeriaRoute<W.VoidResponse, unknown>(app, directory, {
        method: 'POST',
        url: `${base}/:guid/delete`,
        responseClass: 'VoidResponse',
        action: remove,
        service,
        body: AnyBody,
        optionalBody: true,
        handler: ({ params }) => {
          views().deleteElement(params['guid'] ?? '', family, remove);
          return {};
        },
      });
    }
    registerEgeriaRoute<W.OpenMetadataRootElementResponse, GetBody | undefined>(app, directory, {
      method: 'POST',
      url: spec.retrievePath(':guid'),
      responseClass: 'OpenMetadataRootElementResponse',
      action: names.retrieve,
      service,
      body: GetBody,
      optionalBody: true,
      handler: ({ params, body }) => ({
        element: views().retrieve(params['guid'] ?? '', family, names.retrieve, body ?? {}),
      }),
    });
    registerEgeriaRoute<W.OpenMetadataRootElementsResponse, FilterBody | undefined>(
      app,
      directory,
      {
        method: 'POST',
        url: `${base}/by-name`,
        responseClass: 'OpenMetadataRootElementsResponse',
        action: names.byName,
        service,
        body: FilterBody,
        optionalBody: true,
        handler: ({ body }) => ({
          elements: listOrNothing(views().findByName(body ?? {}, family, names.byName)),
        }),
      },
    );
    registerEgeriaRoute<W.OpenMetadataRootElementsResponse, SearchBody | undefined>(
      app,
      directory,
      {
        method: 'POST',
        url: spec.searchPath,
        responseClass: 'OpenMetadataRootElementsResponse',
        action: names.search,
        service,
        body: SearchBody,
        optionalBody: true,
        handler: ({ body }) => ({
          elements: listOrNothing(views().search(body ?? {}, family, names.search)),
        }),
      },
    );
  }

  // ------------------------------------------------------------------------------ asset-maker
  elementRoutes({
    base: `${am}/assets`,
    family: 'Asset',
    retrievePath: (guid) => `${am}/assets/${guid}/retrieve`,
    searchPath: `${am}/assets/by-search-string`,
    names: {
      create: 'createAsset',
      update: 'updateAsset',
      remove: 'deleteAsset',
      retrieve: 'getAssetByGUID',
      byName: 'getAssetsByName',
      search: 'findAssets',
    },
  });
  // Asset Maker has no capability delete at 6.1 (metadata-expert deletes any element).
  elementRoutes({
    base: `${am}/software-capabilities`,
    family: 'SoftwareCapability',
    retrievePath: (guid) => `${am}/software-capabilities/${guid}`,
    searchPath: `${am}/software-capabilities/search`,
    names: {
      create: 'createSoftwareCapability',
      update: 'updateSoftwareCapability',
      retrieve: 'getSoftwareCapabilityByGUID',
      byName: 'getSoftwareCapabilitiesByName',
      search: 'findSoftwareCapabilities',
    },
  });

  registerEgeriaRoute<W.OpenMetadataRootElementsResponse, ResultsBody | undefined>(app, directory, {
    method: 'POST',
    url: `${am}/integration-connectors/:integrationConnectorGUID/integration-groups`,
    responseClass: 'OpenMetadataRootElementsResponse',
    action: 'getIntegrationGroupsForConnector',
    service,
    body: ResultsBody,
    optionalBody: true,
    handler: ({ params, body }) => ({
      elements: listOrNothing(
        views().groupsOfConnector(
          params['integrationConnectorGUID'] ?? '',
          body?.startFrom ?? 0,
          body?.pageSize ?? 0,
          'getIntegrationGroupsForConnector',
        ),
      ),
    }),
  });

  // Catalog targets
  registerEgeriaRoute<W.GUIDResponse, NewRelationshipBody | undefined>(app, directory, {
    method: 'POST',
    url: `${am}/integration-connectors/:integrationConnectorGUID/catalog-targets/:metadataElementGUID`,
    responseClass: 'GUIDResponse',
    action: 'addCatalogTarget',
    service,
    body: NewRelationshipBody,
    optionalBody: true,
    handler: ({ userId, params, body }) => {
      // Catalog targets are multi-link: each add is a new relationship.
      return {
        guid: views().link(
          userId,
          'CatalogTarget',
          params['integrationConnectorGUID'] ?? '',
          params['metadataElementGUID'] ?? '',
          plainValues(body?.properties),
          'addCatalogTarget',
        ),
      };
    },
  });
  registerEgeriaRoute<W.VoidResponse, UpdateRelationshipBody>(app, directory, {
    method: 'POST',
    url: `${am}/catalog-targets/:relationshipGUID/update`,
    responseClass: 'VoidResponse',
    action: 'updateCatalogTarget',
    service,
    body: UpdateRelationshipBody,
    handler: ({ userId, params, body }) => {
      views().updateRelationship(
        userId,
        params['relationshipGUID'] ?? '',
        'CatalogTarget',
        plainValues(body.properties),
        body.mergeUpdate === true,
        'updateCatalogTarget',
      );
      return {};
    },
  });
  registerEgeriaRoute<W.OpenMetadataRelationshipResponse, unknown>(app, directory, {
    method: 'POST',
    url: `${am}/catalog-targets/:relationshipGUID`,
    responseClass: 'OpenMetadataRelationshipResponse',
    action: 'getCatalogTarget',
    service,
    body: AnyBody,
    optionalBody: true,
    handler: ({ params }) => ({
      element: views().relationship(
        params['relationshipGUID'] ?? '',
        'CatalogTarget',
        'getCatalogTarget',
      ),
    }),
  });
  registerEgeriaRoute<W.OpenMetadataRootElementsResponse, never>(app, directory, {
    method: 'GET',
    url: `${am}/integration-connectors/:integrationConnectorGUID/catalog-targets`,
    responseClass: 'OpenMetadataRootElementsResponse',
    action: 'getCatalogTargets',
    service,
    handler: ({ params }) => ({
      elements: listOrNothing(
        views().catalogTargets(params['integrationConnectorGUID'] ?? '', 0, 0, 'getCatalogTargets'),
      ),
    }),
  });
  registerEgeriaRoute<W.VoidResponse, unknown>(app, directory, {
    method: 'POST',
    url: `${am}/catalog-targets/:relationshipGUID/remove`,
    responseClass: 'VoidResponse',
    action: 'removeCatalogTarget',
    service,
    body: AnyBody,
    optionalBody: true,
    handler: ({ params }) => {
      views().deleteRelationship(
        params['relationshipGUID'] ?? '',
        'CatalogTarget',
        'removeCatalogTarget',
      );
      return {};
    },
  });
  registerEgeriaRoute<W.VoidResponse, unknown>(app, directory, {
    method: 'POST',
    url: `${am}/integration-connectors/:integrationConnectorGUID/catalog-targets/:metadataElementGUID/detach`,
    responseClass: 'VoidResponse',
    action: 'removeCatalogTarget',
    service,
    body: AnyBody,
    optionalBody: true,
    handler: ({ params }) => {
      views().unlink(
        'CatalogTarget',
        params['integrationConnectorGUID'] ?? '',
        params['metadataElementGUID'] ?? '',
        'removeCatalogTarget',
      );
      return {};
    },
  });

  // 6.2: typed registration links
  if (release === '6.2') {
    const registration = `${am}/integration-groups/:integrationGroupGUID/registered-integration-connectors/:integrationConnectorGUID`;
    registerEgeriaRoute<W.VoidResponse, NewRelationshipBody | undefined>(app, directory, {
      method: 'POST',
      url: `${registration}/attach`,
      responseClass: 'VoidResponse',
      action: 'registerConnectorWithIntegrationGroup',
      service,
      body: NewRelationshipBody,
      optionalBody: true,
      handler: ({ userId, params, body }) => {
        views().link(
          userId,
          'RegisteredIntegrationConnector',
          params['integrationGroupGUID'] ?? '',
          params['integrationConnectorGUID'] ?? '',
          plainValues(body?.properties),
          'registerConnectorWithIntegrationGroup',
        );
        return {};
      },
    });
    registerEgeriaRoute<W.VoidResponse, unknown>(app, directory, {
      method: 'POST',
      url: `${registration}/detach`,
      responseClass: 'VoidResponse',
      action: 'unregisterConnectorFromIntegrationGroup',
      service,
      body: AnyBody,
      optionalBody: true,
      handler: ({ params }) => {
        views().unlink(
          'RegisteredIntegrationConnector',
          params['integrationGroupGUID'] ?? '',
          params['integrationConnectorGUID'] ?? '',
          'unregisterConnectorFromIntegrationGroup',
        );
        return {};
      },
    });
  }

  // ------------------------------------------------------------------------- connection-maker
  for (const [kind, family, noun] of [
    ['connections', 'Connection', 'Connection'],
    ['connector-types', 'ConnectorType', 'ConnectorType'],
    ['endpoints', 'Endpoint', 'Endpoint'],
  ] as const) {
    elementRoutes({
      base: `${cm}/${kind}`,
      family,
      retrievePath: (guid) => `${cm}/${kind}/${guid}/retrieve`,
      searchPath: `${cm}/${kind}/by-search-string`,
      names: {
        create: `create${noun}`,
        update: `update${noun}`,
        remove: `delete${noun}`,
        retrieve: `get${noun}ByGUID`,
        byName: `get${noun}sByName`,
        search: `find${noun}s`,
      },
    });
  }
  for (const [path, attribute, family, action] of [
    [
      'connector-types/by-connector-provider-class-name',
      'connectorProviderClassName',
      'ConnectorType',
      'getConnectorTypesByConnectorProviderClassName',
    ],
    ['endpoints/by-network-address', 'networkAddress', 'Endpoint', 'getEndpointsByNetworkAddress'],
  ] as const) {
    registerEgeriaRoute<W.OpenMetadataRootElementsResponse, FilterBody | undefined>(
      app,
      directory,
      {
        method: 'POST',
        url: `${cm}/${path}`,
        responseClass: 'OpenMetadataRootElementsResponse',
        action,
        service,
        body: FilterBody,
        optionalBody: true,
        handler: ({ body }) => ({
          elements: listOrNothing(views().findByAttribute(attribute, body ?? {}, family, action)),
        }),
      },
    );
  }

  /** attach / detach of one relationship type between two path GUIDs. */
  function linkRoutes(
    path: string,
    typeName: string,
    ends: (params: Record<string, string>) => [string, string],
    attachAction: string,
    detachAction: string,
  ) {
    registerEgeriaRoute<W.VoidResponse, NewRelationshipBody | undefined>(app, directory, {
      method: 'POST',
      url: `${path}/attach`,
      responseClass: 'VoidResponse',
      action: attachAction,
      service,
      body: NewRelationshipBody,
      optionalBody: true,
      handler: ({ userId, params, body }) => {
        const [end1, end2] = ends(params);
        views().link(userId, typeName, end1, end2, plainValues(body?.properties), attachAction);
        return {};
      },
    });
    registerEgeriaRoute<W.VoidResponse, unknown>(app, directory, {
      method: 'POST',
      url: `${path}/detach`,
      responseClass: 'VoidResponse',
      action: detachAction,
      service,
      body: AnyBody,
      optionalBody: true,
      handler: ({ params }) => {
        const [end1, end2] = ends(params);
        views().unlink(typeName, end1, end2, detachAction);
        return {};
      },
    });
  }
  const p = (params: Record<string, string>, name: string) => params[name] ?? '';
  linkRoutes(
    `${cm}/connections/:connectionGUID/connector-types/:connectorTypeGUID`,
    'ConnectionConnectorType',
    (params) => [p(params, 'connectionGUID'), p(params, 'connectorTypeGUID')],
    'linkConnectionConnectorType',
    'detachConnectionConnectorType',
  );
  linkRoutes(
    `${cm}/connections/:connectionGUID/endpoints/:endpointGUID`,
    'ConnectToEndpoint',
    (params) => [p(params, 'endpointGUID'), p(params, 'connectionGUID')],
    'linkConnectionEndpoint',
    'detachConnectionEndpoint',
  );
  linkRoutes(
    `${cm}/connections/:connectionGUID/embedded-connections/:embeddedConnectionGUID`,
    'EmbeddedConnection',
    (params) => [p(params, 'connectionGUID'), p(params, 'embeddedConnectionGUID')],
    'linkEmbeddedConnection',
    'detachEmbeddedConnection',
  );
  linkRoutes(
    `${cm}/assets/:assetGUID/connections/:connectionGUID`,
    'AssetConnection',
    (params) => [p(params, 'assetGUID'), p(params, 'connectionGUID')],
    'linkAssetToConnection',
    'detachAssetFromConnection',
  );

  // ---------------------------------------------------------------------------- metadata-expert
  registerEgeriaRoute<W.VoidResponse, unknown>(app, directory, {
    method: 'POST',
    url: `${me}/metadata-elements/:metadataElementGUID/delete`,
    responseClass: 'VoidResponse',
    action: 'deleteMetadataElementInStore',
    service,
    body: AnyBody,
    optionalBody: true,
    handler: ({ params }) => {
      views().deleteElement(
        params['metadataElementGUID'] ?? '',
        'OpenMetadataRoot',
        'deleteMetadataElementInStore',
      );
      return {};
    },
  });
  registerEgeriaRoute<W.OpenMetadataElementsResponse, SearchBody>(app, directory, {
    method: 'POST',
    url: `${me}/metadata-elements/by-search-string`,
    responseClass: 'OpenMetadataElementsResponse',
    action: 'findMetadataElementsWithString',
    service,
    body: SearchBody,
    handler: ({ body }) => ({
      elementList: listOrNothing(
        views().findMetadataElements(body, 'findMetadataElementsWithString'),
      ),
    }),
  });
  registerEgeriaRoute<W.GUIDResponse, NewRelatedElementsBody | undefined>(app, directory, {
    method: 'POST',
    url: `${me}/related-elements`,
    responseClass: 'GUIDResponse',
    action: 'createRelatedElementsInStore',
    service,
    body: NewRelatedElementsBody,
    optionalBody: true,
    handler: ({ userId, body, server }) => {
      const action = 'createRelatedElementsInStore';
      if (!body) throw noRequestBody(userId, action, server);
      return {
        guid: views().link(
          userId,
          body.typeName ?? '',
          body.metadataElement1GUID ?? '',
          body.metadataElement2GUID ?? '',
          plainValues(body.properties),
          action,
        ),
      };
    },
  });
  registerEgeriaRoute<W.VoidResponse, UpdatePropertiesBody>(app, directory, {
    method: 'POST',
    url: `${me}/related-elements/:relationshipGUID/update-properties`,
    responseClass: 'VoidResponse',
    action: 'updateRelatedElementsInStore',
    service,
    body: UpdatePropertiesBody,
    handler: ({ userId, params, body }) => {
      const replace = body.replaceProperties ?? body.mergeUpdate === false;
      views().updateRelationship(
        userId,
        params['relationshipGUID'] ?? '',
        undefined,
        plainValues(body.properties),
        !replace,
        'updateRelatedElementsInStore',
      );
      return {};
    },
  });
  registerEgeriaRoute<W.VoidResponse, unknown>(app, directory, {
    method: 'POST',
    url: `${me}/related-elements/:relationshipGUID/delete`,
    responseClass: 'VoidResponse',
    action: 'deleteRelatedElementsInStore',
    service,
    body: AnyBody,
    optionalBody: true,
    handler: ({ params }) => {
      views().deleteRelationship(
        params['relationshipGUID'] ?? '',
        undefined,
        'deleteRelatedElementsInStore',
      );
      return {};
    },
  });
}
