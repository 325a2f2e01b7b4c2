/**
 * The 22 operations of the 5.3 governance-configuration-service on the metadata access server, as
 * one table (GovernanceConfigurationResource@e993386a1f51): paths, Java method names, response
 * classes, required query parameters (`startingFrom`, `maximumResults` and `isMergeUpdate` have no
 * default) and body beans. Lists omit `elements` when nothing matched.
 */
import type { z } from 'zod';
import { SERVICE_NAMES } from '../ffdc/ffdc-error';
import type { GovernanceConfigurationService } from '../services/governance-configuration-service';
import {
  CatalogTargetPropertiesBean,
  DeleteRequestBodyBean,
  IntegrationConnectorPropertiesBean,
  IntegrationGroupPropertiesBean,
  NullRequestBodyBean,
  RegisteredIntegrationConnectorPropertiesBean,
} from '../services/request-beans';
import { GOVERNANCE_CONFIGURATION_BASE } from '../wire/paths';
import {
  listOrNothing,
  registerEgeriaRoute,
  type QueryParam,
  type RouteContext,
  type RouteTarget,
} from './route-kit';

const PAGING: QueryParam[] = [
  { name: 'startingFrom', type: 'int' },
  { name: 'maximumResults', type: 'int' },
];
const MERGE: QueryParam[] = [{ name: 'isMergeUpdate', type: 'boolean' }];

/* eslint-disable @typescript-eslint/no-explicit-any -- each row's body type is its bean's */
type Context = RouteContext<any>;
type Row = [
  method: 'GET' | 'POST',
  path: string,
  responseClass: string,
  action: string,
  input: { query?: QueryParam[]; body?: z.ZodType<any>; optionalBody?: boolean },
  handler: (s: GovernanceConfigurationService, c: Context) => unknown,
];
/* eslint-enable @typescript-eslint/no-explicit-any */

const p = (c: Context, name: string) => c.params[name] ?? '';
const start = (c: Context) => Number(c.query['startingFrom']);
const max = (c: Context) => Number(c.query['maximumResults']);
const merge = (c: Context) => c.query['isMergeUpdate'] === true;
const group = (c: Context) => p(c, 'integrationGroupGUID');
const connector = (c: Context) => p(c, 'integrationConnectorGUID');
const relationship = (c: Context) => p(c, 'relationshipGUID');
const REGISTRATION = '/integration-groups/:integrationGroupGUID/integration-connectors';

