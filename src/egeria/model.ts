/**
 * The console's domain model: what an integration group is made of, independent of the Egeria
 * release that stores it. Dialects (v5, v6) map their wire beans to and from these types; features
 * see nothing else.
 *
 * Secrets never appear here as values: a read tells only whether each one is set. Inputs carry a
 * secret only when the user typed a new one.
 */

/** Every connector status an integration daemon reports (IntegrationConnectorStatus). */
export const CONNECTOR_STATUSES = [
  'INITIALIZED',
  'WAITING',
  'REFRESHING',
  'RUNNING',
  'STOPPED',
  'INITIALIZE_FAILED',
  'CONFIG_FAILED',
  'SHUTDOWN',
  'FAILED',
] as const;
export type ConnectorStatus = (typeof CONNECTOR_STATUSES)[number];

export type GroupStatus = 'ASSIGNED' | 'CONFIGURING' | 'RUNNING' | 'FAILED' | 'DISABLED';

export type PermittedSynchronization =
  'BOTH_DIRECTIONS' | 'TO_THIRD_PARTY' | 'FROM_THIRD_PARTY' | 'OTHER';

export type DeleteMethod = 'ARCHIVE' | 'SOFT_DELETE' | 'OTHER';

/** Bookkeeping Egeria keeps for every element: identity, type and versions. */
export interface ElementMeta {
  guid: string;
  typeName: string;
  superTypeNames: string[];
  status?: string;
  /** Egeria's instance version; it rises with every update, so it detects concurrent edits. */
  version?: number;
  createdBy?: string;
  updatedBy?: string;
  createTime?: string;
  updateTime?: string;
  originCategory?: string;
  metadataCollectionName?: string;
}

/** A group's descriptive properties, read and written alike. */
export interface GroupDescription {
  displayName?: string;
  description?: string;
  version?: string;
  patchLevel?: string;
  source?: string;
}

export interface IntegrationGroup extends GroupDescription {
  meta: ElementMeta;
  guid: string;
  qualifiedName: string;
  additionalProperties: Record<string, string>;
}

export interface ConnectorType {
  guid?: string;
  qualifiedName?: string;
  displayName?: string;
  description?: string;
  connectorProviderClassName?: string;
  supportedAssetTypeName?: string;
  supportedDeployedImplementationType?: string;
  connectorFrameworkName?: string;
  connectorInterfaceLanguage?: string;
  targetTechnologyName?: string;
  recognizedConfigurationProperties: string[];
  recognizedSecuredProperties: string[];
  recognizedAdditionalProperties: string[];
}

export interface Endpoint {
  guid?: string;
  qualifiedName?: string;
  displayName?: string;
  description?: string;
  /** The network address (5.x `address`, 6.x `networkAddress`). */
  address?: string;
  protocol?: string;
  encryptionMethod?: string;
}

/** Whether each secret of a connection is set. Values never leave the server. */
export interface SecretState {
  clearPassword: boolean;
  encryptedPassword: boolean;
  /** Names of the secured properties that have a value. */
  securedPropertyNames: string[];
}

export type ConnectionKind = 'Connection' | 'VirtualConnection';

/** What a connection is called and runs as, read and written alike. */
export interface ConnectionIdentity {
  kind: ConnectionKind;
  /** In an input: the stored connection it updates (keeps secrets when embedded ones are reordered). */
  guid?: string;
  qualifiedName?: string;
  displayName?: string;
  description?: string;
  userId?: string;
}

export interface Connection extends ConnectionIdentity {
  secrets: SecretState;
  configurationProperties: Record<string, unknown>;
  additionalProperties: Record<string, string>;
  connectorType?: ConnectorType;
  endpoint?: Endpoint;
  embeddedConnections: EmbeddedConnection[];
}

export interface EmbeddedConnection {
  position: number;
  displayName?: string;
  arguments: Record<string, unknown>;
  connection: Connection;
}

export interface IntegrationConnector {
  meta: ElementMeta;
  guid: string;
  qualifiedName: string;
  name?: string;
  description?: string;
  versionIdentifier?: string;
  usesBlockingCalls: boolean;
  additionalProperties: Record<string, string>;
  connection?: Connection;
}

export interface RegistrationProperties {
  connectorName: string;
  connectorUserId?: string;
  metadataSourceQualifiedName?: string;
  startDate?: string;
  stopDate?: string;
  /** Minutes between refreshes; 0 refreshes only on start and on request. */
  refreshTimeInterval: number;
  permittedSynchronization?: PermittedSynchronization | string;
  generateIntegrationReports: boolean;
  /** 6.x only: the metadata collection the connector's metadata is stored in. */
  metadataCollectionQualifiedName?: string;
}

/** A connector registered in a group (the RegisteredIntegrationConnector relationship). */
export interface Registration extends RegistrationProperties {
  /** GUID of the relationship, when the platform says it. */
  relationshipGuid?: string;
  groupGuid: string;
  connector: IntegrationConnector;
}

