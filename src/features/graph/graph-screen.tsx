import { ReactFlowProvider } from '@xyflow/react';
import {
  lazy,
  Suspense,
  useCallback,
  useEffect,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
  type CSSProperties,
  type RefObject,
  useSyncExternalStore,
} from 'react';
import { Button } from '../../components/button';
import { ErrorPanel } from '../../components/error-panel';
import { Loading } from '../../components/spinner';
import { formatCount } from '../../lib/format';
import { useSearchParam } from '../../lib/use-search-param';
import { usePlatform } from '../platforms/platform-context';
import { GraphCanvas, useCanvasCommands } from './graph-canvas';
import { useCatalogTargets, useStableIds } from './graph-data';
import { hiddenNodes } from './graph-flow';
import type { InspectorDetailsProps } from './graph-inspector';
import { layoutFingerprint, layoutGraph, type GraphLayout } from './graph-layout';
import {
  buildGraphModel,
  KIND_LABEL,
  NODE_KINDS,
  type GraphEdge,
  type GraphModel,
  type GroupGraphInput,
  type NodeKind,
} from './graph-model';
import { STATUS_FILTERS } from './graph-status';
import { StatusBridge } from './graph-status-bridge';
import { GraphStoreContext, GraphViewStore, useSelection, type Selection } from './graph-store';
import { GraphLinking } from './graph-linking';
import { useGraphUrlState } from './graph-url-state';
import { GraphFilters, NodeSearch, ZoomControls } from './graph-toolbar';
import '@xyflow/react/dist/base.css';
import './graph.css';

const GraphTree = lazy(() => import('./graph-tree'));
const loadInspector = () => import('./graph-inspector');
const InspectorDetails = lazy(loadInspector);
const NaiveGraph = lazy(() => import('./graph-naive'));
const GraphPalette = lazy(() => import('./graph-palette'));
// Drift marks come after the first paint, in a chunk of their own.
const GraphDrift = lazy(() => import('./graph-drift'));

/**
 * `sessionStorage['egeria-console:graph-perf']` = `1` adds a layout fingerprint to the
 * `graph:layout` performance measure; `naive` draws the plain React Flow rendering the benchmark
 * compares against. Harmless when set by hand; read when a graph opens.
 */
function readPerfFlag(): string {
  try {
    return sessionStorage.getItem('egeria-console:graph-perf') ?? '';
  } catch {
    return '';
  }
}

function measuredLayout(model: GraphModel, perfFlag: string): GraphLayout {
  const start = performance.now();
  const layout = layoutGraph(model);
  performance.measure('graph:layout', {
    start,
    end: performance.now(),
    detail: {
      nodes: layout.positions.size,
      edges: model.edges.length,
      fingerprint: perfFlag ? layoutFingerprint(layout) : undefined,
    },
  });
  return layout;
}

function connectorOrder(groups: readonly GroupGraphInput[]): string[] {
  const seen = new Set<string>();
  for (const group of groups) {
    const sorted = [...group.registrations].sort((a, b) =>
      a.connectorName < b.connectorName ? -1 : a.connectorName > b.connectorName ? 1 : 0,
    );
    for (const registration of sorted) seen.add(registration.connector.guid);
  }
  return [...seen];
}

const KIND_PARAM_SEPARATOR = ',';

function useFilters() {
  const [hideParam, setHideParam] = useSearchParam('hide');
  const [status, setStatus] = useSearchParam('status');
  const hiddenKinds = useMemo(
    () =>
      new Set(
        hideParam
          .split(KIND_PARAM_SEPARATOR)
          .filter((kind): kind is NodeKind => (NODE_KINDS as string[]).includes(kind)),
      ),
    [hideParam],
  );
  const statusFilter = STATUS_FILTERS.find((f) => f.value === status) ?? STATUS_FILTERS[0];
  return {
    hiddenKinds,
    setHiddenKinds: (kinds: Set<NodeKind>) =>
      setHideParam(NODE_KINDS.filter((k) => kinds.has(k)).join(KIND_PARAM_SEPARATOR)),
    status: statusFilter?.value ?? '',
    setStatus,
    statusMatches: statusFilter?.value ? statusFilter.matches : undefined,
  };
}

export interface GraphScreenProps {
  /** The groups with their registrations: every one, unless `complete` is false. */
  groups: GroupGraphInput[];
  /**
   * False while later pages of registrations are on their way: the graph draws those in, and its
   * catalog targets are read once the last has come (one read for every connector).
   */
  complete?: boolean;
  /** A URL that opens this graph focused on the named node. */
  linkTo: (name: string) => string;
  /** What the graph shows, in words, for the canvas and the tree. */
  label: string;
}

