import {
  ReactFlow,
  useReactFlow,
  useStore,
  useStoreApi,
  type ReactFlowState,
  type Viewport,
} from '@xyflow/react';
import {
  lazy,
  startTransition,
  Suspense,
  useCallback,
  useEffect,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
  type KeyboardEvent,
} from 'react';
import { edgeTypes } from './graph-edge';
import {
  EDGE_MIN_ZOOM,
  isSmallGraph,
  pickEdges,
  toFlowEdges,
  toFlowNodes,
  type FlowEdge,
  type FlowNode,
} from './graph-flow';
import type { GraphLayout, Rect } from './graph-layout';
import type { GraphModel } from './graph-model';
import { nodeTypes, TileModeContext } from './graph-node';
import { tileAt } from './graph-colours';
import { useGraphStore, useSelection, type GraphViewStore } from './graph-store';
import { formatViewport } from './graph-url-state';

/** Below this zoom nodes are drawn as plain tiles (text would be too small to read). */
export const TILE_ZOOM = 0.45;
/** Edges are recomputed when the view crosses a cell of this many screen pixels. */
const CELL_PX = 400;
const PAN_STEP = 120;
const PADDING = 24;

/** The viewport that shows the whole graph, never zoomed in past 1. */
export function fitViewport(
  bounds: Rect,
  width: number,
  height: number,
  minZoom: number,
): Viewport {
  const zoom = Math.max(
    minZoom,
    Math.min(1, (width - 2 * PADDING) / bounds.width, (height - 2 * PADDING) / bounds.height),
  );
  return {
    zoom,
    x: (width - bounds.width * zoom) / 2 - bounds.x * zoom,
    y: (height - bounds.height * zoom) / 2 - bounds.y * zoom,
  };
}

function centreOn(rect: Rect, width: number, height: number, zoom: number): Viewport {
  return {
    zoom,
    x: width / 2 - (rect.x + rect.width / 2) * zoom,
    y: height / 2 - (rect.y + rect.height / 2) * zoom,
  };
}

/**
 * The zoom at which a node's smallest text (11 px kind, 12 px name) is drawn at its own size: a
 * graph never opens smaller than this, so what it opens on can be read.
 */
export const READABLE_ZOOM = 1;

/**
 * Where a graph opens: fitted when the whole graph fits at reading size, else at reading size on
 * its group and first connectors (its top left), centred vertically when it is short enough.
 */
export function openingViewport(bounds: Rect, width: number, height: number): Viewport {
  const fit = fitViewport(bounds, width, height, 0);
  if (fit.zoom >= READABLE_ZOOM) return fit;
  const zoom = READABLE_ZOOM;
  const tall = bounds.height * zoom > height - 2 * PADDING;
  return {
    zoom,
    x: PADDING - bounds.x * zoom,
    y: tall ? PADDING - bounds.y * zoom : (height - bounds.height * zoom) / 2 - bounds.y * zoom,
  };
}

/** Where a selection is: a node's box, or the box between an edge's two ends. */
function selectionRect(
  store: GraphViewStore,
  model: GraphModel,
  layout: GraphLayout,
): Rect | undefined {
  const selection = store.selection;
  if (!selection) return undefined;
  if (selection.type === 'node') return layout.positions.get(selection.id);
  const edge = model.edges.find((e) => e.id === selection.id);
  const a = edge && layout.positions.get(edge.source);
  const b = edge && layout.positions.get(edge.target);
  if (!a || !b) return undefined;
  const x = Math.min(a.x, b.x);
  const y = Math.min(a.y, b.y);
  return {
    x,
    y,
    width: Math.max(a.x + a.width, b.x + b.width) - x,
    height: Math.max(a.y + a.height, b.y + b.height) - y,
  };
}

function viewKey(
  [tx, ty, zoom]: readonly [number, number, number],
  width: number,
  height: number,
): string {
  if (zoom < EDGE_MIN_ZOOM || !width || !height) return '';
  // Whole zoom levels and cells with a cell of margin: the edges to draw are worked out again a
  // few times per drag, not on every frame.
  const cell = CELL_PX / 2 ** Math.floor(Math.log2(zoom));
  const x0 = Math.floor(-tx / zoom / cell) - 1;
  const y0 = Math.floor(-ty / zoom / cell) - 1;
  const x1 = Math.ceil((width - tx) / zoom / cell) + 1;
  const y1 = Math.ceil((height - ty) / zoom / cell) + 1;
  return `${x0 * cell},${y0 * cell},${(x1 - x0) * cell},${(y1 - y0) * cell}`;
}

