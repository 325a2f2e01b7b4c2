/**
 * Egeria 5.3 wire beans <-> domain model. Reads turn absent keys into the model's defaults and
 * secrets into set / not-set flags; writes build the exact bodies 5.3 expects, `class` included
 * where its Jackson beans need it.
 */
import type * as M from '../model';
import type * as W from './wire';

export function toMeta(header: W.ElementHeader): M.ElementMeta {
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

export function toGroup(element: W.IntegrationGroupElement): M.IntegrationGroup {
  const p = element.properties;
  return {
    meta: toMeta(element.elementHeader),
    guid: element.elementHeader.guid,
    qualifiedName: p.qualifiedName,
    displayName: p.displayName,
    description: p.description,
    version: p.version,
    patchLevel: p.patchLevel,
    source: p.source,
    additionalProperties: p.additionalProperties ?? {},
  };
}

export function toConnectorType(wire: W.ConnectorType): M.ConnectorType {
  return {
    guid: wire.guid,
    qualifiedName: wire.qualifiedName,
    displayName: wire.displayName,
    description: wire.description,
    connectorProviderClassName: wire.connectorProviderClassName,
    supportedAssetTypeName: wire.supportedAssetTypeName,
    supportedDeployedImplementationType: wire.supportedDeployedImplementationType,
    connectorFrameworkName: wire.connectorFrameworkName,
    connectorInterfaceLanguage: wire.connectorInterfaceLanguage,
    targetTechnologyName: wire.targetTechnologyName,
    recognizedConfigurationProperties: wire.recognizedConfigurationProperties ?? [],
    recognizedSecuredProperties: wire.recognizedSecuredProperties ?? [],
    recognizedAdditionalProperties: wire.recognizedAdditionalProperties ?? [],
  };
}

export function toEndpoint(wire: W.Endpoint): M.Endpoint {
  return {
    guid: wire.guid,
    qualifiedName: wire.qualifiedName,
    displayName: wire.displayName,
    description: wire.description,
    address: wire.address,
    protocol: wire.protocol,
    encryptionMethod: wire.encryptionMethod,
  };
}

const isSet = (value: unknown): boolean => typeof value === 'string' && value.length > 0;

export function toConnection(wire: W.Connection): M.Connection {
  const embedded = (wire.embeddedConnections ?? [])
    .filter(
      (e): e is W.EmbeddedConnection & { embeddedConnection: W.Connection } =>
        !!e.embeddedConnection,
    )
    .map((e, index) => ({
      position: e.position ?? index,
      displayName: e.displayName,
      arguments: e.arguments ?? {},
      connection: toConnection(e.embeddedConnection),
    }))
    .sort((a, b) => a.position - b.position);
  return {
    kind:
      wire.class === 'VirtualConnection' || embedded.length > 0
        ? 'VirtualConnection'
        : 'Connection',
    guid: wire.guid,
    qualifiedName: wire.qualifiedName,
    displayName: wire.displayName,
    description: wire.description,
    userId: wire.userId,
    secrets: {
      clearPassword: isSet(wire.clearPassword),
      encryptedPassword: isSet(wire.encryptedPassword),
      securedPropertyNames: Object.keys(wire.securedProperties ?? {}).sort(),
    },
    configurationProperties: wire.configurationProperties ?? {},
    additionalProperties: wire.additionalProperties ?? {},
    connectorType: wire.connectorType ? toConnectorType(wire.connectorType) : undefined,
    endpoint: wire.endpoint ? toEndpoint(wire.endpoint) : undefined,
    embeddedConnections: embedded,
  };
}

export function toConnector(element: W.IntegrationConnectorElement): M.IntegrationConnector {
  const p = element.properties;
  return {
    meta: toMeta(element.elementHeader),
    guid: element.elementHeader.guid,
    qualifiedName: p.qualifiedName,
    name: p.name,
    description: p.description,
    versionIdentifier: p.versionIdentifier,
    usesBlockingCalls: p.usesBlockingCalls ?? false,
    additionalProperties: p.additionalProperties ?? {},
    connection: p.connection ? toConnection(p.connection) : undefined,
  };
}

export function toRegistration(
  element: W.RegisteredIntegrationConnectorElement,
  groupGuid: string,
): M.Registration {
  const r = element.registrationProperties;
  const connector = toConnector(element);
  return {
    relationshipGuid: element.connectorId,
    groupGuid,
    connector,
    connectorName: r?.connectorName ?? connector.name ?? connector.qualifiedName,
    connectorUserId: r?.connectorUserId,
    metadataSourceQualifiedName: r?.metadataSourceQualifiedName,
    startDate: r?.startDate,
    stopDate: r?.stopDate,
    refreshTimeInterval: r?.refreshTimeInterval ?? 0,
    permittedSynchronization: r?.permittedSynchronization,
    generateIntegrationReports: r?.generateIntegrationReports ?? false,
  };
}

export function toElementSummary(stub: W.ElementStub): M.ElementSummary {
  return {
    guid: stub.guid,
    typeName: stub.type.typeName,
    superTypeNames: stub.type.superTypeNames ?? [],
    qualifiedName: stub.uniqueName,
    status: stub.status,
  };
}

export function toCatalogTarget(wire: W.CatalogTarget): M.CatalogTarget {
  return {
    relationshipGuid: wire.relationshipGUID,
    version: wire.relationshipVersions?.version,
    updateTime: wire.relationshipVersions?.updateTime ?? wire.relationshipVersions?.createTime,
    catalogTargetName: wire.catalogTargetName ?? '',
    metadataSourceQualifiedName: wire.metadataSourceQualifiedName,
    connectionName: wire.connectionName,
    configurationProperties: wire.configurationProperties ?? {},
    templates: wire.templateProperties ?? {},
    permittedSynchronization: wire.permittedSynchronization,
    deleteMethod: wire.deleteMethod,
    element: wire.catalogTargetElement ? toElementSummary(wire.catalogTargetElement) : undefined,
  };
}

export function toConnectorReport(
  report: W.IntegrationConnectorReport,
  groupName?: string,
): M.ConnectorReport {
  return {
    connectorName: report.connectorName,
    connectorGuid: report.connectorId,
    groupName,
    connectorInstanceId: report.connectorInstanceId,
    status: report.connectorStatus,
    lastStatusChange: report.lastStatusChange,
    lastRefreshTime: report.lastRefreshTime,
    minMinutesBetweenRefresh: report.minMinutesBetweenRefresh ?? 0,
    failingExceptionMessage: report.failingExceptionMessage,
    statistics: report.statistics ?? {},
    endpointAddress: report.connection?.endpoint?.address,
    connectorProviderClassName: report.connection?.connectorType?.connectorProviderClassName,
  };
}

export function toGroupSummary(summary: W.IntegrationGroupSummary): M.GroupSummary {
  return {
    name: summary.integrationGroupName,
    guid: summary.integrationGroupGUID,
    description: summary.integrationGroupDescription,
    status: summary.integrationGroupStatus,
    connectors: (summary.integrationConnectorReports ?? []).map((r) =>
      toConnectorReport(r, summary.integrationGroupName),
    ),
  };
}

export function toDaemonStatus(response: W.IntegrationDaemonStatusResponse): M.DaemonStatus {
  const status = response.integrationDaemonStatus;
  const groups = (status?.integrationGroupSummaries ?? []).map(toGroupSummary);
  const serviceConnectors = (status?.integrationServiceSummaries ?? []).flatMap((s) =>
    (s.integrationConnectorReports ?? []).map((r) => toConnectorReport(r)),
  );
  return { groups, connectors: [...groups.flatMap((g) => g.connectors), ...serviceConnectors] };
}

// ---------------------------------------------------------------------------------------------
// Writes

/** Drops undefined values so the body only says what the caller meant to say. */
function compact<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}

