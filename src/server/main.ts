/**
 * Starts the console: reads the configuration, starts the embedded sandbox when enabled (it becomes
 * one more configured platform), then serves the SPA and the proxy. Prints where to point a browser.
 */
import { mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { buildConsoleServer, type ConsolePlatform } from './app';
import { ConfigError, loadConfig } from './config';

interface Closable {
  close(): Promise<void>;
}

async function main(): Promise<void> {
  const configFlag = process.argv.indexOf('--config');
  const config = loadConfig({ file: configFlag >= 0 ? process.argv[configFlag + 1] : undefined });
  const platforms: ConsolePlatform[] = [...config.platforms];
  const closables: Closable[] = [];

  if (config.sandbox.enabled) {
    const { startSandbox } = await import('../sandbox/sandbox');
    if (config.sandbox.dbFile !== ':memory:')
      mkdirSync(dirname(resolve(config.sandbox.dbFile)), { recursive: true });
    const sandbox = await startSandbox({
      port: config.sandbox.port,
      controlPort: config.sandbox.controlPort,
      dbFile: config.sandbox.dbFile,
      seed: config.sandbox.seed,
      minuteMs: config.sandbox.minuteMs,
      dialects: [config.sandbox.dialect],
      tokenLifetimeMs: config.sandbox.tokenLifetimeMs,
      latencyMs: config.sandbox.latencyMs,
    });
    closables.push(sandbox);
    platforms.unshift({
      id: 'sandbox',
      label: 'Sandbox (Coco Pharmaceuticals)',
      url: sandbox.url,
      dialect: config.sandbox.dialect,
      userId: sandbox.userId,
      metadataServer: sandbox.metadataServer,
      ...(sandbox.viewServer ? { viewServer: sandbox.viewServer } : {}),
      daemons: sandbox.daemons,
      tls: { insecure: false },
      timeoutMs: 30_000,
      sandbox: true,
    });
    // Both listen on free ports unless SANDBOX_PORT / SANDBOX_CONTROL_PORT name them: say which.
    console.log(
      `Sandbox Egeria platform: ${sandbox.url} (control API ${sandbox.controlUrl}, data ${config.sandbox.dbFile})`,
    );
    console.log(
      `Sandbox ports: Egeria ${new URL(sandbox.url).port}, control API ${new URL(sandbox.controlUrl).port} (127.0.0.1 only)`,
    );
    const { seeding } = sandbox;
    console.log(
      seeding.seeded
        ? `Sandbox estate: seeded ${JSON.stringify(seeding.seed)} in ${seeding.ms} ms`
        : `Sandbox estate: the one already in ${config.sandbox.dbFile} (delete it to seed ${JSON.stringify(config.sandbox.seed)} afresh)`,
    );
    if (sandbox.viewServer)
      console.log(
        `Sandbox speaks Egeria ${sandbox.release}: sign in as garygeeke (or peterprofile, erinoverview) with password "secret"`,
      );
  }

  for (const p of platforms) {
    if (p.tls.insecure)
      console.warn(
        `Warning: TLS certificates of platform "${p.id}" (${p.url}) are NOT verified (tls.insecure).`,
      );
  }

  if (config.historyDbFile !== ':memory:')
    mkdirSync(dirname(resolve(config.historyDbFile)), { recursive: true });
  const app = await buildConsoleServer({
    platforms,
    clientDir: config.clientDir,
    feed: { pollMs: config.statusPollMs },
    historyDbFile: config.historyDbFile,
    publicOrigins: config.publicOrigins,
    auth: config.auth,
    auditMaxEntries: config.auditMaxEntries,
    logger: { level: process.env['LOG_LEVEL'] ?? 'warn' },
  });
  closables.unshift({ close: () => app.close() });
  const address = await app.listen({ host: config.host, port: config.port });
  const shown = address.replace('127.0.0.1', 'localhost');
  console.log(`Egeria Integration Console: ${shown}`);
  const signIn = [
    ...(config.auth?.usersFile ? [`users file ${config.auth.usersFile}`] : []),
    ...(config.auth?.oidc ? [`OpenID Connect (${config.auth.oidc.issuer})`] : []),
  ];
  console.log(
    signIn.length
      ? `Console sign-in: ${signIn.join(' or ')}; served as ${(config.publicOrigins ?? [shown]).join(', ')}`
      : 'Console sign-in: none (loopback only; whoever uses this machine is an administrator)',
  );
  console.log(
    `Platforms: ${platforms.map((p) => `${p.id} (${p.url}, dialect ${p.dialect})`).join(', ')}`,
  );

  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    console.log(`${signal}: stopping…`);
    for (const c of closables) await c.close().catch((e: unknown) => console.error(e));
    process.exit(0);
  };
  process.on('SIGINT', () => void stop('SIGINT'));
  process.on('SIGTERM', () => void stop('SIGTERM'));
}

main().catch((error: unknown) => {
  if (error instanceof ConfigError) {
    console.error(error.message);
  } else if ((error as NodeJS.ErrnoException).code === 'EADDRINUSE') {
    console.error(`Cannot listen: ${(error as Error).message}. Set PORT to a free port.`);
  } else {
    console.error(error);
  }
  process.exit(1);
});