function parseView(key: string): Rect | null {
  if (!key) return null;
  const [x = 0, y = 0, width = 0, height = 0] = key.split(',').map(Number);
  return { x, y, width, height };
}

const GraphTiles = lazy(() => import('./graph-tiles'));
// The overview comes just after the first paint, in a chunk of its own.
const GraphMinimap = lazy(() => import('./graph-minimap'));

const isTileZoom = (state: ReactFlowState) => state.transform[2] < TILE_ZOOM;

/**
 * The view rounded out to cells (see viewKey), as state that follows the viewport. The nodes and
 * edges it selects are worked out in a transition: the frame of the pan that crosses a cell stays
 * short, and the newly near nodes arrive a frame or two later, still outside the visible area.
 */
function useViewKey(enabled: boolean, initial: Viewport, size: { width: number; height: number }) {
  const storeApi = useStoreApi();
  const [key, setKey] = useState(() =>
    viewKey([initial.x, initial.y, initial.zoom], size.width, size.height),
  );
  useEffect(() => {
    if (!enabled) return;
    let last = '';
    const follow = ({ transform, width, height }: ReactFlowState) => {
      // Before React Flow has measured itself, keep the key worked out from the container.
      if (!width || !height) return;
      const next = viewKey(transform, width, height);
      if (next === last) return;
      last = next;
      startTransition(() => setKey(next));
    };
    follow(storeApi.getState());
    return storeApi.subscribe(follow);
  }, [storeApi, enabled]);
  return enabled ? key : '';
}

/** Builds React Flow's nodes and edges, reusing the objects of unchanged ones between builds. */
class FlowElements {
  private readonly nodeCache = new Map<string, FlowNode>();
  private readonly edgeCache = new Map<string, FlowEdge>();
  nodes(...args: Parameters<typeof toFlowNodes> extends [...infer A, unknown] ? A : never) {
    return toFlowNodes(...args, this.nodeCache);
  }
  edges(...args: Parameters<typeof toFlowEdges> extends [...infer A, unknown] ? A : never) {
    return toFlowEdges(...args, this.edgeCache);
  }
}

export interface GraphCanvasProps {
  model: GraphModel;
  layout: GraphLayout;
  hidden: ReadonlySet<string>;
  /** What the canvas shows, for assistive technology. */
  label: string;
  /** The viewport the URL holds: where to open, and where to go after Back or Forward. */
  viewport?: Viewport;
  /** After the view moved (by the user or by a command); true when that goes to the URL. */
  onViewportChange?: (viewport: Viewport) => boolean;
}

/**
 * The React Flow canvas. Must sit inside a ReactFlowProvider (the toolbar's zoom buttons share it).
 */
export function GraphCanvas(props: GraphCanvasProps) {
  const containerRef = useRef<HTMLDivElement>(null);
  const [size, setSize] = useState<{ width: number; height: number } | null>(null);
  // The first viewport is worked out from the container's size, so the first paint already shows
  // the right place (and React Flow culls against it) instead of jumping there afterwards.
  useLayoutEffect(() => {
    const box = containerRef.current?.getBoundingClientRect();
    if (box) setSize({ width: box.width, height: box.height });
  }, []);
  return (
    <div ref={containerRef} className="graph-canvas">
      {size ? <Canvas {...props} size={size} /> : null}
    </div>
  );
}

