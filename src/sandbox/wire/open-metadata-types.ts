/**
 * The open metadata types the sandbox stores, as Egeria's type system describes them: the type
 * GUIDs and descriptions of Egeria's OpenMetadataType (5.3 at e993386a1f51, 6.1 at 86e1137bf8ff),
 * the supertype chains and versions seen in the captured responses (nearest supertype first).
 * Where 6.x changed a type (IntegrationGroup lost SoftwareServerCapability; every type is version 1;
 * KafkaTopic, ConnectionEndpoint and LatestChange are gone) the 6.x entry says so.
 */
import { isSix, type Release } from './releases';

export type TypeCategory = 'ENTITY_DEF' | 'RELATIONSHIP_DEF' | 'CLASSIFICATION_DEF';

export interface TypeInfo {
  typeId: string;
  typeName: string;
  superTypeNames: string[];
  typeVersion: number;
  typeDescription: string;
  typeCategory: TypeCategory;
}

interface TypeSpec {
  id: string;
  description: string;
  supers?: string[];
  category?: TypeCategory;
  /** 5.3 type version where it is not 1 (6.x reports version 1 for every type). */
  version53?: number;
  /** 6.x differences. */
  six?: { supers?: string[]; description?: string; absent?: true };
}

const ROOT = ['OpenMetadataRoot'];
const REF = ['Referenceable', ...ROOT];
const ASSET = ['Asset', ...REF];
const DATA_ASSET = ['DataAsset', ...ASSET];
const DATA_STORE = ['DataStore', ...DATA_ASSET];
const DATA_SET = ['DataSet', ...DATA_ASSET];
const INFRA = ['ITInfrastructure', 'Infrastructure', ...ASSET];
const PROCESS = ['Process', ...ASSET];
const REL: TypeCategory = 'RELATIONSHIP_DEF';

