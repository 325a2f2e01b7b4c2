/**
 * What a group (or every group of a daemon) is made of, as nodes and edges: groups, registered
 * connectors, their connections (nested for virtual connections), connector types, endpoints and
 * catalog targets. Pure and O(n): built again whenever data arrives.
 *
 * Shared elements appear once. Egeria's GUIDs identify them (one ConnectorType used by many
 * connections, one Endpoint, one asset targeted by several connectors, one connector registered in
 * two groups); an element without a GUID falls back to its qualifiedName, then to its place.
 */
import type {
  CatalogTarget,
  Connection,
  ConnectorType,
  ElementSummary,
  EmbeddedConnection,
  Endpoint,
  IntegrationConnector,
  IntegrationGroup,
  Registration,
} from '../../egeria/model';
import { shortClassName } from '../../lib/format';

export type NodeKind =
  'group' | 'connector' | 'connection' | 'connectorType' | 'endpoint' | 'target';
export type EdgeKind =
  'registration' | 'connection' | 'connectorType' | 'endpoint' | 'embedded' | 'catalogTarget';

export const NODE_KINDS: readonly NodeKind[] = [
  'group',
  'connector',
  'connection',
  'connectorType',
  'endpoint',
  'target',
];

export const KIND_LABEL: Record<NodeKind, string> = {
  group: 'Integration group',
  connector: 'Connector',
  connection: 'Connection',
  connectorType: 'Connector type',
  endpoint: 'Endpoint',
  target: 'Catalog target',
};

interface NodeBase {
  id: string;
  label: string;
  /** One short line under the label: a type, an address. */
  detail?: string;
  /** Names a search or a deep link may use for this node (qualifiedName, connectorName, …). */
  names: string[];
}

export interface GroupNode extends NodeBase {
  kind: 'group';
  qualifiedName: string;
  /** Absent when a daemon runs a group the metadata server does not define. */
  group?: IntegrationGroup;
}
export interface ConnectorNode extends NodeBase {
  kind: 'connector';
  connector: IntegrationConnector;
  /** The connector's registrations in the groups of this graph. */
  registrations: { groupId: string; groupName: string; registration: Registration }[];
}
export interface ConnectionNode extends NodeBase {
  kind: 'connection';
  connection: Connection;
}
export interface ConnectorTypeNode extends NodeBase {
  kind: 'connectorType';
  connectorType: ConnectorType;
}
export interface EndpointNode extends NodeBase {
  kind: 'endpoint';
  endpoint: Endpoint;
}
export interface TargetNode extends NodeBase {
  kind: 'target';
  element?: ElementSummary;
}

export type GraphNode =
  GroupNode | ConnectorNode | ConnectionNode | ConnectorTypeNode | EndpointNode | TargetNode;

export interface GraphEdge {
  id: string;
  kind: EdgeKind;
  source: string;
  target: string;
  /** The relationship in words: the connectorName, the catalogTargetName, the position. */
  label: string;
  registration?: Registration;
  catalogTarget?: CatalogTarget;
  embedded?: Omit<EmbeddedConnection, 'connection'>;
}

/** One row of a connector's block: a connection with its endpoint and connector type. */
export interface ConnectionRow {
  connectionId: string;
  depth: number;
  endpointId?: string;
  connectorTypeId?: string;
}

/** A registered connector with what hangs off it, in the order the layout places them. */
export interface ConnectorBlock {
  connectorId: string;
  rows: ConnectionRow[];
  targetIds: string[];
}

export interface Section {
  groupId: string;
  blocks: ConnectorBlock[];
}

export interface GraphModel {
  nodes: Map<string, GraphNode>;
  edges: GraphEdge[];
  sections: Section[];
  /** Edges per node, both directions. */
  degree: Map<string, number>;
  /** For every node below a connector: the connectors it belongs to (filters by status use it). */
  owners: Map<string, string[]>;
  /** Connector node id → the connectorNames its registrations give it. */
  connectorNames: Map<string, string[]>;
}

export interface GroupGraphInput {
  qualifiedName: string;
  group?: IntegrationGroup;
  registrations: readonly Registration[];
}

export type TargetsByConnector = ReadonlyMap<string, readonly CatalogTarget[]>;

const byConnectorName = (a: Registration, b: Registration) =>
  a.connectorName < b.connectorName ? -1 : a.connectorName > b.connectorName ? 1 : 0;