/** The graph with its search, filters, zoom, view switch and inspector. */
export function GraphScreen({ groups, complete = true, linkTo, label }: GraphScreenProps) {
  const scope = usePlatform();
  const [store] = useState(() => new GraphViewStore());
  const [perfFlag] = useState(readPerfFlag);
  const guids = useStableIds(connectorOrder(groups));
  const targets = useCatalogTargets(scope, guids, complete);
  const model = useMemo(
    () => buildGraphModel(groups, targets.byConnector),
    [groups, targets.byConnector],
  );
  const layout = useMemo(() => measuredLayout(model, perfFlag), [model, perfFlag]);
  const filters = useFilters();
  const { hiddenKinds, statusMatches } = filters;
  // Re-reads statuses on a poll only while a status filter is on.
  const statusVersion = useSyncExternalStore(store.subscribe, () =>
    statusMatches ? store.version : 0,
  );
  const hidden = useMemo(
    () => hiddenNodes(model, { hiddenKinds, statusMatches }, (id) => store.status(id)),
    // statusVersion: the statuses the filter reads have changed.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [model, hiddenKinds, statusMatches, store, statusVersion],
  );
  const edgesByNode = useMemo(() => {
    const index = new Map<string, GraphEdge[]>();
    for (const edge of model.edges) {
      for (const id of [edge.source, edge.target]) {
        const list = index.get(id);
        if (list) list.push(edge);
        else index.set(id, [edge]);
      }
    }
    return index;
  }, [model]);

  // Panels are history steps: Back closes the one just opened.
  const [view, setView] = useSearchParam('view', { push: true });
  const treeView = view === 'tree';
  const [paletteParam, setPaletteParam] = useSearchParam('palette', { push: true });
  const paletteOpen = paletteParam === '1';
  const select = useCallback((selection: Selection) => store.select(selection, true), [store]);

  const url = useGraphUrlState(model, store);
  const focus = url.focus;
  const focusMissing = !!focus && !url.focusFound && complete && targets.missing === 0;

  // A selection the filters hide is no longer shown: the inspector lets it go too.
  useEffect(() => {
    const selection = store.selection;
    if (!selection) return;
    const edge = selection.type === 'edge' && model.edges.find((e) => e.id === selection.id);
    const gone =
      selection.type === 'node'
        ? hidden.has(selection.id)
        : !edge || hidden.has(edge.source) || hidden.has(edge.target);
    if (gone) store.select(null);
  }, [hidden, model, store]);
  const shownCount = model.nodes.size - hidden.size;
  const [fillRef, fillStyle] = useFillViewport();

  const connectorCount = useMemo(
    () => [...model.nodes.values()].filter((n) => n.kind === 'connector').length,
    [model],
  );
  const targetFailures = targets.failures.size;
  // Groups are never filtered out: "nothing" is no connector left, when there were some.
  const nothingMatches = useMemo(() => {
    let connectors = 0;
    for (const node of model.nodes.values())
      if (node.kind === 'connector') {
        if (!hidden.has(node.id)) return false;
        connectors += 1;
      }
    return connectors > 0;
  }, [model, hidden]);

  return (
    <GraphStoreContext value={store}>
      <StatusBridge model={model} store={store} />
      <SelectionAnnouncer model={model} />
      <ReactFlowProvider>
        <GraphLinking model={model}>
          <div className="space-y-3">
            <div className="flex flex-wrap items-end gap-x-6 gap-y-3">
              <NodeSearch
                model={model}
                hidden={hidden}
                onChoose={(hit) => select({ type: 'node', id: hit.id })}
              />
              <GraphFilters
                hiddenKinds={hiddenKinds}
                onKindsChange={filters.setHiddenKinds}
                status={filters.status}
                onStatusChange={filters.setStatus}
              />
              <Button
                size="sm"
                aria-pressed={paletteOpen}
                variant={paletteOpen ? 'primary' : 'secondary'}
                onClick={() => setPaletteParam(paletteOpen ? '' : '1')}
              >
                Asset palette
              </Button>
              <div role="group" aria-label="View" className="flex items-center gap-1">
                <Button
                  size="sm"
                  aria-pressed={!treeView}
                  variant={treeView ? 'secondary' : 'primary'}
                  onClick={() => setView('')}
                >
                  Canvas
                </Button>
                <Button
                  size="sm"
                  aria-pressed={treeView}
                  variant={treeView ? 'primary' : 'secondary'}
                  onClick={() => setView('tree')}
                >
                  Tree (accessible)
                </Button>
              </div>
              {treeView ? null : <CanvasZoom layout={layout} />}
            </div>
            <Suspense fallback={null}>
              <GraphDrift model={model} />
            </Suspense>
            <p className="text-sm text-slate-700">
              {formatCount(connectorCount, 'connector')} · {formatCount(model.nodes.size, 'node')} ·{' '}
              {formatCount(model.edges.length, 'relationship')}
              {hidden.size > 0 ? <> · {shownCount.toLocaleString()} shown</> : null}
              {!complete ? (
                <> · more registered connectors loading, then their catalog targets…</>
              ) : targets.missing > targetFailures ? (
                <>
                  {' '}
                  · catalog targets loaded for {(
                    guids.length - targets.missing
                  ).toLocaleString()}{' '}
                  of {formatCount(guids.length, 'connector')}…
                </>
              ) : null}
            </p>
            {nothingMatches ? (
              <p role="status" className="text-sm font-medium text-amber-900">
                No connector matches these filters: the graph shows only what holds them together.
                Choose another connector status or show more kinds.
              </p>
            ) : null}
            {focusMissing ? (
              <p role="status" className="text-sm text-amber-900">
                Nothing named “{focus}” is in this graph.
              </p>
            ) : null}
            {targetFailures > 0 ? (
              <ErrorPanel
                title={`Could not load the catalog targets of ${formatCount(targetFailures, 'connector')}`}
                error={[...targets.failures.values()][0]}
                onRetry={targets.retry}
              />
            ) : null}
            <div
              ref={fillRef}
              style={fillStyle}
              className={`grid gap-4 ${paletteOpen ? 'lg:grid-cols-[16rem_minmax(0,1fr)_22rem]' : 'lg:grid-cols-[minmax(0,1fr)_24rem]'}`}
            >
              {paletteOpen ? (
                <Suspense fallback={<Loading label="Loading the palette…" />}>
                  <GraphPalette />
                </Suspense>
              ) : null}
              {treeView ? (
                <Suspense fallback={<Loading label="Loading the tree…" />}>
                  <GraphTree model={model} hidden={hidden} label={label} />
                </Suspense>
              ) : perfFlag === 'naive' ? (
                <Suspense fallback={<Loading />}>
                  <NaiveGraph model={model} layout={layout} />
                </Suspense>
              ) : (
                <GraphCanvas
                  model={model}
                  layout={layout}
                  hidden={hidden}
                  label={label}
                  viewport={url.viewport}
                  onViewportChange={url.onViewportChange}
                />
              )}
              <Inspector
                model={model}
                edgesByNode={edgesByNode}
                linkTo={linkTo}
                onSelect={select}
              />
            </div>
          </div>
        </GraphLinking>
      </ReactFlowProvider>
    </GraphStoreContext>
  );
}

