/**
 * The console's own operations: one per EgeriaBackend method, each with a stable dotted name (the
 * last segment of `POST /api/ops/{platformId}/{name}`) and the console role it needs. The browser
 * calls these names; the console server runs the dialect behind them (src/server/ops). Shared so
 * the screens can say which role an action needs without asking the server.
 */
import type { EgeriaBackend, WriteRequest } from './backend';
import type { EgeriaErrorInit } from './errors';

/** Console roles, weakest first; each role may do everything the ones before it may. */
export const ROLES = ['viewer', 'operator', 'editor', 'admin'] as const;
export type Role = (typeof ROLES)[number];

/** True when `has` is at least `needs`. No role allows nothing. */
export function roleAllows(has: Role | null | undefined, needs: Role): boolean {
  if (!has) return false;
  return ROLES.indexOf(has) >= ROLES.indexOf(needs);
}

export type BackendMethod = Exclude<keyof EgeriaBackend, 'dialect'>;

export interface OperationInfo {
  /** Stable name, `{subject}.{verb}`; appears in URLs and in the audit log. */
  name: string;
  /** The least role that may call it. */
  role: Role;
  /** Reads change nothing and are not audited; changes and operations are. */
  kind: 'read' | 'change';
}

const read = (name: string): OperationInfo => ({ name, role: 'viewer', kind: 'read' });
const change = (name: string, role: Role): OperationInfo => ({ name, role, kind: 'change' });

/**
 * Every method of EgeriaBackend; the type check fails here when the interface gains one, so a new
 * method cannot reach the browser without a name and a role.
 */
export const OPERATIONS = {
  // A preview changes nothing, but the server also asks for the role of the write it previews.
  previewRequest: read('write.preview'),
  platformOrigin: read('platform.origin'),
  knownServers: read('platform.knownServers'),
  activeServers: read('platform.activeServers'),
  serverStatus: read('platform.serverStatus'),
  listGroups: read('group.list'),
  getGroup: read('group.get'),
  findGroupByName: read('group.findByName'),
  createGroup: change('group.create', 'editor'),
  updateGroup: change('group.update', 'editor'),
  deleteGroup: change('group.delete', 'editor'),
  listConnectors: read('connector.list'),
  getConnector: read('connector.get'),
  findConnectorByName: read('connector.findByName'),
  createConnector: change('connector.create', 'editor'),
  updateConnector: change('connector.update', 'editor'),
  deleteConnector: change('connector.delete', 'editor'),
  groupsOfConnector: read('connector.groups'),
  storedElement: read('element.stored'),
  registerConnector: change('registration.add', 'editor'),
  getRegistration: read('registration.get'),
  listRegistrations: read('registration.list'),
  unregisterConnector: change('registration.remove', 'editor'),
  addCatalogTarget: change('catalogTarget.add', 'editor'),
  getCatalogTarget: read('catalogTarget.get'),
  listCatalogTargets: read('catalogTarget.list'),
  listAllCatalogTargets: read('catalogTarget.listAll'),
  updateCatalogTarget: change('catalogTarget.update', 'editor'),
  removeCatalogTarget: change('catalogTarget.remove', 'editor'),
  searchElements: read('element.search'),
  daemonStatus: read('daemon.status'),
  groupSummaries: read('daemon.groupSummaries'),
  groupSummary: read('daemon.groupSummary'),
  refreshGroupConfig: change('daemon.refreshConfig', 'operator'),
  connectorConfigurationProperties: read('connector.liveConfiguration'),
  updateConnectorConfigurationProperties: change('connector.updateLiveConfiguration', 'editor'),
  updateEndpointAddress: change('connector.updateLiveEndpoint', 'editor'),
  updateConnectorConnection: change('connector.updateLiveConnection', 'editor'),
  refreshConnectors: change('connector.refresh', 'operator'),
  restartConnectors: change('connector.restart', 'operator'),
} as const satisfies Record<BackendMethod, OperationInfo>;

export const BACKEND_METHODS = Object.keys(OPERATIONS) as BackendMethod[];

/** The role each previewable write needs: the role of the operation that would send it. */
export const WRITE_ROLES = {
  createGroup: OPERATIONS.createGroup.role,
  updateGroup: OPERATIONS.updateGroup.role,
  deleteGroup: OPERATIONS.deleteGroup.role,
  createConnector: OPERATIONS.createConnector.role,
  updateConnector: OPERATIONS.updateConnector.role,
  deleteConnector: OPERATIONS.deleteConnector.role,
  registerConnector: OPERATIONS.registerConnector.role,
  unregisterConnector: OPERATIONS.unregisterConnector.role,
  addCatalogTarget: OPERATIONS.addCatalogTarget.role,
  updateCatalogTarget: OPERATIONS.updateCatalogTarget.role,
  removeCatalogTarget: OPERATIONS.removeCatalogTarget.role,
  refreshGroupConfig: OPERATIONS.refreshGroupConfig.role,
} as const satisfies Record<WriteRequest['kind'], Role>;

/** The path of an operation on the console server. */
export function operationPath(platformId: string, operation: string): string {
  return `/api/ops/${encodeURIComponent(platformId)}/${operation}`;
}

/** What a failed operation answers: the EgeriaError's fields, so the browser can rebuild it. */
export interface OperationErrorBody {
  error: Omit<EgeriaErrorInit, 'kind'> & { kind: string };
}

/** What a successful operation answers. */
export interface OperationResultBody {
  result: unknown;
}
