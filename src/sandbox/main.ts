/**
 * `npm run sandbox`: runs the sandbox platform on its own and prints its URLs.
 *   --port N  --control-port N  --db FILE | --memory  --seed demo|empty  --connectors N
 *   --groups N  --minute-ms N  --dialect v5|v6|both  --release 6.1|6.2  --token-minutes N
 *   --latency MS  --log
 */
import { mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import type { SeedSpec } from './seed/apply-seed';
import { startSandbox } from './sandbox';

const HELP = `Usage: npm run sandbox -- [options]
  --port N            Egeria-facing port (default 9443; 0 = any free port)
  --control-port N    control API port (default 9444; 0 = any free port)
  --db FILE           SQLite file to keep the estate in (default .data/sandbox.db)
  --memory            keep the estate in memory only
  --seed demo|empty   estate to create when the database is empty (default demo)
  --connectors N      a synthetic estate of N connectors instead
  --groups N          with --connectors: N groups (the large one plus N-1 of 10 connectors)
  --minute-ms N       real milliseconds per simulated minute (default 60000)
  --dialect D         REST dialect: v5 (default), v6 (view services, bearer tokens), or both
  --release R         6.x release to imitate: 6.1 (default) or 6.2
  --token-minutes N   lifetime of a 6.x bearer token (default 60)
  --latency MS        wait this long before answering each call, as a loaded platform does (default 0)
  --log               log requests and server events`;

function integer(value: string | undefined, flag: string, fallback: number): number {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0)
    throw new Error(`${flag} needs a non-negative integer, not "${value}"`);
  return n;
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      port: { type: 'string' },
      'control-port': { type: 'string' },
      db: { type: 'string' },
      memory: { type: 'boolean' },
      seed: { type: 'string' },
      connectors: { type: 'string' },
      groups: { type: 'string' },
      'minute-ms': { type: 'string' },
      dialect: { type: 'string' },
      release: { type: 'string' },
      'token-minutes': { type: 'string' },
      latency: { type: 'string' },
      log: { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) {
    console.log(HELP);
    return;
  }
  if (values.seed !== undefined && values.seed !== 'demo' && values.seed !== 'empty') {
    throw new Error(`--seed is demo or empty, not "${values.seed}"`);
  }
  let seed: SeedSpec = (values.seed as 'demo' | 'empty' | undefined) ?? 'demo';
  if (values.connectors !== undefined) {
    const groups = values.groups === undefined ? undefined : integer(values.groups, '--groups', 1);
    seed = {
      connectors: integer(values.connectors, '--connectors', 0),
      ...(groups ? { groups } : {}),
    };
  }
  const dialect = values.dialect ?? 'v5';
  if (!['v5', 'v6', 'both'].includes(dialect))
    throw new Error(`--dialect is v5, v6 or both, not "${dialect}"`);
  const release = values.release ?? '6.1';
  if (release !== '6.1' && release !== '6.2')
    throw new Error(`--release is 6.1 or 6.2, not "${release}"`);
  const dbFile = values.memory ? ':memory:' : (values.db ?? '.data/sandbox.db');
  if (dbFile !== ':memory:') mkdirSync(dirname(resolve(dbFile)), { recursive: true });

  const started = performance.now();
  const sandbox = await startSandbox({
    port: integer(values.port, '--port', 9443),
    controlPort: integer(values['control-port'], '--control-port', 9444),
    dbFile,
    seed,
    minuteMs: integer(values['minute-ms'], '--minute-ms', 60_000) || 60_000,
    log: values.log ?? false,
    dialects: dialect === 'both' ? ['v5', 'v6'] : [dialect as 'v5' | 'v6'],
    release,
    tokenLifetimeMs: (integer(values['token-minutes'], '--token-minutes', 60) || 60) * 60_000,
    latencyMs: integer(values.latency, '--latency', 0),
  });
  console.log(`Egeria sandbox platform: ${sandbox.url} (userId ${sandbox.userId})`);
  console.log(`  metadata access server: ${sandbox.metadataServer}`);
  if (sandbox.viewServer)
    console.log(
      `  view server:            ${sandbox.viewServer} (Egeria ${sandbox.release} dialect; sign in with POST /api/token, e.g. garygeeke / secret)`,
    );
  console.log(`  dialects:               ${sandbox.dialects.join(', ')}`);
  console.log(`  integration daemons:    ${sandbox.daemons.join(', ') || '(none)'}`);
  console.log(`Control API: ${sandbox.controlUrl}/sandbox-control`);
  const { seeding } = sandbox;
  console.log(
    seeding.seeded
      ? `Data: ${dbFile}, seeded ${JSON.stringify(seeding.seed)} in ${seeding.ms} ms (ready in ${Math.round(performance.now() - started)} ms)`
      : `Data: ${dbFile}, existing estate kept (ready in ${Math.round(performance.now() - started)} ms)`,
  );

  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    console.log(`${signal}: closing the sandbox`);
    await sandbox.close();
    process.exit(0);
  };
  process.on('SIGINT', () => void stop('SIGINT'));
  process.on('SIGTERM', () => void stop('SIGTERM'));
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
