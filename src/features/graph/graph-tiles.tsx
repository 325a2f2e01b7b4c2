import { useStoreApi } from '@xyflow/react';
import { useEffect, useRef } from 'react';
import { statusColour, TILE_COLOUR } from './graph-colours';
import type { GraphLayout, Rect } from './graph-layout';
import type { GraphModel, NodeKind } from './graph-model';
import { useGraphStore } from './graph-store';

/** Symbols drawn on a connector's tile when it is big enough, so status is not colour alone. */
const STATUS_SYMBOL: Record<string, string> = {
  FAILED: '✕',
  INITIALIZE_FAILED: '✕',
  CONFIG_FAILED: '✕',
  WAITING: '◐',
};

export interface GraphTilesProps {
  model: GraphModel;
  layout: GraphLayout;
  hidden: ReadonlySet<string>;
}

/**
 * Below reading zoom (its own chunk: a graph opens at reading size), every node is a plain tile drawn on one canvas (the selection and its
 * neighbours stay in the DOM above it). Thousands of DOM boxes would make each frame of a pan
 * re-rasterise and hit-test thousands of elements; a canvas redraws them in a few milliseconds.
 * Clicks reach the tiles through the pane (see `tileAt`).
 */
export default function GraphTiles({ model, layout, hidden }: GraphTilesProps) {
  const canvasRef = useRef<HTMLCanvasElement>(null);
  const storeApi = useStoreApi();
  const graphStore = useGraphStore();

  useEffect(() => {
    const canvas = canvasRef.current;
    const context = canvas?.getContext('2d');
    if (!canvas || !context) return;
    let frame = 0;
    let drawn = '';
    const draw = () => {
      frame = 0;
      const { transform, width, height } = storeApi.getState();
      const ratio = window.devicePixelRatio || 1;
      const key = `${transform.join()},${width},${height},${graphStore.version}`;
      if (key === drawn) return;
      drawn = key;
      if (canvas.width !== Math.round(width * ratio)) canvas.width = Math.round(width * ratio);
      if (canvas.height !== Math.round(height * ratio)) canvas.height = Math.round(height * ratio);
      const [tx, ty, zoom] = transform;
      context.setTransform(1, 0, 0, 1, 0, 0);
      context.clearRect(0, 0, canvas.width, canvas.height);
      context.setTransform(zoom * ratio, 0, 0, zoom * ratio, tx * ratio, ty * ratio);
      const view: Rect = {
        x: -tx / zoom,
        y: -ty / zoom,
        width: width / zoom,
        height: height / zoom,
      };
      const visible = (r: Rect) =>
        r.x + r.width >= view.x &&
        r.x <= view.x + view.width &&
        r.y + r.height >= view.y &&
        r.y <= view.y + view.height;

      context.lineWidth = 2 / zoom;
      context.strokeStyle = '#94a3b8';
      context.setLineDash([8 / zoom, 6 / zoom]);
      for (const f of layout.frames)
        if (!hidden.has(f.groupId) && visible(f)) context.strokeRect(f.x, f.y, f.width, f.height);
      context.setLineDash([]);

      // One path per colour: thousands of fillStyle changes cost more than the drawing.
      const paths = new Map<string, Path2D>();
      const symbols: [string, Rect][] = [];
      for (const node of model.nodes.values()) {
        const r = layout.positions.get(node.id);
        if (!r || hidden.has(node.id) || !visible(r)) continue;
        let colour = TILE_COLOUR[node.kind];
        if (node.kind === 'connector') {
          const status = graphStore.status(node.id);
          colour = statusColour(status);
          const symbol = status && STATUS_SYMBOL[status];
          if (symbol) symbols.push([symbol, r]);
        }
        let path = paths.get(colour);
        if (!path) paths.set(colour, (path = new Path2D()));
        path.rect(r.x, r.y, r.width, r.height);
      }
      for (const [colour, path] of paths) {
        context.fillStyle = colour;
        context.fill(path);
      }
      if (symbols.length && symbols[0] && symbols[0][1].height * zoom >= 10) {
        context.fillStyle = '#fff';
        context.font = `bold ${symbols[0][1].height * 0.7}px sans-serif`;
        context.textAlign = 'center';
        context.textBaseline = 'middle';
        for (const [symbol, r] of symbols)
          context.fillText(symbol, r.x + r.width / 2, r.y + r.height / 2);
      }
      const labels = drawLabels(context, model, layout, hidden, transform, ratio, visible);
      canvas.dataset.labels = String(labels);
    };
    const schedule = () => {
      if (!frame) frame = requestAnimationFrame(draw);
    };
    draw();
    const unsubscribeFlow = storeApi.subscribe(schedule);
    const unsubscribeGraph = graphStore.subscribe(schedule);
    return () => {
      cancelAnimationFrame(frame);
      unsubscribeFlow();
      unsubscribeGraph();
    };
  }, [model, layout, hidden, storeApi, graphStore]);

  return <canvas ref={canvasRef} className="graph-tiles" aria-hidden="true" />;
}