export interface ElementSummary {
  guid: string;
  typeName: string;
  superTypeNames: string[];
  qualifiedName?: string;
  displayName?: string;
  status?: string;
  /** The element's deployedImplementationType, when a search returned its properties. */
  deployedImplementationType?: string;
}

export interface CatalogTargetProperties {
  catalogTargetName: string;
  metadataSourceQualifiedName?: string;
  connectionName?: string;
  configurationProperties: Record<string, unknown>;
  templates: Record<string, string>;
  permittedSynchronization?: PermittedSynchronization | string;
  deleteMethod?: DeleteMethod | string;
  /** 6.x only. */
  metadataCollectionQualifiedName?: string;
}

export interface CatalogTarget extends CatalogTargetProperties {
  relationshipGuid: string;
  version?: number;
  updateTime?: string;
  element?: ElementSummary;
}

/** A catalog target with the connector it belongs to, as a bulk read of many connectors' lists it. */
export interface ConnectorCatalogTarget extends CatalogTarget {
  connectorGuid: string;
}

export interface ConnectorReport {
  connectorName: string;
  /** GUID of the IntegrationConnector element, when the daemon reported it. */
  connectorGuid?: string;
  /** GUID of the RegisteredIntegrationConnector relationship the daemon runs the connector for. */
  registrationGuid?: string;
  groupName?: string;
  /** GUID of the group's element (6.x reports it on each connector). */
  groupGuid?: string;
  connectorInstanceId?: string;
  status?: ConnectorStatus | string;
  lastStatusChange?: string;
  lastRefreshTime?: string;
  minMinutesBetweenRefresh: number;
  failingExceptionMessage?: string;
  statistics: Record<string, unknown>;
  endpointAddress?: string;
  connectorProviderClassName?: string;
}

export interface GroupSummary {
  name: string;
  guid?: string;
  description?: string;
  status?: GroupStatus | string;
  connectors: ConnectorReport[];
}

export interface DaemonStatus {
  groups: GroupSummary[];
  /** Every connector report, group connectors first, each tagged with its group. */
  connectors: ConnectorReport[];
}

export interface ServerStatus {
  serverName: string;
  serverType?: string;
  isActive: boolean;
  startTime?: string;
  endTime?: string;
}

export interface PageRequest {
  startFrom: number;
  pageSize: number;
}

export interface Page<T> {
  items: T[];
  startFrom: number;
  pageSize: number;
  /** True when the page was full, so another may follow (Egeria gives no totals). */
  mayHaveMore: boolean;
}

// ---------------------------------------------------------------------------------------------
// Inputs for writes

export interface GroupInput extends GroupDescription {
  qualifiedName: string;
  additionalProperties?: Record<string, string>;
}

/** New secret values; a field left undefined keeps what is stored. */
export interface SecretInput {
  clearPassword?: string;
  encryptedPassword?: string;
  securedProperties?: Record<string, string>;
}

export interface ConnectionInput extends ConnectionIdentity {
  secrets?: SecretInput;
  configurationProperties?: Record<string, unknown>;
  connectorType: Omit<
    ConnectorType,
    | 'recognizedConfigurationProperties'
    | 'recognizedSecuredProperties'
    | 'recognizedAdditionalProperties'
  > &
    Partial<
      Pick<
        ConnectorType,
        | 'recognizedConfigurationProperties'
        | 'recognizedSecuredProperties'
        | 'recognizedAdditionalProperties'
      >
    >;
  endpoint?: Endpoint;
  embeddedConnections?: EmbeddedConnectionInput[];
}

export interface EmbeddedConnectionInput {
  position: number;
  displayName?: string;
  arguments?: Record<string, unknown>;
  connection: ConnectionInput;
}

export interface ConnectorInput {
  qualifiedName: string;
  name?: string;
  description?: string;
  versionIdentifier?: string;
  usesBlockingCalls?: boolean;
  additionalProperties?: Record<string, string>;
  connection: ConnectionInput;
}

export interface RegistrationInput {
  connectorName: string;
  connectorUserId?: string;
  metadataSourceQualifiedName?: string;
  startDate?: string;
  stopDate?: string;
  refreshTimeInterval?: number;
  permittedSynchronization?: PermittedSynchronization;
  generateIntegrationReports?: boolean;
  /** 6.x only; a 5.x platform ignores it. */
  metadataCollectionQualifiedName?: string;
}

export interface CatalogTargetInput {
  catalogTargetName: string;
  metadataSourceQualifiedName?: string;
  connectionName?: string;
  configurationProperties?: Record<string, unknown>;
  templates?: Record<string, string>;
  permittedSynchronization?: PermittedSynchronization;
  deleteMethod?: DeleteMethod;
  /** 6.x only; a 5.x platform ignores it. */
  metadataCollectionQualifiedName?: string;
}

/** Statuses in which a connector is not doing its work. */
export const FAILED_STATUSES: ReadonlySet<string> = new Set([
  'FAILED',
  'INITIALIZE_FAILED',
  'CONFIG_FAILED',
]);
