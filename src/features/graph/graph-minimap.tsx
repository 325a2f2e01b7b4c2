import { useReactFlow, useStoreApi } from '@xyflow/react';
import { useEffect, useRef, type PointerEvent } from 'react';
import type { GraphLayout } from './graph-layout';
import type { GraphModel } from './graph-model';
import { useGraphStore } from './graph-store';
import { statusColour, TILE_COLOUR } from './graph-colours';

const WIDTH = 200;
const HEIGHT = 140;

export interface GraphMinimapProps {
  model: GraphModel;
  layout: GraphLayout;
  hidden: ReadonlySet<string>;
}

/**
 * The whole graph in 200 × 140 pixels with the part in view outlined; click or drag to move there.
 * One canvas instead of an SVG element per node, and the outline moves without React rendering,
 * so it costs nothing while panning. Mouse-only by design: search, the tree and the keyboard
 * shortcuts of the canvas reach everything it does.
 */
export default function GraphMinimap({ model, layout, hidden }: GraphMinimapProps) {
  const canvasRef = useRef<HTMLCanvasElement>(null);
  const viewRef = useRef<HTMLDivElement>(null);
  const storeApi = useStoreApi();
  const graphStore = useGraphStore();
  const { setCenter } = useReactFlow();
  const { bounds } = layout;
  const scale = Math.min(WIDTH / bounds.width, HEIGHT / bounds.height);
  const offsetX = (WIDTH - bounds.width * scale) / 2;
  const offsetY = (HEIGHT - bounds.height * scale) / 2;

  useEffect(() => {
    const context = canvasRef.current?.getContext('2d');
    if (!context) return;
    let drawnVersion = -1;
    const draw = () => {
      if (graphStore.version === drawnVersion) return;
      drawnVersion = graphStore.version;
      context.clearRect(0, 0, WIDTH, HEIGHT);
      // One path per colour: thousands of fillStyle changes cost more than the drawing.
      const paths = new Map<string, Path2D>();
      for (const node of model.nodes.values()) {
        const rect = layout.positions.get(node.id);
        if (!rect || hidden.has(node.id)) continue;
        const colour =
          node.kind === 'connector'
            ? statusColour(graphStore.status(node.id))
            : TILE_COLOUR[node.kind];
        let path = paths.get(colour);
        if (!path) paths.set(colour, (path = new Path2D()));
        path.rect(
          offsetX + (rect.x - bounds.x) * scale,
          offsetY + (rect.y - bounds.y) * scale,
          Math.max(1, rect.width * scale),
          Math.max(1, rect.height * scale),
        );
      }
      for (const [colour, path] of paths) {
        context.fillStyle = colour;
        context.fill(path);
      }
    };
    draw();
    return graphStore.subscribe(draw);
  }, [model, layout, hidden, graphStore, bounds, scale, offsetX, offsetY]);

  useEffect(() => {
    const update = () => {
      const { transform, width, height } = storeApi.getState();
      const [tx, ty, zoom] = transform;
      const view = viewRef.current;
      if (!view || !width) return;
      const x = offsetX + (-tx / zoom - bounds.x) * scale;
      const y = offsetY + (-ty / zoom - bounds.y) * scale;
      view.style.transform = `translate(${x}px, ${y}px)`;
      view.style.width = `${(width / zoom) * scale}px`;
      view.style.height = `${(height / zoom) * scale}px`;
    };
    update();
    return storeApi.subscribe(update);
  }, [storeApi, bounds, scale, offsetX, offsetY]);

  const moveTo = (event: PointerEvent<HTMLDivElement>) => {
    const box = event.currentTarget.getBoundingClientRect();
    const x = bounds.x + (event.clientX - box.left - offsetX) / scale;
    const y = bounds.y + (event.clientY - box.top - offsetY) / scale;
    void setCenter(x, y, { zoom: storeApi.getState().transform[2] });
  };

  return (
    <div
      className="graph-minimap"
      aria-hidden="true"
      onPointerDown={(event) => {
        event.currentTarget.setPointerCapture(event.pointerId);
        moveTo(event);
      }}
      onPointerMove={(event) => {
        // Only a drag that started here: one that started on the canvas may pass over it.
        if (event.currentTarget.hasPointerCapture(event.pointerId)) moveTo(event);
      }}
    >
      <canvas ref={canvasRef} width={WIDTH} height={HEIGHT} />
      <div ref={viewRef} className="graph-minimap-view" />
    </div>
  );
}