const TYPES: Record<string, TypeSpec> = {
  OpenMetadataRoot: {
    id: '4e7761e8-3969-4627-8f40-bfe3cde85a1d',
    description: 'Common root for all open metadata entity types.',
  },
  Referenceable: {
    id: 'a32316b8-dc8c-48c5-b12b-71c1b2a080bf',
    description: 'An open metadata entity that has a unique identifier.',
    supers: ROOT,
  },
  Asset: {
    id: '896d14c2-7522-4f6c-8519-757711943fe6',
    description: 'The description of a resource that needs to be catalogued and governed.',
    supers: REF,
  },
  DataAsset: {
    id: 'ca826f9e-7fb1-4005-921a-fee1c4cd221b',
    description: 'The description of a collection of data.',
    supers: ASSET,
  },
  DataStore: {
    id: '30756d0b-362b-4bfa-a0de-fce6a8f47b47',
    description: 'A physical store of data.',
    supers: DATA_ASSET,
  },
  DataSet: {
    id: '1449911c-4f44-4c22-abc0-7540154feefb',
    description: 'Collection of related data, not necessarily stored together.',
    supers: DATA_ASSET,
  },
  FileFolder: {
    id: '229ed5cc-de31-45fc-beb4-9919fd247398',
    description: 'A description of a folder (directory) in a file system.',
    supers: DATA_STORE,
  },
  DataFolder: {
    id: '9f1fb984-db15-43ee-85fb-f8b0353bfb8b',
    description:
      'A folder (directory) in a file system that contains a collection of data stored in individual files.',
    supers: ['FileFolder', ...DATA_STORE],
  },
  DataFile: {
    id: '10752b4a-4b5d-4519-9eae-fdd6d162122f',
    description: 'A description of a file stored in a file system.',
    supers: DATA_STORE,
  },
  CSVFile: {
    id: '2ccb2117-9cee-47ca-8150-9b3a543adcec',
    description: 'A file containing comma-separated (or similar delimited) data.',
    supers: ['DataFile', ...DATA_STORE],
  },
  Database: {
    id: '0921c83f-b2db-4086-a52c-0d10e52ca078',
    description: 'A data store.',
    supers: DATA_STORE,
  },
  Topic: {
    id: '29100f49-338e-4361-b05d-7e4e8e818325',
    description: 'A location for storing and distributing related events.',
    supers: DATA_SET,
  },
  KafkaTopic: {
    id: 'f2f5dae9-8410-420f-81f4-5d08543e07aa',
    description: 'An event topic supported by Apache Kafka.',
    supers: ['Topic', ...DATA_SET],
    six: { absent: true },
  },
  DeployedAPI: {
    id: '7dbb3e63-138f-49f1-97b4-66313871fc14',
    description: 'A callable interface running at an endpoint.',
    supers: ASSET,
  },
  Infrastructure: {
    id: 'c19746ac-b3ec-49ce-af4b-83348fc55e07',
    description: 'Physical infrastructure or software platform.',
    supers: ASSET,
  },
  ITInfrastructure: {
    id: '151e6dd1-54a0-4b7f-a072-85caa09d1dda',
    description: 'Hardware and base software that supports an IT system.',
    supers: ['Infrastructure', ...ASSET],
  },
  SoftwareServer: {
    id: 'aa7c7884-32ce-4991-9c41-9778f1fec6aa',
    description:
      'Software services to support a runtime environment for applications and data stores.',
    supers: INFRA,
  },
  SoftwareServerPlatform: {
    id: 'ba7c7884-32ce-4991-9c41-9778f1fec6aa',
    description:
      'Software services packaged as an operating system process to support a runtime environment for a virtual software server.',
    supers: INFRA,
  },
  Process: {
    id: 'd8f33bd7-afa9-4a11-a8c7-07dcec83c050',
    description: 'Well-defined sequence of activities performed by people or software components.',
    supers: ASSET,
    six: { description: 'Well-defined sequence of activities performed by digital resources.' },
  },
  DeployedSoftwareComponent: {
    id: '486af62c-dcfd-4859-ab24-eab2e380ecfd',
    description: 'A packaged and deployed software component supporting a well-defined function.',
    supers: PROCESS,
  },
  DeployedConnector: {
    id: 'c9a183ab-67f4-46a4-8836-16fa041769b7',
    description:
      'A connector that is configured and deployed to run in a specific software server capability.',
    supers: ['DeployedSoftwareComponent', ...PROCESS],
  },
  IntegrationConnector: {
    id: '759da11b-ebb6-4382-bdc9-72adc7c922db',
    description: 'A definition to control the execution of an integration connector.',
    supers: ['DeployedConnector', 'DeployedSoftwareComponent', ...PROCESS],
  },
  SoftwareCapability: {
    id: '54055c38-b9ad-4a66-a75b-14dc643d4c69',
    description: 'A software implemented function such as a software service or engine.',
    supers: REF,
  },
  SoftwareServerCapability: {
    id: 'fe30a033-8f86-4d17-8986-e6166fa24177',
    description:
      'A software capability such as an application, that is deployed to a software server.',
    supers: ['SoftwareCapability', ...REF],
    six: { absent: true },
  },
  IntegrationGroup: {
    id: '4d7c43ec-983b-40e4-af78-6fb66c4f5136',
    description: 'A collection of integration connectors to run together.',
    supers: ['SoftwareServerCapability', 'SoftwareCapability', ...REF],
    six: { supers: ['SoftwareCapability', ...REF] },
  },
  Connection: {
    id: '114e9f8f-5ff3-4c32-bd37-a7eb42712253',
    description: 'A set of properties to identify and configure a connector instance.',
    supers: REF,
  },
  VirtualConnection: {
    id: '82f9c664-e59d-484c-a8f3-17088c23a2f3',
    description:
      'A connector for a virtual resource that needs to retrieve data from multiple places.',
    supers: ['Connection', ...REF],
  },
  ConnectorType: {
    id: '954421eb-33a6-462d-a8ca-b5709a1bd0d4',
    description: 'A set of properties describing a type of connector.',
    supers: REF,
    version53: 3,
  },
  Endpoint: {
    id: 'dbc20663-d705-4ff0-8424-80c262c6b8e7',
    description:
      'Description of the network address and related information needed to call a software service.',
    supers: REF,
  },
  RegisteredIntegrationConnector: {
    id: '7528bcd4-ae4c-47d0-a33f-4aeebbaa92c2',
    description:
      'A link between an integration group and an integration connector that is part of the group.',
    category: REL,
  },
  CatalogTarget: {
    id: 'bc5a5eb1-881b-4055-aa2c-78f314282ac2',
    description: 'Identifies an element that an integration connector is to work with.',
    category: REL,
  },
  AssetConnection: {
    id: 'c96593a5-9f42-41c8-82a0-16acafc77c44',
    description: 'Link between an asset and the connection to its digital resource.',
    category: REL,
  },
  ConnectionConnectorType: {
    id: 'e542cfc1-0b4b-42b9-9921-f0a5a88aaf96',
    description: 'A link between a connection and the connector type that should be used.',
    category: REL,
  },
  ConnectToEndpoint: {
    id: 'e2b62ebb-7f7d-4d48-be70-b0859416bc95',
    description: 'A link between a connection and the endpoint of the associated digital resource.',
    category: REL,
  },
  ConnectionEndpoint: {
    id: '887a7132-d6bc-4b92-a483-e80b60c86fb2',
    description: 'A link between a connection and the endpoint that the connector should use.',
    category: REL,
    six: { absent: true },
  },
  EmbeddedConnection: {
    id: 'eb6dfdd2-8c6f-4f0d-a17d-f6ce4799f64f',
    description: 'A link between a virtual connection and one of the connections it depends on.',
    category: REL,
  },
  Anchors: {
    id: 'aa44f302-2e43-4669-a1e7-edaae414fc6e',
    description:
      'Identifies the anchor entity for an element that is part of a large composite object such as an asset.',
    category: 'CLASSIFICATION_DEF',
    version53: 4,
  },
};

