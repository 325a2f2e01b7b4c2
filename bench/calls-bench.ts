/**
 * `npm run bench:calls`: what each main screen costs the Egeria platform. Opens the groups list, a
 * group page, its graph, the daemon's graph, the daemon view, a connector page and an asset-palette
 * search in headless Chromium against the built console, and counts the upstream Egeria calls and
 * bytes each makes (from the console server's one log line per call) and the time until it is
 * usable.
 *
 * Default: the sandbox in both dialects with 50 and 500 connectors, each call delayed by
 * BENCH_LATENCY_MS (80, as a loaded real platform answers). `--real`: the real platforms named by
 * EGERIA_REAL_* (e2e/real/real-platforms.ts) instead, on a group they hold (BENCH_REAL_GROUP,
 * default Egeria:IntegrationGroup:Files). Goals (issue 18): at most 4 calls per screen whatever
 * the number of connectors; usable in 1 s at 80 ms per call with 500 connectors, the group page
 * with 50 in 600 ms. Prints a table and, last, the figures as JSON.
 */
import { cpus, loadavg } from 'node:os';
import { chromium, type Browser, type Locator, type Page } from '@playwright/test';
import { startConsole, type ConsoleProcess } from '../e2e/fixtures/console-process';
import {
  realPlatformsFromEnv,
  writeConsoleConfig,
  type RealPlatform,
} from '../e2e/real/real-platforms';
import { pageNow, shownAt, SHOWN_AT_SCRIPT } from './shown-at';

const LATENCY_MS = Number(process.env['BENCH_LATENCY_MS'] ?? 80);
const SIZES = (process.env['BENCH_SIZES'] ?? '50,500').split(',').map(Number);
const REAL = process.argv.includes('--real');
/** `--list`: also print each screen's calls, `METHOD /path` with its size and time. */
const LIST = process.argv.includes('--list');
const DIALECTS = (process.env['BENCH_DIALECTS'] ?? 'v5,v6').split(',') as ('v5' | 'v6')[];
const SYNTHETIC_GROUP = 'Synthetic:IntegrationGroup:Large';
const DAEMON = 'integration-daemon';

interface Target {
  label: string;
  platformId: string;
  group: string;
  connector: string;
  /** The connector's name in the group (its registration's connectorName). */
  connectorName: string;
  /** The connector page's heading: the connector element's own name. */
  connectorHeading: string;
  paletteSearch: string;
  daemon: string;
  signIn?: { userId: string; password: string };
}

interface Figure {
  target: string;
  screen: string;
  /** The calls the screen made to open: every call but those in `periodic`. */
  calls: number;
  /**
   * Calls that fell in the screen's time but do not come from opening it: the status feed's
   * polls after its first (every 5 s, whoever watches) and the header's health check.
   */
  periodic: number;
  bytes: number;
  /** null: the screen never became usable. */
  usableMs: number | null;
}

interface Screen {
  name: string;
  path: (t: Target) => string;
  /** What shows once a user can use the screen. */
  usable: (page: Page, t: Target) => Locator;
  /**
   * For screens measured after an action on an open page (the palette search): does it, and
   * gives what shows once its answer is in.
   */
  act?: (page: Page, t: Target) => Promise<Locator>;
}

const enc = encodeURIComponent;
const visible = { state: 'visible' as const, timeout: 120_000 };

