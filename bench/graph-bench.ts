/**
 * `npm run bench:graph`: how the integration-group graph performs on a synthetic estate of one
 * group with 2,000 connectors (each with a connection, a shared connector type, an endpoint and
 * one to three catalog targets), in headless Chromium, against the built console and its sandbox.
 * Prints the figures as JSON: each run, the median of the runs, the budgets, and the same
 * measurements of a plain React Flow rendering of the same data for comparison.
 *
 *   npm run bench:graph                   3 runs (builds first when the sources are newer)
 *   npm run bench:graph -- --runs 5 --no-naive
 *   npm run bench:graph -- --connectors 5000 --groups 20 --no-naive    issue 18's 5,000 case
 *   … --sandbox-apart     the sandbox in its own process, off the console server's thread
 *
 * What each figure is:
 * - paintMs: from clicking "Graph" on the group page, with every registration and catalog target
 *   already in the query cache, to the first frame after visible nodes are on screen.
 * - layoutMs: the app's own `graph:layout` performance measure; `deterministic` says whether the
 *   layout fingerprint (a hash of every position) was the same in every run.
 * - panZoom1 / panFit: frame times (requestAnimationFrame intervals) during a 60-step mouse drag
 *   at the opening zoom (1) and at fit view with every node visible: p95 and max, in ms.
 * - heapMb: JS heap in use after a forced garbage collection, with the graph open (opening view,
 *   and after fit view).
 * - bundle: scripts/check-bundle.mjs (gzip kB of the entry + first route, and of the graph route).
 * - cold: in a fresh browser context (nothing cached), each screen opened by its address: the
 *   groups list and the group page until their first row shows; the graph until visible nodes
 *   are painted (usableMs), until every catalog target has come (targetsMs), and its heap then.
 */
import { chromium, type Browser, type Locator, type Page } from '@playwright/test';
import { execFileSync, spawnSync } from 'node:child_process';
import config from '../playwright.config';
import { startConsole } from '../e2e/fixtures/console-process';
import { startSandboxApart } from './sandbox-apart';
import { shownAt, SHOWN_AT_SCRIPT } from './shown-at';

/*
 * The browser globals the in-page functions below use, declared for this module only: the Node
 * type-check project keeps DOM types out on purpose.
 */
interface PageElement {
  getBoundingClientRect(): { left: number; right: number; top: number; bottom: number };
  textContent: string | null;
  click(): void;
}
declare const document: {
  querySelector(selector: string): PageElement | null;
  querySelectorAll(selector: string): Iterable<PageElement>;
};
declare function getComputedStyle(element: PageElement): { visibility: string };
declare function requestAnimationFrame(callback: (time: number) => void): number;
declare const window: { __frames: number[]; __sampling: boolean; __visibleNode(): boolean };
declare const sessionStorage: { setItem(key: string, value: string): void };

const args = process.argv.slice(2);
const option = (name: string) => {
  const at = args.indexOf(name);
  return at < 0 ? undefined : Number(args[at + 1]);
};
const CONNECTORS = option('--connectors') || 2000;
/** Groups besides the large one hold ten connectors each (the synthetic estate's rule). */
const GROUPS = option('--groups') || 1;
const SANDBOX_APART = args.includes('--sandbox-apart');
const GROUP = 'Synthetic:IntegrationGroup:Large';
// Playwright's default viewport, as the browser specs use.
const VIEWPORT = { width: 1280, height: 720 };
const BUDGETS = {
  paintMs: 1500,
  layoutMs: 50,
  panZoom1P95Ms: 33,
  panZoom1MaxMs: 50,
  panFitP95Ms: 50,
  heapMb: 100,
};
const PERF_KEY = 'egeria-console:graph-perf';

const runs = Number(args[args.indexOf('--runs') + 1]) || 3;
const withNaive = !args.includes('--no-naive');

/** Builds the console when its sources changed since the last build (its messages on stderr). */
function buildIfNeeded(): void {
  execFileSync(process.execPath, ['scripts/build-if-changed.mjs'], {
    stdio: ['ignore', process.stderr, process.stderr],
  });
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  const at = (i: number) => sorted[i] ?? NaN;
  return sorted.length % 2 ? at(mid) : (at(mid - 1) + at(mid)) / 2;
};
const round = (value: number) => Math.round(value * 10) / 10;
const percentile = (values: number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? 0;
};

