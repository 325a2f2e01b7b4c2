/**
 * Egeria 6.x beans <-> the console's domain model. Reads turn typed property beans (and, where 6.x
 * answers with generic property values, those) into the model; writes build the typed beans and
 * request bodies 6.x expects, `class` and `typeName` included. Names that changed since 5.3 are
 * mapped here and nowhere else: `networkAddress` (endpoint address), `connectorShutdownDate`
 * (stopDate), `generateConnectorActivityReports` (generateIntegrationReports), `displayName`
 * (a connector's name), `versionIdentifier` (a group's version).
 */
import type * as M from '../model';
import { fromElementProperties, toElementProperties, type PropertySpec } from '../property-values';
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
const stringList = (p: Bag, key: string): string[] => {
  const value = p?.[key];
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
};
/** Dates are ISO strings in beans, epoch milliseconds in generic property values. */
const date = (p: Bag, key: string): string | undefined => {
  const value = p?.[key];
  if (typeof value === 'number') return new Date(value).toISOString().replace(/Z$/, '+00:00');
  return typeof value === 'string' ? value : undefined;
};
const isSet = (value: unknown): boolean => typeof value === 'string' && value.length > 0;

// ------------------------------------------------------------------------------------- reads

export function toMeta(header: W.ElementHeader6): M.ElementMeta {
  return {
    guid: header.guid,
    typeName: header.type.typeName,
    superTypeNames: header.type.superTypeNames ?? [],
    status: header.status,
    version: header.versions?.version,
    createdBy: header.versions?.createdBy,
    updatedBy: header.versions?.updatedBy,
    createTime: header.versions?.createTime,
    updateTime: header.versions?.updateTime,
    originCategory: header.origin?.originCategory,
    metadataCollectionName: header.origin?.homeMetadataCollectionName,
  };
}

interface Summary {
  elementHeader: W.ElementHeader6;
  properties?: Record<string, unknown>;
}

export function toGroup(element: Summary): M.IntegrationGroup {
  const p = element.properties;
  return {
    meta: toMeta(element.elementHeader),
    guid: element.elementHeader.guid,
    qualifiedName: str(p, 'qualifiedName') ?? '',
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
    meta: toMeta(element.elementHeader),
    guid: element.elementHeader.guid,
    qualifiedName: str(p, 'qualifiedName') ?? '',
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
    guid: element.elementHeader.guid,
    qualifiedName: str(p, 'qualifiedName'),
    displayName: str(p, 'displayName'),
    description: str(p, 'description'),
    connectorProviderClassName: str(p, 'connectorProviderClassName'),
    supportedAssetTypeName: str(p, 'supportedAssetTypeName'),
    supportedDeployedImplementationType: str(p, 'supportedDeployedImplementationType'),
    connectorFrameworkName: str(p, 'connectorFrameworkName'),
    connectorInterfaceLanguage: str(p, 'connectorInterfaceLanguage'),
    targetTechnologyName: str(p, 'targetTechnologyName'),
    recognizedConfigurationProperties: stringList(p, 'recognizedConfigurationProperties'),
    recognizedSecuredProperties: stringList(p, 'recognizedSecuredProperties'),
    recognizedAdditionalProperties: stringList(p, 'recognizedAdditionalProperties'),
  };
}

export function toEndpoint(element: Summary): M.Endpoint {
  const p = element.properties;
  return {
    guid: element.elementHeader.guid,
    qualifiedName: str(p, 'qualifiedName'),
    displayName: str(p, 'displayName'),
    description: str(p, 'description'),
    address: str(p, 'networkAddress'),
    protocol: str(p, 'protocol'),
    encryptionMethod: str(p, 'encryptionMethod'),
  };
}