/**
 * The ends of the relationship types the sandbox stores: the type each end must have. 6.x and 5.3
 * agree (AssetConnection: asset at end 1; ConnectToEndpoint: connection at end 1, endpoint at end 2 —
 * 5.3 OpenMetadataTypesArchive update0201Connections; the deprecated 5.3 ConnectionEndpoint has them
 * the other way round).
 */
export const RELATIONSHIP_ENDS: Record<string, [string, string]> = {
  RegisteredIntegrationConnector: ['IntegrationGroup', 'IntegrationConnector'],
  CatalogTarget: ['IntegrationConnector', 'OpenMetadataRoot'],
  AssetConnection: ['Asset', 'Connection'],
  ConnectionConnectorType: ['Connection', 'ConnectorType'],
  ConnectToEndpoint: ['Connection', 'Endpoint'],
  ConnectionEndpoint: ['Endpoint', 'Connection'],
  EmbeddedConnection: ['VirtualConnection', 'Connection'],
};

/** Whether the release knows the type at all (6.x dropped a few). */
export function typeExists(typeName: string, release: Release): boolean {
  const spec = TYPES[typeName];
  return spec !== undefined && !(isSix(release) && spec.six?.absent);
}

/** The type as `release` reports it; an unknown name gets a plain Referenceable subtype. */
export function typeInfo(typeName: string, release: Release): TypeInfo {
  const spec = TYPES[typeName];
  const six = isSix(release);
  if (!spec) {
    return {
      typeId: '',
      typeName,
      superTypeNames: REF,
      typeVersion: 1,
      typeDescription: typeName,
      typeCategory: 'ENTITY_DEF',
    };
  }
  return {
    typeId: spec.id,
    typeName,
    superTypeNames: (six ? spec.six?.supers : undefined) ?? spec.supers ?? [],
    typeVersion: six ? 1 : (spec.version53 ?? 1),
    typeDescription: (six ? spec.six?.description : undefined) ?? spec.description,
    typeCategory: spec.category ?? 'ENTITY_DEF',
  };
}

/** True when `typeName` is `ancestor` or below it (in either release's hierarchy). */
export function isTypeOf(typeName: string, ancestor: string): boolean {
  if (typeName === ancestor) return true;
  const spec = TYPES[typeName];
  if (!spec) return REF.includes(ancestor);
  return [...(spec.supers ?? []), ...(spec.six?.supers ?? [])].includes(ancestor);
}

export function isKnownEntityType(typeName: string): boolean {
  const spec = TYPES[typeName];
  return spec !== undefined && (spec.category ?? 'ENTITY_DEF') === 'ENTITY_DEF';
}

export function isRelationshipType(typeName: string): boolean {
  return TYPES[typeName]?.category === 'RELATIONSHIP_DEF';
}

/** Every known entity type that is `ancestor` or below it. */
export function subtypesOf(ancestor: string): string[] {
  return Object.keys(TYPES).filter((name) => isKnownEntityType(name) && isTypeOf(name, ancestor));
}

/**
 * The anchor domain of a type: its highest supertype below Referenceable (Asset for a CSVFile,
 * SoftwareCapability for an IntegrationGroup), or the type itself when it sits right under
 * Referenceable (Connection, Endpoint) — frameworks/openmetadata/search/PropertyHelper.getDomainName.
 */
export function anchorDomainOf(typeName: string, release: Release): string {
  let domain = typeName;
  for (const superType of typeInfo(typeName, release).superTypeNames) {
    if (superType !== 'OpenMetadataRoot' && superType !== 'Referenceable') domain = superType;
  }
  return domain;
}
