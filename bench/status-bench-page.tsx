/**
 * The browser half of `npm run bench:status`, bundled by esbuild and run in headless Chromium.
 *
 * It mounts the REAL daemon view (DaemonView) fed by the REAL feed client (DaemonFeeds) through
 * an in-page EventSource, plus one memoised "node" per connector that gets its report by prop from
 * the same query — the shape of the graph's connector nodes, whose code lives on another branch,
 * so the nodes here are stand-ins. Then it delivers feed events exactly as the console server
 * writes them (JSON text) and times, on the main thread, everything from receiving the event to
 * React having committed the DOM: JSON parse, zod validation, the identity-preserving merge,
 * setQueryData, the page's filtering/sorting/counting and the re-render.
 *
 * Re-renders are counted by wrapping the render functions of the memoised row and node
 * components, so a row that React skips is not counted.
 */
import { notifyManager, QueryClient, QueryClientProvider, useQuery } from '@tanstack/react-query';
import { memo, type FunctionComponent } from 'react';
import { createRoot } from 'react-dom/client';
import { flushSync } from 'react-dom';
import { createMemoryRouter, RouterProvider } from 'react-router';
import type { ConnectorReport } from '../src/egeria/model';
import type { PlatformInfo } from '../src/egeria/platform-info';
import {
  SnapshotEventSchema,
  type ChangesEvent,
  type FeedGroup,
  type SnapshotEvent,
} from '../src/egeria/status-feed-protocol';
import type { DaemonStatus } from '../src/egeria/model';
import { daemonKeys } from '../src/lib/query-keys';
import { applySnapshot } from '../src/features/platforms/daemon-status-apply';
import { DaemonView } from '../src/features/monitor/daemon-view';
import { ReportRow } from '../src/features/monitor/report-row';
import { createBackendRegistry } from '../src/features/platforms/backend-registry';
import { daemonFeedsOf } from '../src/features/platforms/daemon-feeds';
import {
  BackendRegistryProvider,
  PlatformProvider,
  usePlatform,
} from '../src/features/platforms/platform-context';
import { daemonStatusQueryOptions } from '../src/features/platforms/platform-queries';

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

/** A stand-in for the graph's connector node: memoised, its report by prop. */
const StatusNode = memo(function StatusNode({ report }: { report: ConnectorReport }) {
  return (
    <span data-status={report.status} title={report.failingExceptionMessage}>
      {report.connectorName}
    </span>
  );
});

function NodeLayer() {
  const scope = usePlatform();
  const status = useQuery(daemonStatusQueryOptions(scope, DAEMON));
  return (
    <div hidden>
      {status.data?.connectors.map((report) => (
        <StatusNode key={`${report.groupName}\u0000${report.connectorName}`} report={report} />
      ))}
    </div>
  );
}

// ------------------------------------------------------------------------------ the estate

const STATUSES = ['RUNNING', 'RUNNING', 'RUNNING', 'RUNNING', 'WAITING', 'REFRESHING', 'FAILED'];

function makeReport(i: number, groups: number, variant = 0): ConnectorReport {
  const status = STATUSES[(i + variant) % STATUSES.length] ?? 'RUNNING';
  return {
    connectorName: `Connector${String(i).padStart(4, '0')}`,
    connectorGuid: `guid-${i}`,
    groupName: `Synthetic:IntegrationGroup:${i % groups}`,
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
    connectorProviderClassName:
      'org.odpi.openmetadata.adapters.connectors.integration.basicfiles.DataFilesMonitorIntegrationProvider',
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

export interface ScenarioResult {
  scenario: string;
  description: string;
  reportsInEvent: number;
  changedReports: number;
  runs: number;
  medianMs: number;
  p95Ms: number;
  /** Median per connector of the daemon (2,000), in microseconds. */
  medianUsPerConnector: number;
  rowsRendered: number;
  nodesRendered: number;
}

export interface BenchOptions {
  connectors: number;
  groups: number;
  runs: number;
  rowsPerPage: number;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}
function p95(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * 0.95))] ?? 0;
}
const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function run(options: BenchOptions) {
  // Query notifications run at once (instead of on the next macrotask) so one flushSync holds
  // the whole update and the timing stops when React has committed.
  notifyManager.setScheduler((callback) => callback());
  probe(ReportRow, 'rows');
  probe(StatusNode, 'nodes');

  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  const feeds = daemonFeedsOf(queryClient, {
    createEventSource: (url) => new InPageEventSource(url) as unknown as EventSource,
  });
  feeds.start();
  const groups: FeedGroup[] = Array.from({ length: options.groups }, (_, g) => ({
    name: `Synthetic:IntegrationGroup:${g}`,
    status: 'RUNNING',
  }));
  let seq = 0;
  const snapshotText = (reports: ConnectorReport[]) => {
    const now = Date.now();
    const event: SnapshotEvent = {
      seq: ++seq,
      serverTime: now,
      polledAt: now,
      pollMs: 5000,
      groups,
      reports,
    };
    return JSON.stringify(event);
  };
  const changesText = (upserted: ConnectorReport[]) => {
    const now = Date.now();
    const event: ChangesEvent = {
      seq: ++seq,
      serverTime: now,
      polledAt: now,
      upserted,
      removed: [],
    };
    return JSON.stringify(event);
  };

  const base = Array.from({ length: options.connectors }, (_, i) => makeReport(i, options.groups));
  // Sorted by name, so the connector that changes stays on the first page.
  const router = createMemoryRouter(
    [
      {
        path: '*',
        element: (
          <>
            <DaemonView daemon={DAEMON} rowsPerPage={options.rowsPerPage} />
            <NodeLayer />
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
  const opened = InPageEventSource.current;
  if (!opened) throw new Error('the daemon view did not open the status feed');
  const source: InPageEventSource = opened;

  // First snapshot: the view's first full render.
  const firstStart = performance.now();
  flushSync(() => source.deliver('snapshot', snapshotText(base)));
  const firstSnapshotMs = performance.now() - firstStart;
  const mountedRows = document.querySelectorAll('tbody tr[data-connector]').length;
  await wait(50);

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
    let rows = 0;
    let nodes = 0;
    let changed = 0;
    let size = 0;
    for (let iteration = 0; iteration < options.runs; iteration++) {
      const step = next(iteration);
      renders.rows = 0;
      renders.nodes = 0;
      const start = performance.now();
      flushSync(() => source.deliver(step.event, step.text));
      times.push(performance.now() - start);
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
      medianMs: Math.round(medianMs * 1000) / 1000,
      p95Ms: Math.round(p95(times) * 1000) / 1000,
      medianUsPerConnector: Math.round(((medianMs * 1000) / options.connectors) * 100) / 100,
      rowsRendered: rows,
      nodesRendered: nodes,
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
  const round = (ms: number) => Math.round(ms * 1000) / 1000;
  const breakdown = {
    scenario: 'snapshot-2000-1-changed',
    jsonParseMs: round(median(parse)),
    zodValidateMs: round(median(validate)),
    identityMergeMs: round(median(merge)),
    note: 'the rest of the scenario’s time is setQueryData, the page’s derived data and React’s render and commit',
  };

  root.unmount();
  feeds.stop();
  return {
    connectors: options.connectors,
    groups: options.groups,
    rowsPerPage: options.rowsPerPage,
    rowsMounted: mountedRows,
    nodesMounted: options.connectors,
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
