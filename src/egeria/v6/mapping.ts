/**
 * Egeria 6.x beans <-> the console's domain model. Reads turn typed property beans (and, where 6.x
 * answers with generic property values, those) into the model; writes build the typed beans and
 * request bodies 6.x expects, `class` and `typeName` included. Names that changed since 5.3 are
 * mapped here and nowhere else: `networkAddress` (endpoint address), `connectorShutdownDate`
 * (stopDate), `generateConnectorActivityReports` (generateIntegrationReports), `displayName`
 * (a connector's name), `versionIdentifier` (a group's version).
 */
import type { StoredConnection } from '../connection-sync';
import type * as M from '../model';
import { toElementProperties, type PropertySpec } from '../wire/generic';
import { toMeta, type ElementHeader } from '../wire/header';
import { CONNECTOR_TYPE_TEXT } from '../wire/ocf';
import { catalogTargetFields } from '../wire/relationships';
import { compact, nonEmpty } from '../wire/values';
import {
  connectionAttributes,
  connectorTypeAttributes,
  embeddedConnectionAttributes,
  endpointAttributes,
} from '../wire/connection-attributes';
import type * as W from './wire';

// ------------------------------------------------------------------------------ field readers

type Bag = Record<string, unknown> | undefined;

const str = (p: Bag, key: string): string | undefined => {
  const value = p?.[key];
  return typeof value === 'string' ? value : undefined;
};
/** Numbers may arrive as strings where 6.0 builds sent relationship properties as a string map. */
const num = (p: Bag, key: string): number | undefined => {
  const value = p?.[key];
  if (typeof value === 'number') return value;
  if (typeof value === 'string' && value.trim() !== '' && Number.isFinite(Number(value)))
    return Number(value);
  return undefined;
};
const bool = (p: Bag, key: string): boolean | undefined => {
  const value = p?.[key];
  if (typeof value === 'boolean') return value;
  if (value === 'true') return true;
  if (value === 'false') return false;
  return undefined;
};
const record = (p: Bag, key: string): Record<string, unknown> | undefined => {
  const value = p?.[key];
  return value && typeof value === 'object' && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : undefined;
};
const stringMap = (p: Bag, key: string): Record<string, string> => {
  const value = record(p, key) ?? {};
  return Object.fromEntries(
    Object.entries(value).filter(
      (entry): entry is [string, string] => typeof entry[1] === 'string',
    ),
  );
};
/** The named properties that are strings, each under its own name. */
const strings = <K extends string>(p: Bag, keys: readonly K[]) =>
  Object.fromEntries(keys.map((key) => [key, str(p, key)])) as Record<K, string | undefined>;
const stringList = (p: Bag, key: string): string[] => {
  const value = p?.[key];
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
};
/** The named properties that are string lists, each under its own name. */
const stringLists = <K extends string>(p: Bag, keys: readonly K[]) =>
  Object.fromEntries(keys.map((key) => [key, stringList(p, key)])) as Record<K, string[]>;
/** Dates are ISO strings in beans, epoch milliseconds in generic property values. */
const date = (p: Bag, key: string): string | undefined => {
  const value = p?.[key];
  if (typeof value === 'number') return new Date(value).toISOString().replace(/Z$/, '+00:00');
  return typeof value === 'string' ? value : undefined;
};
const isSet = (value: unknown): boolean => typeof value === 'string' && value.length > 0;

// ------------------------------------------------------------------------------------- reads

interface Summary {
  elementHeader: ElementHeader;
  properties?: Record<string, unknown>;
}

/** What every connection part carries first: its GUID and the names a person reads. */
const identity = ({ elementHeader, properties: p }: Summary) => ({
  guid: elementHeader.guid,
  qualifiedName: str(p, 'qualifiedName'),
  displayName: str(p, 'displayName'),
  description: str(p, 'description'),
});

/** What groups and connectors start with: their header, and a qualifiedName even if none is stored. */
const named = ({ elementHeader, properties }: Summary) => ({
  meta: toMeta(elementHeader),
  guid: elementHeader.guid,
  qualifiedName: str(properties, 'qualifiedName') ?? '',
});

