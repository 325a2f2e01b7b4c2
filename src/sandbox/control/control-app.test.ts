import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startSandbox, type SandboxHandle } from '../sandbox';
import { DEMO } from '../seed/demo-estate';
import { eventually, rawHttp } from '../testing/test-kit';

describe('control API', () => {
  let sandbox: SandboxHandle;
  let raw: ReturnType<typeof rawHttp>;
  let control: ReturnType<typeof rawHttp>;
  beforeAll(async () => {
    sandbox = await startSandbox({ seed: 'demo', minuteMs: 1_000 });
    raw = rawHttp(sandbox.url);
    control = rawHttp(sandbox.controlUrl);
  });
  afterAll(() => sandbox.close());
  beforeEach(async () => {
    await control.call('DELETE', '/sandbox-control/faults');
    await control.post('/sandbox-control/stats/reset');
  });

  it('is served only on its own listener', async () => {
    // Unknown to the Egeria listener, which answers as 5.3 does: a bare 401.
    expect((await raw.get('/sandbox-control/stats')).status).toBe(401);
    expect((await control.get('/sandbox-control')).json).toMatchObject({
      metadataServer: 'active-metadata-store',
      daemons: ['integration-daemon', 'lineage-daemon'],
    });
  });

  it('counts requests per method and route pattern since the last reset', async () => {
    await raw.get(`${raw.daemon()}/status`);
    await raw.get(`${raw.daemon('lineage-daemon')}/status`);
    await raw.get(`${raw.gcs}/integration-groups?startingFrom=0&maximumResults=5`);
    await raw.get('/nowhere');
    const stats = (await control.get('/sandbox-control/stats')).json;
    expect(stats).toEqual({
      'GET /servers/:daemon/open-metadata/integration-daemon/users/:userId/status': 2,
      'GET /servers/:server/open-metadata/framework-services/:marker/governance-configuration-service/users/:userId/integration-groups': 1,
      'GET <unmatched>': 1,
    });
    await control.post('/sandbox-control/stats/reset');
    expect((await control.get('/sandbox-control/stats')).json).toEqual({});
  });

  it('injects an FFDC error in the matched operation’s response class, a given number of times', async () => {
    const added = await control.post('/sandbox-control/faults', {
      path: '/integration-groups$',
      ffdc: {
        relatedHTTPCode: 503,
        messageId: 'OMAG-COMMON-503-001',
        text: 'The metadata store is busy',
      },
      times: 2,
    });
    expect(added.status).toBe(201);
    const path = `${raw.gcs}/integration-groups?startingFrom=0&maximumResults=5`;
    for (let i = 0; i < 2; i++) {
      const r = await raw.get(path);
      expect(r.status).toBe(200);
      expect(r.json).toMatchObject({
        class: 'IntegrationGroupElementsResponse',
        relatedHTTPCode: 503,
        actionDescription: 'getAllIntegrationGroups',
        exceptionErrorMessage: 'OMAG-COMMON-503-001 The metadata store is busy',
        exceptionErrorMessageId: 'OMAG-COMMON-503-001',
      });
    }
    expect((await raw.get(path)).json['relatedHTTPCode']).toBe(200);
    expect((await control.get('/sandbox-control/faults')).json).toEqual({ faults: [] });
  });

  it('injects latency and plain HTTP errors until cleared', async () => {
    await control.post('/sandbox-control/faults', { path: '/status$', latencyMs: 150 });
    await control.post('/sandbox-control/faults', { path: '/status$', method: 'GET', status: 503 });
    const started = Date.now();
    const slow = await raw.get(`${raw.daemon()}/status`);
    expect(Date.now() - started).toBeGreaterThanOrEqual(140);
    expect(slow.status).toBe(503);
    expect(slow.json).toMatchObject({ status: 503, error: 'Service Unavailable' });
    expect((await control.get('/sandbox-control/faults')).json['faults']).toHaveLength(2);
    await control.call('DELETE', '/sandbox-control/faults');
    expect((await raw.get(`${raw.daemon()}/status`)).status).toBe(200);
  });

  it('refuses bad control input with a clear 400', async () => {
    const noEffect = await control.post('/sandbox-control/faults', { path: 'x' });
    expect(noEffect.status).toBe(400);
    expect(noEffect.json['message']).toContain('give latencyMs, status or ffdc');
    const badRegex = await control.post('/sandbox-control/faults', { path: '(', status: 500 });
    expect(badRegex.json['message']).toMatch(/^path: not a regular expression/);
    const badSeed = await control.post('/sandbox-control/seed', { seed: 'lots' });
    expect(badSeed.status).toBe(400);
    expect(badSeed.json['message']).toMatch(/^seed: /);
    expect((await control.post(`/sandbox-control/connectors/x/fail`, {})).json['message']).toMatch(
      /^message: /,
    );
    expect((await control.post('/sandbox-control/daemons/nobody/down')).status).toBe(404);
  });

  it('takes a daemon down (it answers as an unknown server) and up again with new instances', async () => {
    const before = await eventually(async () => {
      const r = await raw.get(`${raw.daemon('lineage-daemon')}/status`);
      return r.json['relatedHTTPCode'] === 200 ? r : undefined;
    });
    expect(before.text).toContain('connectorInstanceId');
    expect((await control.post('/sandbox-control/daemons/lineage-daemon/down')).json).toEqual({
      daemon: 'lineage-daemon',
      available: false,
    });
    const down = await raw.get(`${raw.daemon('lineage-daemon')}/status`);
    expect(down.json).toMatchObject({
      relatedHTTPCode: 404,
      exceptionErrorMessageId: 'OMAG-MULTI-TENANT-404-001',
    });
    expect((await raw.get(`${raw.platform}/servers/active`)).json['serverList']).toEqual([
      'active-metadata-store',
      'integration-daemon',
    ]);
    expect((await raw.get(`${raw.platform}/servers/lineage-daemon/status`)).json).toMatchObject({
      active: false,
      serverEndTime: expect.any(String),
    });

    await control.post('/sandbox-control/daemons/lineage-daemon/up');
    const up = await raw.get(`${raw.daemon('lineage-daemon')}/status`);
    expect(up.json['relatedHTTPCode']).toBe(200);
    // The group reports carry the instance ids (the daemon-wide list repeats the registration GUID).
    const ids = (json: Record<string, unknown>) =>
      (
        json['integrationDaemonStatus'] as {
          integrationGroupSummaries: Array<{
            integrationConnectorReports?: Array<{ connectorInstanceId: string }>;
          }>;
        }
      ).integrationGroupSummaries.flatMap((g) =>
        (g.integrationConnectorReports ?? []).map((r) => r.connectorInstanceId),
      );
    expect(ids(up.json).length).toBeGreaterThan(0);
    expect(ids(up.json).some((id) => ids(before.json).includes(id))).toBe(false);
  });

  it('closes the platform listener (connections refused) and reopens it on the same port', async () => {
    await control.post('/sandbox-control/platform/down');
    await expect(fetch(`${sandbox.url}${raw.platform}/origin`)).rejects.toThrow();
    await control.post('/sandbox-control/platform/up');
    expect((await raw.get(`${raw.platform}/origin`)).status).toBe(200);
    await sandbox.stopPlatform();
    await expect(fetch(`${sandbox.url}${raw.platform}/origin`)).rejects.toThrow();
    await sandbox.startPlatform();
    expect((await raw.get(`${raw.platform}/origin`)).status).toBe(200);
  });

  it('fails a connector with a message until it is restarted', async () => {
    const name = DEMO.connectors.manyTargets;
    const failed = await control.post(`/sandbox-control/connectors/${name}/fail`, {
      message: 'Disk quota exceeded',
    });
    expect(failed.json).toMatchObject({ connectorStatus: 'FAILED' });
    const report = async () => {
      const r = await raw.get(
        `${raw.daemon()}/integration-groups/${encodeURIComponent(DEMO.groups.default)}/summary`,
      );
      const reports = (
        r.json['integrationGroupSummary'] as {
          integrationConnectorReports: Array<Record<string, unknown>>;
        }
      ).integrationConnectorReports;
      return reports.find((c) => c['connectorName'] === name);
    };
    expect(await report()).toMatchObject({
      connectorStatus: 'FAILED',
      failingExceptionMessage: 'Disk quota exceeded',
    });
    await control.post('/sandbox-control/clock', { advanceMinutes: 120 });
    expect((await report())?.['connectorStatus']).toBe('FAILED');
    await raw.post(`${raw.daemon()}/integration-connectors/restart`, {
      class: 'NameRequestBody',
      name,
    });
    await eventually(async () =>
      (await report())?.['connectorStatus'] === 'RUNNING' ? true : undefined,
    );
    expect(
      (await control.post('/sandbox-control/connectors/NoSuchConnector/fail', { message: 'x' }))
        .status,
    ).toBe(404);
  });

  it('reseeds on reset, clearing faults and counts, and answers with the new estate', async () => {
    await control.post('/sandbox-control/faults', { path: '.', latencyMs: 1 });
    const small = await control.post('/sandbox-control/reset', { seed: { connectors: 12 } });
    expect(small.json).toMatchObject({ seed: { connectors: 12 }, daemons: ['integration-daemon'] });
    expect(sandbox.daemons).toEqual(['integration-daemon']);
    expect((await control.get('/sandbox-control/faults')).json).toEqual({ faults: [] });
    const page = await raw.get(`${raw.gcs}/integration-connectors?startingFrom=0&maximumResults=0`);
    expect(page.json['elements']).toHaveLength(12);
    const back = await control.post('/sandbox-control/reset', {});
    expect(back.json).toMatchObject({
      seed: 'demo',
      daemons: ['integration-daemon', 'lineage-daemon'],
    });
    const targets = await control.get(
      `/sandbox-control/elements?qualifiedName=${encodeURIComponent('CocoPharma:FileFolder:data/landing-area/hospitals/hampton')}`,
    );
    expect(targets.json['elements']).toEqual([
      {
        guid: expect.any(String),
        typeName: 'FileFolder',
        qualifiedName: 'CocoPharma:FileFolder:data/landing-area/hospitals/hampton',
      },
    ]);
  });
});
