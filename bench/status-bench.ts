/**
 * `npm run bench:status`: the main-thread cost of applying one status poll of a 2,000-connector
 * daemon in the browser, to the daemon view and to the graph of the daemon's groups at once, and
 * how many rows and graph nodes re-render. Bundles bench/status-bench-page.tsx (the real daemon
 * view and feed client; the real graph model, status bridge, store and node components in React
 * Flow; React in production mode) with esbuild, runs it in headless Chromium and prints the
 * figures as JSON. Each scenario gives the whole poll (medianMs, medianUsPerConnector) and the
 * graph's share of it (graphLiveStatusesMs + graphStoreMs = graphMs); nodesRendered counts the
 * graph's node component.
 *
 * It runs twice: with the console's page size (100 rows mounted; the headline) and with every row
 * mounted (the worst case for rendering). Environment: BENCH_CONNECTORS (2000), BENCH_GROUPS (20),
 * BENCH_RUNS (30), BENCH_ROWS_PER_PAGE (100), CHROMIUM (/usr/bin/chromium). BENCH_PROFILE=1 adds
 * the functions with the most self time (CPU profile of an unminified bundle) to find hot spots.
 */
import { cpus, loadavg } from 'node:os';
import { build } from 'esbuild';
import { chromium } from '@playwright/test';
import type { ScenarioResult } from './status-bench-result';

interface PageResult {
  scenarios: ScenarioResult[];
  [key: string]: unknown;
}
type BenchWindow = { runStatusBench: (options: unknown) => Promise<PageResult> };

const TARGET_US_PER_CONNECTOR = 10;
const TARGET_TOTAL_MS = 20;

function envInt(name: string, fallback: number): number {
  const value = process.env[name];
  return value && /^\d+$/.test(value) ? Number(value) : fallback;
}

interface CpuProfile {
  nodes: { id: number; callFrame: { functionName: string; url: string; lineNumber: number } }[];
  samples?: number[];
  timeDeltas?: number[];
}

/** The functions with the most self time in a CPU profile, in ms. */
function hotFunctions(profile: CpuProfile): { fn: string; selfMs: number }[] {
  const byNode = new Map(profile.nodes.map((n) => [n.id, n]));
  const self = new Map<string, number>();
  (profile.samples ?? []).forEach((id, i) => {
    const frame = byNode.get(id)?.callFrame;
    const name = frame ? `${frame.functionName || '(anonymous)'}:${frame.lineNumber}` : '?';
    self.set(name, (self.get(name) ?? 0) + (profile.timeDeltas?.[i] ?? 0) / 1000);
  });
  return [...self.entries()]
    .sort((a, b) => b[1] - a[1])
    .slice(0, 25)
    .map(([fn, ms]) => ({ fn, selfMs: Math.round(ms) }));
}

async function main(): Promise<void> {
  const options = {
    connectors: envInt('BENCH_CONNECTORS', 2000),
    groups: envInt('BENCH_GROUPS', 20),
    runs: envInt('BENCH_RUNS', 30),
  };
  // The console's own page size, and every row mounted (the worst case for rendering).
  const pageSizes = [envInt('BENCH_ROWS_PER_PAGE', 100), options.connectors];
  const bundle = await build({
    entryPoints: ['bench/status-bench-page.tsx'],
    bundle: true,
    write: false,
    format: 'iife',
    platform: 'browser',
    target: 'es2022',
    minify: process.env['BENCH_PROFILE'] !== '1',
    jsx: 'automatic',
    // The graph's stylesheets (some imported by its lazy link controller) are not part of this
    // measurement: style recalculation is outside the main-thread cost of applying a poll.
    loader: { '.css': 'empty' },
    define: { 'process.env.NODE_ENV': '"production"' },
    logLevel: 'warning',
  });
  const script = bundle.outputFiles[0]?.text;
  if (!script) throw new Error('esbuild produced no bundle');

  const browser = await chromium.launch({
    executablePath: process.env['CHROMIUM'] ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu'],
  });
  try {
    const runs: PageResult[] = [];
    for (const rowsPerPage of pageSizes) {
      // A fresh page per run, so one run's garbage and caches do not weigh on the next.
      const page = await browser.newPage();
      const errors: string[] = [];
      page.on('pageerror', (error) => errors.push(error.message));
      page.on('console', (message) => {
        if (message.type() === 'error') errors.push(message.text());
      });
      await page.setContent('<!doctype html><html><body><div id="root"></div></body></html>');
      await page.addScriptTag({ content: script });
      const profiler =
        process.env['BENCH_PROFILE'] === '1' ? await page.context().newCDPSession(page) : undefined;
      if (profiler) {
        await profiler.send('Profiler.enable');
        await profiler.send('Profiler.start');
      }
      const result = await page.evaluate(
        (o) => (globalThis as unknown as BenchWindow).runStatusBench(o),
        { ...options, rowsPerPage },
      );
      if (profiler)
        result['hotFunctions'] = hotFunctions((await profiler.send('Profiler.stop')).profile);
      if (errors.length > 0) throw new Error(`the bench page failed: ${errors.join('; ')}`);
      runs.push(result);
      await page.close();
    }
    const figures = (scenario: string) => {
      const found = runs[0]?.scenarios.find((s) => s.scenario === scenario);
      return (
        found && {
          scenario,
          rowsPerPage: pageSizes[0],
          medianMs: found.medianMs,
          medianUsPerConnector: found.medianUsPerConnector,
          rowsRendered: found.rowsRendered,
          nodesRendered: found.nodesRendered,
          graphLiveStatusesMs: found.graphLiveStatusesMs,
          graphStoreMs: found.graphStoreMs,
          graphMs: found.graphMs,
          meetsTarget:
            found.medianUsPerConnector <= TARGET_US_PER_CONNECTOR &&
            found.medianMs <= TARGET_TOTAL_MS,
        }
      );
    };
    const report = {
      benchmark: 'status feed: apply one daemon poll in the browser (daemon view and graph)',
      chromium: browser.version(),
      // Figures are wall-clock on a shared machine: say how busy it was.
      machine: { cpus: cpus().length, loadAverage1m: Math.round((loadavg()[0] ?? 0) * 100) / 100 },
      target: { usPerConnector: TARGET_US_PER_CONNECTOR, totalMs: TARGET_TOTAL_MS },
      headline: {
        // What a poll of the 2,000-connector daemon sends when 1 report changed (every poll).
        steadyPoll: figures('changes-1'),
        // All 2,000 reports applied at once (on connecting, and after the data was stale).
        wholeDaemon: figures('snapshot-2000-1-changed'),
      },
      runs,
    };
    console.log(JSON.stringify(report, null, 2));
  } finally {
    await browser.close();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
