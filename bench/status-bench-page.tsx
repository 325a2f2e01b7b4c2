/**
 * The browser half of `npm run bench:status`, bundled by esbuild and run in headless Chromium.
 *
 * It mounts, on one QueryClient, the REAL daemon view (DaemonView) fed by the REAL feed client
 * (DaemonFeeds) through an in-page EventSource, and the REAL graph of the same estate: a model
 * built by the graph's own buildGraphModel (one integration group per group the daemon reports,
 * each connector registered with a connection, endpoint, connector type and catalog target), laid
 * out by layoutGraph, its connector and group nodes handed to React Flow by toFlowNodes (the other
 * kinds hidden by hiddenNodes, as the kind filter does) and drawn by the graph's node components
 * (nodeTypes) inside a ReactFlowProvider, with status reaching them the way the graph page does
 * it: the page's StatusBridge (daemon-status query → liveStatuses → GraphViewStore.setStatuses) and
 * each node's own subscription (useNodeState). Every node is drawn (no culling): the worst case.
 *
 * Then it delivers feed events exactly as the console server writes them (JSON text) and times,
 * on the main thread, everything from receiving the event to React having committed the DOM:
 * JSON parse, the event's shape check, the identity-preserving merge, setQueryData, the daemon view's
 * filtering/sorting/counting and re-render, the graph's liveStatuses and store update, and the
 * graph nodes' re-render. liveStatuses and setStatuses are also timed on their own (the graph's
 * share of each poll).
 *
 * Re-renders are counted by wrapping the render functions of the memoised row component and of
 * the graph's node component, so a row or node that React skips is not counted.
 */