const nonEmpty = <T extends object>(map: T | undefined): T | undefined =>
  map && Object.keys(map).length > 0 ? map : undefined;

export function fromGroupInput(input: M.GroupInput): W.IntegrationGroupProperties {
  return compact({
    class: 'IntegrationGroupProperties',
    qualifiedName: input.qualifiedName,
    displayName: input.displayName,
    description: input.description,
    version: input.version,
    patchLevel: input.patchLevel,
    source: input.source,
    additionalProperties: nonEmpty(input.additionalProperties),
  });
}

export function fromConnectionInput(input: M.ConnectionInput): W.Connection {
  const ct = input.connectorType;
  const embedded = input.embeddedConnections ?? [];
  return compact<W.Connection>({
    class: input.kind === 'VirtualConnection' ? 'VirtualConnection' : 'Connection',
    guid: input.guid,
    qualifiedName: input.qualifiedName,
    displayName: input.displayName,
    description: input.description,
    connectorType: compact<W.ConnectorType>({
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
        ? compact<W.Endpoint>({
            class: 'Endpoint',
            guid: input.endpoint.guid,
            qualifiedName: input.endpoint.qualifiedName,
            displayName: input.endpoint.displayName,
            description: input.endpoint.description,
            address: input.endpoint.address,
            protocol: input.endpoint.protocol,
            encryptionMethod: input.endpoint.encryptionMethod,
          })
        : undefined,
    userId: input.userId,
    clearPassword: input.secrets?.clearPassword,
    encryptedPassword: input.secrets?.encryptedPassword,
    // An explicitly empty map is sent: on a merge update it is the only way to clear the stored one.
    securedProperties: input.secrets?.securedProperties,
    configurationProperties: input.configurationProperties,
    embeddedConnections:
      input.kind === 'VirtualConnection' && embedded.length > 0
        ? embedded.map((e) =>
            compact<W.EmbeddedConnection>({
              class: 'EmbeddedConnection',
              position: e.position,
              displayName: e.displayName,
              arguments: nonEmpty(e.arguments),
              embeddedConnection: fromConnectionInput(e.connection),
            }),
          )
        : undefined,
  });
}

export function fromConnectorInput(input: M.ConnectorInput): W.IntegrationConnectorProperties {
  return compact({
    class: 'IntegrationConnectorProperties',
    qualifiedName: input.qualifiedName,
    name: input.name,
    description: input.description,
    versionIdentifier: input.versionIdentifier,
    usesBlockingCalls: input.usesBlockingCalls,
    // Sent even when empty, so a merge update can clear the stored map.
    additionalProperties: input.additionalProperties,
    connection: fromConnectionInput(input.connection),
  });
}

export function fromRegistrationInput(
  input: M.RegistrationInput,
): W.RegisteredIntegrationConnectorProperties {
  return compact({
    connectorName: input.connectorName,
    connectorUserId: input.connectorUserId,
    metadataSourceQualifiedName: input.metadataSourceQualifiedName,
    startDate: input.startDate,
    refreshTimeInterval: input.refreshTimeInterval,
    stopDate: input.stopDate,
    permittedSynchronization: input.permittedSynchronization,
    generateIntegrationReports: input.generateIntegrationReports,
  });
}

export function fromCatalogTargetInput(input: M.CatalogTargetInput): W.CatalogTargetProperties {
  return compact({
    catalogTargetName: input.catalogTargetName,
    metadataSourceQualifiedName: input.metadataSourceQualifiedName,
    connectionName: input.connectionName,
    configurationProperties: nonEmpty(input.configurationProperties),
    templateProperties: nonEmpty(input.templates),
    permittedSynchronization: input.permittedSynchronization,
    deleteMethod: input.deleteMethod,
  });
}
