/**
 * From the model and its layout to what React Flow draws: nodes (reused object for object when
 * nothing about them changed, so React Flow skips them) and the few edges worth drawing now.
 */
import { Position, type Edge, type Node, type NodeHandle } from '@xyflow/react';
import type { EdgeKind, GraphEdge, GraphModel, NodeKind } from './graph-model';
import { NODE_HEIGHT, NODE_WIDTH, type GraphLayout, type Rect } from './graph-layout';
import type { Selection } from './graph-store';

export interface FlowNodeData extends Record<string, unknown> {
  label: string;
  detail?: string;
}
export type FlowNode = Node<FlowNodeData>;

export interface FlowEdgeData extends Record<string, unknown> {
  kind: EdgeKind;
  label: string;
}
export type FlowEdge = Edge<FlowEdgeData>;

// Handles given up front: React Flow then needs no DOM measurement to draw an edge.
const HANDLES: NodeHandle[] = [
  {
    id: 'r',
    type: 'source',
    position: Position.Right,
    x: NODE_WIDTH - 1,
    y: NODE_HEIGHT / 2 - 0.5,
    width: 1,
    height: 1,
  },
  {
    id: 'l',
    type: 'target',
    position: Position.Left,
    x: 0,
    y: NODE_HEIGHT / 2 - 0.5,
    width: 1,
    height: 1,
  },
  {
    id: 'b',
    type: 'source',
    position: Position.Bottom,
    x: 20,
    y: NODE_HEIGHT - 1,
    width: 1,
    height: 1,
  },
];

/** Graphs this small draw every edge at every zoom. */
const SMALL_NODES = 600;
const SMALL_EDGES = 900;
/** Edges of large graphs are drawn from this zoom up (below it, only the selection's). */
export const EDGE_MIN_ZOOM = 0.3;
/** A node with more edges than this is a hub: being in view does not draw all its edges. */
const HUB_DEGREE = 24;

export function isSmallGraph(model: GraphModel): boolean {
  return model.nodes.size <= SMALL_NODES && model.edges.length <= SMALL_EDGES;
}

export interface Filters {
  hiddenKinds: ReadonlySet<NodeKind>;
  /** Connectors whose status does not match are hidden, with what only they use. */
  statusMatches?: (status: string | undefined) => boolean;
}

/** Node ids the filters hide. */
export function hiddenNodes(
  model: GraphModel,
  filters: Filters,
  statusOf: (id: string) => string | undefined,
): Set<string> {
  const hidden = new Set<string>();
  const { hiddenKinds, statusMatches } = filters;
  const filteredOut = new Set<string>();
  if (statusMatches) {
    for (const node of model.nodes.values())
      if (node.kind === 'connector' && !statusMatches(statusOf(node.id))) filteredOut.add(node.id);
  }
  for (const node of model.nodes.values()) {
    if (hiddenKinds.has(node.kind) || filteredOut.has(node.id)) {
      hidden.add(node.id);
      continue;
    }
    if (filteredOut.size > 0) {
      const owners = model.owners.get(node.id);
      if (owners && owners.every((owner) => filteredOut.has(owner))) hidden.add(node.id);
    }
  }
  return hidden;
}

/** Which nodes become React Flow nodes. */
export interface NodeScope {
  /** Below reading zoom the rest are canvas tiles: only `keep` (the selection's) are DOM nodes. */
  tiles: boolean;
  /** With a view, only nodes near it (and `keep`) are handed to React Flow; null hands all. */
  view: Rect | null;
  keep: ReadonlySet<string>;
}

/**
 * React Flow nodes for what is not hidden and near the view. React Flow culls again precisely,
 * but its per-frame culling then walks a few hundred nodes instead of every node of the graph.
 * `cache` holds the previous call's nodes: a node whose place and text did not change is handed
 * back as the same object, which React Flow then skips.
 */
export function toFlowNodes(
  model: GraphModel,
  layout: GraphLayout,
  hidden: ReadonlySet<string>,
  scope: NodeScope,
  cache: Map<string, FlowNode>,
): FlowNode[] {
  const out: FlowNode[] = [];
  const next = new Map<string, FlowNode>();
  const keep = (node: FlowNode) => {
    out.push(node);
    next.set(node.id, node);
  };
  const wanted = (id: string, rect: Rect) =>
    scope.keep.has(id) || (!scope.tiles && (!scope.view || inside(rect, scope.view)));
  for (const frame of scope.tiles ? [] : layout.frames) {
    if (hidden.has(frame.groupId) || (scope.view && !inside(frame, scope.view))) continue;
    const previous = cache.get(frame.id);
    if (
      previous &&
      previous.position.x === frame.x &&
      previous.position.y === frame.y &&
      previous.height === frame.height &&
      previous.data.label === frame.label
    ) {
      keep(previous);
      continue;
    }
    keep({
      id: frame.id,
      type: 'frame',
      position: { x: frame.x, y: frame.y },
      width: frame.width,
      height: frame.height,
      handles: [],
      zIndex: -1,
      // Frames are backdrop: dragging over one pans, clicking it selects nothing.
      style: { pointerEvents: 'none' },
      data: { label: frame.label },
    });
  }
  for (const node of model.nodes.values()) {
    if (hidden.has(node.id)) continue;
    const rect = layout.positions.get(node.id);
    if (!rect || !wanted(node.id, rect)) continue;
    const previous = cache.get(node.id);
    if (
      previous &&
      previous.position.x === rect.x &&
      previous.position.y === rect.y &&
      previous.data.label === node.label &&
      previous.data.detail === node.detail
    ) {
      keep(previous);
      continue;
    }
    keep({
      id: node.id,
      type: node.kind,
      position: { x: rect.x, y: rect.y },
      width: rect.width,
      height: rect.height,
      handles: HANDLES,
      data: { label: node.label, detail: node.detail },
    });
  }
  // Keep what was built before for a while: panning back and forth then reuses the objects.
  if (cache.size > 4 * next.size + 2000) cache.clear();
  for (const [id, node] of next) cache.set(id, node);
  return out;
}