import { notifyManager, QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { ReactFlow, ReactFlowProvider, type ReactFlowProps } from '@xyflow/react';
import { type FunctionComponent } from 'react';
import { createRoot } from 'react-dom/client';
import { flushSync } from 'react-dom';
import { createMemoryRouter, RouterProvider } from 'react-router';
import type { CatalogTarget, ConnectorReport } from '../src/egeria/model';
import type { PlatformInfo } from '../src/egeria/platform-info';
import { SnapshotEventSchema } from '../src/egeria/status-feed-schemas';
import {
  type ChangesEvent,
  type FeedGroup,
  type SnapshotEvent,
} from '../src/egeria/status-feed-protocol';
import type { DaemonStatus } from '../src/egeria/model';
import { daemonKeys } from '../src/lib/query-keys';
import { applySnapshot } from '../src/features/platforms/daemon-status-apply';
import type { MeResponse } from '../src/egeria/console-user';
import { consoleKeys } from '../src/lib/query-keys';
import { DaemonView } from '../src/features/monitor/daemon-view';
import { DataRow } from '../src/components/data-table';
import { createBackendRegistry } from '../src/features/platforms/backend-registry';
import { daemonFeedsOf } from '../src/features/platforms/daemon-feeds';
import {
  BackendRegistryProvider,
  PlatformProvider,
} from '../src/features/platforms/platform-context';
import { hiddenNodes, toFlowNodes, type FlowNode } from '../src/features/graph/graph-flow';
import { layoutGraph } from '../src/features/graph/graph-layout';
import {
  buildGraphModel,
  type GraphModel,
  type GroupGraphInput,
} from '../src/features/graph/graph-model';
import { nodeTypes, TileModeContext } from '../src/features/graph/graph-node';
import { liveStatuses } from '../src/features/graph/graph-status';
import { StatusBridge } from '../src/features/graph/graph-status-bridge';
import { GraphStoreContext, GraphViewStore } from '../src/features/graph/graph-store';
import {
  catalogTarget,
  connection,
  connectorType,
  endpoint,
  group,
  registration,
} from '../src/test/graph-data';
import type { BenchOptions, ScenarioResult } from './status-bench-result';

const DAEMON = 'integration-daemon';
const PLATFORM: PlatformInfo = {
  id: 'bench',
  label: 'Bench',
  dialect: 'v5',
  userId: 'garygeeke',
  metadataServer: 'active-metadata-store',
  daemons: [DAEMON],
  sandbox: true,
};

// ------------------------------------------------------------------------------ render probes

const renders = { rows: 0, nodes: 0 };

/** Counts every time React actually runs a memoised component's render function. */
function probe(component: unknown, counter: 'rows' | 'nodes'): void {
  const memoised = component as { type: FunctionComponent<object> };
  const inner = memoised.type;
  memoised.type = function Probed(props: object) {
    renders[counter] += 1;
    return inner(props);
  };
}

// ------------------------------------------------------------------------------ the graph

const PROVIDER =
  'org.odpi.openmetadata.adapters.connectors.integration.basicfiles.DataFilesMonitorIntegrationProvider';
const groupName = (g: number) => `Synthetic:IntegrationGroup:${g}`;
const connectorName = (i: number) => `Connector${String(i).padStart(4, '0')}`;

/**
 * The graph of every group the daemon runs (what the daemon's graph page shows), built by the
 * graph's own model builder: the connectors of the reports below, under the same names and GUIDs.
 */
function makeGraphModel(connectors: number, groups: number): GraphModel {
  const inputs: GroupGraphInput[] = Array.from({ length: groups }, (_, g) => ({
    qualifiedName: groupName(g),
    group: group(groupName(g), `group-guid-${g}`),
    registrations: [],
  }));
  const targets = new Map<string, CatalogTarget[]>();
  for (let i = 0; i < connectors; i++) {
    const input = inputs[i % groups] as GroupGraphInput & { registrations: unknown[] };
    input.registrations.push(
      registration(
        connectorName(i),
        `guid-${i}`,
        connection(`connection-${i}`, {
          connectorType: connectorType(`type-${i % 5}`, PROVIDER),
          endpoint: endpoint(`endpoint-${i}`, `data/landing/${i}`),
        }),
        `group-guid-${i % groups}`,
      ),
    );
    targets.set(`guid-${i}`, [catalogTarget(`relationship-${i}`, `folder-${i % 100}`)]);
  }
  return buildGraphModel(inputs, targets);
}

/** The live nodes (groups and connectors) as the canvas hands them to React Flow, every one. */
function liveFlowNodes(model: GraphModel): FlowNode[] {
  const hidden = hiddenNodes(
    model,
    { hiddenKinds: new Set(['connection', 'connectorType', 'endpoint', 'target']) },
    () => undefined,
  );
  return toFlowNodes(
    model,
    layoutGraph(model),
    hidden,
    { tiles: false, view: null, keep: new Set() },
    new Map(),
  );
}

/** The graph's share of a poll: liveStatuses and the store's update, timed where they run. */
const graphTime = { liveStatuses: 0, store: 0 };

const timedLiveStatuses: typeof liveStatuses = (model, daemons) => {
  const start = performance.now();
  try {
    return liveStatuses(model, daemons);
  } finally {
    graphTime.liveStatuses += performance.now() - start;
  }
};

function timedStore(): GraphViewStore {
  const store = new GraphViewStore();
  const setStatuses = store.setStatuses.bind(store);
  store.setStatuses = (next) => {
    const start = performance.now();
    try {
      setStatuses(next);
    } finally {
      graphTime.store += performance.now() - start;
    }
  };
  return store;
}

const NO_EDGES: never[] = [];

/** GraphCanvas's read-only settings: nothing to drag, connect, select by React Flow or delete. */
const READ_ONLY = {
  nodesDraggable: false,
  nodesConnectable: false,
  elementsSelectable: false,
  nodesFocusable: false,
  edgesFocusable: false,
  deleteKeyCode: null,
  selectionKeyCode: null,
  multiSelectionKeyCode: null,
} satisfies Partial<ReactFlowProps<FlowNode>>;

/** The graph's status path and nodes, as GraphScreen and GraphCanvas put them together. */
function GraphLayer({
  model,
  nodes,
  store,
}: {
  model: GraphModel;
  nodes: FlowNode[];
  store: GraphViewStore;
}) {
  return (
    <GraphStoreContext value={store}>
      <StatusBridge model={model} store={store} statusesOf={timedLiveStatuses} />
      <ReactFlowProvider>
        <TileModeContext value={false}>
          <div style={{ width: 1280, height: 720 }}>
            <ReactFlow<FlowNode>
              nodes={nodes}
              edges={NO_EDGES}
              nodeTypes={nodeTypes}
              defaultViewport={{ x: 0, y: 0, zoom: 1 }}
              minZoom={0.01}
              onlyRenderVisibleElements={false}
              {...READ_ONLY}
            />
          </div>
        </TileModeContext>
      </ReactFlowProvider>
    </GraphStoreContext>
  );
}

// ------------------------------------------------------------------------------ the estate

const STATUSES = ['RUNNING', 'RUNNING', 'RUNNING', 'RUNNING', 'WAITING', 'REFRESHING', 'FAILED'];

function makeReport(i: number, groups: number, variant = 0): ConnectorReport {
  const status = STATUSES[(i + variant) % STATUSES.length] ?? 'RUNNING';
  return {
    connectorName: connectorName(i),
    connectorGuid: `guid-${i}`,
    groupName: groupName(i % groups),
    connectorInstanceId: `instance-${i}-${variant}`,
    status,
    lastStatusChange: new Date(Date.UTC(2026, 0, 1, 10, 0, i % 60)).toISOString(),
    lastRefreshTime: new Date(Date.UTC(2026, 0, 1, 10, 5, i % 60)).toISOString(),
    minMinutesBetweenRefresh: 60,
    failingExceptionMessage:
      status === 'FAILED'
        ? `BASIC-FILES-INTEGRATION-CONNECTORS-404-001 The directory named data/landing/${i % 13} does not exist`
        : undefined,
    statistics: {
      refreshCount: 3 + variant,
      catalogTargetsProcessed: i % 7,
      filesCatalogued: i * 3,
    },
    endpointAddress: `data/landing/${i}`,
    connectorProviderClassName: PROVIDER,
  };
}

// ------------------------------------------------------------------------------ the feed

type Listener = (event: Event) => void;

class InPageEventSource {
  static current: InPageEventSource | undefined;
  readyState = 1;
  private readonly listeners = new Map<string, Listener[]>();
  constructor(readonly url: string) {
    InPageEventSource.current = this;
  }
  addEventListener(type: string, listener: Listener) {
    this.listeners.set(type, [...(this.listeners.get(type) ?? []), listener]);
  }
  removeEventListener() {}
  close() {
    this.readyState = 2;
  }
  deliver(type: string, text: string) {
    const event = new MessageEvent(type, { data: text });
    for (const listener of this.listeners.get(type) ?? []) listener(event);
  }
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}
function p95(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * 0.95))] ?? 0;
}
const round = (ms: number) => Math.round(ms * 1000) / 1000;
const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function run(options: BenchOptions) {
  // Query notifications run at once (instead of on the next macrotask) so one flushSync holds
  // the whole update and the timing stops when React has committed.
  notifyManager.setScheduler((callback) => callback());
  probe(DataRow, 'rows');
  // group and connector are the same memoised component (GraphNodeView).
  probe(nodeTypes['connector'], 'nodes');

  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  // A console user who may act (so each row has its buttons, as an operator sees it).
  queryClient.setQueryData(consoleKeys.me(), {
    signInRequired: false,
    signedIn: true,
    methods: [],
    user: { name: 'local', via: 'local' },
    roles: { [PLATFORM.id]: 'admin' },
  } satisfies MeResponse);
  const feeds = daemonFeedsOf(queryClient, {
    createEventSource: (url) => new InPageEventSource(url) as unknown as EventSource,
  });
  feeds.start();
  const groups: FeedGroup[] = Array.from({ length: options.groups }, (_, g) => ({
    name: `Synthetic:IntegrationGroup:${g}`,
    status: 'RUNNING',
  }));
  let seq = 0;
  /** What every feed event starts with: the next number, and a poll that has just happened. */
  const stamp = () => {
    const now = Date.now();
    return { seq: ++seq, serverTime: now, polledAt: now };
  };
  const snapshotText = (reports: ConnectorReport[]) =>
    JSON.stringify({ ...stamp(), pollMs: 5000, groups, reports } satisfies SnapshotEvent);
  const changesText = (upserted: ConnectorReport[]) =>
    JSON.stringify({ ...stamp(), upserted, removed: [] } satisfies ChangesEvent);

  const base = Array.from({ length: options.connectors }, (_, i) => makeReport(i, options.groups));
  const model = makeGraphModel(options.connectors, options.groups);
  const flowNodes = liveFlowNodes(model);
  const store = timedStore();
  // Sorted by name, so the connector that changes stays on the first page.
  const router = createMemoryRouter(
    [
      {
        path: '*',
        element: (
          <>
            <DaemonView daemon={DAEMON} rowsPerPage={options.rowsPerPage} />
            <GraphLayer model={model} nodes={flowNodes} store={store} />
          </>
        ),
      },
    ],
    { initialEntries: ['/?sort=connectorName'] },
  );
  const registry = createBackendRegistry();
  const root = createRoot(document.getElementById('root') as HTMLElement);
  flushSync(() =>
    root.render(
      <QueryClientProvider client={queryClient}>
        <BackendRegistryProvider registry={registry}>
          <PlatformProvider platform={PLATFORM}>
            <RouterProvider router={router} />
          </PlatformProvider>
        </BackendRegistryProvider>
      </QueryClientProvider>,
    ),
  );
  for (let i = 0; i < 100 && !InPageEventSource.current; i++) await wait(10);
  // React Flow mounts its nodes after its first commit, then measures them.
  const liveNodeCount = () => document.querySelectorAll('.gn-connector, .gn-group').length;
  const expectedNodes = flowNodes.filter((n) => n.type !== 'frame').length;
  for (let i = 0; i < 500 && liveNodeCount() < expectedNodes; i++) await wait(10);
  await wait(200);
  const opened = InPageEventSource.current;
  if (!opened) throw new Error('the daemon view did not open the status feed');
  const source: InPageEventSource = opened;

  // First snapshot: the view's first full render.
  const firstStart = performance.now();
  flushSync(() => source.deliver('snapshot', snapshotText(base)));
  const firstSnapshotMs = performance.now() - firstStart;
  const mountedRows = document.querySelectorAll('tbody tr[data-connector]').length;
  const mountedNodes = liveNodeCount();
  const reportedNodes = document.querySelectorAll(
    '.gn-connector:not([data-status="UNKNOWN"])',
  ).length;
  if (reportedNodes !== options.connectors)
    throw new Error(`${reportedNodes} graph nodes of ${options.connectors} show a status`);
  await wait(200);

  const results: ScenarioResult[] = [];
  let current = base;
  async function measure(
    scenario: string,
    description: string,
    next: (iteration: number) => {
      text: string;
      event: string;
      reports: ConnectorReport[];
      changed: number;
      size: number;
    },
  ) {
    const times: number[] = [];
    const liveTimes: number[] = [];
    const storeTimes: number[] = [];
    const graphTimes: number[] = [];
    let rows = 0;
    let nodes = 0;
    let changed = 0;
    let size = 0;
    for (let iteration = 0; iteration < options.runs; iteration++) {
      const step = next(iteration);
      renders.rows = 0;
      renders.nodes = 0;
      graphTime.liveStatuses = 0;
      graphTime.store = 0;
      const start = performance.now();
      flushSync(() => source.deliver(step.event, step.text));
      times.push(performance.now() - start);
      liveTimes.push(graphTime.liveStatuses);
      storeTimes.push(graphTime.store);
      graphTimes.push(graphTime.liveStatuses + graphTime.store);
      rows = Math.max(rows, renders.rows);
      nodes = Math.max(nodes, renders.nodes);
      changed = step.changed;
      size = step.size;
      current = step.reports;
      // Let timers and the browser breathe between polls, as the real interval does.
      await wait(5);
    }
    const medianMs = median(times);
    results.push({
      scenario,
      description,
      reportsInEvent: size,
      changedReports: changed,
      runs: options.runs,
      medianMs: round(medianMs),
      p95Ms: round(p95(times)),
      medianUsPerConnector: Math.round(((medianMs * 1000) / options.connectors) * 100) / 100,
      rowsRendered: rows,
      nodesRendered: nodes,
      graphLiveStatusesMs: round(median(liveTimes)),
      graphStoreMs: round(median(storeTimes)),
      graphMs: round(median(graphTimes)),
    });
  }

  const withOneChanged = (iteration: number) => {
    const index = 17;
    const reports = current.slice();
    reports[index] = makeReport(index, options.groups, iteration + 1);
    return { reports, changedReport: reports[index] as ConnectorReport };
  };

  await measure(
    'snapshot-2000-1-changed',
    'all 2,000 reports of a poll applied at once, as on connecting (every report parsed, validated and compared); 1 changed',
    (iteration) => {
      const { reports } = withOneChanged(iteration);
      return {
        event: 'snapshot',
        text: snapshotText(reports),
        reports,
        changed: 1,
        size: reports.length,
      };
    },
  );
  await measure(
    'changes-1',
    'what the server sends after a poll in which 1 report changed',
    (iteration) => {
      const { reports, changedReport } = withOneChanged(iteration + 1000);
      return { event: 'changes', text: changesText([changedReport]), reports, changed: 1, size: 1 };
    },
  );
  await measure(
    'changes-none',
    'what the server sends after a poll in which nothing changed',
    () => ({
      event: 'changes',
      text: changesText([]),
      reports: current,
      changed: 0,
      size: 0,
    }),
  );
  await measure(
    'snapshot-2000-100-changed',
    'a snapshot of the whole daemon in which 100 reports changed',
    (iteration) => {
      const reports = current.slice();
      for (let k = 0; k < 100; k++) {
        const index = (k * 19) % options.connectors;
        reports[index] = makeReport(index, options.groups, iteration + 2000);
      }
      return {
        event: 'snapshot',
        text: snapshotText(reports),
        reports,
        changed: 100,
        size: reports.length,
      };
    },
  );
  await measure(
    'snapshot-2000-all-changed',
    'worst case: a snapshot in which every report changed',
    (iteration) => {
      const reports = current.map((_, i) => makeReport(i, options.groups, iteration + 3000));
      return {
        event: 'snapshot',
        text: snapshotText(reports),
        reports,
        changed: reports.length,
        size: reports.length,
      };
    },
  );

  // Where the headline's time goes: the steps before React, timed alone on the same input.
  const parse: number[] = [];
  const validate: number[] = [];
  const merge: number[] = [];
  for (let iteration = 0; iteration < options.runs; iteration++) {
    const { reports } = withOneChanged(iteration + 5000);
    const text = snapshotText(reports);
    const previous = queryClient.getQueryData<DaemonStatus>(daemonKeys.status(PLATFORM.id, DAEMON));
    let t = performance.now();
    const raw: unknown = JSON.parse(text);
    parse.push(performance.now() - t);
    t = performance.now();
    const event = SnapshotEventSchema.parse(raw);
    validate.push(performance.now() - t);
    t = performance.now();
    applySnapshot(previous, event);
    merge.push(performance.now() - t);
    await wait(5);
  }
  const breakdown = {
    scenario: 'snapshot-2000-1-changed',
    jsonParseMs: round(median(parse)),
    zodValidateMs: round(median(validate)),
    identityMergeMs: round(median(merge)),
    note: 'the rest of the scenario’s time is setQueryData, the daemon view’s derived data, the graph’s liveStatuses and store update (the scenario’s graph* figures) and React’s render and commit',
  };

  root.unmount();
  feeds.stop();
  return {
    connectors: options.connectors,
    groups: options.groups,
    rowsPerPage: options.rowsPerPage,
    rowsMounted: mountedRows,
    nodesMounted: mountedNodes,
    graphModelNodes: model.nodes.size,
    firstSnapshotMs: Math.round(firstSnapshotMs * 10) / 10,
    scenarios: results,
    breakdown,
  };
}

declare global {
  interface Window {
    runStatusBench: (options: BenchOptions) => ReturnType<typeof run>;
  }
}
window.runStatusBench = run;
