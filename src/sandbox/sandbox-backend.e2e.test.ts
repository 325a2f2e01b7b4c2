/**
 * End to end: the console's own 5.3 client (createV5Backend) drives the sandbox over real HTTP,
 * through every EgeriaBackend method. It proves the client and the sandbox agree on the wire.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { EgeriaBackend } from '../egeria/backend';
import type { ConnectionInput } from '../egeria/model';
import { createV5Backend } from '../egeria/v5/backend-v5';
import { startSandbox, type SandboxHandle } from './sandbox';
import { DEMO } from './seed/demo-estate';
import { eventually } from './testing/test-kit';
import { egeriaFailure as errorOf } from '../test/egeria-test-kit';

const FILES =
  'org.odpi.openmetadata.adapters.connectors.integration.basicfiles.DataFilesMonitorIntegrationProvider';
const DAEMON = DEMO.daemons.integration;

describe('createV5Backend against the sandbox', () => {
  let sandbox: SandboxHandle;
  let backend: EgeriaBackend;
  beforeAll(async () => {
    sandbox = await startSandbox({ seed: 'demo', minuteMs: 600 });
    backend = createV5Backend({
      baseUrl: sandbox.url,
      userId: sandbox.userId,
      metadataServer: sandbox.metadataServer,
    });
  });
  afterAll(() => sandbox.close());

  it('reads the platform: origin, known and active servers, server status', async () => {
    expect(await backend.platformOrigin()).toContain('version 5.3');
    expect(await backend.knownServers()).toEqual([
      'active-metadata-store',
      'integration-daemon',
      'lineage-daemon',
    ]);
    expect(await backend.activeServers()).toContain('lineage-daemon');
    const status = await backend.serverStatus('integration-daemon');
    expect(status).toMatchObject({
      serverName: 'integration-daemon',
      serverType: 'Integration Daemon',
      isActive: true,
    });
    expect(Date.parse(status.startTime ?? '')).toBeGreaterThan(0);
  });

  it('lists, reads and finds the seeded groups', async () => {
    const page = await backend.listGroups({ startFrom: 0, pageSize: 100 });
    expect(page.items.map((g) => g.qualifiedName)).toEqual(
      expect.arrayContaining(
        Object.values(DEMO.groups).filter((g) => g !== DEMO.groups.observability),
      ),
    );
    expect(page.mayHaveMore).toBe(false);
    const donnees = await backend.findGroupByName(DEMO.groups.donnees);
    expect(donnees?.description).toContain('<b>not bold</b>');
    expect((await backend.getGroup(donnees?.guid ?? '')).qualifiedName).toBe(DEMO.groups.donnees);
    expect(await backend.findGroupByName('No:Such:Group')).toBeNull();
    const defaultGroup = await backend.findGroupByName(DEMO.groups.default);
    expect(defaultGroup?.guid).toBe('2648e33f-7501-4789-b524-f025bb9eaa57');
  });

  it('creates, updates (merge and replace) and deletes a group, including one with a slash in its name', async () => {
    const guid = await backend.createGroup({
      qualifiedName: 'E2E:Group/With Slash',
      displayName: 'Slash',
      description: 'before',
      additionalProperties: { a: '1' },
    });
    // The client cannot put a slash in a path, so it finds this one by listing.
    expect((await backend.findGroupByName('E2E:Group/With Slash'))?.guid).toBe(guid);
    await backend.updateGroup(
      guid,
      { qualifiedName: 'E2E:Group/With Slash', displayName: 'Merged' },
      { merge: true },
    );
    expect(await backend.getGroup(guid)).toMatchObject({
      displayName: 'Merged',
      description: 'before',
      additionalProperties: { a: '1' },
    });
    await backend.updateGroup(
      guid,
      { qualifiedName: 'E2E:Group/With Slash', displayName: 'Replaced' },
      { merge: false },
    );
    const replaced = await backend.getGroup(guid);
    expect(replaced.description).toBeUndefined();
    expect(replaced.meta.version).toBe(3);
    const duplicate = await errorOf(backend.createGroup({ qualifiedName: 'E2E:Group/With Slash' }));
    expect(duplicate).toMatchObject({ relatedHTTPCode: 409, messageId: 'OMAG-COMMON-409-001' });
    await backend.deleteGroup(guid, 'E2E:Group/With Slash');
    const gone = await errorOf(backend.getGroup(guid));
    expect(gone).toMatchObject({
      relatedHTTPCode: 404,
      messageId: 'OMAG-REPOSITORY-HANDLER-404-007',
      parameterName: 'guid',
    });
    expect(gone.userAction).toContain('unique identifier of the entity');
  });

  it('reads the seeded connectors with their connections, the virtual one included', async () => {
    const page = await backend.listConnectors({ startFrom: 0, pageSize: 0 });
    expect(page.items.length).toBeGreaterThanOrEqual(18);
    const virtual = await backend.findConnectorByName(DEMO.connectors.virtualConnection);
    const connection = virtual?.connection;
    expect(connection?.kind).toBe('VirtualConnection');
    expect(connection?.secrets).toEqual({
      clearPassword: true,
      encryptedPassword: false,
      securedPropertyNames: ['apiKey'],
    });
    expect(connection?.embeddedConnections[0]).toMatchObject({
      position: 0,
      displayName: 'Secrets store',
      connection: {
        connectorType: {
          connectorProviderClassName: expect.stringContaining('YAMLSecretsStoreProvider'),
        },
        endpoint: { address: 'secrets/coco.omsecrets' },
      },
    });
    expect((await backend.getConnector(virtual?.guid ?? '')).qualifiedName).toBe(
      virtual?.qualifiedName,
    );

    // Two Kafka connections share one endpoint element; Kafka connectors share the connector type.
    const kafka = await backend.findConnectorByName('ApacheKafkaCataloguer');
    const events = await backend.findConnectorByName('ClinicalEventsTopicCataloguer');
    expect(kafka?.connection?.endpoint?.guid).toBe(events?.connection?.endpoint?.guid);
    expect(kafka?.connection?.endpoint?.qualifiedName).toBe(DEMO.sharedEndpoint);
    expect(kafka?.connection?.connectorType?.guid).toBe(events?.connection?.connectorType?.guid);

    const twoGroups = await backend.findConnectorByName(DEMO.connectors.inTwoGroups);
    const groups = await backend.groupsOfConnector(twoGroups?.guid ?? '');
    const names = await Promise.all(
      groups.map(async (g) => (await backend.getGroup(g)).qualifiedName),
    );
    expect(names.sort()).toEqual([DEMO.groups.clinicalTrials, DEMO.groups.openLineage].sort());
  });

  it('creates a connector, keeps its secret on a merge update, registers it, targets elements and cleans up', async () => {
    const connection: ConnectionInput = {
      kind: 'Connection',
      qualifiedName: 'E2E:Connector:Connection',
      connectorType: { connectorProviderClassName: FILES },
      endpoint: { address: 'data/e2e' },
      userId: 'e2enpa',
      secrets: { clearPassword: 'p4ss', securedProperties: { token: 'tk' } },
      configurationProperties: { waitForDirectory: 'true' },
    };
    const input = {
      qualifiedName: 'E2E:Connector',
      name: 'E2EConnector',
      description: 'made by the e2e test',
      connection,
    };
    const guid = await backend.createConnector(input);
    await backend.updateConnector(
      guid,
      {
        ...input,
        description: 'merged',
        connection: { kind: 'Connection', connectorType: { connectorProviderClassName: FILES } },
      },
      { merge: true },
    );
    const merged = await backend.getConnector(guid);
    expect(merged.description).toBe('merged');
    expect(merged.connection?.secrets).toEqual({
      clearPassword: true,
      encryptedPassword: false,
      securedPropertyNames: ['token'],
    });
    expect(merged.connection?.endpoint?.address).toBe('data/e2e');
    await backend.updateConnector(
      guid,
      {
        qualifiedName: 'E2E:Connector',
        connection: { kind: 'Connection', connectorType: { connectorProviderClassName: FILES } },
      },
      { merge: false },
    );
    expect((await backend.getConnector(guid)).connection?.secrets.clearPassword).toBe(false);

    const group = (await backend.findGroupByName(DEMO.groups.clinicalTrials))?.guid ?? '';
    await backend.registerConnector(group, guid, {
      connectorName: 'E2EConnector',
      refreshTimeInterval: 5,
      permittedSynchronization: 'FROM_THIRD_PARTY',
    });
    const registration = await backend.getRegistration(group, guid);
    expect(registration).toMatchObject({
      connectorName: 'E2EConnector',
      refreshTimeInterval: 5,
      permittedSynchronization: 'FROM_THIRD_PARTY',
      groupGuid: group,
    });
    expect(registration?.relationshipGuid).not.toBe(guid);
    const registrations = await backend.listRegistrations(group, { startFrom: 0, pageSize: 100 });
    expect(registrations.items.map((r) => r.connectorName)).toContain('E2EConnector');
    expect(await backend.groupsOfConnector(guid)).toEqual([group]);

    const folder = (await backend.findGroupByName(DEMO.groups.kafka))?.guid ?? '';
    const t1 = await backend.addCatalogTarget(guid, folder, {
      catalogTargetName: 'first',
      templates: { t: 'T' },
    });
    const t2 = await backend.addCatalogTarget(guid, folder, {
      catalogTargetName: 'second',
      deleteMethod: 'SOFT_DELETE',
    });
    expect(t1).not.toBe(t2);
    expect(await backend.getCatalogTarget(t1)).toMatchObject({
      catalogTargetName: 'first',
      templates: { t: 'T' },
      element: { guid: folder, typeName: 'IntegrationGroup' },
    });
    await backend.updateCatalogTarget(t1, { catalogTargetName: 'renamed' });
    const targets = await backend.listCatalogTargets(guid, { startFrom: 0, pageSize: 10 });
    expect(targets.items.map((t) => t.catalogTargetName)).toEqual(['renamed', 'second']);
    await backend.removeCatalogTarget(t2);
    expect(
      (await backend.listCatalogTargets(guid, { startFrom: 0, pageSize: 10 })).items,
    ).toHaveLength(1);

    await backend.unregisterConnector(group, guid);
    expect(await backend.getRegistration(group, guid)).toBeNull();
    await backend.deleteConnector(guid, 'E2E:Connector');
    expect(await backend.findConnectorByName('E2E:Connector')).toBeNull();
  });

  it("reads a connector type that stores no framework or language with the OCF's defaults, as real 5.3 does", async () => {
    const guid = await backend.createConnector({
      qualifiedName: 'Test:Connector:TypeDefaults',
      connection: {
        kind: 'Connection',
        connectorType: {
          qualifiedName: 'Test:ConnectorType:TypeDefaults',
          connectorProviderClassName: FILES,
        },
      },
    });
    try {
      expect((await backend.getConnector(guid)).connection?.connectorType).toMatchObject({
        qualifiedName: 'Test:ConnectorType:TypeDefaults',
        connectorFrameworkName: 'Open Connector Framework (OCF)',
        connectorInterfaceLanguage: 'Java',
      });
    } finally {
      await backend.deleteConnector(guid, 'Test:Connector:TypeDefaults');
    }
  });

  it('reads daemon status and group summaries with the seeded failures', async () => {
    const status = await eventually(async () => {
      const s = await backend.daemonStatus(DAEMON);
      const waiting = s.connectors.find((c) => c.connectorName === DEMO.connectors.waiting);
      const failed = s.connectors.find((c) => c.connectorName === DEMO.connectors.failed);
      return waiting?.status === 'WAITING' && failed?.status === 'FAILED' ? s : undefined;
    });
    const failed = status.connectors.find((c) => c.connectorName === DEMO.connectors.failed);
    expect(failed).toMatchObject({
      groupName: DEMO.groups.clinicalTrials,
      failingExceptionMessage: expect.stringMatching(
        /^BASIC-FILES-INTEGRATION-CONNECTORS-404-001 /,
      ),
    });
    expect(
      status.connectors.find((c) => c.connectorName === DEMO.connectors.initializeFailed)?.status,
    ).toBe('INITIALIZE_FAILED');
    expect(
      status.connectors.find((c) => c.connectorName === DEMO.connectors.configFailed)?.status,
    ).toBe('CONFIG_FAILED');
    const summaries = await backend.groupSummaries(DEMO.daemons.lineage);
    expect(summaries.map((g) => [g.name, g.status])).toEqual([
      [DEMO.groups.openLineage, 'RUNNING'],
      [DEMO.groups.observability, 'ASSIGNED'],
    ]);
    const summary = await backend.groupSummary(DAEMON, DEMO.groups.donnees);
    expect(summary.connectors.map((c) => c.connectorName)).toEqual([DEMO.connectors.nonAscii]);
    expect(await errorOf(backend.groupSummary(DAEMON, DEMO.groups.unityCatalog))).toMatchObject({
      messageId: 'INTEGRATION-DAEMON-SERVICES-400-034',
    });
  });

  it('refreshes group configuration and drives a running connector: properties, endpoint, connection, refresh, restart', async () => {
    const group = (await backend.findGroupByName(DEMO.groups.donnees))?.guid ?? '';
    const guid = await backend.createConnector({
      qualifiedName: 'E2E:Daemon:Connector',
      name: 'E2EDaemonConnector',
      connection: {
        kind: 'Connection',
        connectorType: { connectorProviderClassName: FILES },
        endpoint: { address: 'data/e2e-daemon' },
        configurationProperties: { waitForDirectory: 'true' },
      },
    });
    await backend.registerConnector(group, guid, {
      connectorName: 'E2E Daemon',
      refreshTimeInterval: 1,
    });
    const report = async () =>
      (await backend.groupSummary(DAEMON, DEMO.groups.donnees)).connectors.find(
        (c) => c.connectorName === 'E2E Daemon',
      );
    expect(await report()).toBeUndefined();
    await backend.refreshGroupConfig(DAEMON, DEMO.groups.donnees);
    const running = await eventually(async () => {
      const r = await report();
      return r?.status === 'RUNNING' ? r : undefined;
    });
    // A group summary names the registration; the daemon-wide status names the connector.
    const status = await backend.daemonStatus(DAEMON);
    expect(status.connectors.find((c) => c.connectorName === 'E2E Daemon')?.connectorGuid).toBe(
      guid,
    );
    expect(running).toMatchObject({
      registrationGuid: expect.stringMatching(/^RegisteredIntegrationConnector-/),
      minMinutesBetweenRefresh: 1,
      endpointAddress: 'data/e2e-daemon',
      connectorProviderClassName: FILES,
    });

    await backend.updateConnectorConfigurationProperties(
      DAEMON,
      'E2E Daemon',
      { extra: 1 },
      { merge: true },
    );
    expect(await backend.connectorConfigurationProperties(DAEMON, 'E2E Daemon')).toEqual({
      waitForDirectory: 'true',
      extra: 1,
    });
    await backend.updateConnectorConfigurationProperties(
      DAEMON,
      'E2E Daemon',
      { only: true },
      { merge: false },
    );
    expect(await backend.connectorConfigurationProperties(DAEMON, 'E2E Daemon')).toEqual({
      only: true,
    });

    await backend.updateEndpointAddress(DAEMON, 'E2E Daemon', 'data/e2e-moved');
    const moved = await eventually(async () => {
      const r = await report();
      return r?.endpointAddress === 'data/e2e-moved' &&
        r.connectorInstanceId !== running.connectorInstanceId
        ? r
        : undefined;
    });

    await backend.updateConnectorConnection(DAEMON, 'E2E Daemon', {
      kind: 'Connection',
      connectorType: { connectorProviderClassName: FILES },
      endpoint: { address: 'data/does-not-exist' },
    });
    const failed = await eventually(async () => {
      const r = await report();
      return r?.status === 'FAILED' ? r : undefined;
    });
    expect(failed.failingExceptionMessage).toBe(
      'BASIC-FILES-INTEGRATION-CONNECTORS-404-001 The directory named data/does-not-exist does not exist',
    );
    expect(failed.connectorInstanceId).not.toBe(moved.connectorInstanceId);

    await backend.updateEndpointAddress(DAEMON, 'E2E Daemon', 'data/back');
    await eventually(async () => ((await report())?.status === 'RUNNING' ? true : undefined));
    const before = (await report())?.statistics['refreshCount'] as number;
    await backend.refreshConnectors(DAEMON, 'E2E Daemon');
    await eventually(async () =>
      ((await report())?.statistics['refreshCount'] as number) > before ? true : undefined,
    );
    await backend.refreshConnectors(DAEMON);
    const instance = (await report())?.connectorInstanceId;
    await backend.restartConnectors(DAEMON, 'E2E Daemon');
    expect((await report())?.connectorInstanceId).not.toBe(instance);
    await backend.restartConnectors(DAEMON);

    const unknown = await errorOf(backend.connectorConfigurationProperties(DAEMON, 'Nobody'));
    expect(unknown).toMatchObject({
      relatedHTTPCode: 400,
      messageId: 'INTEGRATION-DAEMON-SERVICES-400-031',
    });
  });
});
