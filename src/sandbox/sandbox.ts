/**
 * The embedded sandbox: an Egeria-compatible platform (SQLite metadata store, the 5.3 and/or 6.x
 * REST facades the console uses, simulated integration daemons, 6.x bearer tokens) on one
 * 127.0.0.1 listener, and a test-only control API on another.
 */
import type { FastifyInstance } from 'fastify';
import { buildControlApp } from './control/control-app';
import { FaultInjector } from './control/fault-injector';
import { RequestStats } from './control/request-stats';
import { DEFAULT_TOKEN_LIFETIME_MS, TokenService } from './auth/token-service';
import { buildEgeriaApp, type SandboxDialect } from './http/egeria-app';
import type { SixRelease as SandboxRelease } from './wire/releases';
import { PlatformRuntime } from './platform-runtime';
import { SeedSpecSchema, type SeedSpec } from './seed/apply-seed';

export interface SandboxOptions {
  /** Egeria-facing port; 0 (default) picks a free one. */
  port?: number;
  /** Control API port; 0 (default) picks a free one. */
  controlPort?: number;
  /** SQLite file; ':memory:' (default) is thrown away on close. */
  dbFile?: string;
  /** Applied only when the database holds no elements. Default 'demo'. */
  seed?: SeedSpec;
  /** Real milliseconds per simulated minute of refresh intervals; default 60000. */
  minuteMs?: number;
  /** Simulated minutes between a daemon's own configuration refreshes; default 60. */
  configRefreshMinutes?: number;
  log?: boolean;
  /** The REST dialects to serve: `['v5']` (default), `['v6']`, or both from the same store. */
  dialects?: SandboxDialect[];
  /** The 6.x release to imitate: 6.1 (default) or 6.2 (typed registration links, DELETE logout). */
  release?: SandboxRelease;
  /** How long a 6.x bearer token lasts; default an hour, as on Egeria. */
  tokenLifetimeMs?: number;
  /** Milliseconds added to every Egeria call before it is answered (a loaded platform); default 0. */
  latencyMs?: number;
}

export interface SandboxHandle {
  /** http://127.0.0.1:<port> */
  url: string;
  controlUrl: string;
  userId: string;
  metadataServer: string;
  /** The 6.x view server (present when 6.x is served). */
  viewServer?: string;
  dialects: SandboxDialect[];
  release: SandboxRelease;
  /** The integration daemons configured now. */
  readonly daemons: string[];
  /** Whether this start seeded the store (an existing database is kept as it is), and how long it took. */
  readonly seeding: { seeded: boolean; seed: SeedSpec; ms: number };
  /** Closes the Egeria-facing listener, so connections are refused. */
  stopPlatform(): Promise<void>;
  /** Reopens it on the same port. */
  startPlatform(): Promise<void>;
  close(): Promise<void>;
}

export const SANDBOX_USER_ID = 'garygeeke';
export const METADATA_SERVER = 'active-metadata-store';
export const VIEW_SERVER = 'view-server';
const HOST = '127.0.0.1';

export async function startSandbox(options: SandboxOptions = {}): Promise<SandboxHandle> {
  const seed = SeedSpecSchema.parse(options.seed ?? 'demo');
  const minuteMs = options.minuteMs ?? 60_000;
  if (!(minuteMs > 0)) throw new Error('minuteMs must be a positive number');
  const log = options.log ? (message: string) => console.log(`[sandbox] ${message}`) : () => {};
  const dialects: SandboxDialect[] = options.dialects?.length ? [...options.dialects] : ['v5'];
  const release = options.release ?? '6.1';
  const servesSix = dialects.includes('v6');

  const runtime = new PlatformRuntime({
    dbFile: options.dbFile ?? ':memory:',
    metadataServer: METADATA_SERVER,
    viewServer: servesSix ? VIEW_SERVER : undefined,
    minuteMs,
    configRefreshMinutes: options.configRefreshMinutes ?? 60,
    log,
  });
  const faults = new FaultInjector();
  const stats = new RequestStats();
  const tokens = new TokenService(
    () => runtime.clock.now(),
    options.tokenLifetimeMs ?? DEFAULT_TOKEN_LIFETIME_MS,
  );

  const { seeded, seedMs } = runtime.start(seed);
  log(
    seeded
      ? `seeded ${JSON.stringify(seed)} in ${Math.round(seedMs)} ms`
      : `kept the existing estate in ${options.dbFile}`,
  );

  let egeria: FastifyInstance | undefined;
  let port = options.port ?? 0;
  const platform = {
    isUp: () => egeria !== undefined,
    async up() {
      if (egeria) return;
      // Egeria generates its token-signing key at start-up: tokens do not survive a restart.
      tokens.restart();
      const app = buildEgeriaApp({
        runtime,
        faults,
        stats,
        log: options.log ?? false,
        dialects,
        tokens,
        release,
        latencyMs: options.latencyMs ?? 0,
      });
      await app.listen({ host: HOST, port });
      port = (app.server.address() as { port: number }).port;
      egeria = app;
    },
    async down() {
      const app = egeria;
      egeria = undefined;
      await app?.close();
    },
  };

  try {
    await platform.up();
  } catch (error) {
    runtime.close();
    throw error;
  }
  const control = buildControlApp(
    { runtime, faults, stats, startupSeed: seed, platform, tokens },
    minuteMs,
  );
  try {
    await control.listen({ host: HOST, port: options.controlPort ?? 0 });
  } catch (error) {
    await platform.down();
    runtime.close();
    throw error;
  }
  const controlPort = (control.server.address() as { port: number }).port;

  let closed = false;
  return {
    url: `http://${HOST}:${port}`,
    controlUrl: `http://${HOST}:${controlPort}`,
    userId: SANDBOX_USER_ID,
    metadataServer: METADATA_SERVER,
    ...(servesSix ? { viewServer: VIEW_SERVER } : {}),
    dialects,
    release,
    get daemons() {
      return runtime.daemonNames();
    },
    seeding: { seeded, seed, ms: Math.round(seedMs) },
    stopPlatform: () => platform.down(),
    startPlatform: () => platform.up(),
    async close() {
      if (closed) return;
      closed = true;
      await Promise.all([platform.down(), control.close()]);
      runtime.close();
    },
  };
}
