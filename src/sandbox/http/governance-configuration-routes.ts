/**
 * The 22 operations of the 5.3 governance-configuration-service (GCR) on the metadata access
 * server: integration groups, integration connectors, registrations and catalog targets.
 * Lists omit `elements` when nothing matched, lookups by name omit `element` on a miss.
 */
import type { FastifyInstance } from 'fastify';
import type * as W from '../../egeria/v5/wire';
import type { GovernanceConfigurationService } from '../services/governance-configuration-service';
import {
  CatalogTargetPropertiesBean,
  DeleteRequestBodyBean,
  IntegrationConnectorPropertiesBean,
  IntegrationGroupPropertiesBean,
  NullRequestBodyBean,
  RegisteredIntegrationConnectorPropertiesBean,
} from '../services/request-beans';
import { registerEgeriaRoute, type QueryParam, type ServerDirectory } from './route-kit';

export const GOVERNANCE_CONFIGURATION_BASE =
  '/servers/:server/open-metadata/framework-services/:marker/governance-configuration-service/users/:userId';

const PAGING: QueryParam[] = [
  { name: 'startingFrom', type: 'int' },
  { name: 'maximumResults', type: 'int' },
];
const MERGE: QueryParam[] = [{ name: 'isMergeUpdate', type: 'boolean' }];

/** Egeria returns null rather than an empty list, so the key disappears. */
function listOrNothing<T>(items: T[]): T[] | undefined {
  return items.length > 0 ? items : undefined;
}

