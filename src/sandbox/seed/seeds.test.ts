import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { PlatformRuntime } from '../platform-runtime';
import { startSandbox } from '../sandbox';
import { testRuntime, USER } from '../testing/test-kit';
import { DEMO } from './demo-estate';
import { SYNTHETIC_GROUP } from './synthetic-estate';

/** The parts of the 5.3 beans these tests read. */
interface Connection {
  class: string;
  clearPassword?: string;
  securedProperties?: Record<string, string>;
  connectorType?: { guid?: string; connectorProviderClassName?: string };
  endpoint?: { address?: string };
  embeddedConnections?: Array<{ embeddedConnection?: Connection }>;
}
interface Element {
  elementHeader: { guid: string };
  properties: { qualifiedName?: string; name?: string; connection?: Connection };
}
interface Target {
  catalogTargetElement?: { uniqueName?: string };
}

describe('seeds', () => {
  let runtime: PlatformRuntime | undefined;
  afterEach(() => {
    runtime?.close();
    runtime = undefined;
  });

  it('demo: a realistic estate with the cases the console must show', () => {
    runtime = testRuntime('demo');
    const service = runtime.service;
    const groups = service.getAllIntegrationGroups(0, 0) as unknown as Element[];
    const connectors = service.getAllIntegrationConnectors(0, 0) as unknown as Element[];
    expect(groups.length).toBeGreaterThanOrEqual(5);
    expect(connectors.length).toBeGreaterThanOrEqual(18);

    // Connector types are shared: fewer ConnectorType elements than connections using them.
    const typeGuids = connectors.map((c) => c.properties.connection?.connectorType?.guid);
    expect(new Set(typeGuids).size).toBeLessThan(typeGuids.length);
    const files = connectors.filter((c) =>
      c.properties.connection?.connectorType?.connectorProviderClassName?.endsWith(
        'DataFilesMonitorIntegrationProvider',
      ),
    );
    // Egeria's own GUID for the content pack's DataFilesMonitor connector type.
    expect(new Set(files.map((c) => c.properties.connection?.connectorType?.guid))).toEqual(
      new Set(['bbbd2213-dee1-4a21-8951-68f0f6d35eb7']),
    );

    // A group that no daemon runs, and a daemon group that the store does not define.
    const configured = runtime
      .daemonNames()
      .flatMap((d) => runtime?.groupConfigs(d)?.map((g) => g.integrationGroupQualifiedName) ?? []);
    const unrun = groups
      .map((g) => g.properties.qualifiedName)
      .filter((q) => q === undefined || !configured.includes(q));
    expect(unrun).toEqual([DEMO.groups.unityCatalog]);
    expect(configured).toContain(DEMO.groups.observability);
    expect(groups.map((g) => g.properties.qualifiedName)).not.toContain(DEMO.groups.observability);

    const byName = (name: string) => connectors.find((c) => c.properties.name === name);
    const twoGroups = byName(DEMO.connectors.inTwoGroups);
    expect(
      service.getRegisteredIntegrationGroups(twoGroups?.elementHeader.guid ?? ''),
    ).toHaveLength(2);
    expect(
      service.getCatalogTargets(byName(DEMO.connectors.manyTargets)?.elementHeader.guid ?? '', 0, 0)
        .length,
    ).toBeGreaterThanOrEqual(3);
    expect(
      (
        service.getCatalogTargets(
          byName(DEMO.connectors.nonAscii)?.elementHeader.guid ?? '',
          0,
          0,
        ) as Target[]
      ).map((t) => t.catalogTargetElement?.uniqueName),
    ).toContain('CocoPharma:DataFolder:données/essais-cliniques/été 2025');
    const virtual = byName(DEMO.connectors.virtualConnection)?.properties.connection;
    expect(virtual).toMatchObject({
      class: 'VirtualConnection',
      clearPassword: expect.any(String),
      securedProperties: { apiKey: expect.any(String) },
    });
    expect(virtual?.embeddedConnections?.[0]?.embeddedConnection?.endpoint?.address).toBe(
      'secrets/coco.omsecrets',
    );
  });

  it('demo: the same GUIDs every time it is seeded', () => {
    runtime = testRuntime('demo');
    const guids = () =>
      (runtime!.service.getAllIntegrationConnectors(0, 0) as unknown as Element[]).map(
        (c) => c.elementHeader.guid,
      );
    const first = guids();
    runtime.reseed('demo');
    expect(guids()).toEqual(first);
  });

  // Its speed is measured by src/sandbox/perf/measure.ts, not asserted here.
  it('synthetic: 2,000 connectors in one large group', { timeout: 60_000 }, () => {
    runtime = testRuntime({ connectors: 2000 });
    const service = runtime.service;
    const group = service.getIntegrationGroupByName(SYNTHETIC_GROUP) as unknown as
      Element | undefined;
    const registrations = [0, 1000].flatMap(
      (start) =>
        service.getRegisteredIntegrationConnectors(
          group?.elementHeader.guid ?? '',
          start,
          1000,
        ) as unknown as Element[],
    );
    expect(registrations).toHaveLength(2000);
    const sample = registrations[1234];
    const targets = service.getCatalogTargets(sample?.elementHeader.guid ?? '', 0, 0);
    expect(targets.length).toBeGreaterThanOrEqual(1);
    expect(targets.length).toBeLessThanOrEqual(3);
    expect(sample?.properties.connection?.endpoint?.address).toEqual(expect.any(String));
    const types = new Set(registrations.map((r) => r.properties.connection?.connectorType?.guid));
    expect(types.size).toBe(5);
    expect(runtime.daemon('integration-daemon').allConnectors()).toHaveLength(2000);
  });

  it('seeds only an empty database: a restart with the same file keeps the estate and its daemons', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'sandbox-seed-'));
    try {
      const dbFile = join(dir, 'sandbox.db');
      const first = await startSandbox({ dbFile, seed: 'demo' });
      const created = await fetch(
        `${first.url}/servers/${first.metadataServer}/open-metadata/framework-services/governance-server/governance-configuration-service/users/${USER}/integration-groups/new`,
        {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({
            class: 'IntegrationGroupProperties',
            qualifiedName: 'Kept:Group',
          }),
        },
      );
      expect(((await created.json()) as { relatedHTTPCode: number }).relatedHTTPCode).toBe(200);
      await first.close();

      const second = await startSandbox({ dbFile, seed: 'empty' });
      try {
        expect(second.daemons).toEqual(['integration-daemon', 'lineage-daemon']);
        const found = await fetch(
          `${second.url}/servers/${second.metadataServer}/open-metadata/framework-services/governance-server/governance-configuration-service/users/${USER}/integration-groups/by-name/Kept%3AGroup`,
        );
        expect(((await found.json()) as { element?: unknown }).element).toBeDefined();
      } finally {
        await second.close();
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