export function toGroup(element: Summary): M.IntegrationGroup {
  const p = element.properties;
  return {
    ...named(element),
    displayName: str(p, 'displayName'),
    description: str(p, 'description'),
    version: str(p, 'versionIdentifier'),
    patchLevel: str(p, 'patchLevel'),
    source: str(p, 'source'),
    additionalProperties: stringMap(p, 'additionalProperties'),
  };
}

/** The connector without its connection, which 6.x keeps as separate elements. */
export function toConnector(element: Summary, connection?: M.Connection): M.IntegrationConnector {
  const p = element.properties;
  return {
    ...named(element),
    name: str(p, 'displayName'),
    description: str(p, 'description'),
    versionIdentifier: str(p, 'versionIdentifier'),
    usesBlockingCalls: bool(p, 'usesBlockingCalls') ?? false,
    additionalProperties: stringMap(p, 'additionalProperties'),
    connection,
  };
}

export function toConnectorType(element: Summary): M.ConnectorType {
  const p = element.properties;
  return {
    ...identity(element),
    ...strings(p, CONNECTOR_TYPE_TEXT),
    ...stringLists(p, [
      'recognizedConfigurationProperties',
      'recognizedSecuredProperties',
      'recognizedAdditionalProperties',
    ]),
  };
}

export function toEndpoint(element: Summary): M.Endpoint {
  const p = element.properties;
  return {
    ...identity(element),
    address: str(p, 'networkAddress'),
    ...strings(p, ['protocol', 'encryptionMethod']),
  };
}

function connectionFields(
  element: Summary,
  parts: Pick<M.Connection, 'connectorType' | 'endpoint' | 'embeddedConnections'>,
): M.Connection {
  const p = element.properties;
  const type = element.elementHeader.type;
  const virtual =
    type.typeName === 'VirtualConnection' ||
    type.superTypeNames?.includes('VirtualConnection') === true ||
    str(p, 'class') === 'VirtualConnectionProperties' ||
    parts.embeddedConnections.length > 0;
  return {
    kind: virtual ? 'VirtualConnection' : 'Connection',
    ...identity(element),
    userId: str(p, 'userId'),
    secrets: {
      clearPassword: isSet(p?.['clearPassword']),
      encryptedPassword: isSet(p?.['encryptedPassword']),
      securedPropertyNames: Object.keys(record(p, 'securedProperties') ?? {}).sort(),
    },
    configurationProperties: record(p, 'configurationProperties') ?? {},
    additionalProperties: stringMap(p, 'additionalProperties'),
    ...parts,
  };
}

const typeOf = (link: W.RelatedMetadataElementSummary) => link.relationshipHeader.type.typeName;

/**
 * A connection from an asset's `connections` hierarchy: its connector type and endpoint arrive as
 * side links, its embedded connections as nested elements (each a hierarchy of its own).
 */
export function toStoredConnection(link: W.RelatedMetadataElementSummary): StoredConnection {
  const side = link.sideLinks ?? [];
  const typeLink = side.find((l) => typeOf(l) === 'ConnectionConnectorType');
  const endpointLink = side.find((l) => typeOf(l) === 'ConnectToEndpoint');
  const embedded = (link.nestedElements ?? [])
    .filter((l) => typeOf(l) === 'EmbeddedConnection')
    .map((l) => ({ ...embeddedLinkProperties(l), stored: toStoredConnection(l) }))
    .sort((a, b) => a.position - b.position);
  const connectorType = typeLink && {
    guid: typeLink.relatedElement.elementHeader.guid,
    connectorType: toConnectorType(typeLink.relatedElement),
  };
  const endpoint = endpointLink && {
    guid: endpointLink.relatedElement.elementHeader.guid,
    endpoint: toEndpoint(endpointLink.relatedElement),
  };
  return {
    guid: link.relatedElement.elementHeader.guid,
    properties: link.relatedElement.properties ?? {},
    connection: connectionFields(link.relatedElement, {
      connectorType: connectorType?.connectorType,
      endpoint: endpoint?.endpoint,
      embeddedConnections: embedded.map((e) => ({
        position: e.position,
        displayName: e.displayName,
        arguments: e.arguments,
        connection: e.stored.connection,
      })),
    }),
    connectorType,
    endpoint,
    embedded,
  };
}