/** A connection element read with its connector type, endpoint and (already read) embedded ones. */
export function toConnection(
  element: W.OpenMetadataRootElement,
  embedded: M.EmbeddedConnection[],
): M.Connection {
  const p = element.properties;
  const typeName = element.elementHeader.type.typeName;
  const virtual =
    typeName === 'VirtualConnection' ||
    element.elementHeader.type.superTypeNames?.includes('VirtualConnection') === true ||
    str(p, 'class') === 'VirtualConnectionProperties' ||
    embedded.length > 0;
  return {
    kind: virtual ? 'VirtualConnection' : 'Connection',
    guid: element.elementHeader.guid,
    qualifiedName: str(p, 'qualifiedName'),
    displayName: str(p, 'displayName'),
    description: str(p, 'description'),
    userId: str(p, 'userId'),
    secrets: {
      clearPassword: isSet(p?.['clearPassword']),
      encryptedPassword: isSet(p?.['encryptedPassword']),
      securedPropertyNames: Object.keys(record(p, 'securedProperties') ?? {}).sort(),
    },
    configurationProperties: record(p, 'configurationProperties') ?? {},
    additionalProperties: stringMap(p, 'additionalProperties'),
    connectorType: element.connectorType
      ? toConnectorType(element.connectorType.relatedElement)
      : undefined,
    endpoint: element.endpoint ? toEndpoint(element.endpoint.relatedElement) : undefined,
    embeddedConnections: [...embedded].sort((a, b) => a.position - b.position),
  };
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

function catalogTargetFields(p: Bag): M.CatalogTargetProperties {
  return {
    catalogTargetName: str(p, 'catalogTargetName') ?? '',
    metadataSourceQualifiedName: str(p, 'metadataSourceQualifiedName'),
    metadataCollectionQualifiedName: str(p, 'metadataCollectionQualifiedName'),
    connectionName: str(p, 'connectionName'),
    configurationProperties: record(p, 'configurationProperties') ?? {},
    templates: stringMap(p, 'templates'),
    permittedSynchronization: str(p, 'permittedSynchronization'),
    deleteMethod: str(p, 'deleteMethod'),
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

/** A target read by relationship GUID: generic relationship with generic property values. */
export function toCatalogTargetRelationship(
  relationship: W.OpenMetadataRelationship,
): M.CatalogTarget {
  const end2 = relationship.elementAtEnd2;
  const guid = end2?.guid ?? relationship.elementGUIDAtEnd2;
  return {
    ...catalogTargetFields(fromElementProperties(relationship.relationshipProperties)),
    relationshipGuid: relationship.relationshipGUID,
    version: relationship.versions?.version,
    updateTime: relationship.versions?.updateTime ?? relationship.versions?.createTime,
    element: guid
      ? {
          guid,
          typeName: end2?.type?.typeName ?? 'OpenMetadataRoot',
          superTypeNames: end2?.type?.superTypeNames ?? [],
          qualifiedName: end2?.uniqueName,
          status: end2?.status,
        }
      : undefined,
  };
}

// ------------------------------------------------------------------------------------ daemon

export function toConnectorReport(
  report: W.IntegrationConnectorReport6,
  groupName?: string,
  groupGuid?: string,
): M.ConnectorReport {
  return {
    connectorName: report.connectorName,
    connectorGuid: report.connectorGUID ?? report.connectorId,
    groupName,
    groupGuid: report.integrationGroupGUID ?? groupGuid,
    connectorInstanceId: report.connectorInstanceId,
    status: report.connectorStatus,
    lastStatusChange: report.lastStatusChange,
    lastRefreshTime: report.lastRefreshTime,
    minMinutesBetweenRefresh: report.minMinutesBetweenRefresh ?? 0,
    failingExceptionMessage: report.failingExceptionMessage,
    statistics: report.statistics ?? {},
    endpointAddress: report.connection?.endpoint?.networkAddress,
    connectorProviderClassName: report.connection?.connectorType?.connectorProviderClassName,
  };
}

export function toGroupSummary(summary: W.IntegrationGroupSummary6): M.GroupSummary {
  return {
    name: summary.integrationGroupName,
    guid: summary.integrationGroupGUID,
    description: summary.integrationGroupDescription,
    status: summary.integrationGroupStatus,
    connectors: (summary.integrationConnectorReports ?? []).map((r) =>
      toConnectorReport(r, summary.integrationGroupName, summary.integrationGroupGUID),
    ),
  };
}

export function toDaemonStatus(response: W.IntegrationDaemonStatusResponse6): M.DaemonStatus {
  const status = response.integrationDaemonStatus;
  const groups = (status?.integrationGroupSummaries ?? []).map(toGroupSummary);
  const inGroups = groups.flatMap((g) => g.connectors);
  const seen = new Set(inGroups.map((c) => `${c.connectorName}\u0000${c.connectorInstanceId}`));
  // Reports outside any group summary (the daemon's own list) are added once.
  const others = (status?.integrationConnectorReports ?? [])
    .map((r) => toConnectorReport(r))
    .filter((c) => !seen.has(`${c.connectorName}\u0000${c.connectorInstanceId}`));
  return { groups, connectors: [...inGroups, ...others] };
}

// ------------------------------------------------------------------------------------ writes

/** Drops undefined values so a body says only what the caller meant. */
export function compact<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}
const nonEmpty = <T extends object>(map: T | undefined): T | undefined =>
  map && Object.keys(map).length > 0 ? map : undefined;

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
  return compact({
    class: virtual ? 'VirtualConnectionProperties' : 'ConnectionProperties',
    typeName: virtual ? 'VirtualConnection' : 'Connection',
    qualifiedName,
    displayName: input.displayName,
    description: input.description,
    userId: input.userId,
    clearPassword: input.secrets?.clearPassword,
    encryptedPassword: input.secrets?.encryptedPassword,
    // A map given, even empty, is sent: on a merge update an empty map is how a form clears it.
    securedProperties: input.secrets?.securedProperties,
    configurationProperties: input.configurationProperties,
  });
}

export function connectorTypeProperties(
  input: M.ConnectionInput['connectorType'],
  qualifiedName: string,
): W.BeanProperties {
  return compact({
    class: 'ConnectorTypeProperties',
    typeName: 'ConnectorType',
    qualifiedName,
    displayName: input.displayName,
    description: input.description,
    connectorProviderClassName: input.connectorProviderClassName,
    supportedAssetTypeName: input.supportedAssetTypeName,
    supportedDeployedImplementationType: input.supportedDeployedImplementationType,
    connectorFrameworkName: input.connectorFrameworkName,
    connectorInterfaceLanguage: input.connectorInterfaceLanguage,
    targetTechnologyName: input.targetTechnologyName,
    recognizedConfigurationProperties: nonEmpty(input.recognizedConfigurationProperties),
    recognizedSecuredProperties: nonEmpty(input.recognizedSecuredProperties),
    recognizedAdditionalProperties: nonEmpty(input.recognizedAdditionalProperties),
  });
}

export function endpointProperties(input: M.Endpoint, qualifiedName: string): W.BeanProperties {
  return compact({
    class: 'EndpointProperties',
    typeName: 'Endpoint',
    qualifiedName,
    displayName: input.displayName,
    description: input.description,
    networkAddress: input.address,
    protocol: input.protocol,
    encryptionMethod: input.encryptionMethod,
  });
}

/** True when the input sets an endpoint property to something other than what is stored ('' = unset). */
export function endpointDiffers(stored: Summary, input: M.Endpoint): boolean {
  const current = toEndpoint(stored);
  const fields = [
    'qualifiedName',
    'displayName',
    'description',
    'address',
    'protocol',
    'encryptionMethod',
  ] as const;
  return fields.some(
    (field) => input[field] !== undefined && (input[field] || '') !== (current[field] || ''),
  );
}

export function embeddedConnectionProperties(input: M.EmbeddedConnectionInput): W.BeanProperties {
  return compact({
    class: 'EmbeddedConnectionProperties',
    position: input.position,
    displayName: input.displayName,
    arguments: nonEmpty(input.arguments),
  });
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
export function registrationElementProperties(input: M.RegistrationInput): W.ElementProperties {
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

/** The OCF Connection the daemon accepts (6.x form: the endpoint's `networkAddress`). */
export function ocfConnection(input: M.ConnectionInput): W.Connection6 {
  const ct = input.connectorType;
  const embedded = input.embeddedConnections ?? [];
  return compact<W.Connection6>({
    class: input.kind === 'VirtualConnection' ? 'VirtualConnection' : 'Connection',
    qualifiedName: input.qualifiedName,
    displayName: input.displayName,
    description: input.description,
    connectorType: compact<W.ConnectorType6>({
      class: 'ConnectorType',
      guid: ct.guid,
      qualifiedName: ct.qualifiedName,
      displayName: ct.displayName,
      description: ct.description,
      connectorProviderClassName: ct.connectorProviderClassName,
      supportedAssetTypeName: ct.supportedAssetTypeName,
      supportedDeployedImplementationType: ct.supportedDeployedImplementationType,
      connectorFrameworkName: ct.connectorFrameworkName,
      connectorInterfaceLanguage: ct.connectorInterfaceLanguage,
      targetTechnologyName: ct.targetTechnologyName,
      recognizedConfigurationProperties: nonEmpty(ct.recognizedConfigurationProperties),
      recognizedSecuredProperties: nonEmpty(ct.recognizedSecuredProperties),
      recognizedAdditionalProperties: nonEmpty(ct.recognizedAdditionalProperties),
    }),
    endpoint:
      input.endpoint && (input.endpoint.address || input.endpoint.qualifiedName)
        ? compact<W.Endpoint6>({
            class: 'Endpoint',
            guid: input.endpoint.guid,
            qualifiedName: input.endpoint.qualifiedName,
            displayName: input.endpoint.displayName,
            description: input.endpoint.description,
            networkAddress: input.endpoint.address,
            protocol: input.endpoint.protocol,
            encryptionMethod: input.endpoint.encryptionMethod,
          })
        : undefined,
    userId: input.userId,
    clearPassword: input.secrets?.clearPassword,
    encryptedPassword: input.secrets?.encryptedPassword,
    securedProperties: nonEmpty(input.secrets?.securedProperties),
    configurationProperties: nonEmpty(input.configurationProperties),
    embeddedConnections:
      input.kind === 'VirtualConnection' && embedded.length > 0
        ? embedded.map((e) =>
            compact<W.EmbeddedConnection6>({
              class: 'EmbeddedConnection',
              position: e.position,
              displayName: e.displayName,
              arguments: nonEmpty(e.arguments),
              embeddedConnection: ocfConnection(e.connection),
            }),
          )
        : undefined,
  });
}