export function inside(rect: Rect | undefined, view: Rect): boolean {
  return (
    !!rect &&
    rect.x + rect.width >= view.x &&
    rect.x <= view.x + view.width &&
    rect.y + rect.height >= view.y &&
    rect.y <= view.y + view.height
  );
}

/**
 * The edges worth drawing: every edge of a small graph; for a large one, the edges of what is in
 * `view` (null below EDGE_MIN_ZOOM) whose non-hub end is in view, never group → connector edges
 * of a framed group, and always every edge of the selection.
 */
export function pickEdges(
  model: GraphModel,
  layout: GraphLayout,
  view: Rect | null,
  selection: Selection | null,
  hidden: ReadonlySet<string>,
): GraphEdge[] {
  const small = isSmallGraph(model);
  const out: GraphEdge[] = [];
  for (const edge of model.edges) {
    if (hidden.has(edge.source) || hidden.has(edge.target)) continue;
    if (
      selection &&
      (selection.id === edge.id || selection.id === edge.source || selection.id === edge.target)
    ) {
      out.push(edge);
      continue;
    }
    if (small) {
      out.push(edge);
      continue;
    }
    if (!view) continue;
    if (edge.kind === 'registration' && layout.framedGroups.has(edge.source)) continue;
    const sourceIn = inside(layout.positions.get(edge.source), view);
    const targetIn = inside(layout.positions.get(edge.target), view);
    if (!sourceIn && !targetIn) continue;
    const sourceHub = (model.degree.get(edge.source) ?? 0) > HUB_DEGREE;
    const targetHub = (model.degree.get(edge.target) ?? 0) > HUB_DEGREE;
    if ((sourceIn && !sourceHub) || (targetIn && !targetHub) || (sourceHub && targetHub))
      out.push(edge);
  }
  return out;
}

/**
 * Edges that skip a lane leave their node from below and run along the gap between rows, so they
 * never cross the nodes of the lanes in between (an embedded connection hangs below its parent).
 */
export const BELOW: ReadonlySet<EdgeKind> = new Set(['embedded', 'connectorType', 'catalogTarget']);

const EDGE_NAME: Record<EdgeKind, string> = {
  registration: 'Registration',
  connection: 'Connection',
  connectorType: 'Connector type',
  endpoint: 'Endpoint',
  embedded: 'Embedded connection',
  catalogTarget: 'Catalog target',
};

/**
 * React Flow edges, reusing the previous objects of edges whose selection did not change. Each
 * is named in words ("Catalog target directoryToMonitor: FilesCataloguer to …") for assistive
 * technology, instead of React Flow's "Edge from <id> to <id>".
 */
export function toFlowEdges(
  edges: GraphEdge[],
  selection: Selection | null,
  labelOf: (nodeId: string) => string,
  cache: Map<string, FlowEdge>,
): FlowEdge[] {
  const next = new Map<string, FlowEdge>();
  const out = edges.map((edge) => {
    const selected = selection?.type === 'edge' && selection.id === edge.id;
    const previous = cache.get(edge.id);
    const flowEdge: FlowEdge =
      previous && previous.selected === selected && previous.data?.label === edge.label
        ? previous
        : {
            id: edge.id,
            source: edge.source,
            target: edge.target,
            type: 'graph',
            sourceHandle: BELOW.has(edge.kind) ? 'b' : 'r',
            targetHandle: 'l',
            selected,
            focusable: false,
            ariaLabel: `${EDGE_NAME[edge.kind]}${edge.label.toLowerCase() === EDGE_NAME[edge.kind].toLowerCase() ? '' : ` ${edge.label}`}: ${labelOf(edge.source)} to ${labelOf(edge.target)}`,
            data: { kind: edge.kind, label: edge.label },
          };
    next.set(edge.id, flowEdge);
    return flowEdge;
  });
  cache.clear();
  for (const [id, edge] of next) cache.set(id, edge);
  return out;
}
