/**
 * The console's domain model as bundle entries: what export writes, and what the import compares
 * a bundle with (the target platform's elements put in the same form). GUIDs and times Egeria
 * keeps are left out; secrets become placeholders named after the connection that holds them.
 */
import type {
  CatalogTarget,
  Connection,
  ConnectorType,
  Endpoint,
  IntegrationConnector,
  IntegrationGroup,
  Registration,
} from '../egeria/model';
import {
  DELETE_METHOD_VALUES,
  PERMITTED_SYNCHRONIZATION_VALUES,
  type BundleCatalogTarget,
  type BundleConnection,
  type BundleConnector,
  type BundleConnectorType,
  type BundleEndpoint,
  type BundleGroup,
  type BundleRegistration,
  type BundleSecret,
  type SecretPlaceholder,
} from './bundle-format';

/** Collects the placeholders a conversion hands out, and what could not be carried over. */
export interface ExportNotes {
  secrets: Map<string, BundleSecret>;
  warnings: string[];
}

export function newExportNotes(): ExportNotes {
  return { secrets: new Map(), warnings: [] };
}

const nonEmptyString = (value: string | undefined) =>
  value === undefined || value === '' ? undefined : value;
const nonEmptyMap = <T>(map: Record<string, T> | undefined) =>
  map && Object.keys(map).length > 0 ? map : undefined;
const nonEmptyList = <T>(list: T[] | undefined) => (list && list.length > 0 ? list : undefined);

/** An instant in one spelling (5.3 writes `+00:00`, others `Z`), so dialects export alike. */
export function normalInstant(value: string | undefined): string | undefined {
  if (!value) return undefined;
  const time = Date.parse(value);
  return Number.isNaN(time) ? value : new Date(time).toISOString();
}

function oneOf<T extends string>(
  values: readonly T[],
  value: string | undefined,
  what: string,
  notes: ExportNotes,
): T | undefined {
  if (value === undefined || value === '') return undefined;
  if ((values as readonly string[]).includes(value)) return value as T;
  notes.warnings.push(`${what}: “${value}” is not a value the bundle format knows; left out.`);
  return undefined;
}

export function groupToBundle(
  group: IntegrationGroup,
  registrations: Registration[],
  notes: ExportNotes,
): BundleGroup {
  return {
    qualifiedName: group.qualifiedName,
    displayName: nonEmptyString(group.displayName),
    description: nonEmptyString(group.description),
    version: nonEmptyString(group.version),
    patchLevel: nonEmptyString(group.patchLevel),
    source: nonEmptyString(group.source),
    additionalProperties: nonEmptyMap(group.additionalProperties),
    registrations: registrations.map((r) => registrationToBundle(r, notes)),
  };
}

export function registrationToBundle(
  registration: Registration,
  notes: ExportNotes,
): BundleRegistration {
  return {
    connector: registration.connector.qualifiedName,
    connectorName: registration.connectorName,
    connectorUserId: nonEmptyString(registration.connectorUserId),
    metadataSourceQualifiedName: nonEmptyString(registration.metadataSourceQualifiedName),
    startDate: normalInstant(registration.startDate),
    stopDate: normalInstant(registration.stopDate),
    refreshTimeInterval: registration.refreshTimeInterval,
    permittedSynchronization: oneOf(
      PERMITTED_SYNCHRONIZATION_VALUES,
      registration.permittedSynchronization,
      `Registration ${registration.connectorName}: permittedSynchronization`,
      notes,
    ),
    generateIntegrationReports: registration.generateIntegrationReports,
    metadataCollectionQualifiedName: nonEmptyString(registration.metadataCollectionQualifiedName),
  };
}

export function connectorTypeToBundle(type: ConnectorType): BundleConnectorType {
  return {
    qualifiedName: nonEmptyString(type.qualifiedName),
    displayName: nonEmptyString(type.displayName),
    description: nonEmptyString(type.description),
    connectorProviderClassName: nonEmptyString(type.connectorProviderClassName),
    supportedAssetTypeName: nonEmptyString(type.supportedAssetTypeName),
    supportedDeployedImplementationType: nonEmptyString(type.supportedDeployedImplementationType),
    connectorFrameworkName: nonEmptyString(type.connectorFrameworkName),
    connectorInterfaceLanguage: nonEmptyString(type.connectorInterfaceLanguage),
    targetTechnologyName: nonEmptyString(type.targetTechnologyName),
    recognizedConfigurationProperties: nonEmptyList(type.recognizedConfigurationProperties),
    recognizedSecuredProperties: nonEmptyList(type.recognizedSecuredProperties),
    recognizedAdditionalProperties: nonEmptyList(type.recognizedAdditionalProperties),
  };
}

