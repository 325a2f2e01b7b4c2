/**
 * The open metadata types the sandbox stores, with their supertypes (nearest first, as Egeria's
 * ElementType lists them). Type GUIDs are derived from the type name: they are stable and unique
 * but are the sandbox's own, not the GUIDs of Egeria's types archive (the console must not rely on
 * type GUIDs anyway; it reads typeName and superTypeNames).
 */
import { stableGuid } from '../util/guid';

export interface TypeDefinition {
  typeName: string;
  typeId: string;
  superTypeNames: string[];
  typeVersion: number;
  typeDescription: string;
  category: 'entity' | 'relationship';
}

const ROOT = ['OpenMetadataRoot'];
const REFERENCEABLE = ['Referenceable', ...ROOT];
const ASSET = ['Asset', ...REFERENCEABLE];
const DATA_STORE = ['DataStore', ...ASSET];
const DATA_SET = ['DataSet', ...ASSET];
const INFRASTRUCTURE = ['ITInfrastructure', 'Infrastructure', ...ASSET];
const PROCESS = ['Process', ...ASSET];

const ENTITY_TYPES: Array<[string, string[], string]> = [
  ['OpenMetadataRoot', [], 'Common root for all open metadata entity types.'],
  ['Referenceable', ROOT, 'An open metadata entity that has a unique identifier.'],
  ['Asset', REFERENCEABLE, 'The description of an asset that needs to be catalogued and governed.'],
  [
    'SoftwareCapability',
    REFERENCEABLE,
    'A software capability such as an application, that is deployed to a software server.',
  ],
  [
    'IntegrationGroup',
    ['SoftwareCapability', ...REFERENCEABLE],
    'A collection of integration connectors to run together.',
  ],
  [
    'DeployedSoftwareComponent',
    PROCESS,
    'A packaged and deployed software component supporting a well-defined function.',
  ],
  [
    'DeployedConnector',
    ['DeployedSoftwareComponent', ...PROCESS],
    'A connector that is deployed to a software server.',
  ],
  [
    'IntegrationConnector',
    ['DeployedConnector', 'DeployedSoftwareComponent', ...PROCESS],
    'A definition to control the execution of an integration connector.',
  ],
  [
    'Connection',
    REFERENCEABLE,
    'A set of properties to identify and configure a connector instance.',
  ],
  [
    'VirtualConnection',
    ['Connection', ...REFERENCEABLE],
    'A connector for a virtual resource that needs to retrieve data from multiple places.',
  ],
  ['ConnectorType', REFERENCEABLE, 'A set of properties describing a type of connector.'],
  [
    'Endpoint',
    REFERENCEABLE,
    'Description of the network address and related information needed to call a software service.',
  ],
  ['DataStore', ASSET, 'A physical store of data.'],
  ['DataSet', ASSET, 'A collection of related data.'],
  ['FileFolder', DATA_STORE, 'A description of a folder (directory) in a file system.'],
  [
    'DataFolder',
    ['FileFolder', ...DATA_STORE],
    'A folder where each file holds data with the same structure.',
  ],
  ['DataFile', DATA_STORE, 'A data file.'],
  ['CSVFile', ['DataFile', ...DATA_STORE], 'A file containing comma separated values.'],
  ['Database', DATA_STORE, 'A data store containing relational data.'],
  ['Topic', DATA_SET, 'A location for storing and distributing related events.'],
  ['KafkaTopic', ['Topic', ...DATA_SET], 'An event topic supported by Apache Kafka.'],
  ['Infrastructure', ASSET, 'Physical infrastructure or software platform.'],
  [
    'ITInfrastructure',
    ['Infrastructure', ...ASSET],
    'Hardware and base software that supports an IT system.',
  ],
  [
    'SoftwareServer',
    INFRASTRUCTURE,
    'Software services to support a runtime environment for applications and data stores.',
  ],
  [
    'SoftwareServerPlatform',
    INFRASTRUCTURE,
    'Software services to support a runtime environment for a software server.',
  ],
  ['DeployedAPI', ASSET, 'A callable interface running at an endpoint.'],
];

const RELATIONSHIP_TYPES: Array<[string, string]> = [
  [
    'RegisteredIntegrationConnector',
    'Identifies an integration connector that should run in an integration group.',
  ],
  ['CatalogTarget', 'Identifies an element that an integration connector is to work with.'],
  [
    'AssetConnection',
    'Link between a connection and the description of the asset it can be used to access.',
  ],
  [
    'ConnectionConnectorType',
    'A link between a connection and the connector type that should be used.',
  ],
  [
    'ConnectToEndpoint',
    'A link between a connection and the endpoint that the connector should use.',
  ],
  [
    'EmbeddedConnection',
    'A link between a virtual connection and one of the connections it depends on.',
  ],
];

const registry = new Map<string, TypeDefinition>();
for (const [typeName, superTypeNames, typeDescription] of ENTITY_TYPES) {
  registry.set(typeName, {
    typeName,
    typeId: stableGuid(`sandbox-type:${typeName}`),
    superTypeNames,
    typeVersion: 1,
    typeDescription,
    category: 'entity',
  });
}
for (const [typeName, typeDescription] of RELATIONSHIP_TYPES) {
  registry.set(typeName, {
    typeName,
    typeId: stableGuid(`sandbox-type:${typeName}`),
    superTypeNames: [],
    typeVersion: 1,
    typeDescription,
    category: 'relationship',
  });
}

/** The definition of a type; unknown names get a definition below Referenceable so nothing breaks. */
export function typeDefinition(typeName: string): TypeDefinition {
  return (
    registry.get(typeName) ?? {
      typeName,
      typeId: stableGuid(`sandbox-type:${typeName}`),
      superTypeNames: REFERENCEABLE,
      typeVersion: 1,
      typeDescription: typeName,
      category: 'entity',
    }
  );
}

export function isKnownEntityType(typeName: string): boolean {
  return registry.get(typeName)?.category === 'entity';
}

/** True when `typeName` is `ancestor` or one of its subtypes. */
export function isTypeOf(typeName: string, ancestor: string): boolean {
  return typeName === ancestor || typeDefinition(typeName).superTypeNames.includes(ancestor);
}

/** Every known entity type that is `ancestor` or below it. */
export function subtypesOf(ancestor: string): string[] {
  return [...registry.values()]
    .filter((t) => t.category === 'entity' && isTypeOf(t.typeName, ancestor))
    .map((t) => t.typeName);
}
