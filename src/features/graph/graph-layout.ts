/**
 * The lane layout: group → connectors → connections → endpoints → connector types → catalog
 * targets, left to right, one row per connection. Deterministic (the same model always gives the
 * same positions) and O(n): one pass to measure the blocks, one to place them. Every node gets an
 * explicit size, so React Flow can cull what is off screen from the very first paint.
 *
 * A large group wraps its connectors into bands side by side, so the whole graph is roughly the
 * shape of a screen rather than a strip 100,000 pixels tall, and its membership is shown by a
 * frame around each band instead of thousands of group → connector edges.
 */
import type { GraphModel } from './graph-model';

export const NODE_WIDTH = 240;
export const NODE_HEIGHT = 60;
export const ROW_HEIGHT = 84;
const LANE = { group: 0, connector: 320, connection: 640, endpoint: 960, connectorType: 1280 };
const TARGET_X = 1600;
const TARGET_COLUMNS = 3;
const TARGET_STRIDE = 280;
const EMBED_INDENT = 36;
const BAND_STRIDE =
  TARGET_X + (TARGET_COLUMNS - 1) * TARGET_STRIDE + NODE_WIDTH - LANE.connector + 360;
const SECTION_GAP = 240;
const MIN_BAND_ROWS = 60;
/** Groups with more connectors than this show membership by frames, not group → connector edges. */
export const HUB_EDGE_LIMIT = 80;
const FRAME_PAD = 20;
const FRAME_HEADER = 36;

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface Frame extends Rect {
  id: string;
  groupId: string;
  label: string;
}

export interface GraphLayout {
  positions: Map<string, Rect>;
  frames: Frame[];
  bounds: Rect;
  /** Groups whose membership is drawn by frames (their registration edges only on selection). */
  framedGroups: Set<string>;
}

export function layoutGraph(model: GraphModel): GraphLayout {
  const positions = new Map<string, Rect>();
  const frames: Frame[] = [];
  const framedGroups = new Set<string>();
  let minX = 0;
  let minY = 0;
  let maxX = 0;
  let maxY = 0;
  const place = (id: string, x: number, y: number, width = NODE_WIDTH, height = NODE_HEIGHT) => {
    positions.set(id, { x, y, width, height });
    if (x < minX) minX = x;
    if (y < minY) minY = y;
    if (x + width > maxX) maxX = x + width;
    if (y + height > maxY) maxY = y + height;
  };

  let top = 0;
  for (const section of model.sections) {
    const groupNode = model.nodes.get(section.groupId);
    // Rows each block needs: one per new connection, and enough for its new targets.
    const rowsOf = section.blocks.map((block) =>
      Math.max(1, block.rows.length, Math.ceil(block.targetIds.length / TARGET_COLUMNS)),
    );
    const structuralRows = section.blocks.reduce((sum, b) => sum + Math.max(1, b.rows.length), 0);
    // Bands roughly as wide as tall on a 16:9 screen; only the connection rows count, so bands
    // stay put while catalog targets are still loading.
    const bandRows = Math.max(
      MIN_BAND_ROWS,
      Math.ceil(Math.sqrt((structuralRows * BAND_STRIDE) / (1.78 * ROW_HEIGHT))),
    );
    const framed = section.blocks.length > HUB_EDGE_LIMIT;
    if (framed) framedGroups.add(section.groupId);
    const frameTop = framed ? FRAME_HEADER + FRAME_PAD : 0;

    let band = 0;
    let row = 0;
    let tallest = 0;
    let bandStart = 0;
    const closeBand = (lastIndex: number) => {
      if (framed && lastIndex >= bandStart) {
        const x = LANE.connector + band * BAND_STRIDE - FRAME_PAD;
        frames.push({
          id: `frame:${section.groupId}:${band}`,
          groupId: section.groupId,
          label: `Connectors ${bandStart + 1}–${lastIndex + 1} of ${groupNode?.label ?? ''}`,
          x,
          y: top,
          width: NODE_WIDTH + 2 * FRAME_PAD,
          height: frameTop + (row - 1) * ROW_HEIGHT + NODE_HEIGHT + FRAME_PAD,
        });
        if (x + NODE_WIDTH + 2 * FRAME_PAD > maxX) maxX = x + NODE_WIDTH + 2 * FRAME_PAD;
      }
      tallest = Math.max(tallest, row);
    };

    section.blocks.forEach((block, index) => {
      const rows = rowsOf[index] ?? 1;
      if (row > 0 && row + rows > bandRows) {
        closeBand(index - 1);
        band += 1;
        row = 0;
        bandStart = index;
      }
      const offset = band * BAND_STRIDE;
      const y = (r: number) => top + frameTop + r * ROW_HEIGHT;
      place(block.connectorId, offset + LANE.connector, y(row));
      block.rows.forEach((connectionRow, i) => {
        const ry = y(row + i);
        place(
          connectionRow.connectionId,
          offset + LANE.connection + connectionRow.depth * EMBED_INDENT,
          ry,
        );
        if (connectionRow.endpointId) place(connectionRow.endpointId, offset + LANE.endpoint, ry);
        if (connectionRow.connectorTypeId)
          place(connectionRow.connectorTypeId, offset + LANE.connectorType, ry);
      });
      block.targetIds.forEach((targetId, i) => {
        place(
          targetId,
          offset + TARGET_X + (i % TARGET_COLUMNS) * TARGET_STRIDE,
          y(row + Math.floor(i / TARGET_COLUMNS)),
        );
      });
      row += rows;
    });
    closeBand(section.blocks.length - 1);

    const height = Math.max(1, tallest) * ROW_HEIGHT + frameTop;
    // The group sits level with the middle of a single band, at the top beside several.
    const groupY = band === 0 ? top + Math.max(0, (height - ROW_HEIGHT) / 2) : top + frameTop;
    place(section.groupId, LANE.group, Math.round(groupY));
    top += height + SECTION_GAP;
  }
  return {
    positions,
    frames,
    framedGroups,
    bounds: { x: minX, y: minY, width: maxX - minX, height: maxY - minY },
  };
}

/** A short fingerprint of a layout, to check it is the same from run to run. */
export function layoutFingerprint(layout: GraphLayout): string {
  let hash = 2166136261;
  const mix = (n: number) => {
    hash ^= n | 0;
    hash = Math.imul(hash, 16777619);
  };
  for (const [id, rect] of layout.positions) {
    for (let i = 0; i < id.length; i++) mix(id.charCodeAt(i));
    mix(rect.x);
    mix(rect.y);
  }
  return (hash >>> 0).toString(16);
}