const SCREENS: Screen[] = [
  {
    name: 'groups list',
    path: (t) => `/p/${t.platformId}/groups`,
    usable: (page, t) => page.getByRole('link', { name: t.group, exact: true }),
  },
  {
    name: 'group page',
    path: (t) => `/p/${t.platformId}/groups/${enc(t.group)}`,
    usable: (page, t) =>
      page
        .getByRole('region', { name: /Registered connectors/ })
        .getByRole('rowheader', { name: t.connectorName, exact: true }),
  },
  {
    name: 'group graph',
    path: (t) => `/p/${t.platformId}/groups/${enc(t.group)}/graph`,
    usable: (page) => page.getByText(/ connectors? · .* nodes? · .* relationships?/),
  },
  {
    name: 'daemon graph',
    path: (t) => `/p/${t.platformId}/daemons/${enc(t.daemon)}/graph`,
    usable: (page) => page.getByText(/ connectors? · .* nodes? · .* relationships?/),
  },
  {
    name: 'daemon view',
    path: (t) => `/p/${t.platformId}/daemons/${enc(t.daemon)}`,
    usable: (page) =>
      page
        .getByRole('table', { name: /^Connector reports of/ })
        .getByRole('row')
        .nth(1),
  },
  {
    name: 'connector page',
    path: (t) => `/p/${t.platformId}/connectors/${enc(t.connector)}`,
    usable: (page, t) =>
      page.getByRole('heading', { level: 1, name: t.connectorHeading, exact: true }),
  },
  {
    name: 'palette search',
    path: (t) => `/p/${t.platformId}/groups/${enc(t.group)}/graph?palette=1`,
    usable: (page) => page.getByRole('complementary', { name: 'Asset palette' }),
    act: async (page, t) => {
      const palette = page.getByRole('complementary', { name: 'Asset palette' });
      // Egeria matches the text in any property (a description too), and the palette leaves out
      // what a catalog target cannot point at, so the shown names need not contain it and the
      // list may be empty: the search is usable once its answer is shown, results or none.
      const answered = page.waitForResponse((r) => r.url().endsWith('/element.search'), {
        timeout: 120_000,
      });
      await palette.getByRole('searchbox', { name: 'Search elements' }).fill(t.paletteSearch);
      await answered;
      return palette
        .getByRole('status')
        .filter({ hasText: /^(No element matches\.|Elements [\d,]+–[\d,]+)$/ });
    },
  },
];

interface CallLine {
  msg?: string;
  upstream?: string;
  bytes?: number;
  ms?: number;
}

/** Sorts out the calls of a screen that are not its own (see Figure.periodic). */
function periodicCalls() {
  let statusReads = 0;
  return (call: CallLine) => {
    const path = call.upstream ?? '';
    if (path.endsWith('/server-platform/origin')) return true;
    if (/\/integration-daemon\/(users\/[^/]+\/)?status$/.test(path)) return ++statusReads > 1;
    return false;
  };
}

/** Counts the console's `egeria call` log lines as they are printed. */
function callCounter() {
  const calls: CallLine[] = [];
  return {
    onLine(line: string) {
      if (!line.startsWith('{')) return;
      try {
        const record = JSON.parse(line) as CallLine;
        if (record.msg === 'egeria call') calls.push(record);
      } catch {
        // not a log record
      }
    },
    mark: () => calls.length,
    since: (mark: number) => calls.slice(mark),
  };
}

async function quiet(page: Page) {
  await page.waitForLoadState('networkidle').catch(() => undefined);
  // The console server logs a call just after answering it.
  await page.waitForTimeout(150);
}

async function measure(
  browser: Browser,
  app: ConsoleProcess,
  counter: ReturnType<typeof callCounter>,
  target: Target,
): Promise<Figure[]> {
  const context = await browser.newContext({
    baseURL: app.url,
    viewport: { width: 1600, height: 1000 },
  });
  if (target.signIn) {
    const r = await context.request.post(`/api/session/${target.platformId}`, {
      headers: { 'x-egeria-console': '1' },
      data: target.signIn,
    });
    if (!r.ok()) throw new Error(`sign-in to ${target.platformId} failed: HTTP ${r.status()}`);
  }
  // Warm the browser's cache of the console's own files, so screens are measured, not downloads.
  await context.addInitScript({ content: SHOWN_AT_SCRIPT });
  const warm = await context.newPage();
  await warm.goto(`/p/${target.platformId}/groups`);
  await warm.getByRole('heading', { level: 1 }).waitFor(visible);
  await quiet(warm);
  await warm.close();

  const figures: Figure[] = [];
  for (const screen of SCREENS) {
    const page = await context.newPage();
    let mark = counter.mark();
    let usableMs: number | null = null;
    try {
      await page.goto(screen.path(target));
      const shown = screen.usable(page, target);
      await shown.waitFor(visible);
      // Page time starts at the navigation.
      usableMs = await shownAt(shown);
      if (screen.act) {
        await quiet(page);
        mark = counter.mark();
        const started = await pageNow(page);
        const answer = await screen.act(page, target);
        await answer.waitFor(visible);
        usableMs = Math.round((await shownAt(answer)) - started);
      }
    } catch (error) {
      // A real platform may not hold what a screen needs (5.3's store starts empty).
      console.error(
        `${target.label}, ${screen.name}: not usable: ${(error as Error).message.split('\n')[0]}`,
      );
    }
    await quiet(page);
    const calls = counter.since(mark);
    const isPeriodic = periodicCalls();
    const periodic = calls.filter(isPeriodic).length;
    figures.push({
      target: target.label,
      screen: screen.name,
      calls: calls.length - periodic,
      periodic,
      bytes: calls.reduce((a, c) => a + (c.bytes ?? 0), 0),
      usableMs,
    });
    if (LIST)
      console.log(
        [`${target.label}, ${screen.name}:`]
          .concat(
            calls.map((c) => `  ${c.upstream} ${((c.bytes ?? 0) / 1024).toFixed(1)} kB ${c.ms} ms`),
          )
          .join('\n'),
      );
    await page.close();
  }
  await context.close();
  return figures;
}