function groupNodeId(input: GroupGraphInput): string {
  return `g:${input.group?.guid ?? input.qualifiedName}`;
}

/** Builds the graph of these groups. Registrations are taken in connectorName order. */
export function buildGraphModel(
  groups: readonly GroupGraphInput[],
  targets: TargetsByConnector,
): GraphModel {
  const nodes = new Map<string, GraphNode>();
  const edges: GraphEdge[] = [];
  const edgeIds = new Set<string>();
  const sections: Section[] = [];
  const degree = new Map<string, number>();
  const owners = new Map<string, string[]>();
  const connectorNames = new Map<string, string[]>();

  const addEdge = (edge: GraphEdge) => {
    if (edgeIds.has(edge.id)) return;
    edgeIds.add(edge.id);
    edges.push(edge);
    degree.set(edge.source, (degree.get(edge.source) ?? 0) + 1);
    degree.set(edge.target, (degree.get(edge.target) ?? 0) + 1);
  };
  // Connectors are visited one after the other, so a repeat is always the last one added.
  const own = (nodeId: string, connectorId: string) => {
    const list = owners.get(nodeId);
    if (!list) owners.set(nodeId, [connectorId]);
    else if (list[list.length - 1] !== connectorId) list.push(connectorId);
  };

  /** Adds a connection and what hangs off it; returns its rows (new ones only). */
  const addConnection = (
    connection: Connection,
    id: string,
    depth: number,
    connectorId: string,
    rows: ConnectionRow[],
  ) => {
    own(id, connectorId);
    const known = nodes.has(id);
    if (!known) {
      nodes.set(id, {
        id,
        kind: 'connection',
        label: connection.displayName ?? connection.qualifiedName ?? 'Connection',
        detail: connection.kind === 'VirtualConnection' ? 'Virtual connection' : 'Connection',
        names: compact([connection.qualifiedName, connection.displayName, connection.guid]),
        connection,
      });
    }
    const row: ConnectionRow = { connectionId: id, depth };
    if (!known) rows.push(row);
    const type = connection.connectorType;
    if (type) {
      const typeId = elementId('t', type.guid, type.qualifiedName, id);
      own(typeId, connectorId);
      if (!nodes.has(typeId)) {
        nodes.set(typeId, {
          id: typeId,
          kind: 'connectorType',
          label:
            type.displayName ??
            (shortClassName(type.connectorProviderClassName) || type.qualifiedName) ??
            'Connector type',
          detail: shortClassName(type.connectorProviderClassName) || undefined,
          names: compact([
            type.qualifiedName,
            type.displayName,
            type.connectorProviderClassName,
            type.guid,
          ]),
          connectorType: type,
        });
        row.connectorTypeId = typeId;
      }
      addEdge({
        id: `type:${id}`,
        kind: 'connectorType',
        source: id,
        target: typeId,
        label: 'connector type',
      });
    }
    const endpoint = connection.endpoint;
    if (endpoint) {
      const endpointId = elementId('e', endpoint.guid, endpoint.qualifiedName, id);
      own(endpointId, connectorId);
      if (!nodes.has(endpointId)) {
        nodes.set(endpointId, {
          id: endpointId,
          kind: 'endpoint',
          label: endpoint.displayName ?? endpoint.address ?? endpoint.qualifiedName ?? 'Endpoint',
          detail: endpoint.displayName ? endpoint.address : endpoint.protocol,
          names: compact([
            endpoint.qualifiedName,
            endpoint.displayName,
            endpoint.address,
            endpoint.guid,
          ]),
          endpoint,
        });
        row.endpointId = endpointId;
      }
      addEdge({
        id: `endpoint:${id}`,
        kind: 'endpoint',
        source: id,
        target: endpointId,
        label: 'endpoint',
      });
    }
    for (const embedded of connection.embeddedConnections) {
      const childId = elementId(
        'n',
        embedded.connection.guid,
        embedded.connection.qualifiedName,
        `${id}/${embedded.position}`,
      );
      // A connection that embeds itself (directly or not) would never end.
      if (childId === id || (known && nodes.has(childId))) continue;
      const { connection: child, ...relationship } = embedded;
      addEdge({
        id: `embedded:${id}:${embedded.position}`,
        kind: 'embedded',
        source: id,
        target: childId,
        label: `embedded #${embedded.position}${embedded.displayName ? ` ${embedded.displayName}` : ''}`,
        embedded: relationship,
      });
      if (depth < 8) addConnection(child, childId, depth + 1, connectorId, rows);
    }
  };

  for (const input of groups) {
    const groupId = groupNodeId(input);
    const groupName = input.group?.displayName ?? input.qualifiedName;
    if (!nodes.has(groupId)) {
      nodes.set(groupId, {
        id: groupId,
        kind: 'group',
        label: groupName,
        detail: input.group ? KIND_LABEL.group : 'Not defined on the metadata server',
        names: compact([input.qualifiedName, input.group?.displayName, input.group?.guid]),
        qualifiedName: input.qualifiedName,
        group: input.group,
      });
    }
    const section: Section = { groupId, blocks: [] };
    sections.push(section);
    for (const registration of [...input.registrations].sort(byConnectorName)) {
      const connector = registration.connector;
      const connectorId = `c:${connector.guid}`;
      let node = nodes.get(connectorId);
      const isNew = !node;
      if (!node) {
        node = {
          id: connectorId,
          kind: 'connector',
          label: registration.connectorName,
          detail: shortClassName(connector.connection?.connectorType?.connectorProviderClassName),
          names: compact([registration.connectorName, connector.qualifiedName, connector.name]),
          connector,
          registrations: [],
        };
        nodes.set(connectorId, node);
      }
      if (node.kind !== 'connector') continue;
      node.registrations.push({ groupId, groupName, registration });
      const names = connectorNames.get(connectorId) ?? [];
      if (!names.includes(registration.connectorName)) {
        names.push(registration.connectorName);
        if (!node.names.includes(registration.connectorName))
          node.names.push(registration.connectorName);
      }
      connectorNames.set(connectorId, names);
      addEdge({
        id: `registration:${groupId}:${connectorId}`,
        kind: 'registration',
        source: groupId,
        target: connectorId,
        label: registration.connectorName,
        registration,
      });
      if (!isNew) continue;

      const block: ConnectorBlock = { connectorId, rows: [], targetIds: [] };
      section.blocks.push(block);
      const connection = connector.connection;
      if (connection) {
        const connectionId = elementId('n', connection.guid, connection.qualifiedName, connectorId);
        addEdge({
          id: `connection:${connectorId}`,
          kind: 'connection',
          source: connectorId,
          target: connectionId,
          label: 'connection',
        });
        addConnection(connection, connectionId, 0, connectorId, block.rows);
      }
      for (const target of targets.get(connector.guid) ?? []) {
        const element = target.element;
        const targetId = element ? `x:${element.guid}` : `x:r:${target.relationshipGuid}`;
        own(targetId, connectorId);
        if (!nodes.has(targetId)) {
          nodes.set(targetId, {
            id: targetId,
            kind: 'target',
            label: element?.qualifiedName ?? element?.guid ?? target.catalogTargetName,
            detail: element?.typeName,
            names: compact([element?.qualifiedName, element?.guid]),
            element,
          });
          block.targetIds.push(targetId);
        }
        addEdge({
          id: `target:${target.relationshipGuid}`,
          kind: 'catalogTarget',
          source: connectorId,
          target: targetId,
          label: target.catalogTargetName || 'catalog target',
          catalogTarget: target,
        });
      }
    }
  }
  return { nodes, edges, sections, degree, owners, connectorNames };
}

function elementId(
  prefix: string,
  guid: string | undefined,
  qualifiedName: string | undefined,
  place: string,
): string {
  if (guid) return `${prefix}:${guid}`;
  if (qualifiedName) return `${prefix}:qn:${qualifiedName}`;
  return `${prefix}:of:${place}`;
}

function compact(values: (string | undefined)[]): string[] {
  const out: string[] = [];
  for (const value of values) if (value && !out.includes(value)) out.push(value);
  return out;
}

/** The node a deep link names: a connectorName first, then any node's qualifiedName or name. */
export function findNodeByName(model: GraphModel, name: string): string | undefined {
  for (const [id, names] of model.connectorNames) if (names.includes(name)) return id;
  for (const node of model.nodes.values()) if (node.names.includes(name)) return node.id;
  return undefined;
}
