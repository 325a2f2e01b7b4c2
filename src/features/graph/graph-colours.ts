/** Tile colours (the tiles' canvas and the minimap) and what a click on a tile hits. */
import { FAILED_STATUSES } from '../../egeria/model';
import type { GraphLayout } from './graph-layout';
import type { GraphModel, NodeKind } from './graph-model';

/** Fill of each kind's tile; a connector's is its status colour. */
export const TILE_COLOUR: Record<NodeKind, string> = {
  group: '#1e293b',
  connector: '#94a3b8',
  connection: '#7dd3fc',
  connectorType: '#c4b5fd',
  endpoint: '#5eead4',
  target: '#fcd34d',
};

export function statusColour(status: string | undefined): string {
  if (!status) return TILE_COLOUR.connector;
  if (FAILED_STATUSES.has(status)) return '#dc2626';
  if (status === 'RUNNING') return '#16a34a';
  if (status === 'WAITING') return '#d97706';
  if (status === 'REFRESHING' || status === 'INITIALIZED') return '#0284c7';
  return TILE_COLOUR.connector;
}

/** The node whose tile is at this point of the graph, if any. */
export function tileAt(
  model: GraphModel,
  layout: GraphLayout,
  hidden: ReadonlySet<string>,
  x: number,
  y: number,
): string | undefined {
  for (const node of model.nodes.values()) {
    const r = layout.positions.get(node.id);
    if (
      r &&
      !hidden.has(node.id) &&
      x >= r.x &&
      x <= r.x + r.width &&
      y >= r.y &&
      y <= r.y + r.height
    )
      return node.id;
  }
  return undefined;
}
