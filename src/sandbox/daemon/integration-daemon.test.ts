import { afterEach, describe, expect, it } from 'vitest';
import { groupConfig } from './daemon-config';
import type { PlatformRuntime } from '../platform-runtime';
import { groupSummaryBean } from '../render/daemon-reports';
import { SeedWriter } from '../seed/seed-writer';
import type { ConnectionBean } from '../services/request-beans';
import { eventually, METADATA_SERVER, testRuntime, USER } from '../testing/test-kit';

/** A report as the 5.3 daemon API writes it. */
type Report = Record<string, unknown> & {
  connectorStatus?: string;
  connectorInstanceId?: string;
  lastRefreshTime?: string;
  lastStatusChange?: string;
  failingExceptionMessage?: string;
  statistics?: Record<string, unknown>;
  minMinutesBetweenRefresh?: number;
  connectorId?: string;
};

const FILES =
  'org.odpi.openmetadata.adapters.connectors.integration.basicfiles.DataFilesMonitorIntegrationProvider';
const KAFKA =
  'org.odpi.openmetadata.adapters.connectors.apachekafka.integration.KafkaTopicIntegrationProvider';
const ATLAS =
  'org.odpi.openmetadata.adapters.connectors.apacheatlas.integration.ApacheAtlasIntegrationProvider';
const GROUP = 'Test:IntegrationGroup:Daemon';
const DAEMON = 'integration-daemon';
const MINUTE = 60_000;