const ROUTES: Row[] = [
  // integration groups
  [
    'POST',
    '/integration-groups/new',
    'GUIDResponse',
    'createIntegrationGroup',
    { body: IntegrationGroupPropertiesBean },
    (s, c) => ({ guid: s.createIntegrationGroup(c.userId, c.body) }),
  ],
  [
    'GET',
    '/integration-groups/by-name/:name',
    'IntegrationGroupElementResponse',
    'getIntegrationGroupByName',
    {},
    (s, c) => ({ element: s.getIntegrationGroupByName(p(c, 'name')) }),
  ],
  [
    'GET',
    '/integration-groups/:guid',
    'IntegrationGroupElementResponse',
    'getIntegrationGroupByGUID',
    {},
    (s, c) => ({ element: s.getIntegrationGroupByGUID(p(c, 'guid')) }),
  ],
  [
    'GET',
    '/integration-groups',
    'IntegrationGroupElementsResponse',
    'getAllIntegrationGroups',
    { query: PAGING },
    (s, c) => ({ elements: listOrNothing(s.getAllIntegrationGroups(start(c), max(c))) }),
  ],
  [
    'POST',
    '/integration-groups/:guid/update',
    'VoidResponse',
    'updateIntegrationGroup',
    { query: MERGE, body: IntegrationGroupPropertiesBean },
    (s, c) => s.updateIntegrationGroup(c.userId, p(c, 'guid'), merge(c), c.body),
  ],
  [
    'POST',
    '/integration-groups/:guid/delete',
    'VoidResponse',
    'deleteIntegrationGroup',
    { body: DeleteRequestBodyBean },
    (s, c) => s.deleteIntegrationGroup(p(c, 'guid'), c.body.qualifiedName),
  ],
  // integration connectors
  [
    'POST',
    '/integration-connectors/new',
    'GUIDResponse',
    'createIntegrationConnector',
    { body: IntegrationConnectorPropertiesBean },
    (s, c) => ({ guid: s.createIntegrationConnector(c.userId, c.body) }),
  ],
  [
    'GET',
    '/integration-connectors/by-name/:name',
    'IntegrationConnectorElementResponse',
    'getIntegrationConnectorByName',
    {},
    (s, c) => ({ element: s.getIntegrationConnectorByName(p(c, 'name')) }),
  ],
  [
    'GET',
    '/integration-connectors/:guid',
    'IntegrationConnectorElementResponse',
    'getIntegrationConnectorByGUID',
    {},
    (s, c) => ({ element: s.getIntegrationConnectorByGUID(p(c, 'guid')) }),
  ],
  [
    'GET',
    '/integration-connectors',
    'IntegrationConnectorElementsResponse',
    'getAllIntegrationConnectors',
    { query: PAGING },
    (s, c) => ({ elements: listOrNothing(s.getAllIntegrationConnectors(start(c), max(c))) }),
  ],
  [
    'GET',
    '/integration-connectors/:guid/registrations',
    'GUIDListResponse',
    'getRegisteredIntegrationGroups',
    {},
    (s, c) => ({ guids: listOrNothing(s.getRegisteredIntegrationGroups(p(c, 'guid'))) }),
  ],
  [
    'POST',
    '/integration-connectors/:guid/update',
    'VoidResponse',
    'updateIntegrationConnector',
    { query: MERGE, body: IntegrationConnectorPropertiesBean },
    (s, c) => s.updateIntegrationConnector(c.userId, p(c, 'guid'), merge(c), c.body),
  ],
  [
    'POST',
    '/integration-connectors/:guid/delete',
    'VoidResponse',
    'deleteIntegrationConnector',
    { body: DeleteRequestBodyBean },
    (s, c) => s.deleteIntegrationConnector(p(c, 'guid'), c.body.qualifiedName),
  ],
  // registrations
  [
    'POST',
    `${REGISTRATION}/:integrationConnectorGUID`,
    'VoidResponse',
    'registerIntegrationConnectorWithGroup',
    { body: RegisteredIntegrationConnectorPropertiesBean },
    (s, c) => s.registerIntegrationConnectorWithGroup(c.userId, group(c), connector(c), c.body),
  ],
  [
    'GET',
    `${REGISTRATION}/:integrationConnectorGUID`,
    'RegisteredIntegrationConnectorResponse',
    'getRegisteredIntegrationConnector',
    {},
    (s, c) => ({
      registeredIntegrationConnector: s.getRegisteredIntegrationConnector(group(c), connector(c)),
    }),
  ],
  [
    'GET',
    REGISTRATION,
    'RegisteredIntegrationConnectorsResponse',
    'getRegisteredIntegrationConnectors',
    { query: PAGING },
    (s, c) => ({
      elements: listOrNothing(s.getRegisteredIntegrationConnectors(group(c), start(c), max(c))),
    }),
  ],
  // The one body that may be left out (@RequestBody(required = false)).
  [
    'POST',
    `${REGISTRATION}/:integrationConnectorGUID/delete`,
    'VoidResponse',
    'unregisterIntegrationConnectorFromGroup',
    { body: NullRequestBodyBean, optionalBody: true },
    (s, c) => s.unregisterIntegrationConnectorFromGroup(group(c), connector(c)),
  ],
  // catalog targets
  [
    'POST',
    '/integration-connectors/:integrationConnectorGUID/catalog-targets/:metadataElementGUID',
    'GUIDResponse',
    'addCatalogTarget',
    { body: CatalogTargetPropertiesBean },
    (s, c) => ({
      guid: s.addCatalogTarget(c.userId, connector(c), p(c, 'metadataElementGUID'), c.body),
    }),
  ],
  [
    'POST',
    '/catalog-targets/:relationshipGUID/update',
    'VoidResponse',
    'updateCatalogTarget',
    { body: CatalogTargetPropertiesBean },
    (s, c) => s.updateCatalogTarget(c.userId, relationship(c), c.body),
  ],
  [
    'GET',
    '/catalog-targets/:relationshipGUID',
    'CatalogTargetResponse',
    'getCatalogTarget',
    {},
    (s, c) => ({ element: s.getCatalogTarget(relationship(c)) }),
  ],
  [
    'GET',
    '/integration-connectors/:integrationConnectorGUID/catalog-targets',
    'CatalogTargetsResponse',
    'getCatalogTargets',
    { query: PAGING },
    (s, c) => ({ elements: listOrNothing(s.getCatalogTargets(connector(c), start(c), max(c))) }),
  ],
  [
    'POST',
    '/catalog-targets/:relationshipGUID/delete',
    'VoidResponse',
    'removeCatalogTarget',
    { body: NullRequestBodyBean },
    (s, c) => s.removeCatalogTarget(relationship(c)),
  ],
];

export function registerGovernanceConfigurationRoutes(
  target: RouteTarget,
  service: () => GovernanceConfigurationService,
): void {
  for (const [method, path, responseClass, action, input, handler] of ROUTES)
    registerEgeriaRoute(target, {
      method,
      url: `${GOVERNANCE_CONFIGURATION_BASE}${path}`,
      responseClass,
      action,
      service: 'metadata-store',
      serviceName: SERVICE_NAMES.gaf,
      marker: true,
      ...input,
      handler: (c) => handler(service(), c),
    });
}
