/**
 * Contract: the integration daemon API, in both dialects (5.3 with the userId in the path; 6.x
 * without it, with a bearer token). The test configures the daemon with a group of its own through
 * the admin services and restarts it, as an Egeria administrator would, then drives the connectors
 * through status, refresh-config, configuration properties, refresh and restart. Wire shapes are
 * asserted in the form of the target's dialect.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CONNECTOR_STATUSES } from '../../src/egeria/model';
import { backendFor, contractTargets, eventually, ISO_DATE, rawClient, runId } from './targets';
import { FILES_MONITOR } from '../../src/test/egeria-test-kit';

describe.each(contractTargets())('integration daemon contract: $name', (target) => {
  const id = runId();
  const raw = rawClient(target);
  const groupName = `Contract:${id}:IntegrationGroup:Daemon`;
  const first = `ContractFiles-${id}`;
  const second = `ContractFolder-${id}`;
  let groupGuid = '';
  const connectors: Array<[string, string]> = [];

  async function restartDaemon() {
    const instance = `${raw.platform()}/servers/${encodeURIComponent(target.daemon)}/instance`;
    await raw.call('DELETE', instance);
    const started = await raw.post(instance, {});
    expect(started.json['relatedHTTPCode']).toBe(200);
  }

  async function connector(name: string, address: string) {
    const backend = backendFor(target);
    const guid = await backend.createConnector({
      qualifiedName: `Contract:${id}:IntegrationConnector:${name}`,
      name,
      connection: {
        kind: 'Connection',
        connectorType: { connectorProviderClassName: FILES_MONITOR },
        endpoint: { address },
        configurationProperties: { waitForDirectory: 'true' },
      },
    });
    connectors.push([guid, `Contract:${id}:IntegrationConnector:${name}`]);
    return guid;
  }

  beforeAll(async () => {
    await target.start();
    const backend = backendFor(target);
    groupGuid = await backend.createGroup({
      qualifiedName: groupName,
      description: 'contract test group',
    });
    await backend.registerConnector(groupGuid, await connector(first, target.workDir), {
      connectorName: first,
      refreshTimeInterval: 60,
    });
    // On a secured 6.x platform the daemon reaches the metadata server with its own credentials,
    // named in each group's configuration (a secrets store): the new group takes those of the
    // groups the daemon already runs, or its calls to the store are refused with 401.
    const configured = await raw.get(
      `${raw.admin(target.daemon)}/integration-groups/configuration`,
    );
    const existing = (configured.json['integrationGroups'] ?? configured.json['groups']) as
      Array<Record<string, unknown>> | undefined;
    const credentials = Object.fromEntries(
      Object.entries(existing?.[0] ?? {}).filter(([key]) => key.startsWith('secretsStore')),
    );
    const added = await raw.post(`${raw.admin(target.daemon)}/integration-groups/configuration`, {
      class: 'IntegrationGroupConfig',
      omagserverPlatformRootURL: target.url,
      omagserverName: target.metadataServer,
      integrationGroupQualifiedName: groupName,
      ...credentials,
    });
    expect(added.json['relatedHTTPCode']).toBe(200);
    await restartDaemon();
  }, 180_000);

  afterAll(async () => {
    const backend = backendFor(target);
    await raw
      .call(
        'DELETE',
        `${raw.admin(target.daemon)}/integration-groups/${encodeURIComponent(groupName)}`,
      )
      .catch(() => undefined);
    for (const [guid, qn] of connectors)
      await backend.deleteConnector(guid, qn).catch(() => undefined);
    if (groupGuid) await backend.deleteGroup(groupGuid, groupName).catch(() => undefined);
    await target.stop();
  });

  const report = async (name: string) => {
    const status = await backendFor(target).daemonStatus(target.daemon);
    return status.connectors.find((c) => c.connectorName === name && c.groupName === groupName);
  };

  it('reports the group and its connector in the daemon status, in its dialect’s form', async () => {
    await eventually(
      async () => ((await report(first))?.status ? true : undefined),
      `${first} in the daemon status`,
      120_000,
    );
    const r = await raw.get(`${raw.daemon()}/status`);
    expect(r.json).toMatchObject({
      class: 'IntegrationDaemonStatusResponse',
      relatedHTTPCode: 200,
    });
    const summaries = (r.json['integrationDaemonStatus'] as Record<string, any>)
      .integrationGroupSummaries as Array<Record<string, any>>;
    const summary = summaries.find((s) => s.integrationGroupName === groupName)!;
    expect(summary).toMatchObject({
      integrationGroupGUID: groupGuid,
      integrationGroupStatus: expect.any(String),
    });
    expect(summary).not.toHaveProperty('class');
    const rep = (summary.integrationConnectorReports as Array<Record<string, any>>).find(
      (c) => c.connectorName === first,
    )!;
    expect(CONNECTOR_STATUSES).toContain(rep.connectorStatus);
    expect(rep.lastStatusChange).toMatch(ISO_DATE);
    expect(rep.connectorInstanceId).toEqual(expect.any(String));
    expect(rep.minMinutesBetweenRefresh).toBe(60);
    expect(rep.connection).toMatchObject({
      class: 'Connection',
      connectorType: { class: 'ConnectorType', connectorProviderClassName: FILES_MONITOR },
    });
    if (target.dialect === 'v6') {
      // 6.x: the OCF endpoint says networkAddress.
      expect(rep.connection.endpoint).toMatchObject({ networkAddress: target.workDir });
      expect(rep.connection.endpoint).not.toHaveProperty('address');
    } else {
      expect(rep.connection.endpoint).toMatchObject({ address: target.workDir });
      expect(rep.connection.endpoint).not.toHaveProperty('networkAddress');
    }
    // A group's report names the registration (connectorId); only the daemon-wide list names the
    // connector's element, and the group, by GUID.
    const wide = (
      (r.json['integrationDaemonStatus'] as Record<string, any>)
        .integrationConnectorReports as Array<Record<string, any>>
    ).find((c) => c.connectorId === rep.connectorId)!;
    expect(wide).toMatchObject({ connectorName: first, connectorGUID: connectors[0]?.[0] });
    // 6.x adds the group's GUID to each daemon-wide report; 5.3's bean has no such field.
    if (target.dialect === 'v6') expect(wide.integrationGroupGUID).toBe(groupGuid);
    else expect(wide).not.toHaveProperty('integrationGroupGUID');
    const mapped = await report(first);
    expect(mapped?.connectorGuid).toBe(connectors[0]?.[0]);
    expect(mapped?.registrationGuid).toBe(rep.connectorId);
    expect(mapped?.endpointAddress).toBe(target.workDir);
  });

  it('answers group summaries, one by name and all', async () => {
    const one = await raw.get(
      `${raw.daemon()}/integration-groups/${encodeURIComponent(groupName)}/summary`,
    );
    expect(one.json).toMatchObject({
      class: 'IntegrationGroupSummaryResponse',
      relatedHTTPCode: 200,
      integrationGroupSummary: { integrationGroupName: groupName },
    });
    const all = await backendFor(target).groupSummaries(target.daemon);
    expect(all.map((g) => g.name)).toContain(groupName);
  });

  it('picks up a newly registered connector on refresh-config', async () => {
    const backend = backendFor(target);
    await backend.registerConnector(groupGuid, await connector(second, target.workDir), {
      connectorName: second,
      refreshTimeInterval: 30,
    });
    const refreshed = await raw.get(
      `${raw.daemon()}/integration-groups/${encodeURIComponent(groupName)}/refresh-config`,
    );
    expect(refreshed.json).toMatchObject({ class: 'VoidResponse', relatedHTTPCode: 200 });
    // 6.1 answers refresh-config but ignores it within 10 minutes of the group's last refresh
    // (IntegrationGroupHandler.refreshConfig): there, restarting the daemon reads the group again.
    if (target.dialect === 'v6') await restartDaemon();
    await eventually(
      async () => ((await report(second)) ? true : undefined),
      `${second} after refresh-config`,
      90_000,
    );
  }, 150_000);

  it('reads and merges a running connector’s configuration properties', async () => {
    const backend = backendFor(target);
    // The daemon may have restarted just before (6.x): wait until the connector runs again.
    await eventually(
      async () => ((await report(first))?.status ? true : undefined),
      `${first} running`,
      60_000,
    );
    const r = await raw.get(
      `${raw.daemon()}/integration-connectors/${encodeURIComponent(first)}/configuration-properties`,
    );
    expect(r.json).toMatchObject({ class: 'PropertiesResponse', relatedHTTPCode: 200 });
    await backend.updateConnectorConfigurationProperties(
      target.daemon,
      first,
      { contractMarker: id },
      { merge: true },
    );
    const after = await backend.connectorConfigurationProperties(target.daemon, first);
    expect(after).toMatchObject({ contractMarker: id, waitForDirectory: 'true' });
  }, 90_000);

  it('refreshes and restarts a connector; a restart makes a new instance', async () => {
    const backend = backendFor(target);
    const before = await eventually(
      async () => (await report(first))?.connectorInstanceId,
      'an instance id',
    );
    await backend.refreshConnectors(target.daemon, first);
    await backend.restartConnectors(target.daemon, first);
    await eventually(
      async () => {
        const id2 = (await report(first))?.connectorInstanceId;
        return id2 && id2 !== before ? id2 : undefined;
      },
      'a new connector instance after restart',
      60_000,
    );
  });

  it('changes a running connector’s endpoint address', async () => {
    const backend = backendFor(target);
    await backend.updateEndpointAddress(target.daemon, second, `${target.workDir}/moved`);
    await eventually(
      async () =>
        (await report(second))?.endpointAddress === `${target.workDir}/moved` ? true : undefined,
      'the new endpoint in the report',
      60_000,
    );
  });

  it('refuses an unknown connector or group with the daemon’s message ids', async () => {
    const c = await raw.post(`${raw.daemon()}/integration-connectors/refresh`, {
      class: 'NameRequestBody',
      name: `NoSuchConnector-${id}`,
    });
    expect(c.json).toMatchObject({
      relatedHTTPCode: 400,
      exceptionErrorMessageId: 'INTEGRATION-DAEMON-SERVICES-400-031',
    });
    const g = await raw.get(
      `${raw.daemon()}/integration-groups/${encodeURIComponent(`NoSuchGroup-${id}`)}/summary`,
    );
    expect(g.json).toMatchObject({
      relatedHTTPCode: 400,
      exceptionErrorMessageId: 'INTEGRATION-DAEMON-SERVICES-400-034',
    });
  });
});