function Canvas({
  model,
  layout,
  hidden,
  label,
  viewport,
  onViewportChange,
  size,
}: GraphCanvasProps & { size: { width: number; height: number } }) {
  const store = useGraphStore();
  const storeApi = useStoreApi();
  const { setCenter, setViewport, getViewport, zoomIn, zoomOut, screenToFlowPosition } =
    useReactFlow();
  const [elements] = useState(() => new FlowElements());
  const selection = useSelection();
  const small = isSmallGraph(model);

  // Room to zoom out well past the whole graph, which grows while catalog targets arrive.
  const minZoom = Math.min(0.25, fitViewport(layout.bounds, size.width, size.height, 0).zoom * 0.5);
  const [defaultViewport] = useState(() => {
    if (viewport) return viewport;
    const focused = selectionRect(store, model, layout);
    if (focused) return centreOn(focused, size.width, size.height, READABLE_ZOOM);
    return openingViewport(layout.bounds, size.width, size.height);
  });

  const tiles = useStore(isTileZoom);
  const boundsArea = layout.bounds.width * layout.bounds.height;
  // Culling pays only while most of a large graph is out of view; a small graph is drawn whole.
  const cull = useStore(
    useCallback(
      (state: ReactFlowState) => {
        const zoom = state.transform[2];
        return !small && (state.width / zoom) * (state.height / zoom) < 0.5 * boundsArea;
      },
      [boundsArea, small],
    ),
  );
  const key = useViewKey(!small, defaultViewport, size);

  const picked = useMemo(
    () => pickEdges(model, layout, parseView(key), selection, hidden),
    [model, layout, key, selection, hidden],
  );
  // The selection and the ends of every drawn edge are always nodes; at tile zoom, the only ones.
  const scope = useMemo(() => {
    const keep = new Set<string>();
    if (selection?.type === 'node') keep.add(selection.id);
    for (const edge of picked) keep.add(edge.source).add(edge.target);
    return { tiles, view: parseView(key), keep };
  }, [tiles, key, selection, picked]);
  const nodes = useMemo(
    () => elements.nodes(model, layout, hidden, scope),
    [elements, model, layout, hidden, scope],
  );
  const edges = useMemo(
    () => elements.edges(picked, selection, (id) => model.nodes.get(id)?.label ?? id),
    [elements, picked, selection, model],
  );

  /*
   * While a pan gesture runs (zoom unchanged) the viewport gets its own compositor layer, so each
   * frame moves painted pixels instead of re-rasterising the canvas: about 25 ms a frame without
   * a GPU. Only while panning: a layer kept across zoom changes would be rasterised at its old
   * scale (blurred, or enormous when zoomed out).
   */
  const moveZoom = useRef(0);
  const wrapperRef = useRef<HTMLDivElement>(null);

  // A small graph stays fitted while its catalog targets arrive, until the user moves the view
  // or selects something.
  useState(() => {
    if (viewport) store.chooseView();
  });

  // The viewports this canvas wrote to the URL and that have not landed there yet, oldest first.
  // The router lands a write a moment later: by then the view may have moved again (a zoom
  // clicked while the first view was being recorded), and our own old value is no reason to go
  // back there.
  const written = useRef<string[]>([]);
  // Back and Forward bring back the viewport their URL holds.
  useEffect(() => {
    if (!viewport) return;
    const landed = written.current.indexOf(formatViewport(viewport));
    if (landed >= 0) {
      written.current.splice(0, landed + 1);
      return;
    }
    const now = getViewport();
    if (
      Math.abs(now.x - viewport.x) > 2 ||
      Math.abs(now.y - viewport.y) > 2 ||
      Math.abs(now.zoom - viewport.zoom) > 0.002
    ) {
      store.chooseView();
      void setViewport(viewport);
    }
  }, [viewport, getViewport, setViewport, store]);
  useEffect(() => {
    if (store.viewChosen || store.selection || !small) return;
    const { width, height } = storeApi.getState();
    if (width && height) void setViewport(openingViewport(layout.bounds, width, height));
  }, [layout, store, storeApi, small, setViewport]);

  // Search, the tree and deep links select with `focus`: bring the selection into view.
  useEffect(() => {
    let seen = store.focusCount;
    return store.subscribe(() => {
      if (store.focusCount === seen) return;
      seen = store.focusCount;
      const rect = selectionRect(store, model, layout);
      if (!rect) return;
      const { zoom } = getViewport();
      void setCenter(rect.x + rect.width / 2, rect.y + rect.height / 2, {
        zoom: zoom < READABLE_ZOOM ? READABLE_ZOOM : zoom,
      });
    });
  }, [store, model, layout, setCenter, getViewport]);

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.target !== event.currentTarget || event.altKey || event.ctrlKey || event.metaKey)
      return;
    if (event.key !== 'Escape') store.chooseView();
    const { x, y, zoom } = getViewport();
    const { width, height } = storeApi.getState();
    switch (event.key) {
      case 'ArrowLeft':
        void setViewport({ x: x + PAN_STEP, y, zoom });
        break;
      case 'ArrowRight':
        void setViewport({ x: x - PAN_STEP, y, zoom });
        break;
      case 'ArrowUp':
        void setViewport({ x, y: y + PAN_STEP, zoom });
        break;
      case 'ArrowDown':
        void setViewport({ x, y: y - PAN_STEP, zoom });
        break;
      case '+':
      case '=':
        void zoomIn();
        break;
      case '-':
        void zoomOut();
        break;
      case '0':
        void setViewport(fitViewport(layout.bounds, width, height, minZoom));
        break;
      case 'Escape':
        store.select(null);
        break;
      default:
        return;
    }
    event.preventDefault();
  };

  return (
    <TileModeContext value={tiles}>
      <ReactFlow<FlowNode, FlowEdge>
        ref={wrapperRef}
        nodes={nodes}
        edges={edges}
        nodeTypes={nodeTypes}
        edgeTypes={edgeTypes}
        defaultViewport={defaultViewport}
        minZoom={minZoom}
        maxZoom={2}
        onlyRenderVisibleElements={cull}
        nodesDraggable={false}
        nodesConnectable={false}
        elementsSelectable={false}
        nodesFocusable={false}
        edgesFocusable={false}
        zoomOnDoubleClick={false}
        // A read-only graph: a drag that starts on an edge pans like any other.
        noPanClassName="graph-no-pan"
        deleteKeyCode={null}
        selectionKeyCode={null}
        multiSelectionKeyCode={null}
        onNodeClick={(_, node) => store.select({ type: 'node', id: node.id })}
        onEdgeClick={(_, edge) => store.select({ type: 'edge', id: edge.id })}
        onPaneClick={(event) => {
          const at = tiles
            ? screenToFlowPosition({ x: event.clientX, y: event.clientY })
            : undefined;
          const id = at && tileAt(model, layout, hidden, at.x, at.y);
          store.select(id ? { type: 'node', id } : null);
        }}
        onMoveStart={(event, viewport) => {
          // Only a user's gesture carries an event; programmatic moves do not.
          if (!event) return;
          store.chooseView();
          moveZoom.current = viewport.zoom;
          wrapperRef.current?.setAttribute('data-panning', '');
        }}
        onMove={(_, viewport) => {
          if (viewport.zoom !== moveZoom.current)
            wrapperRef.current?.removeAttribute('data-panning');
        }}
        onMoveEnd={(_, moved) => {
          wrapperRef.current?.removeAttribute('data-panning');
          if (onViewportChange?.(moved)) written.current.push(formatViewport(moved));
        }}
        tabIndex={0}
        aria-label={`${label}. Arrow keys pan, plus and minus zoom, 0 fits the whole graph, Escape clears the selection.`}
        onKeyDown={onKeyDown}
      >
        {tiles ? (
          <Suspense fallback={null}>
            <GraphTiles model={model} layout={layout} hidden={hidden} />
          </Suspense>
        ) : null}
        <Suspense fallback={null}>
          <GraphMinimap model={model} layout={layout} hidden={hidden} />
        </Suspense>
      </ReactFlow>
    </TileModeContext>
  );
}

/** Zoom and fit for controls outside the canvas (inside the same ReactFlowProvider). */
export function useCanvasCommands(layout: GraphLayout) {
  const { zoomIn, zoomOut, setViewport } = useReactFlow();
  const storeApi = useStoreApi();
  const store = useGraphStore();
  return {
    zoomIn: () => {
      store.chooseView();
      void zoomIn();
    },
    zoomOut: () => {
      store.chooseView();
      void zoomOut();
    },
    fit: () => {
      store.chooseView();
      const { width, height, minZoom } = storeApi.getState();
      void setViewport(fitViewport(layout.bounds, width, height, minZoom));
    },
  };
}