function realTarget(platform: RealPlatform): Target {
  const group = process.env['BENCH_REAL_GROUP'] ?? 'Egeria:IntegrationGroup:Files';
  return {
    label: `real ${platform.release}`,
    platformId: platform.id,
    group,
    connector:
      process.env['BENCH_REAL_CONNECTOR'] ??
      'Egeria:IntegrationGroup:Files::GeneralFilesMonitorIntegrationConnector',
    connectorName: process.env['BENCH_REAL_CONNECTOR_NAME'] ?? 'FilesCataloguer',
    connectorHeading:
      process.env['BENCH_REAL_CONNECTOR_HEADING'] ?? 'GeneralFilesMonitorIntegrationConnector',
    paletteSearch: process.env['BENCH_REAL_SEARCH'] ?? 'secrets',
    daemon: platform.daemon,
    ...(platform.password
      ? { signIn: { userId: platform.userId, password: platform.password } }
      : {}),
  };
}

async function main() {
  const browser = await chromium.launch({
    executablePath: process.env['CHROMIUM'] ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu'],
  });
  const figures: Figure[] = [];
  try {
    if (REAL) {
      for (const platform of realPlatformsFromEnv()) {
        const counter = callCounter();
        const app = await startConsole({
          sandbox: false,
          env: { CONSOLE_CONFIG: writeConsoleConfig([platform]), LOG_LEVEL: 'info' },
          onLine: counter.onLine,
        });
        try {
          figures.push(...(await measure(browser, app, counter, realTarget(platform))));
        } finally {
          await app.stop();
        }
      }
    } else {
      for (const dialect of DIALECTS)
        for (const size of SIZES) {
          const counter = callCounter();
          const app = await startConsole({
            connectors: size,
            env: {
              SANDBOX_DIALECT: dialect,
              SANDBOX_LATENCY_MS: String(LATENCY_MS),
              LOG_LEVEL: 'info',
            },
            onLine: counter.onLine,
          });
          const target: Target = {
            label: `sandbox ${dialect === 'v5' ? '5.3' : '6.x'}, ${size} connectors`,
            platformId: 'sandbox',
            group: SYNTHETIC_GROUP,
            connector: `${SYNTHETIC_GROUP}:Connector-0001`,
            connectorName: 'SyntheticConnector-0001',
            connectorHeading: 'SyntheticConnector-0001',
            paletteSearch: 'DeployedAPI 4-3',
            daemon: DAEMON,
            ...(dialect === 'v6' ? { signIn: { userId: 'garygeeke', password: 'secret' } } : {}),
          };
          try {
            figures.push(...(await measure(browser, app, counter, target)));
          } finally {
            await app.stop();
          }
        }
    }
  } finally {
    await browser.close();
  }

  const machine = `${cpus().length} × ${cpus()[0]?.model.trim() ?? 'CPU'}, load ${loadavg()
    .map((l) => l.toFixed(1))
    .join(' ')}`;
  console.log(
    REAL
      ? `Real platforms (${machine})`
      : `Sandbox with ${LATENCY_MS} ms per Egeria call (${machine})`,
  );
  console.log('target | screen | calls (+ periodic) | kB | usable ms');
  for (const f of figures)
    console.log(
      `${f.target} | ${f.screen} | ${f.calls}${f.periodic ? ` (+${f.periodic})` : ''} | ${(f.bytes / 1024).toFixed(1)} | ${f.usableMs ?? 'not usable'}`,
    );
  console.log(JSON.stringify({ latencyMs: REAL ? null : LATENCY_MS, machine, figures }));
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
