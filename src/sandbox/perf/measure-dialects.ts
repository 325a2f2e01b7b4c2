/**
 * The cost of each dialect for the group page, printed as JSON (not a test):
 *   npx tsx src/sandbox/perf/measure-dialects.ts [connectors]
 * Lists every registration of the synthetic estate's large group, with each connector's
 * connection, through the console's own clients: 5.3 answers a page in one call; 6.x answers the
 * group's links in one call and needs two more per connector (its asset, then its connection).
 */
import { createV5Backend } from '../../egeria/v5/backend-v5';
import { createV6Backend } from '../../egeria/v6/backend-v6';
import type { EgeriaBackend } from '../../egeria/backend';
import { startSandbox } from '../sandbox';
import { SYNTHETIC_GROUP } from '../seed/synthetic-estate';

const connectors = Number(process.argv[2] ?? 2000);
const PAGE = 200;

async function listAll(backend: EgeriaBackend): Promise<{ ms: number; count: number }> {
  const group = await backend.findGroupByName(SYNTHETIC_GROUP);
  if (!group) throw new Error('no synthetic group');
  const started = performance.now();
  let count = 0;
  for (let start = 0; ; start += PAGE) {
    const page = await backend.listRegistrations(group.guid, { startFrom: start, pageSize: PAGE });
    count += page.items.filter((r) => r.connector.connection?.connectorType).length;
    if (!page.mayHaveMore) break;
  }
  return { ms: Math.round(performance.now() - started), count };
}

async function main(): Promise<void> {
  const sandbox = await startSandbox({
    seed: { connectors },
    minuteMs: 60_000,
    dialects: ['v5', 'v6'],
  });
  try {
    const tokenResponse = await fetch(`${sandbox.url}/api/token`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ userId: 'garygeeke', password: 'secret' }),
    });
    const token = await tokenResponse.text();
    let calls = 0;
    const counting = (input: string, init?: RequestInit) => {
      calls++;
      return fetch(input, init);
    };
    const five = createV5Backend({
      baseUrl: sandbox.url,
      userId: sandbox.userId,
      metadataServer: sandbox.metadataServer,
      fetch: counting,
    });
    const six = createV6Backend({
      baseUrl: sandbox.url,
      viewServer: sandbox.viewServer ?? 'view-server',
      headers: () => ({ authorization: `Bearer ${token}` }),
      fetch: counting,
    });
    const result: Record<string, unknown> = { connectors, pageSize: PAGE };
    for (const [name, backend] of [
      ['v5', five],
      ['v6', six],
    ] as const) {
      for (const run of ['cold', 'warm']) {
        calls = 0;
        const { ms, count } = await listAll(backend);
        result[`${name}.${run}`] = { ms, registrationsWithConnection: count, httpCalls: calls };
      }
    }
    console.log(JSON.stringify(result));
  } finally {
    await sandbox.close();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