export function registerGovernanceConfigurationRoutes(
  app: FastifyInstance,
  directory: ServerDirectory,
  service: () => GovernanceConfigurationService,
): void {
  const base = GOVERNANCE_CONFIGURATION_BASE;
  const service_ = 'metadata-store' as const;
  const int = (value: number | boolean | undefined): number => Number(value ?? 0);

  // ------------------------------------------------------------------------------------ groups
  registerEgeriaRoute<W.GUIDResponse, IntegrationGroupPropertiesBean>(app, directory, {
    method: 'POST',
    url: `${base}/integration-groups/new`,
    responseClass: 'GUIDResponse',
    action: 'createIntegrationGroup',
    service: service_,
    body: IntegrationGroupPropertiesBean,
    handler: ({ userId, body }) => ({ guid: service().createIntegrationGroup(userId, body) }),
  });

  registerEgeriaRoute<W.IntegrationGroupElementResponse, never>(app, directory, {
    method: 'GET',
    url: `${base}/integration-groups/by-name/:name`,
    responseClass: 'IntegrationGroupElementResponse',
    action: 'getIntegrationGroupByName',
    service: service_,
    handler: ({ userId, params }) => ({
      element: service().getIntegrationGroupByName(userId, params['name'] ?? ''),
    }),
  });

  registerEgeriaRoute<W.IntegrationGroupElementResponse, never>(app, directory, {
    method: 'GET',
    url: `${base}/integration-groups/:guid`,
    responseClass: 'IntegrationGroupElementResponse',
    action: 'getIntegrationGroupByGUID',
    service: service_,
    handler: ({ userId, params }) => ({
      element: service().getIntegrationGroupByGUID(userId, params['guid'] ?? ''),
    }),
  });

  registerEgeriaRoute<W.IntegrationGroupElementsResponse, never>(app, directory, {
    method: 'GET',
    url: `${base}/integration-groups`,
    responseClass: 'IntegrationGroupElementsResponse',
    action: 'getAllIntegrationGroups',
    service: service_,
    query: PAGING,
    handler: ({ userId, query }) => ({
      elements: listOrNothing(
        service().getAllIntegrationGroups(
          userId,
          int(query['startingFrom']),
          int(query['maximumResults']),
        ),
      ),
    }),
  });

  registerEgeriaRoute<W.VoidResponse, IntegrationGroupPropertiesBean>(app, directory, {
    method: 'POST',
    url: `${base}/integration-groups/:guid/update`,
    responseClass: 'VoidResponse',
    action: 'updateIntegrationGroup',
    service: service_,
    query: MERGE,
    body: IntegrationGroupPropertiesBean,
    handler: ({ userId, params, query, body }) => {
      service().updateIntegrationGroup(
        userId,
        params['guid'] ?? '',
        query['isMergeUpdate'] === true,
        body,
      );
      return {};
    },
  });

  registerEgeriaRoute<W.VoidResponse, { qualifiedName?: string }>(app, directory, {
    method: 'POST',
    url: `${base}/integration-groups/:guid/delete`,
    responseClass: 'VoidResponse',
    action: 'deleteIntegrationGroup',
    service: service_,
    body: DeleteRequestBodyBean,
    handler: ({ userId, params, body }) => {
      service().deleteIntegrationGroup(userId, params['guid'] ?? '', body.qualifiedName);
      return {};
    },
  });

  // -------------------------------------------------------------------------------- connectors
  registerEgeriaRoute<W.GUIDResponse, IntegrationConnectorPropertiesBean>(app, directory, {
    method: 'POST',
    url: `${base}/integration-connectors/new`,
    responseClass: 'GUIDResponse',
    action: 'createIntegrationConnector',
    service: service_,
    body: IntegrationConnectorPropertiesBean,
    handler: ({ userId, body }) => ({ guid: service().createIntegrationConnector(userId, body) }),
  });

  registerEgeriaRoute<W.IntegrationConnectorElementResponse, never>(app, directory, {
    method: 'GET',
    url: `${base}/integration-connectors/by-name/:name`,
    responseClass: 'IntegrationConnectorElementResponse',
    action: 'getIntegrationConnectorByName',
    service: service_,
    handler: ({ userId, params }) => ({
      element: service().getIntegrationConnectorByName(userId, params['name'] ?? ''),
    }),
  });

  registerEgeriaRoute<W.IntegrationConnectorElementResponse, never>(app, directory, {
    method: 'GET',
    url: `${base}/integration-connectors/:guid`,
    responseClass: 'IntegrationConnectorElementResponse',
    action: 'getIntegrationConnectorByGUID',
    service: service_,
    handler: ({ userId, params }) => ({
      element: service().getIntegrationConnectorByGUID(userId, params['guid'] ?? ''),
    }),
  });

  registerEgeriaRoute<W.IntegrationConnectorElementsResponse, never>(app, directory, {
    method: 'GET',
    url: `${base}/integration-connectors`,
    responseClass: 'IntegrationConnectorElementsResponse',
    action: 'getAllIntegrationConnectors',
    service: service_,
    query: PAGING,
    handler: ({ userId, query }) => ({
      elements: listOrNothing(
        service().getAllIntegrationConnectors(
          userId,
          int(query['startingFrom']),
          int(query['maximumResults']),
        ),
      ),
    }),
  });

  registerEgeriaRoute<W.GUIDListResponse, never>(app, directory, {
    method: 'GET',
    url: `${base}/integration-connectors/:guid/registrations`,
    responseClass: 'GUIDListResponse',
    action: 'getRegisteredIntegrationGroups',
    service: service_,
    handler: ({ userId, params }) => ({
      guids: listOrNothing(service().getRegisteredIntegrationGroups(userId, params['guid'] ?? '')),
    }),
  });

  registerEgeriaRoute<W.VoidResponse, IntegrationConnectorPropertiesBean>(app, directory, {
    method: 'POST',
    url: `${base}/integration-connectors/:guid/update`,
    responseClass: 'VoidResponse',
    action: 'updateIntegrationConnector',
    service: service_,
    query: MERGE,
    body: IntegrationConnectorPropertiesBean,
    handler: ({ userId, params, query, body }) => {
      service().updateIntegrationConnector(
        userId,
        params['guid'] ?? '',
        query['isMergeUpdate'] === true,
        body,
      );
      return {};
    },
  });

  registerEgeriaRoute<W.VoidResponse, { qualifiedName?: string }>(app, directory, {
    method: 'POST',
    url: `${base}/integration-connectors/:guid/delete`,
    responseClass: 'VoidResponse',
    action: 'deleteIntegrationConnector',
    service: service_,
    body: DeleteRequestBodyBean,
    handler: ({ userId, params, body }) => {
      service().deleteIntegrationConnector(userId, params['guid'] ?? '', body.qualifiedName);
      return {};
    },
  });

  // ----------------------------------------------------------------------------- registrations
  const registration = `${base}/integration-groups/:integrationGroupGUID/integration-connectors`;

  registerEgeriaRoute<W.VoidResponse, RegisteredIntegrationConnectorPropertiesBean>(
    app,
    directory,
    {
      method: 'POST',
      url: `${registration}/:integrationConnectorGUID`,
      responseClass: 'VoidResponse',
      action: 'registerIntegrationConnectorWithGroup',
      service: service_,
      body: RegisteredIntegrationConnectorPropertiesBean,
      handler: ({ userId, params, body }) => {
        service().registerIntegrationConnectorWithGroup(
          userId,
          params['integrationGroupGUID'] ?? '',
          params['integrationConnectorGUID'] ?? '',
          body,
        );
        return {};
      },
    },
  );

  registerEgeriaRoute<W.RegisteredIntegrationConnectorResponse, never>(app, directory, {
    method: 'GET',
    url: `${registration}/:integrationConnectorGUID`,
    responseClass: 'RegisteredIntegrationConnectorResponse',
    action: 'getRegisteredIntegrationConnector',
    service: service_,
    handler: ({ userId, params }) => ({
      registeredIntegrationConnector: service().getRegisteredIntegrationConnector(
        userId,
        params['integrationGroupGUID'] ?? '',
        params['integrationConnectorGUID'] ?? '',
      ),
    }),
  });

  registerEgeriaRoute<W.RegisteredIntegrationConnectorsResponse, never>(app, directory, {
    method: 'GET',
    url: registration,
    responseClass: 'RegisteredIntegrationConnectorsResponse',
    action: 'getRegisteredIntegrationConnectors',
    service: service_,
    query: PAGING,
    handler: ({ userId, params, query }) => ({
      elements: listOrNothing(
        service().getRegisteredIntegrationConnectors(
          userId,
          params['integrationGroupGUID'] ?? '',
          int(query['startingFrom']),
          int(query['maximumResults']),
        ),
      ),
    }),
  });

  registerEgeriaRoute<W.VoidResponse, unknown>(app, directory, {
    method: 'POST',
    url: `${registration}/:integrationConnectorGUID/delete`,
    responseClass: 'VoidResponse',
    action: 'unregisterIntegrationConnectorFromGroup',
    service: service_,
    body: NullRequestBodyBean,
    optionalBody: true,
    handler: ({ userId, params }) => {
      service().unregisterIntegrationConnectorFromGroup(
        userId,
        params['integrationGroupGUID'] ?? '',
        params['integrationConnectorGUID'] ?? '',
      );
      return {};
    },
  });

  // --------------------------------------------------------------------------- catalog targets
  registerEgeriaRoute<W.GUIDResponse, CatalogTargetPropertiesBean>(app, directory, {
    method: 'POST',
    url: `${base}/integration-connectors/:integrationConnectorGUID/catalog-targets/:metadataElementGUID`,
    responseClass: 'GUIDResponse',
    action: 'addCatalogTarget',
    service: service_,
    body: CatalogTargetPropertiesBean,
    handler: ({ userId, params, body }) => ({
      guid: service().addCatalogTarget(
        userId,
        params['integrationConnectorGUID'] ?? '',
        params['metadataElementGUID'] ?? '',
        body,
      ),
    }),
  });

  registerEgeriaRoute<W.VoidResponse, CatalogTargetPropertiesBean>(app, directory, {
    method: 'POST',
    url: `${base}/catalog-targets/:relationshipGUID/update`,
    responseClass: 'VoidResponse',
    action: 'updateCatalogTarget',
    service: service_,
    body: CatalogTargetPropertiesBean,
    handler: ({ userId, params, body }) => {
      service().updateCatalogTarget(userId, params['relationshipGUID'] ?? '', body);
      return {};
    },
  });

  registerEgeriaRoute<W.CatalogTargetResponse, never>(app, directory, {
    method: 'GET',
    url: `${base}/catalog-targets/:relationshipGUID`,
    responseClass: 'CatalogTargetResponse',
    action: 'getCatalogTarget',
    service: service_,
    handler: ({ userId, params }) => ({
      element: service().getCatalogTarget(userId, params['relationshipGUID'] ?? ''),
    }),
  });

  registerEgeriaRoute<W.CatalogTargetsResponse, never>(app, directory, {
    method: 'GET',
    url: `${base}/integration-connectors/:integrationConnectorGUID/catalog-targets`,
    responseClass: 'CatalogTargetsResponse',
    action: 'getCatalogTargets',
    service: service_,
    query: PAGING,
    handler: ({ userId, params, query }) => ({
      elements: listOrNothing(
        service().getCatalogTargets(
          userId,
          params['integrationConnectorGUID'] ?? '',
          int(query['startingFrom']),
          int(query['maximumResults']),
        ),
      ),
    }),
  });

  registerEgeriaRoute<W.VoidResponse, unknown>(app, directory, {
    method: 'POST',
    url: `${base}/catalog-targets/:relationshipGUID/delete`,
    responseClass: 'VoidResponse',
    action: 'removeCatalogTarget',
    service: service_,
    // Required here, unlike the optional body of unregister (wire notes §11.10).
    body: NullRequestBodyBean,
    handler: ({ userId, params }) => {
      service().removeCatalogTarget(userId, params['relationshipGUID'] ?? '');
      return {};
    },
  });
}
