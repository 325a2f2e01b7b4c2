/**
 * The fixture of the status feed's HTTP tests: a demo sandbox and a console server in front of it,
 * started before a file's tests and closed after them; the SSE clients a test opens are closed
 * after it, and the server is given a moment to see them go so the next test starts unwatched.
 */
import { afterAll, afterEach, beforeAll, expect } from 'vitest';
import { CONSOLE_REQUEST_HEADER } from '../../egeria/platform-info';
import { startSandbox, type SandboxHandle } from '../../sandbox/sandbox';
import { DEMO } from '../../sandbox/seed/demo-estate';
import { buildConsoleServer, type ConsolePlatform, type ConsoleServerOptions } from '../app';
import {
  openSse,
  pollEvents,
  pollSeqs,
  pollsDelivered,
  sandboxControl,
  type SseClient,
} from './sse-test-client';

export const POLL_MS = 300;
export const DAEMON = DEMO.daemons.integration;
/** The header the console's own pages send. */
export const fromConsole = { [CONSOLE_REQUEST_HEADER]: '1' };

type Dialect = 'v5' | 'v6';
/** What a test adds to the console server beyond the sandbox platform and the feed timing. */
type ServerExtras = Omit<ConsoleServerOptions, 'platforms' | 'feed'>;

/** The sandbox as the console server's only platform, spoken to in `dialect`. */
function sandboxPlatform(sandbox: SandboxHandle, dialect: Dialect): ConsolePlatform {
  return {
    id: 'sandbox',
    url: sandbox.url,
    dialect,
    userId: sandbox.userId,
    ...(dialect === 'v6'
      ? { viewServer: sandbox.viewServer }
      : { metadataServer: sandbox.metadataServer }),
    daemons: sandbox.daemons,
    tls: { insecure: false },
    timeoutMs: 5_000,
  };
}

/** A console server watching the sandbox's daemons, polling every POLL_MS. */
export function consoleFor(sandbox: SandboxHandle, dialect: Dialect, extras: ServerExtras = {}) {
  return buildConsoleServer({
    ...extras,
    platforms: [sandboxPlatform(sandbox, dialect)],
    feed: { pollMs: POLL_MS, heartbeatMs: 100 },
  });
}

export interface FeedOverHttp {
  readonly sandbox: SandboxHandle;
  /** The console server's URL. */
  readonly base: string;
  /** The SSE clients the running test opened, oldest first. */
  readonly clients: readonly SseClient[];
  /** The sandbox's control API (tests only). */
  control(method: string, path: string, body?: unknown): Promise<Record<string, unknown>>;
  /** The status calls that reached the sandbox since its counts were last reset. */
  statusCalls(): Promise<number>;
  /** Opens a feed, closed after the test. */
  open(headers?: Record<string, string>, daemon?: string): SseClient;
  /**
   * Watches clients of one feed for 8.5 poll intervals and checks that the feed made one status
   * call per interval and told every client of each.
   */
  expectOneCallPerInterval(clients: readonly SseClient[]): Promise<void>;
}

export function feedOverHttp(options: {
  dialect: Dialect;
  /** The sandbox's name for the daemon status route of the dialect, as its stats count it. */
  statusRoute: string;
  server?: ServerExtras;
  /** Runs after each test, once its clients are gone. */
  afterEachTest?: () => Promise<unknown>;
}): FeedOverHttp {
  let sandbox: SandboxHandle | undefined;
  let app: Awaited<ReturnType<typeof buildConsoleServer>> | undefined;
  let base = '';
  const clients: SseClient[] = [];
  const started = () => {
    if (!sandbox) throw new Error('the sandbox is not started yet');
    return sandbox;
  };
  const control = (method: string, path: string, body?: unknown) =>
    sandboxControl(started().controlUrl)(method, path, body);

  beforeAll(async () => {
    sandbox = await startSandbox({
      seed: 'demo',
      minuteMs: 60_000,
      ...(options.dialect === 'v6' ? { dialects: ['v6' as const] } : {}),
    });
    app = await consoleFor(sandbox, options.dialect, options.server);
    base = await app.listen({ host: '127.0.0.1', port: 0 });
  }, 60_000);

  afterEach(async () => {
    for (const client of clients.splice(0)) client.close();
    await new Promise((resolve) => setTimeout(resolve, 50));
    await options.afterEachTest?.();
  });

  afterAll(async () => {
    await app?.close();
    await sandbox?.close();
  });

  const statusCalls = async () =>
    ((await control('GET', '/stats')) as Record<string, number>)[options.statusRoute] ?? 0;

  return {
    get sandbox() {
      return started();
    },
    get base() {
      return base;
    },
    clients,
    control,
    statusCalls,
    open: (headers = fromConsole, daemon = DAEMON) => {
      const client = openSse(`${base}/api/feed/sandbox/${encodeURIComponent(daemon)}`, headers);
      clients.push(client);
      return client;
    },
    expectOneCallPerInterval: async (watching) => {
      const [first] = watching;
      if (!first) throw new Error('no client to watch');
      await control('POST', '/stats/reset');
      const before = pollEvents(first).length;
      const firstSeq = Math.max(...pollSeqs(first));

      await new Promise((resolve) => setTimeout(resolve, POLL_MS * 8 + POLL_MS / 2));

      const calls = await statusCalls();
      const polls = pollEvents(first).length - before;
      // One call per interval: about eight in 8.5 intervals (timers may slip by one under load)…
      expect(calls).toBeGreaterThanOrEqual(7);
      expect(calls).toBeLessThanOrEqual(9);
      // …and each of them reached every client, none of them made its own.
      expect(Math.abs(polls - calls)).toBeLessThanOrEqual(1);
      const delivered = await pollsDelivered(watching, firstSeq, Math.max(...pollSeqs(first)));
      for (const seqs of delivered) expect(seqs).toEqual(delivered[0]);
    },
  };
}