/** Clicks the group page's "Graph" link and times it until visible nodes have been painted. */
async function timeGraphPaint(page: Page): Promise<number> {
  return page.evaluate(
    () =>
      new Promise<number>((resolve, reject) => {
        const link = [...document.querySelectorAll('a')].find((a) => a.textContent === 'Graph');
        if (!link) return reject(new Error('no Graph link on the group page'));
        const start = performance.now();
        link.click();
        const poll = () => {
          if (!window.__visibleNode()) return void requestAnimationFrame(poll);
          // The frame that draws them: a task queued from rAF runs after that frame is produced.
          requestAnimationFrame(() => setTimeout(() => resolve(performance.now() - start)));
        };
        requestAnimationFrame(poll);
        setTimeout(() => reject(new Error('no visible node within 60 s')), 60_000);
      }),
  );
}

/** Drags the canvas in 60 steps and returns the requestAnimationFrame intervals meanwhile. */
async function timePan(page: Page): Promise<{ p95: number; max: number; frames: number }> {
  const box = await page.locator('.react-flow__pane').boundingBox();
  if (!box) throw new Error('no canvas to drag');
  // Left of the minimap (bottom right), which would move the view by jumps instead.
  const x = box.x + box.width * 0.6;
  const y = box.y + box.height * 0.6;
  await page.evaluate(() => {
    window.__frames = [];
    window.__sampling = true;
    const tick = (t: number) => {
      window.__frames.push(t);
      if (window.__sampling) requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  });
  await page.mouse.move(x, y);
  await page.mouse.down();
  for (let step = 1; step <= 60; step++) await page.mouse.move(x - step * 8, y - step * 4);
  await page.mouse.up();
  const frames = await page.evaluate(async () => {
    await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
    window.__sampling = false;
    return window.__frames;
  });
  const deltas = frames.slice(1).map((t, i) => t - (frames[i] ?? t));
  return {
    p95: round(percentile(deltas, 95)),
    max: round(Math.max(...deltas)),
    frames: deltas.length,
  };
}

async function heapMb(page: Page): Promise<number> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  await cdp.detach();
  return round(usedSize / 1024 / 1024);
}

async function waitForTargets(page: Page): Promise<void> {
  // The summary line says "more registered connectors loading" until every registration has
  // come, then "catalog targets loaded for n of m connectors…" until all of those have.
  await page.getByText(/connectors · .* relationships/).waitFor();
  await page.waitForFunction(
    () => !/loaded for|connectors loading/.test(document.querySelector('main')?.textContent ?? ''),
    undefined,
    { timeout: 300_000, polling: 500 },
  );
}

async function settle(page: Page, ms = 1500): Promise<void> {
  await page.waitForTimeout(ms);
  await page.evaluate(
    () => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))),
  );
}

interface RunResult {
  paintMs: number;
  layoutMs: number;
  fingerprint: string;
  nodes: number;
  panZoom1: { p95: number; max: number; frames: number };
  panFit: { p95: number; max: number; frames: number };
  heapMb: number;
  heapFitMb: number;
}

async function openPage(browser: Browser, base: string): Promise<Page> {
  const context = await browser.newContext({ viewport: VIEWPORT });
  await context.addInitScript({ content: PAGE_HELPERS });
  await context.addInitScript((key) => sessionStorage.setItem(key, '1'), PERF_KEY);
  const page = await context.newPage();
  page.on('pageerror', (error) => console.error('bench: page error:', error.message));
  await page.goto(`${base}/p/sandbox/groups/${encodeURIComponent(GROUP)}`);
  await page.getByRole('heading', { level: 1 }).waitFor();
  // Warm the cache: open the graph once and let every catalog target arrive.
  await page.getByRole('link', { name: 'Graph', exact: true }).click();
  await waitForTargets(page);
  await backToGroup(page);
  return page;
}

async function backToGroup(page: Page): Promise<void> {
  await page.getByRole('navigation', { name: 'Breadcrumb' }).getByRole('link').nth(1).click();
  await page.getByRole('link', { name: 'Graph', exact: true }).waitFor();
  await settle(page);
}