/** Screen sizes of the labels drawn over tiles: never below a node's own text size (11 px). */
const LABEL_PX = 11;
const GROUP_LABEL_PX = 14;
/** A tile must be this wide on screen before its name is drawn (about eight characters). */
const MIN_LABEL_WIDTH = 72;
/** A frame of a pan draws at most this many names; a view holding more is too far out to read. */
const MAX_LABELS = 600;
/** Tiles dark enough that their names are drawn in white. */
const DARK_TILES: ReadonlySet<NodeKind> = new Set(['group', 'connector']);

function fitted(context: CanvasRenderingContext2D, text: string, width: number): string {
  if (context.measureText(text).width <= width) return text;
  let low = 0;
  let high = text.length;
  while (low < high) {
    const mid = Math.ceil((low + high) / 2);
    if (context.measureText(`${text.slice(0, mid)}…`).width <= width) low = mid;
    else high = mid - 1;
  }
  return low > 0 ? `${text.slice(0, low)}…` : '';
}

/**
 * Semantic zoom: names drawn at reading size over the tiles, fewer the further out the view is.
 * Groups (and the frames of their connector bands) are always named; other tiles once they are
 * wide enough on screen to hold a few characters. Returns how many names were drawn.
 */
function drawLabels(
  context: CanvasRenderingContext2D,
  model: GraphModel,
  layout: GraphLayout,
  hidden: ReadonlySet<string>,
  [tx, ty, zoom]: readonly [number, number, number],
  ratio: number,
  visible: (r: Rect) => boolean,
): number {
  context.setTransform(ratio, 0, 0, ratio, 0, 0);
  context.textAlign = 'left';
  context.textBaseline = 'top';
  let count = 0;
  context.font = `600 ${GROUP_LABEL_PX}px system-ui, sans-serif`;
  for (const frame of layout.frames) {
    if (hidden.has(frame.groupId) || !visible(frame)) continue;
    const x = frame.x * zoom + tx + 6;
    const y = frame.y * zoom + ty - GROUP_LABEL_PX - 6;
    const text = fitted(context, frame.label, Math.max(frame.width * zoom - 12, 160));
    context.fillStyle = '#0f172a';
    context.strokeStyle = '#f8fafc';
    context.lineWidth = 4;
    context.strokeText(text, x, y);
    context.fillText(text, x, y);
    count += 1;
  }
  const wideEnough = MIN_LABEL_WIDTH / zoom;
  for (const node of model.nodes.values()) {
    if (count >= MAX_LABELS) break;
    const r = layout.positions.get(node.id);
    if (!r || hidden.has(node.id) || !visible(r)) continue;
    const group = node.kind === 'group';
    if (!group && r.width < wideEnough) continue;
    const size = group ? GROUP_LABEL_PX : LABEL_PX;
    context.font = `600 ${size}px system-ui, sans-serif`;
    const width = r.width * zoom - 8;
    const text = group ? node.label : fitted(context, node.label, width);
    if (!text) continue;
    const x = r.x * zoom + tx + 4;
    const y = (r.y + r.height / 2) * zoom + ty - size / 2;
    context.fillStyle = DARK_TILES.has(node.kind) ? '#ffffff' : '#0f172a';
    if (group) {
      context.fillStyle = '#0f172a';
      context.strokeStyle = '#f8fafc';
      context.lineWidth = 4;
      context.strokeText(text, x, r.y * zoom + ty - size - 4);
      context.fillText(text, x, r.y * zoom + ty - size - 4);
    } else context.fillText(text, x, y);
    count += 1;
  }
  return count;
}
