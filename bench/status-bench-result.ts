/**
 * What bench/status-bench-page.tsx measures and bench/status-bench.ts reads back from the browser:
 * one shape for both sides, so a figure the page adds is a figure the runner can print.
 */
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
  /** Graph nodes (the graph's real node component) re-rendered, the most in one poll. */
  nodesRendered: number;
  /** The graph's share of the median poll: liveStatuses, the store's update, and both. */
  graphLiveStatusesMs: number;
  graphStoreMs: number;
  graphMs: number;
}

export interface BenchOptions {
  connectors: number;
  groups: number;
  runs: number;
  rowsPerPage: number;
}