/** The connector's connection, when its `connections` list has one. */
export function connectorConnection(
  element: W.OpenMetadataRootElement,
): StoredConnection | undefined {
  const link = element.connections?.[0];
  return link ? toStoredConnection(link) : undefined;
}

/**
 * GUIDs of the elements at the other end of `element`'s relationships of the given types, where
 * the other element is at end 1 (the user of this one). Every relationship list is searched, so
 * a list a release renames (`connectedAssets`, `connectedResources`) is still counted.
 */
export function usersOf(element: W.OpenMetadataRootElement, relationshipTypes: string[]): string[] {
  const users = new Set<string>();
  for (const value of Object.values(element)) {
    const links = Array.isArray(value) ? value : value && typeof value === 'object' ? [value] : [];
    for (const link of links as Partial<W.RelatedMetadataElementSummary>[]) {
      const type = link?.relationshipHeader?.type?.typeName;
      const guid = link?.relatedElement?.elementHeader?.guid;
      if (type && guid && relationshipTypes.includes(type) && link.relatedElementAtEnd1 === true)
        users.add(guid);
    }
  }
  return [...users];
}

/** The EmbeddedConnection relationship's properties: position, displayName, arguments. */
export function embeddedLinkProperties(link: W.RelatedMetadataElementSummary): {
  position: number;
  displayName?: string;
  arguments: Record<string, unknown>;
} {
  const p = link.relationshipProperties;
  return {
    position: num(p, 'position') ?? 0,
    displayName: str(p, 'displayName'),
    arguments: record(p, 'arguments') ?? {},
  };
}

/** A registration from the RegisteredIntegrationConnector relationship and its connector. */
export function toRegistration(
  relationship: { guid?: string; properties?: Record<string, unknown> },
  connector: M.IntegrationConnector,
  groupGuid: string,
): M.Registration {
  const p = relationship.properties;
  return {
    relationshipGuid: relationship.guid,
    groupGuid,
    connector,
    connectorName: str(p, 'connectorName') ?? connector.name ?? connector.qualifiedName,
    connectorUserId: str(p, 'connectorUserId'),
    metadataSourceQualifiedName: str(p, 'metadataSourceQualifiedName'),
    metadataCollectionQualifiedName: str(p, 'metadataCollectionQualifiedName'),
    startDate: date(p, 'startDate'),
    stopDate: date(p, 'connectorShutdownDate'),
    refreshTimeInterval: num(p, 'refreshTimeInterval') ?? 0,
    permittedSynchronization: str(p, 'permittedSynchronization'),
    generateIntegrationReports: bool(p, 'generateConnectorActivityReports') ?? false,
  };
}

export function toElementSummary(element: Summary): M.ElementSummary {
  const p = element.properties;
  return {
    guid: element.elementHeader.guid,
    typeName: element.elementHeader.type.typeName,
    superTypeNames: element.elementHeader.type.superTypeNames ?? [],
    qualifiedName: str(p, 'qualifiedName'),
    displayName: str(p, 'displayName') ?? str(p, 'resourceName') ?? str(p, 'name'),
    status: element.elementHeader.status,
  };
}

/** A target listed by `/integration-connectors/{c}/catalog-targets`: the element, related by the relationship. */
export function toListedCatalogTarget(element: W.OpenMetadataRootElement): M.CatalogTarget {
  const header = element.relatedBy?.relationshipHeader;
  return {
    ...catalogTargetFields(element.relatedBy?.relationshipProperties),
    relationshipGuid: header?.guid ?? '',
    version: header?.versions?.version,
    updateTime: header?.versions?.updateTime ?? header?.versions?.createTime,
    element: toElementSummary(element),
  };
}

// ------------------------------------------------------------------------------------ writes

/** What 6.x calls an integration connector's technology type (a valid value of deployedImplementationType). */
export const INTEGRATION_CONNECTOR_TYPE = 'Integration Connector';