async function measureRun(page: Page): Promise<RunResult> {
  await page.evaluate(() => performance.clearMeasures('graph:layout'));
  const paintMs = round(await timeGraphPaint(page));
  await settle(page);
  const layout = await page.evaluate(() => {
    const entry = performance.getEntriesByName('graph:layout').at(-1) as
      { duration: number; detail?: { fingerprint?: string; nodes?: number } } | undefined;
    return {
      ms: entry?.duration ?? NaN,
      fingerprint: entry?.detail?.fingerprint ?? '',
      nodes: entry?.detail?.nodes ?? 0,
    };
  });
  const heap = await heapMb(page);
  const panZoom1 = await timePan(page);
  await page.getByRole('button', { name: 'Fit view' }).click();
  await settle(page, 4000);
  const panFit = await timePan(page);
  await settle(page);
  const heapFit = await heapMb(page);
  return {
    paintMs,
    layoutMs: round(layout.ms),
    fingerprint: layout.fingerprint,
    nodes: layout.nodes,
    panZoom1,
    panFit,
    heapMb: heap,
    heapFitMb: heapFit,
  };
}

interface ColdResult {
  groupsMs: number;
  groupPageMs: number;
  graphUsableMs: number;
  targetsMs: number;
  heapMb: number;
}

/** True once a node is drawn inside the canvas; put in every page as `__visibleNode`. */
function visibleNodeInPage(): boolean {
  const canvas = document.querySelector('.react-flow');
  if (!canvas) return false;
  const box = canvas.getBoundingClientRect();
  for (const node of document.querySelectorAll('.react-flow__node')) {
    if (getComputedStyle(node).visibility !== 'visible') continue;
    const r = node.getBoundingClientRect();
    if (r.right > box.left && r.left < box.right && r.bottom > box.top && r.top < box.bottom)
      return true;
  }
  return false;
}

/**
 * tsx compiles with esbuild's keepNames, which wraps the functions handed to page.evaluate in
 * calls to a `__name` helper that exists only in Node; and the node check both timings use.
 */
const PAGE_HELPERS = `globalThis.__name = (f) => f; globalThis.__visibleNode = ${visibleNodeInPage.toString()};`;

/** Each screen opened by its address in a fresh context: nothing is cached. */
async function measureCold(browser: Browser, base: string): Promise<ColdResult> {
  const context = await browser.newContext({ viewport: VIEWPORT });
  await context.addInitScript({ content: PAGE_HELPERS });
  await context.addInitScript({ content: SHOWN_AT_SCRIPT });
  const page = await context.newPage();
  /** Opens a screen and gives the page time (0 at the navigation) of the frame that showed `shown`. */
  const timed = async (path: string, shown: Locator) => {
    await page.goto(path);
    await shown.waitFor(visible);
    return shownAt(shown);
  };
  const visible = { state: 'visible' as const, timeout: 300_000 };
  try {
    const groupPath = `${base}/p/sandbox/groups/${encodeURIComponent(GROUP)}`;
    const groupsMs = await timed(
      `${base}/p/sandbox/groups`,
      page.getByRole('link', { name: GROUP, exact: true }),
    );
    const groupPageMs = await timed(
      groupPath,
      page
        .getByRole('region', { name: /Registered connectors/ })
        .getByRole('rowheader')
        .first(),
    );
    const start = performance.now();
    await page.goto(`${groupPath}/graph`);
    await page.waitForFunction(() => window.__visibleNode(), undefined, {
      timeout: 300_000,
      polling: 'raf',
    });
    const graphUsableMs = Math.round(performance.now() - start);
    await waitForTargets(page);
    // The summary's last change is the last target's arrival.
    const targetsMs = await shownAt(page.getByText(/connectors · .* relationships/));
    return { groupsMs, groupPageMs, graphUsableMs, targetsMs, heapMb: await heapMb(page) };
  } finally {
    await context.close();
  }
}

/**
 * The plain rendering of the same data in the same page (cache warm): time to visible nodes, and
 * a pan at its fit view (it opens fitted).
 */
async function measureNaive(page: Page) {
  await backToGroup(page);
  await page.evaluate((key) => sessionStorage.setItem(key, 'naive'), PERF_KEY);
  const paintMs = round(await timeGraphPaint(page));
  await settle(page, 4000);
  const heap = await heapMb(page);
  const panFit = await timePan(page);
  await page.evaluate((key) => sessionStorage.setItem(key, '1'), PERF_KEY);
  return { paintMs, panFit, heapMb: heap };
}

