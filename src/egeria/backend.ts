/**
 * The one door to Egeria that features use. Each dialect (v5, v6) implements it; a
 * feature never knows which release it talks to. Every read takes an AbortSignal so TanStack Query
 * can cancel it; every failure is an EgeriaError.
 */
import type {
  CatalogTarget,
  CatalogTargetInput,
  ConnectorCatalogTarget,
  ConnectionInput,
  ConnectorInput,
  DaemonStatus,
  ElementSummary,
  GroupInput,
  GroupSummary,
  IntegrationConnector,
  IntegrationGroup,
  Page,
  PageRequest,
  Registration,
  RegistrationInput,
  ServerStatus,
} from './model';

export type Dialect = 'v5' | 'v6';

/** The elements whose stored form the console can show as Egeria returned it. */
export const STORED_ELEMENT_KINDS = ['group', 'connector'] as const;
export type StoredElementKind = (typeof STORED_ELEMENT_KINDS)[number];

/**
 * Whether the platform can hold a connection that embeds others. Real 5.3 cannot read one back
 * (the read overflows its stack and the platform stops), so the console never makes one there.
 */
export const embedsConnections = (dialect: Dialect): boolean => dialect !== 'v5';

/**
 * Whether connections may share an endpoint. Real 5.3 anchors an endpoint to the first connector
 * that uses it and deletes it with that connector, so there each connection gets its own copy,
 * named `{connection qualifiedName}:Endpoint…`.
 */
export const sharesEndpoints = (dialect: Dialect): boolean => dialect !== 'v5';

/** A connection input that embeds other connections. */
export const hasEmbeddedConnections = (connection: ConnectionInput): boolean =>
  connection.kind === 'VirtualConnection' && (connection.embeddedConnections ?? []).length > 0;

export interface UpdateOptions {
  /** Merge: fields left out keep their stored values. Replace: fields left out are cleared. */
  merge: boolean;
}

/**
 * A write the console can send, named without the dialect's paths, so a screen can preview the
 * exact request before sending it (see EgeriaBackend.previewRequest).
 */
export type WriteRequest =
  | { kind: 'createGroup'; input: GroupInput }
  | { kind: 'updateGroup'; guid: string; input: GroupInput; options: UpdateOptions }
  | { kind: 'deleteGroup'; guid: string; qualifiedName: string }
  | { kind: 'createConnector'; input: ConnectorInput }
  | { kind: 'updateConnector'; guid: string; input: ConnectorInput; options: UpdateOptions }
  | { kind: 'deleteConnector'; guid: string; qualifiedName: string }
  | {
      kind: 'registerConnector';
      groupGuid: string;
      connectorGuid: string;
      input: RegistrationInput;
    }
  | { kind: 'unregisterConnector'; groupGuid: string; connectorGuid: string }
  | {
      kind: 'addCatalogTarget';
      connectorGuid: string;
      elementGuid: string;
      input: CatalogTargetInput;
    }
  | { kind: 'updateCatalogTarget'; relationshipGuid: string; input: CatalogTargetInput }
  | { kind: 'removeCatalogTarget'; relationshipGuid: string }
  | { kind: 'refreshGroupConfig'; daemon: string; groupName: string };

/** One HTTP request as the dialect would send it: path below the platform root, secrets masked. */
export interface RequestPreview {
  method: 'GET' | 'POST' | 'DELETE';
  path: string;
  body?: unknown;
}

/**
 * Carries out a write on a backend: the one place that maps a WriteRequest to its method. Resolves
 * to the GUID Egeria gave a created element or relationship (createGroup, createConnector,
 * addCatalogTarget), so a sequence of writes can name what an earlier one created.
 */
export async function performWrite(
  backend: EgeriaBackend,
  request: WriteRequest,
): Promise<string | undefined> {
  const write = WRITES[request.kind] as (b: EgeriaBackend, r: WriteRequest) => Promise<unknown>;
  const created = await write(backend, request);
  return typeof created === 'string' ? created : undefined;
}

type WriteOf<K extends WriteRequest['kind']> = Extract<WriteRequest, { kind: K }>;
const WRITES: {
  [K in WriteRequest['kind']]: (backend: EgeriaBackend, r: WriteOf<K>) => Promise<unknown>;
} = {
  createGroup: (b, r) => b.createGroup(r.input),
  updateGroup: (b, r) => b.updateGroup(r.guid, r.input, r.options),
  deleteGroup: (b, r) => b.deleteGroup(r.guid, r.qualifiedName),
  createConnector: (b, r) => b.createConnector(r.input),
  updateConnector: (b, r) => b.updateConnector(r.guid, r.input, r.options),
  deleteConnector: (b, r) => b.deleteConnector(r.guid, r.qualifiedName),
  registerConnector: (b, r) => b.registerConnector(r.groupGuid, r.connectorGuid, r.input),
  unregisterConnector: (b, r) => b.unregisterConnector(r.groupGuid, r.connectorGuid),
  addCatalogTarget: (b, r) => b.addCatalogTarget(r.connectorGuid, r.elementGuid, r.input),
  updateCatalogTarget: (b, r) => b.updateCatalogTarget(r.relationshipGuid, r.input),
  removeCatalogTarget: (b, r) => b.removeCatalogTarget(r.relationshipGuid),
  refreshGroupConfig: (b, r) => b.refreshGroupConfig(r.daemon, r.groupName),
};

export interface EgeriaBackend {
  readonly dialect: Dialect;