export function groupProperties(input: M.GroupInput): W.BeanProperties {
  return compact({
    class: 'IntegrationGroupProperties',
    typeName: 'IntegrationGroup',
    qualifiedName: input.qualifiedName,
    displayName: input.displayName,
    description: input.description,
    versionIdentifier: input.version,
    patchLevel: input.patchLevel,
    source: input.source,
    additionalProperties: nonEmpty(input.additionalProperties),
  });
}

export function connectorProperties(input: M.ConnectorInput): W.BeanProperties {
  return compact({
    class: 'IntegrationConnectorProperties',
    typeName: 'IntegrationConnector',
    qualifiedName: input.qualifiedName,
    displayName: input.name,
    description: input.description,
    versionIdentifier: input.versionIdentifier,
    deployedImplementationType: INTEGRATION_CONNECTOR_TYPE,
    usesBlockingCalls: input.usesBlockingCalls,
    additionalProperties: nonEmpty(input.additionalProperties),
  });
}

export function connectionProperties(
  input: M.ConnectionInput,
  qualifiedName: string,
): W.BeanProperties {
  const virtual = input.kind === 'VirtualConnection';
  return {
    class: virtual ? 'VirtualConnectionProperties' : 'ConnectionProperties',
    typeName: virtual ? 'VirtualConnection' : 'Connection',
    ...connectionAttributes(input, qualifiedName),
  };
}

export function connectorTypeProperties(
  input: M.ConnectionInput['connectorType'],
  qualifiedName: string,
): W.BeanProperties {
  return {
    class: 'ConnectorTypeProperties',
    typeName: 'ConnectorType',
    ...connectorTypeAttributes(input, qualifiedName),
  };
}

export function endpointProperties(input: M.Endpoint, qualifiedName: string): W.BeanProperties {
  return {
    class: 'EndpointProperties',
    typeName: 'Endpoint',
    ...endpointAttributes(input, qualifiedName),
  };
}

export function embeddedConnectionProperties(input: M.EmbeddedConnectionInput): W.BeanProperties {
  return { class: 'EmbeddedConnectionProperties', ...embeddedConnectionAttributes(input) };
}

/** Registration values under their 6.x attribute names. */
function registrationValues(input: M.RegistrationInput): Record<string, unknown> {
  return compact({
    connectorName: input.connectorName,
    connectorUserId: input.connectorUserId,
    metadataSourceQualifiedName: input.metadataSourceQualifiedName,
    metadataCollectionQualifiedName: input.metadataCollectionQualifiedName,
    startDate: input.startDate,
    refreshTimeInterval: input.refreshTimeInterval,
    connectorShutdownDate: input.stopDate,
    permittedSynchronization: input.permittedSynchronization,
    generateConnectorActivityReports: input.generateIntegrationReports,
  });
}

const REGISTRATION_SPECS: Record<string, PropertySpec> = {
  startDate: { kind: 'date' },
  connectorShutdownDate: { kind: 'date' },
  refreshTimeInterval: { kind: 'long' },
  permittedSynchronization: { kind: 'enum', enumType: 'PermittedSynchronization' },
};

/** For the generic related-elements calls (6.1). */
export function registrationElementProperties(input: M.RegistrationInput) {
  return toElementProperties(registrationValues(input), REGISTRATION_SPECS);
}

/** For the typed Asset Maker attach (6.2). */
export function registrationBean(input: M.RegistrationInput): W.BeanProperties {
  return { class: 'RegisteredIntegrationConnectorProperties', ...registrationValues(input) };
}

export function catalogTargetProperties(input: M.CatalogTargetInput): W.BeanProperties {
  return compact({
    class: 'CatalogTargetProperties',
    catalogTargetName: input.catalogTargetName,
    metadataSourceQualifiedName: input.metadataSourceQualifiedName,
    metadataCollectionQualifiedName: input.metadataCollectionQualifiedName,
    connectionName: input.connectionName,
    configurationProperties: nonEmpty(input.configurationProperties),
    templates: nonEmpty(input.templates),
    permittedSynchronization: input.permittedSynchronization,
    deleteMethod: input.deleteMethod,
  });
}