async function main(): Promise<void> {
  buildIfNeeded();
  // Over budget, the check exits 1 but still prints its figures; the bench reports them either way.
  const checked = spawnSync(process.execPath, ['scripts/check-bundle.mjs'], { encoding: 'utf8' });
  const bundle = JSON.parse(checked.stdout) as Record<string, number>;
  console.error(
    `bench: starting the console with ${CONNECTORS} synthetic connectors in ${GROUPS} group(s)…`,
  );
  const apart = SANDBOX_APART ? await startSandboxApart(CONNECTORS, GROUPS) : undefined;
  const app = await startConsole(
    apart
      ? { sandbox: false, env: apart.consoleEnv }
      : {
          connectors: CONNECTORS,
          ...(GROUPS > 1 ? { env: { SANDBOX_GROUPS: String(GROUPS) } } : {}),
        },
  );
  const launch = config.use?.launchOptions ?? {};
  const browser = await chromium.launch({ ...launch, headless: true });
  try {
    const results: RunResult[] = [];
    const naive = [];
    const cold: ColdResult[] = [];
    for (let run = 1; run <= runs; run++) {
      console.error(`bench: run ${run} of ${runs}…`);
      cold.push(await measureCold(browser, app.url));
      const page = await openPage(browser, app.url);
      try {
        results.push(await measureRun(page));
        if (withNaive) naive.push(await measureNaive(page));
      } finally {
        await page.context().close();
      }
    }
    const med = {
      paintMs: median(results.map((r) => r.paintMs)),
      layoutMs: median(results.map((r) => r.layoutMs)),
      panZoom1P95Ms: median(results.map((r) => r.panZoom1.p95)),
      panZoom1MaxMs: median(results.map((r) => r.panZoom1.max)),
      panFitP95Ms: median(results.map((r) => r.panFit.p95)),
      panFitMaxMs: median(results.map((r) => r.panFit.max)),
      heapMb: median(results.map((r) => r.heapMb)),
      heapFitMb: median(results.map((r) => r.heapFitMb)),
    };
    const naiveMedian = withNaive
      ? {
          paintMs: median(naive.map((r) => r.paintMs)),
          panFitP95Ms: median(naive.map((r) => r.panFit.p95)),
          panFitMaxMs: median(naive.map((r) => r.panFit.max)),
          heapMb: median(naive.map((r) => r.heapMb)),
        }
      : undefined;
    const within = {
      paint: med.paintMs <= BUDGETS.paintMs,
      layout: med.layoutMs <= BUDGETS.layoutMs,
      deterministic: new Set(results.map((r) => r.fingerprint)).size === 1,
      panZoom1:
        med.panZoom1P95Ms <= BUDGETS.panZoom1P95Ms && med.panZoom1MaxMs <= BUDGETS.panZoom1MaxMs,
      panFit: med.panFitP95Ms <= BUDGETS.panFitP95Ms,
      heap: Math.max(med.heapMb, med.heapFitMb) <= BUDGETS.heapMb,
      bundle:
        (bundle.initialKb ?? Infinity) <= (bundle.initialBudgetKb ?? 0) &&
        (bundle.graphRouteKb ?? 0) <= (bundle.graphRouteBudgetKb ?? Infinity),
    };
    console.log(
      JSON.stringify(
        {
          estate: {
            connectors: CONNECTORS,
            groups: GROUPS,
            group: GROUP,
            nodes: results[0]?.nodes,
          },
          cold: {
            median: {
              groupsMs: median(cold.map((c) => c.groupsMs)),
              groupPageMs: median(cold.map((c) => c.groupPageMs)),
              graphUsableMs: median(cold.map((c) => c.graphUsableMs)),
              targetsMs: median(cold.map((c) => c.targetsMs)),
              heapMb: median(cold.map((c) => c.heapMb)),
            },
            each: cold,
          },
          machine: { cpus: (await import('node:os')).cpus().length, viewport: VIEWPORT },
          runs: results.length,
          median: med,
          budgets: BUDGETS,
          within,
          bundle,
          naive: naiveMedian,
          ratioToNaive: naiveMedian
            ? {
                paint: round(naiveMedian.paintMs / med.paintMs),
                panFitP95: round(naiveMedian.panFitP95Ms / med.panFitP95Ms),
              }
            : undefined,
          each: results,
          naiveEach: withNaive ? naive : undefined,
        },
        null,
        2,
      ),
    );
  } finally {
    await browser.close();
    await app.stop();
    apart?.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
