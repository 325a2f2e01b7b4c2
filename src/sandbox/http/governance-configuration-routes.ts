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

type Kind = 'IntegrationGroup' | 'IntegrationConnector';
/** The service's operations on one kind, named as Egeria's Java methods are. */
type ElementOperation =
  `${'create' | 'update' | 'delete'}${Kind}` | `get${Kind}By${'Name' | 'GUID'}` | `getAll${Kind}s`;

function call(s: GovernanceConfigurationService, operation: ElementOperation, ...args: unknown[]) {
  return (s[operation] as (...a: unknown[]) => unknown).apply(s, args);
}

/** Create, read (by name, by GUID, all), update and delete: the same six operations for both kinds. */
/* eslint-disable-next-line @typescript-eslint/no-explicit-any -- the kind's own properties bean */
function elementRows(kind: Kind, path: string, bean: z.ZodType<any>): Row[] {
  return [
    [
      'POST',
      `/${path}/new`,
      'GUIDResponse',
      `create${kind}`,
      { body: bean },
      (s, c) => ({ guid: call(s, `create${kind}`, c.userId, c.body) }),
    ],
    [
      'GET',
      `/${path}/by-name/:name`,
      `${kind}ElementResponse`,
      `get${kind}ByName`,
      {},
      (s, c) => ({ element: call(s, `get${kind}ByName`, p(c, 'name')) }),
    ],
    [
      'GET',
      `/${path}/:guid`,
      `${kind}ElementResponse`,
      `get${kind}ByGUID`,
      {},
      (s, c) => ({ element: call(s, `get${kind}ByGUID`, p(c, 'guid')) }),
    ],
    [
      'GET',
      `/${path}`,
      `${kind}ElementsResponse`,
      `getAll${kind}s`,
      { query: PAGING },
      (s, c) => ({
        elements: listOrNothing(call(s, `getAll${kind}s`, start(c), max(c)) as unknown[]),
      }),
    ],
    [
      'POST',
      `/${path}/:guid/update`,
      'VoidResponse',
      `update${kind}`,
      { query: MERGE, body: bean },
      (s, c) => call(s, `update${kind}`, c.userId, p(c, 'guid'), merge(c), c.body),
    ],
    [
      'POST',
      `/${path}/:guid/delete`,
      'VoidResponse',
      `delete${kind}`,
      { body: DeleteRequestBodyBean },
      (s, c) => call(s, `delete${kind}`, p(c, 'guid'), c.body.qualifiedName),
    ],
  ];
}

const ROUTES: Row[] = [
  ...elementRows('IntegrationGroup', 'integration-groups', IntegrationGroupPropertiesBean),
  ...elementRows(
    'IntegrationConnector',
    'integration-connectors',
    IntegrationConnectorPropertiesBean,
  ),
  [
    'GET',
    '/integration-connectors/:guid/registrations',
    'GUIDListResponse',
    'getRegisteredIntegrationGroups',
    {},
    (s, c) => ({ guids: listOrNothing(s.getRegisteredIntegrationGroups(p(c, 'guid'))) }),
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