  /**
   * The exact requests a write would send, in order, without sending them. Secret values in the
   * bodies are replaced by a mask; everything else is byte for byte what the write sends. A dialect
   * whose writes take several calls may read the platform to decide them (6.x), hence the promise;
   * GUIDs the platform would hand out appear as placeholders.
   */
  previewRequest(request: WriteRequest): Promise<RequestPreview[]>;

  // Platform services
  platformOrigin(signal?: AbortSignal): Promise<string>;
  knownServers(signal?: AbortSignal): Promise<string[]>;
  activeServers(signal?: AbortSignal): Promise<string[]>;
  serverStatus(server: string, signal?: AbortSignal): Promise<ServerStatus>;

  // Integration groups
  listGroups(page: PageRequest, signal?: AbortSignal): Promise<Page<IntegrationGroup>>;
  getGroup(guid: string, signal?: AbortSignal): Promise<IntegrationGroup>;
  /** The group with exactly this qualifiedName, or null. */
  findGroupByName(qualifiedName: string, signal?: AbortSignal): Promise<IntegrationGroup | null>;
  createGroup(input: GroupInput): Promise<string>;
  updateGroup(guid: string, input: GroupInput, options: UpdateOptions): Promise<void>;
  deleteGroup(guid: string, qualifiedName: string): Promise<void>;

  // Integration connectors, with their connection
  listConnectors(page: PageRequest, signal?: AbortSignal): Promise<Page<IntegrationConnector>>;
  getConnector(guid: string, signal?: AbortSignal): Promise<IntegrationConnector>;
  findConnectorByName(name: string, signal?: AbortSignal): Promise<IntegrationConnector | null>;
  createConnector(input: ConnectorInput): Promise<string>;
  updateConnector(guid: string, input: ConnectorInput, options: UpdateOptions): Promise<void>;
  deleteConnector(guid: string, qualifiedName: string): Promise<void>;
  /** GUIDs of the groups that register this connector. */
  groupsOfConnector(connectorGuid: string, signal?: AbortSignal): Promise<string[]>;
  /**
   * A group or connector as Egeria returned it to getGroup / getConnector, before the console maps
   * it: for a read-only view of what Egeria holds. The console server withholds its secrets.
   */
  storedElement(kind: StoredElementKind, guid: string, signal?: AbortSignal): Promise<unknown>;

  // Registrations
  registerConnector(
    groupGuid: string,
    connectorGuid: string,
    input: RegistrationInput,
  ): Promise<void>;
  getRegistration(
    groupGuid: string,
    connectorGuid: string,
    signal?: AbortSignal,
  ): Promise<Registration | null>;
  listRegistrations(
    groupGuid: string,
    page: PageRequest,
    signal?: AbortSignal,
  ): Promise<Page<Registration>>;
  unregisterConnector(groupGuid: string, connectorGuid: string): Promise<void>;

  // Catalog targets
  addCatalogTarget(
    connectorGuid: string,
    elementGuid: string,
    input: CatalogTargetInput,
  ): Promise<string>;
  getCatalogTarget(relationshipGuid: string, signal?: AbortSignal): Promise<CatalogTarget>;
  listCatalogTargets(
    connectorGuid: string,
    page: PageRequest,
    signal?: AbortSignal,
  ): Promise<Page<CatalogTarget>>;
  /**
   * Every catalog target on the platform, each with its connector, a page at a time: one read of
   * the CatalogTarget relationships instead of one list per connector.
   */
  listAllCatalogTargets(
    page: PageRequest,
    signal?: AbortSignal,
  ): Promise<Page<ConnectorCatalogTarget>>;
  updateCatalogTarget(relationshipGuid: string, input: CatalogTargetInput): Promise<void>;
  removeCatalogTarget(relationshipGuid: string): Promise<void>;

  // Metadata search (e.g. elements to link as catalog targets)
  /**
   * Elements whose names contain `searchString` (any case; empty finds every element), of one of
   * `typeNames` or their subtypes (empty means any type), in the platform's order.
   */
  searchElements(
    searchString: string,
    typeNames: string[],
    page: PageRequest,
    signal?: AbortSignal,
  ): Promise<Page<ElementSummary>>;

  // Integration daemon
  daemonStatus(daemon: string, signal?: AbortSignal): Promise<DaemonStatus>;
  groupSummaries(daemon: string, signal?: AbortSignal): Promise<GroupSummary[]>;
  groupSummary(daemon: string, groupName: string, signal?: AbortSignal): Promise<GroupSummary>;
  refreshGroupConfig(daemon: string, groupName: string): Promise<void>;
  connectorConfigurationProperties(
    daemon: string,
    connectorName: string,
    signal?: AbortSignal,
  ): Promise<Record<string, unknown>>;
  updateConnectorConfigurationProperties(
    daemon: string,
    connectorName: string,
    properties: Record<string, unknown>,
    options: UpdateOptions,
  ): Promise<void>;
  updateEndpointAddress(daemon: string, connectorName: string, address: string): Promise<void>;
  updateConnectorConnection(
    daemon: string,
    connectorName: string,
    connection: ConnectionInput,
  ): Promise<void>;
  /** Refresh one connector, or every connector of the daemon when no name is given. */
  refreshConnectors(daemon: string, connectorName?: string): Promise<void>;
  /** Restart one connector, or every connector of the daemon when no name is given. */
  restartConnectors(daemon: string, connectorName?: string): Promise<void>;
}