describe('simulated integration daemon', () => {
  let runtime: PlatformRuntime;
  afterEach(() => runtime?.close());

  let writer: SeedWriter;

  function setUp(minuteMs = MINUTE): string {
    runtime = testRuntime('empty', { minuteMs });
    writer = new SeedWriter(runtime.estate, USER);
    const group = writer.group(GROUP, GROUP, 'daemon test');
    runtime.setGroupConfigs(DAEMON, [groupConfig(GROUP, METADATA_SERVER)]);
    return group;
  }

  function addConnector(
    group: string,
    name: string,
    provider: string,
    options: { address?: string; config?: Record<string, unknown>; refresh?: number } = {},
  ): string {
    const connection: ConnectionBean = {
      class: 'Connection',
      qualifiedName: `${name}:Connection`,
      connectorType: { class: 'ConnectorType', connectorProviderClassName: provider },
    };
    if (options.address) connection.endpoint = { class: 'Endpoint', address: options.address };
    if (options.config) connection.configurationProperties = options.config;
    const guid = writer.connector({
      qualifiedName: `Test:${name}`,
      name,
      description: name,
      connection,
    });
    writer.register(group, guid, {
      connectorName: name,
      refreshTimeInterval: options.refresh ?? 10,
    });
    return guid;
  }

  // As written on the wire: the reports are built when written.
  const summary = (name = GROUP) =>
    JSON.parse(
      JSON.stringify(
        groupSummaryBean(runtime.daemon(DAEMON).groupSummary(name), '5.3', runtime.estate.origin),
      ),
    ) as Record<string, unknown> & { integrationConnectorReports?: Report[] };
  const report = (name: string): Report | undefined =>
    summary().integrationConnectorReports?.find((r) => r['connectorName'] === name);
  const registrationOf = (connectorGuid: string) =>
    runtime.store.relationshipsToEnd2(connectorGuid, 'RegisteredIntegrationConnector')[0]?.guid;
  const advance = (ms: number) => runtime.advanceClock(ms);

  it('starts a connector INITIALIZED, then RUNNING after its first refresh, and refreshes on its interval', () => {
    const group = setUp();
    const guid = addConnector(group, 'Files', FILES, { address: 'data/landing', refresh: 10 });
    runtime.startServer(DAEMON);
    // connectorId names the registration, not the connector (captured 5.3 03a–03c).
    expect(report('Files')).toMatchObject({
      connectorId: registrationOf(guid),
      connectorStatus: 'INITIALIZED',
      minMinutesBetweenRefresh: 10,
    });
    expect(report('Files')?.lastRefreshTime).toBeUndefined();

    advance(3_000);
    const first = report('Files');
    expect(first).toMatchObject({
      connectorStatus: 'RUNNING',
      statistics: { refreshCount: 1, catalogTargetsProcessed: 0 },
    });
    expect(first?.lastRefreshTime).toMatch(/\+00:00$/);
    expect(first?.connection).toMatchObject({
      class: 'Connection',
      connectorType: { connectorProviderClassName: FILES },
      endpoint: { address: 'data/landing' },
    });

    advance(10 * MINUTE);
    expect(report('Files')?.connectorStatus).toBe('REFRESHING');
    advance(2_000);
    const second = report('Files');
    expect(second).toMatchObject({ connectorStatus: 'RUNNING', statistics: { refreshCount: 2 } });
    expect(second?.connectorInstanceId).toBe(first?.connectorInstanceId);
    expect(Date.parse(second?.lastRefreshTime ?? '')).toBeGreaterThan(
      Date.parse(first?.lastRefreshTime ?? ''),
    );
    expect(summary()).toMatchObject({
      integrationGroupGUID: group,
      integrationGroupDescription: 'daemon test',
      integrationGroupStatus: 'RUNNING',
    });
  });

  it('fails, waits or refuses to start the way the real connectors do', () => {
    const group = setUp();
    addConnector(group, 'Missing', FILES, { address: 'data/does-not-exist' });
    addConnector(group, 'Waiting', FILES, {
      address: 'data/missing-for-now',
      config: { waitForDirectory: 'true' },
    });
    addConnector(group, 'Unknown', 'com.example.NoSuchProvider');
    addConnector(group, 'NoAtlas', ATLAS);
    addConnector(group, 'NoKafka', KAFKA);
    addConnector(group, 'Refused', KAFKA, { address: 'unreachable-kafka.example:9093' });
    const targeted = addConnector(group, 'TargetMissing', FILES);
    const folder = writer.asset('FileFolder', 'Folder:data/missing/a', 'a');
    writer.target(targeted, folder, { catalogTargetName: 'directoryToMonitor' });
    runtime.startServer(DAEMON);

    expect(report('Unknown')).toMatchObject({
      connectorStatus: 'INITIALIZE_FAILED',
      failingExceptionMessage:
        'OCF-CONNECTION-400-005 Unknown Connector Provider class com.example.NoSuchProvider passed in connection Unknown:Connection',
    });
    advance(3_000);
    expect(report('Missing')).toMatchObject({
      connectorStatus: 'FAILED',
      failingExceptionMessage:
        'BASIC-FILES-INTEGRATION-CONNECTORS-404-001 The directory named data/does-not-exist does not exist',
    });
    expect(report('Waiting')?.connectorStatus).toBe('WAITING');
    expect(report('Waiting')?.failingExceptionMessage).toBeUndefined();
    expect(report('NoAtlas')).toMatchObject({
      connectorStatus: 'CONFIG_FAILED',
      failingExceptionMessage: expect.stringMatching(
        /^APACHE-ATLAS-INTEGRATION-CONNECTOR-400-001 Integration connector NoAtlas /,
      ),
    });
    expect(report('NoKafka')).toMatchObject({
      connectorStatus: 'CONFIG_FAILED',
      failingExceptionMessage:
        'OCF-CONNECTION-400-009 Null endpoint detected in connection NoKafka:Connection',
    });
    expect(report('Refused')?.failingExceptionMessage).toContain('unreachable-kafka.example/9093');
    expect(report('TargetMissing')?.failingExceptionMessage).toContain(
      'The directory named Folder:data/missing/a does not exist',
    );

    // A failed connector is not refreshed on its interval; a waiting one keeps checking.
    const failedChange = report('Missing')?.lastStatusChange;
    advance(30 * MINUTE);
    expect(report('Missing')?.lastStatusChange).toBe(failedChange);
    expect(report('Waiting')?.connectorStatus).toBe('WAITING');
  });

  it('picks up registration changes on refresh-config, and not before', () => {
    const group = setUp();
    const kept = addConnector(group, 'Kept', FILES, { address: 'data/a' });
    const removed = addConnector(group, 'Removed', FILES, { address: 'data/b' });
    addConnector(group, 'Changed', FILES, { address: 'data/c', refresh: 10 });
    runtime.startServer(DAEMON);
    advance(3_000);
    const instance = (name: string) => report(name)?.connectorInstanceId;
    const before = { kept: instance('Kept'), changed: instance('Changed') };

    addConnector(group, 'Added', FILES, { address: 'data/d' });
    runtime.service.unregisterIntegrationConnectorFromGroup(group, removed);
    const changedGuid = runtime.store.findByQualifiedName('Test:Changed')[0]?.guid ?? '';
    // Registering again updates the registration.
    runtime.service.registerIntegrationConnectorWithGroup(USER, group, changedGuid, {
      connectorName: 'Changed',
      refreshTimeInterval: 20,
    });

    const names = () =>
      summary()
        .integrationConnectorReports?.map((r) => r['connectorName'])
        .sort();
    expect(names()).toEqual(['Changed', 'Kept', 'Removed']);

    runtime.daemon(DAEMON).refreshGroupConfig(GROUP);
    expect(names()).toEqual(['Added', 'Changed', 'Kept']);
    expect(instance('Kept')).toBe(before.kept);
    expect(instance('Changed')).not.toBe(before.changed);
    expect(report('Changed')?.minMinutesBetweenRefresh).toBe(20);
    expect(report('Added')?.connectorStatus).toBe('INITIALIZED');
    expect(kept).toBeTruthy();
  });

  it('also picks up changes on its slow periodic configuration refresh', () => {
    const group = setUp();
    runtime.startServer(DAEMON);
    addConnector(group, 'Late', FILES, { address: 'data/late' });
    advance(59 * MINUTE);
    expect(report('Late')).toBeUndefined();
    advance(2 * MINUTE);
    expect(report('Late')).toBeDefined();
  });

  it('runs a group once its definition appears, reporting it ASSIGNED until then', () => {
    runtime = testRuntime('empty');
    runtime.setGroupConfigs(DAEMON, [groupConfig('Test:Later', METADATA_SERVER)]);
    runtime.startServer(DAEMON);
    expect(summary('Test:Later')).toEqual({
      integrationGroupName: 'Test:Later',
      integrationGroupStatus: 'ASSIGNED',
    });
    const guid = runtime.service.createIntegrationGroup(USER, {
      class: 'IntegrationGroupProperties',
      qualifiedName: 'Test:Later',
    });
    runtime.daemon(DAEMON).refreshGroupConfig('Test:Later');
    expect(summary('Test:Later')).toMatchObject({
      integrationGroupGUID: guid,
      integrationGroupStatus: 'RUNNING',
    });
  });

  it('restarts with a new instance, clears a forced failure, and refreshes only running connectors', () => {
    const group = setUp();
    addConnector(group, 'Files', FILES, { address: 'data/landing' });
    runtime.startServer(DAEMON);
    advance(3_000);
    const daemon = runtime.daemon(DAEMON);
    const firstInstance = report('Files')?.connectorInstanceId;

    daemon.refreshConnectors('Files');
    expect(report('Files')?.connectorStatus).toBe('REFRESHING');
    advance(2_000);
    expect(report('Files')?.statistics).toMatchObject({ refreshCount: 2 });

    expect(daemon.failConnector('Files', 'injected by test')).toBe(true);
    expect(report('Files')).toMatchObject({
      connectorStatus: 'FAILED',
      failingExceptionMessage: 'injected by test',
    });
    daemon.refreshConnectors('Files');
    advance(20 * MINUTE);
    expect(report('Files')?.connectorStatus).toBe('FAILED');

    daemon.restartConnectors();
    expect(report('Files')?.connectorInstanceId).not.toBe(firstInstance);
    expect(report('Files')?.connectorStatus).toBe('INITIALIZED');
    advance(3_000);
    expect(report('Files')).toMatchObject({
      connectorStatus: 'RUNNING',
      statistics: { refreshCount: 1 },
    });
    expect(report('Files')?.failingExceptionMessage).toBeUndefined();
  });

  it('changes configuration properties of the running instance only, and restarts on an endpoint change', () => {
    const group = setUp();
    addConnector(group, 'Files', FILES, {
      address: 'data/landing',
      config: { waitForDirectory: 'true', catalogAllFiles: 'true' },
    });
    runtime.startServer(DAEMON);
    advance(3_000);
    const daemon = runtime.daemon(DAEMON);

    daemon.updateConfigurationProperties('Files', true, { allowCatalogDelete: 'false' });
    expect(daemon.configurationProperties('Files')).toEqual({
      waitForDirectory: 'true',
      catalogAllFiles: 'true',
      allowCatalogDelete: 'false',
    });
    daemon.updateConfigurationProperties('Files', false, { catalogAllFiles: 'false' });
    expect(daemon.configurationProperties('Files')).toEqual({ catalogAllFiles: 'false' });
    const connectorGuid = runtime.store.findByQualifiedName('Test:Files')[0]!.guid;
    const stored = runtime.estate.connectionOfAsset(connectorGuid)?.connection.properties;
    expect(stored?.['configurationProperties']).toEqual({
      waitForDirectory: 'true',
      catalogAllFiles: 'true',
    });

    const instance = report('Files')?.connectorInstanceId;
    daemon.updateEndpointAddress('Files', 'data/missing-now');
    expect(report('Files')?.connectorInstanceId).not.toBe(instance);
    advance(3_000);
    // waitForDirectory was replaced away above, so the missing directory is now a failure.
    expect(report('Files')).toMatchObject({
      connectorStatus: 'FAILED',
      connection: { endpoint: { address: 'data/missing-now' } },
    });

    expect(() => daemon.configurationProperties('Nope')).toThrow(
      /INTEGRATION-DAEMON-SERVICES-400-031/,
    );
    expect(() => daemon.groupSummary('Nope')).toThrow(/INTEGRATION-DAEMON-SERVICES-400-034/);
  });

  it('moves through its states in real time with a tiny minute', async () => {
    const group = setUp(5);
    addConnector(group, 'Fast', FILES, { address: 'data/fast', refresh: 2 });
    runtime.startServer(DAEMON);
    const count = await eventually(() => {
      const n = Number(report('Fast')?.statistics?.['refreshCount'] ?? 0);
      return n >= 3 ? n : undefined;
    }, 3_000);
    expect(count).toBeGreaterThanOrEqual(3);
  });
});
