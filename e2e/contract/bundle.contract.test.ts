/**
 * Contract, both dialects: a bundle survives the trip between platforms. From every target (the
 * sandbox speaking 5.3, speaking 6.x, a real platform when one is configured) a group is exported,
 * imported into an empty platform of each dialect, and exported again: the two bundles are the
 * same but for where and when they were exported (they hold no GUIDs). A dry run after the import
 * finds nothing left to do.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { applyPlan } from '../../src/bundles/apply-plan';
import type { Bundle, BundleConnection } from '../../src/bundles/bundle-format';
import { serializeBundle } from '../../src/bundles/bundle-io';
import { exportBundle } from '../../src/bundles/export-bundle';
import { findElementGuid } from '../../src/bundles/find-element';
import { planImport } from '../../src/bundles/import-plan';
import { embedsConnections, sharesEndpoints } from '../../src/egeria/backend';
import type { ConnectorInput } from '../../src/egeria/model';
import {
  startSandboxBackend,
  type SandboxBackend,
} from '../../src/sandbox/testing/sandbox-backend';
import { backendFor, contractTargets, runId } from './targets';
import { FILES_MONITOR, YAML_SECRETS } from '../../src/test/egeria-test-kit';

const OPEN_API =
  'org.odpi.openmetadata.adapters.connectors.apis.openapi.OpenAPIMonitorIntegrationProvider';

/** The bundle without the place and time of its export. */
const content = (bundle: Bundle) => serializeBundle({ ...bundle, source: undefined });

/**
 * What a platform of this dialect can hold of the bundle: Egeria 5.x's register call does not
 * store generateIntegrationReports (it reads back false; docs/egeria-5.3-wire-notes.md §5b), and
 * real 5.3 cannot read back a connection that embeds others, so the console makes none there.
 */
function holdable(bundle: Bundle, dialect: 'v5' | 'v6'): Bundle {
  if (embedsConnections(dialect)) return bundle;
  return {
    ...bundle,
    groups: bundle.groups.map((g) => ({
      ...g,
      registrations: g.registrations.map((r) => ({ ...r, generateIntegrationReports: false })),
    })),
    connectors: bundle.connectors.map((c) => {
      if (c.connection?.kind !== 'VirtualConnection') return c;
      const { embeddedConnections: _embedded, ...connection } = c.connection;
      return { ...c, connection };
    }),
  };
}

/**
 * Where connections share no endpoint (5.3), the second connection of a shared endpoint holds its
 * own copy, named after the connection: the bundle read back names it so. Renamed here to the
 * shared name, after checking it is such a copy.
 */
function withSharedEndpointNames(back: Bundle, sent: Bundle, dialect: 'v5' | 'v6'): Bundle {
  if (sharesEndpoints(dialect)) return back;
  return {
    ...back,
    connectors: back.connectors.map((c) => {
      const endpoint = c.connection?.endpoint;
      const wanted = sent.connectors.find((w) => w.qualifiedName === c.qualifiedName)?.connection
        ?.endpoint;
      if (!c.connection || !endpoint || !wanted || endpoint.qualifiedName === wanted.qualifiedName)
        return c;
      expect(endpoint.qualifiedName).toMatch(`${c.connection.qualifiedName}:Endpoint`);
      return {
        ...c,
        connection: {
          ...c.connection,
          endpoint: { ...endpoint, qualifiedName: wanted.qualifiedName },
        },
      };
    }),
  };
}

/**
 * 5.3 reads a connector type that stores no framework or language with the OCF's defaults (real
 * 5.3's converter; 6.x does not): a bundle read back from a 5.3 platform says them.
 */