export function endpointToBundle(endpoint: Endpoint): BundleEndpoint {
  return {
    qualifiedName: nonEmptyString(endpoint.qualifiedName),
    displayName: nonEmptyString(endpoint.displayName),
    description: nonEmptyString(endpoint.description),
    address: nonEmptyString(endpoint.address),
    protocol: nonEmptyString(endpoint.protocol),
    encryptionMethod: nonEmptyString(endpoint.encryptionMethod),
  };
}

function placeholder(
  notes: ExportNotes,
  owner: string,
  field: string,
  description: string,
): SecretPlaceholder {
  const name = `${owner}.${field}`;
  if (!notes.secrets.has(name)) notes.secrets.set(name, { name, description });
  return { secret: name };
}

/**
 * A connection in bundle form. `owner` names the connection for its placeholders when it has no
 * qualifiedName of its own (the connector's name and its place in the virtual connection).
 */
export function connectionToBundle(
  connection: Connection,
  owner: string,
  notes: ExportNotes,
): BundleConnection {
  const who = connection.qualifiedName || owner;
  const { secrets } = connection;
  const secured = [...secrets.securedPropertyNames].sort();
  const embedded = connection.embeddedConnections;
  return {
    kind: connection.kind,
    qualifiedName: nonEmptyString(connection.qualifiedName),
    displayName: nonEmptyString(connection.displayName),
    description: nonEmptyString(connection.description),
    userId: nonEmptyString(connection.userId),
    clearPassword: secrets.clearPassword
      ? placeholder(notes, who, 'clearPassword', `Clear password of the connection ${who}`)
      : undefined,
    encryptedPassword: secrets.encryptedPassword
      ? placeholder(notes, who, 'encryptedPassword', `Encrypted password of the connection ${who}`)
      : undefined,
    securedProperties:
      secured.length > 0
        ? Object.fromEntries(
            secured.map((key) => [
              key,
              placeholder(
                notes,
                who,
                `securedProperties.${key}`,
                `Secured property “${key}” of the connection ${who}`,
              ),
            ]),
          )
        : undefined,
    configurationProperties: nonEmptyMap(connection.configurationProperties),
    additionalProperties: nonEmptyMap(connection.additionalProperties),
    connectorType: connection.connectorType
      ? connectorTypeToBundle(connection.connectorType)
      : undefined,
    endpoint: connection.endpoint ? endpointToBundle(connection.endpoint) : undefined,
    embeddedConnections: nonEmptyList(
      embedded.map((e, index) => ({
        position: e.position,
        displayName: nonEmptyString(e.displayName),
        arguments: nonEmptyMap(e.arguments),
        connection: connectionToBundle(e.connection, `${who}.embedded${index}`, notes),
      })),
    ),
  };
}

export function catalogTargetToBundle(
  target: CatalogTarget,
  connectorQualifiedName: string,
  notes: ExportNotes,
): BundleCatalogTarget | undefined {
  const element = target.element;
  if (!element?.qualifiedName) {
    notes.warnings.push(
      `Connector ${connectorQualifiedName}: the catalog target “${target.catalogTargetName}” names an element without a qualifiedName, which a bundle cannot refer to; left out.`,
    );
    return undefined;
  }
  const what = `Catalog target ${target.catalogTargetName} of ${connectorQualifiedName}`;
  return {
    element: { qualifiedName: element.qualifiedName, typeName: element.typeName },
    catalogTargetName: target.catalogTargetName,
    metadataSourceQualifiedName: nonEmptyString(target.metadataSourceQualifiedName),
    connectionName: nonEmptyString(target.connectionName),
    configurationProperties: nonEmptyMap(target.configurationProperties),
    templates: nonEmptyMap(target.templates),
    permittedSynchronization: oneOf(
      PERMITTED_SYNCHRONIZATION_VALUES,
      target.permittedSynchronization,
      `${what}: permittedSynchronization`,
      notes,
    ),
    deleteMethod: oneOf(DELETE_METHOD_VALUES, target.deleteMethod, `${what}: deleteMethod`, notes),
    metadataCollectionQualifiedName: nonEmptyString(target.metadataCollectionQualifiedName),
  };
}

export function connectorToBundle(
  connector: IntegrationConnector,
  targets: CatalogTarget[],
  notes: ExportNotes,
): BundleConnector {
  return {
    qualifiedName: connector.qualifiedName,
    name: nonEmptyString(connector.name),
    description: nonEmptyString(connector.description),
    versionIdentifier: nonEmptyString(connector.versionIdentifier),
    usesBlockingCalls: connector.usesBlockingCalls,
    additionalProperties: nonEmptyMap(connector.additionalProperties),
    connection: connector.connection
      ? connectionToBundle(connector.connection, `${connector.qualifiedName}.connection`, notes)
      : undefined,
    catalogTargets: nonEmptyList(
      targets
        .map((t) => catalogTargetToBundle(t, connector.qualifiedName, notes))
        .filter((t): t is BundleCatalogTarget => t !== undefined),
    ),
  };
}
