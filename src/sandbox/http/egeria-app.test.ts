/**
 * The Egeria-facing listener at the wire level: what Spring, Tomcat and Egeria's error handling
 * answer, exactly, including key order and omitted keys.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSandbox, type SandboxHandle } from '../sandbox';
import { DEMO } from '../seed/demo-estate';
import { eventually, rawHttp } from '../testing/test-kit';

describe('Egeria-facing listener', () => {
  let sandbox: SandboxHandle;
  let raw: ReturnType<typeof rawHttp>;
  beforeAll(async () => {
    sandbox = await startSandbox({ seed: 'demo', minuteMs: 60_000 });
    raw = rawHttp(sandbox.url);
  });
  afterAll(() => sandbox.close());

  it('answers origin as plain text and lists both daemons and the metadata server', async () => {
    const origin = await raw.get(`${raw.platform}/origin`);
    expect(origin.contentType).toMatch(/^text\/plain/);
    expect(origin.text).toBe('Egeria OMAG Server Platform (version 5.3, embedded sandbox)');
    const servers = await raw.get(`${raw.platform}/servers`);
    expect(servers.text).toBe(
      '{"class":"ServerListResponse","relatedHTTPCode":200,"serverList":["active-metadata-store","integration-daemon","lineage-daemon"]}',
    );
    const status = await raw.get(`${raw.platform}/servers/lineage-daemon/status`);
    // `active`, not `isActive` (captured 5.3 02c).
    expect(status.json).toMatchObject({
      class: 'ServerStatusResponse',
      serverName: 'lineage-daemon',
      serverType: 'Integration Daemon',
      active: true,
    });
    expect(status.json).not.toHaveProperty('isActive');
    expect((await raw.get(`${raw.platform}/servers/nobody/is-known`)).json).toEqual({
      class: 'BooleanResponse',
      relatedHTTPCode: 200,
      flag: false,
    });
  });

  it('writes class first, relatedHTTPCode second, and leaves out empty lists', async () => {
    const groups = await raw.get(`${raw.gcs}/integration-groups?startingFrom=0&maximumResults=3`);
    expect(Object.keys(groups.json)).toEqual(['class', 'relatedHTTPCode', 'elements']);
    expect((groups.json['elements'] as unknown[]).length).toBe(3);
    expect(groups.text).not.toContain('null');
    const past = await raw.get(`${raw.gcs}/integration-groups?startingFrom=500&maximumResults=10`);
    expect(past.text).toBe('{"class":"IntegrationGroupElementsResponse","relatedHTTPCode":200}');
  });

  it('answers what Spring cannot bind with 5.3’s bare 401, as /error is not open (captured 07i)', async () => {
    const bare = async (answer: Promise<{ status: number; text: string }>) => {
      const { status, text } = await answer;
      expect([status, text]).toEqual([401, '']);
    };
    await bare(raw.get(`${raw.gcs}/integration-groups?startingFrom=0`));
    await bare(raw.get(`${raw.gcs}/integration-groups?startingFrom=x&maximumResults=1`));
    await bare(
      raw.post(`${raw.gcs}/integration-groups/x/update`, { class: 'IntegrationGroupProperties' }),
    );
    // A body without its Jackson type id cannot bind either.
    await bare(raw.post(`${raw.gcs}/integration-groups/new`, { qualifiedName: 'no class' }));
  });

  it('answers paging errors with Egeria’s FFDC fields inside HTTP 200', async () => {
    const big = await raw.get(
      `${raw.gcs}/integration-connectors?startingFrom=0&maximumResults=1001`,
    );
    expect(big.status).toBe(200);
    expect(big.json).toMatchObject({
      class: 'IntegrationConnectorElementsResponse',
      relatedHTTPCode: 400,
      actionDescription: 'getAllIntegrationConnectors',
      exceptionErrorMessageId: 'OMAG-COMMON-400-010',
      exceptionErrorMessageParameters: ['1001', 'pageSize', 'getAllIntegrationConnectors', '1000'],
    });
    const all = await raw.get(`${raw.gcs}/integration-connectors?startingFrom=0&maximumResults=0`);
    expect((all.json['elements'] as unknown[]).length).toBeGreaterThanOrEqual(18);
  });

  it('tells unknown servers, services on the wrong server and down daemons apart', async () => {
    const unknown = await raw.get(
      '/servers/nowhere/open-metadata/integration-daemon/users/erin/status',
    );
    expect(unknown.json).toMatchObject({
      class: 'IntegrationDaemonStatusResponse',
      relatedHTTPCode: 404,
      exceptionErrorMessageId: 'OMAG-MULTI-TENANT-404-001',
      exceptionErrorMessageParameters: ['nowhere', 'erin'],
    });
    const wrongService = await raw.get(
      `/servers/active-metadata-store/open-metadata/integration-daemon/users/erin/status`,
    );
    expect(wrongService.json).toMatchObject({
      relatedHTTPCode: 404,
      exceptionErrorMessageId: 'OMAG-MULTI-TENANT-404-002',
    });
    expect(wrongService.json['exceptionErrorMessage']).toBe(
      'OMAG-MULTI-TENANT-404-002 The Integration Daemon Services service is not available on OMAG Server active-metadata-store to handle a request from user erin',
    );
    const gcsOnDaemon = await raw.get(
      '/servers/integration-daemon/open-metadata/framework-services/governance-server/governance-configuration-service/users/erin/integration-groups?startingFrom=0&maximumResults=1',
    );
    expect(gcsOnDaemon.json).toMatchObject({
      exceptionErrorMessageId: 'OMAG-MULTI-TENANT-404-002',
      exceptionErrorMessageParameters: [
        'Governance Action Framework Services',
        'integration-daemon',
        'erin',
      ],
    });
  });

  it('refuses an encoded slash with Tomcat’s 400, and an unknown URL or wrong method with the bare 401', async () => {
    const slash = await raw.get(`${raw.gcs}/integration-groups/by-name/a%2Fb`);
    expect(slash.status).toBe(400);
    expect(slash.contentType).toMatch(/text\/html/);
    expect((await raw.get(`${raw.gcs}/integration-groups/by-name/a%5Cb`)).status).toBe(400);
    const unknown = await raw.get(`${raw.gcs}/no-such-thing`);
    expect([unknown.status, unknown.text]).toEqual([401, '']);
    const postOnGet = await raw.post(`${raw.daemon()}/status`);
    expect([postOnGet.status, postOnGet.text]).toEqual([401, '']);
  });

  it('finds names with spaces, colons and non-ASCII characters', async () => {
    const group = await raw.get(
      `${raw.gcs}/integration-groups/by-name/${encodeURIComponent(DEMO.groups.donnees)}`,
    );
    const element = group.json['element'] as { properties: { description: string } };
    expect(element.properties.description).toContain('<b>not bold</b>');
    const summary = await raw.get(
      `${raw.daemon()}/integration-groups/${encodeURIComponent(DEMO.groups.donnees)}/summary`,
    );
    const reports = (
      summary.json['integrationGroupSummary'] as {
        integrationConnectorReports: Array<{ connectorName: string }>;
      }
    ).integrationConnectorReports;
    expect(reports.map((r) => r.connectorName)).toEqual([DEMO.connectors.nonAscii]);
    const props = await raw.get(
      `${raw.daemon()}/integration-connectors/${encodeURIComponent(DEMO.connectors.nonAscii)}/configuration-properties`,
    );
    expect(props.json).toEqual({
      class: 'PropertiesResponse',
      relatedHTTPCode: 200,
      properties: { waitForDirectory: 'true' },
    });
  });

  it('answers daemon errors with the daemon’s message ids', async () => {
    const connector = await raw.post(`${raw.daemon()}/integration-connectors/restart`, {
      class: 'NameRequestBody',
      name: 'Nobody',
    });
    expect(connector.json).toMatchObject({
      class: 'VoidResponse',
      relatedHTTPCode: 400,
      exceptionErrorMessageId: 'INTEGRATION-DAEMON-SERVICES-400-031',
      exceptionErrorMessageParameters: ['Nobody', 'integration-daemon'],
    });
    const group = await raw.get(
      `${raw.daemon('lineage-daemon')}/integration-groups/${encodeURIComponent(DEMO.groups.default)}/refresh-config`,
    );
    expect(group.json).toMatchObject({
      relatedHTTPCode: 400,
      exceptionErrorMessageId: 'INTEGRATION-DAEMON-SERVICES-400-034',
    });
    // refresh and restart take an optional body: none means every connector.
    expect(
      (await raw.call('POST', `${raw.daemon('lineage-daemon')}/integration-connectors/refresh`))
        .json,
    ).toEqual({ class: 'VoidResponse', relatedHTTPCode: 200 });
  });

  it('reports the seeded failure cases through the status API', async () => {
    type Summaries = {
      integrationGroupSummaries: Array<{
        integrationConnectorReports?: Array<Record<string, unknown>>;
      }>;
    };
    const reportOf = async (name: string) => {
      const status = await raw.get(`${raw.daemon()}/status`);
      const summaries = (status.json['integrationDaemonStatus'] as Summaries)
        .integrationGroupSummaries;
      return summaries
        .flatMap((s) => s.integrationConnectorReports ?? [])
        .find((r) => r['connectorName'] === name);
    };
    const failed = await eventually(async () => {
      const report = await reportOf(DEMO.connectors.failed);
      return report?.['connectorStatus'] === 'FAILED' ? report : undefined;
    });
    expect(failed['failingExceptionMessage']).toBe(
      `BASIC-FILES-INTEGRATION-CONNECTORS-404-001 The directory named ${DEMO.connectors.failedDirectory} does not exist`,
    );
    await eventually(async () =>
      (await reportOf(DEMO.connectors.waiting))?.['connectorStatus'] === 'WAITING'
        ? true
        : undefined,
    );
    // The group no daemon runs is not reported by any daemon.
    const lineageStatus = await raw.get(`${raw.daemon('lineage-daemon')}/status`);
    expect(lineageStatus.text).not.toContain(DEMO.groups.unityCatalog);
    const lineage = await raw.get(`${raw.daemon('lineage-daemon')}/integration-groups/summary`);
    const names = (
      lineage.json['integrationGroupSummaries'] as Array<{
        integrationGroupName: string;
        integrationGroupStatus: string;
      }>
    ).map((s) => [s.integrationGroupName, s.integrationGroupStatus]);
    expect(names).toEqual([
      [DEMO.groups.openLineage, 'RUNNING'],
      [DEMO.groups.observability, 'ASSIGNED'],
    ]);
  });
});

describe('a sandbox started with a per-call latency', () => {
  let sandbox: SandboxHandle;
  beforeAll(async () => {
    sandbox = await startSandbox({ seed: 'empty', latencyMs: 120 });
  });
  afterAll(() => sandbox.close());

  it('answers every call only after that latency, as a loaded platform would', async () => {
    const raw = rawHttp(sandbox.url);
    for (const path of [`${raw.platform}/origin`, `${raw.platform}/servers`]) {
      const started = performance.now();
      expect((await raw.get(path)).status).toBe(200);
      expect(performance.now() - started).toBeGreaterThanOrEqual(115);
    }
  });
});