function asReadBy(bundle: Bundle, dialect: 'v5' | 'v6'): Bundle {
  if (dialect !== 'v5') return bundle;
  const read = (connection: BundleConnection): BundleConnection => ({
    ...connection,
    ...(connection.connectorType
      ? {
          connectorType: {
            connectorFrameworkName: 'Open Connector Framework (OCF)',
            connectorInterfaceLanguage: 'Java',
            ...connection.connectorType,
          },
        }
      : {}),
    ...(connection.embeddedConnections
      ? {
          embeddedConnections: connection.embeddedConnections.map((e) => ({
            ...e,
            connection: read(e.connection),
          })),
        }
      : {}),
  });
  return {
    ...bundle,
    connectors: bundle.connectors.map((c) =>
      c.connection ? { ...c, connection: read(c.connection) } : c,
    ),
  };
}

describe.each(contractTargets())('bundle round trip from $name', (source) => {
  const id = runId();
  const name = (what: string) => `Contract:${id}:Bundle:${what}`;
  const created: Array<{ kind: 'group' | 'connector'; guid: string; qn: string }> = [];
  const backend = () => backendFor(source);
  const secretValues = {
    [`${name('Connection:Api')}.clearPassword`]: 'round-trip-password',
    [`${name('Connection:Api')}.securedProperties.apiKey`]: 'round-trip-key',
  };
  let exported: Bundle;

  async function connector(input: ConnectorInput) {
    const guid = await backend().createConnector(input);
    created.push({ kind: 'connector', guid, qn: input.qualifiedName });
    return guid;
  }

  beforeAll(async () => {
    await source.start();
    const groupQn = name('Group');
    const groupGuid = await backend().createGroup({
      qualifiedName: groupQn,
      displayName: 'Round trip',
      description: 'A group that travels between platforms',
      version: '1.2',
      additionalProperties: { owner: 'contract' },
    });
    created.push({ kind: 'group', guid: groupGuid, qn: groupQn });
    const endpoint = {
      qualifiedName: name('Endpoint:Shared'),
      address: source.workDir,
      protocol: 'file',
    };
    const files = await connector({
      qualifiedName: name('Files'),
      name: 'RoundTripFiles',
      description: 'Plain connection',
      versionIdentifier: '5.3',
      additionalProperties: { team: 'data' },
      connection: {
        kind: 'Connection',
        qualifiedName: name('Connection:Files'),
        displayName: 'Files connection',
        connectorType: { connectorProviderClassName: FILES_MONITOR },
        endpoint,
        configurationProperties: { waitForDirectory: true, depth: 3, tags: ['a', 'b'] },
      },
    });
    // A shared endpoint is named by GUID once it exists (6.x would otherwise create it again).
    const endpointGuid = await findElementGuid(backend(), 'Endpoint', endpoint.qualifiedName);
    const api = await connector({
      qualifiedName: name('Api'),
      name: 'RoundTripApi',
      connection: {
        kind: 'VirtualConnection',
        qualifiedName: name('Connection:Api'),
        userId: 'apinpa',
        connectorType: { connectorProviderClassName: OPEN_API },
        endpoint: { ...endpoint, guid: endpointGuid },
        secrets: { clearPassword: 'source-password', securedProperties: { apiKey: 'source-key' } },
        embeddedConnections: !embedsConnections(source.dialect)
          ? []
          : [
              {
                position: 0,
                displayName: 'Secrets store',
                arguments: { secretsCollectionName: 'round-trip' },
                connection: {
                  kind: 'Connection',
                  qualifiedName: name('Connection:Secrets'),
                  connectorType: { connectorProviderClassName: YAML_SECRETS },
                  endpoint: {
                    qualifiedName: name('Endpoint:Secrets'),
                    address: 'secrets/round-trip',
                  },
                },
              },
            ],
      },
    });
    // Not in the group: the catalog target naming it must be found on the destination.
    const outside = await connector({
      qualifiedName: name('Outside'),
      connection: {
        kind: 'Connection',
        connectorType: { connectorProviderClassName: FILES_MONITOR },
      },
    });
    await backend().registerConnector(groupGuid, files, {
      connectorName: 'RoundTripFiles',
      connectorUserId: 'filesnpa',
      metadataSourceQualifiedName: name('Source'),
      startDate: '2026-01-01T00:00:00.000Z',
      stopDate: '2099-12-31T23:59:00.000Z',
      refreshTimeInterval: 15,
      permittedSynchronization: 'FROM_THIRD_PARTY',
      generateIntegrationReports: true,
    });
    await backend().registerConnector(groupGuid, api, {
      connectorName: 'RoundTripApi',
      refreshTimeInterval: 0,
      permittedSynchronization: 'BOTH_DIRECTIONS',
      generateIntegrationReports: false,
    });
    await backend().addCatalogTarget(files, api, {
      catalogTargetName: 'apiToWatch',
      configurationProperties: { limit: 10 },
      templates: { 'File template': name('Template') },
      permittedSynchronization: 'TO_THIRD_PARTY',
      deleteMethod: 'ARCHIVE',
    });
    await backend().addCatalogTarget(api, outside, {
      catalogTargetName: 'neighbour',
      permittedSynchronization: 'BOTH_DIRECTIONS',
      deleteMethod: 'SOFT_DELETE',
    });
    exported = (await exportBundle(backend(), [groupQn])).bundle;
  });

  afterAll(async () => {
    for (const item of created.reverse()) {
      const call =
        item.kind === 'connector'
          ? backend().deleteConnector(item.guid, item.qn)
          : backend().deleteGroup(item.guid, item.qn);
      await call.catch(() => undefined);
    }
    await source.stop();
  });

  it('exports the group, its connectors and targets by name, secrets as placeholders', () => {
    const text = serializeBundle(exported);
    for (const { guid } of created) expect(text).not.toContain(guid);
    expect(text).not.toContain('source-password');
    expect(text).not.toContain('source-key');
    expect(exported.groups.map((g) => g.registrations.length)).toEqual([2]);
    expect(exported.connectors.map((c) => c.qualifiedName)).toEqual([name('Api'), name('Files')]);
    expect(exported.secrets.map((s) => s.name)).toEqual(Object.keys(secretValues).sort());
    const api = exported.connectors[0];
    if (embedsConnections(source.dialect))
      expect(api?.connection?.embeddedConnections?.[0]?.connection.qualifiedName).toBe(
        name('Connection:Secrets'),
      );
    expect(api?.catalogTargets?.[0]?.element).toEqual({
      qualifiedName: name('Outside'),
      typeName: 'IntegrationConnector',
    });
  });

  describe.each(['v5', 'v6'] as const)('into an empty %s platform', (dialect) => {
    let destination: SandboxBackend;
    beforeAll(async () => {
      destination = await startSandboxBackend(dialect, 'empty');
      // The element outside the group must already be there, as any catalog target's element.
      // Its connector type is named apart: one named as the bundle's would be reused by the import,
      // and real 5.3 reads a type without a framework or language with Egeria's defaults, so the
      // bundle from a fresh 5.3 would not come back the same.
      await destination.backend.createConnector({
        qualifiedName: name('Outside'),
        connection: {
          kind: 'Connection',
          connectorType: {
            qualifiedName: name('Outside:ConnectorType'),
            connectorProviderClassName: FILES_MONITOR,
          },
        },
      });
    });
    afterAll(() => destination?.close());

    it('imports, changes nothing on a second dry run, and exports the same bundle', async () => {
      const target = destination.backend;
      // A bundle holding what this platform cannot is refused item by item in the dry run
      // (src/bundles tests); here the bundle is what the destination can hold.
      const bundle = holdable(exported, dialect);
      const plan = await planImport(target, bundle, { secrets: { values: secretValues } });
      expect(plan.counts).toMatchObject({ update: 0, unchanged: 0, unresolved: 0 });
      const report = await applyPlan(target, plan);
      expect(report.results.filter((r) => r.outcome !== 'created')).toEqual([]);

      const again = await planImport(target, bundle, { secrets: { values: secretValues } });
      expect(again.items.filter((i) => i.action !== 'unchanged')).toEqual([]);

      const back = (await exportBundle(target, [name('Group')])).bundle;
      expect(content(withSharedEndpointNames(back, bundle, dialect))).toBe(
        content(asReadBy(bundle, dialect)),
      );
      expect(back.source?.dialect).toBe(dialect);
    });
  });
});