/**
 * The canvas fills the window below the toolbar: `--graph-h` is the height from the panels' top
 * to the window's bottom, worked out again when what is above them or the window changes.
 */
function useFillViewport(): [RefObject<HTMLDivElement | null>, CSSProperties] {
  const ref = useRef<HTMLDivElement>(null);
  const [top, setTop] = useState(0);
  useLayoutEffect(() => {
    const element = ref.current;
    const parent = element?.parentElement;
    if (!element || !parent) return;
    const measure = () => setTop(Math.round(element.getBoundingClientRect().top + window.scrollY));
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(parent);
    window.addEventListener('resize', measure);
    return () => {
      observer.disconnect();
      window.removeEventListener('resize', measure);
    };
  }, []);
  const style = { '--graph-h': `max(20rem, calc(100dvh - ${top}px - 1rem))` } as CSSProperties;
  return [ref, style];
}

/** The inspector panel; its details load after the graph's first paint (see below). */
function Inspector(props: Omit<InspectorDetailsProps, 'selection'>) {
  const selection = useSelection();
  useEffect(() => {
    const timer = setTimeout(() => void loadInspector(), 500);
    return () => clearTimeout(timer);
  }, []);
  return (
    <aside
      aria-label="Inspector"
      className="space-y-3 overflow-y-auto rounded-lg border border-slate-200 bg-white p-4 text-sm lg:max-h-(--graph-h)"
    >
      {selection ? (
        <Suspense fallback={<Loading label="Loading the inspector…" />}>
          <InspectorDetails {...props} selection={selection} />
        </Suspense>
      ) : (
        <>
          <h2 className="text-base font-semibold">Inspector</h2>
          <p className="text-slate-600">
            Select a node or an edge in the graph, the tree or the search to see all its properties.
          </p>
        </>
      )}
    </aside>
  );
}

/** Says what got selected, for screen readers (search, tree and canvas all select). */
function SelectionAnnouncer({ model }: { model: GraphModel }) {
  const selection = useSelection();
  let text = '';
  if (selection?.type === 'node') {
    const node = model.nodes.get(selection.id);
    if (node) text = `Selected ${KIND_LABEL[node.kind].toLowerCase()} ${node.label}`;
  } else if (selection) {
    const edge = model.edges.find((e) => e.id === selection.id);
    if (edge) text = `Selected relationship ${edge.label}`;
  }
  return (
    <p role="status" className="sr-only">
      {text}
    </p>
  );
}

function CanvasZoom({ layout }: { layout: GraphLayout }) {
  const commands = useCanvasCommands(layout);
  return (
    <ZoomControls onZoomIn={commands.zoomIn} onZoomOut={commands.zoomOut} onFit={commands.fit} />
  );
}
