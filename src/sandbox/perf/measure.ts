/**
 * Measurements of the sandbox at scale, printed for the record (not a test):
 *   npx tsx src/sandbox/perf/measure.ts [connectors]
 * - seed time of the demo estate and of a synthetic estate (default 2,000 connectors);
 * - time to list the large group's registrations over HTTP in pages of 500 and of 1,000;
 * - CPU used by the daemon simulator with every connector idle for about ten seconds.
 */
import { PlatformRuntime } from '../platform-runtime';
import { startSandbox } from '../sandbox';
import { SYNTHETIC_GROUP } from '../seed/synthetic-estate';

const connectors = Number(process.argv[2] ?? 2000);

function runtimeWith(seed: Parameters<PlatformRuntime['start']>[0]) {
  const runtime = new PlatformRuntime({
    dbFile: ':memory:',
    metadataServer: 'active-metadata-store',
    minuteMs: 60_000,
    configRefreshMinutes: 60,
    log: () => {},
  });
  const started = performance.now();
  const { seedMs } = runtime.start(seed);
  return { runtime, seedMs, startMs: performance.now() - started - seedMs };
}

async function main(): Promise<void> {
  const demo = runtimeWith('demo');
  console.log(
    `demo seed: ${demo.seedMs.toFixed(0)} ms (daemons started in ${demo.startMs.toFixed(0)} ms)`,
  );
  demo.runtime.close();

  const large = runtimeWith({ connectors });
  console.log(
    `synthetic seed of ${connectors} connectors: ${large.seedMs.toFixed(0)} ms (daemon started ${connectors} connectors in ${large.startMs.toFixed(0)} ms)`,
  );
  large.runtime.close();

  const sandbox = await startSandbox({ seed: { connectors }, minuteMs: 60_000 });
  try {
    const base = `${sandbox.url}/servers/${sandbox.metadataServer}/open-metadata/framework-services/governance-server/governance-configuration-service/users/${sandbox.userId}`;
    const group = (await (
      await fetch(`${base}/integration-groups/by-name/${encodeURIComponent(SYNTHETIC_GROUP)}`)
    ).json()) as { element: { elementHeader: { guid: string } } };
    const guid = group.element.elementHeader.guid;
    for (const pageSize of [500, 1000]) {
      for (let run = 0; run < 2; run++) {
        const started = performance.now();
        let total = 0;
        let bytes = 0;
        for (let start = 0; ; start += pageSize) {
          const response = await fetch(
            `${base}/integration-groups/${guid}/integration-connectors?startingFrom=${start}&maximumResults=${pageSize}`,
          );
          const text = await response.text();
          bytes += text.length;
          const page = (JSON.parse(text) as { elements?: unknown[] }).elements ?? [];
          total += page.length;
          if (page.length < pageSize) break;
        }
        console.log(
          `list ${total} registrations in pages of ${pageSize}${run === 0 ? ' (cold)' : ' (warm)'}: ${(performance.now() - started).toFixed(0)} ms, ${(bytes / 1e6).toFixed(1)} MB`,
        );
      }
    }

    // Let the first refreshes finish, then measure an idle period.
    await new Promise((resolve) => setTimeout(resolve, 3_000));
    const cpuBefore = process.cpuUsage();
    const wallBefore = performance.now();
    await new Promise((resolve) => setTimeout(resolve, 10_000));
    const cpu = process.cpuUsage(cpuBefore);
    const wall = performance.now() - wallBefore;
    console.log(
      `idle CPU with ${connectors} running connectors over ${(wall / 1000).toFixed(1)} s: user ${(cpu.user / 1000).toFixed(0)} ms, system ${(cpu.system / 1000).toFixed(0)} ms (${(((cpu.user + cpu.system) / 1000 / wall) * 100).toFixed(2)} % of one core)`,
    );
  } finally {
    await sandbox.close();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
