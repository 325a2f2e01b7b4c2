/**
 * The sandbox's 5.3 dialect against responses captured from a real Egeria 5.3-SNAPSHOT platform
 * (real-5.3/README.md): the estate of the capture is rebuilt through the same calls the real one
 * was built with (a group and a connector through the governance-configuration-service, the
 * connector's connection through the open-metadata-store because the former cannot make it), and
 * every captured call is made again and compared by shape.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSandbox, type SandboxHandle } from '../sandbox';
import { caller, elementProperties, goldensOf, runGroupOnDaemon, type Answer, withoutGuids } from './golden-kit';
import { compareShape, type ShapeRules } from './shape';

const USER = 'garygeeke';
const G = `/servers/active-metadata-store/open-metadata/framework-services/governance-server/governance-configuration-service/users/${USER}`;
const OMS = `/servers/active-metadata-store/open-metadata/framework-services/governance-server/open-metadata-store/users/${USER}`;
const P = `/open-metadata/platform-services/users/${USER}/server-platform`;
const D = `/servers/integration-daemon/open-metadata/integration-daemon/users/${USER}`;
const ADMIN = `/open-metadata/admin-services/users/${USER}/servers/integration-daemon`;
const GROUP = 'Test:IntegrationGroup:Files53';
const CONNECTOR = 'DataFilesMonitor53';
const PROVIDER =
  'org.odpi.openmetadata.adapters.connectors.integration.basicfiles.DataFilesMonitorIntegrationProvider';

/** What the captured platform's estate has that the test's rebuilt estate does not. */
const RULES: ShapeRules = {
  mayLack: {
    serverHistory: 'the captured servers had been restarted; the sandbox ones have not',
    lastRefreshTime: 'the captured connector had finished a refresh when the capture was made',
  },
  mayAdd: {
    statistics: "IntegrationConnectorReport's own field, which the simulated connectors fill",
  },
};

let sandbox: SandboxHandle;
let http: ReturnType<typeof caller>;
const guids: Record<string, string> = {};
/** The daemon's status before it runs any connector. */
let idleStatus: Answer;

const { captured, sameShape } = goldensOf('5.3', RULES);

beforeAll(async () => {
  sandbox = await startSandbox({ seed: 'empty', minuteMs: 60 });
  http = caller(sandbox.url);
  idleStatus = await http.get(`${D}/status`);
  const created = await http.post(`${G}/integration-groups/new`, {
    class: 'IntegrationGroupProperties',
    qualifiedName: GROUP,
    displayName: 'Egeria 5.3 test files group',
    description: 'Integration group created through the GAF governance-configuration-service',
  });
  guids['group'] = String(created.json['guid']);
  // The real 5.3 answers this with a NullPointerException and creates the connector anyway.
  guids['create'] = JSON.stringify(
    (
      await http.post(`${G}/integration-connectors/new`, {
        class: 'IntegrationConnectorProperties',
        qualifiedName: 'Test:IntegrationConnector:DataFilesMonitor53',
        name: CONNECTOR,
        description: 'Catalogs files in /opt/egeria/platform/loading-bay/api-test-data',
        connection: {
          class: 'Connection',
          qualifiedName: 'Test:Connection:DataFilesMonitor53',
          connectorType: { class: 'ConnectorType', connectorProviderClassName: PROVIDER },
        },
      })
    ).json,
  );
  const connector = await http.get(`${G}/integration-connectors/by-name/${CONNECTOR}`);
  guids['connector'] = String((connector.json['element'] as { elementHeader: { guid: string } }).elementHeader.guid);
  const element = async (typeName: string, properties: Record<string, unknown>) =>
    String(
      (await http.post(`${OMS}/metadata-elements`, { typeName, isOwnAnchor: true, properties: elementProperties(properties) }))
        .json['guid'],
    );
  guids['type'] = await element('ConnectorType', {
    qualifiedName: 'Test:ConnectorType:DataFilesMonitor53',
    displayName: 'Data Files Monitor Integration Connector',
    connectorProviderClassName: PROVIDER,
    connectorFrameworkName: 'Open Connector Framework (OCF)',
    connectorInterfaceLanguage: 'Java',
  });
  guids['endpoint'] = await element('Endpoint', {
    qualifiedName: 'Test:Endpoint:DataFilesMonitor53',
    networkAddress: '/opt/egeria/platform/loading-bay/api-test-data',
  });
  guids['connection'] = await element('Connection', {
    qualifiedName: 'Test:Connection:DataFilesMonitor53',
    displayName: 'DataFilesMonitor53 connection',
    configurationProperties: { catalogAllFiles: 'true' },
  });
  guids['folder'] = await element('FileFolder', {
    qualifiedName: 'FileFolder::test53::/opt/egeria/platform/loading-bay/catalog-target-folder',
    name: 'catalog-target-folder',
    pathName: '/opt/egeria/platform/loading-bay/catalog-target-folder',
  });
  guids['file'] = await element('CSVFile', {
    qualifiedName: 'CSVFile::/opt/egeria/platform/loading-bay/catalog-target-folder/places.csv',
    name: 'places.csv',
    pathName: '/opt/egeria/platform/loading-bay/catalog-target-folder/places.csv',
    fileName: 'places.csv',
    fileType: 'csv',
    fileExtension: 'csv',
  });
  const relate = (typeName: string, end1: string, end2: string) =>
    http.post(`${OMS}/related-elements`, {
      typeName,
      metadataElement1GUID: guids[end1],
      metadataElement2GUID: guids[end2],
    });
  guids['relate'] = JSON.stringify((await relate('ConnectionConnectorType', 'connection', 'type')).json);
  await relate('ConnectToEndpoint', 'connection', 'endpoint');
  await relate('AssetConnection', 'connector', 'connection');
  await http.post(`${G}/integration-groups/${guids['group']}/integration-connectors/${guids['connector']}`, {
    connectorName: CONNECTOR,
    connectorUserId: 'daemonnpa',
    refreshTimeInterval: 60,
    permittedSynchronization: 'BOTH_DIRECTIONS',
    generateIntegrationReports: true,
  });
  const target = await http.post(
    `${G}/integration-connectors/${guids['connector']}/catalog-targets/${guids['folder']}`,
    {
      catalogTargetName: 'testFolder',
      configurationProperties: { catalogAllFiles: 'true' },
      permittedSynchronization: 'BOTH_DIRECTIONS',
      deleteMethod: 'ARCHIVE',
    },
  );
  guids['target'] = String(target.json['guid']);
  await runGroupOnDaemon(http, { admin: ADMIN, platform: P, daemon: D }, GROUP);
});

afterAll(() => sandbox?.close());

describe('the 5.3 dialect answers as real Egeria 5.3 does', () => {
  it('platform services: origin as text, servers, status with `active`, unknown server with `active` too', async () => {
    const origin = await http.get(`${P}/origin`);
    expect(origin.headers.get('content-type')).toBe(captured('01-platform-origin.txt').headers['content-type']);
    expect(origin.text).toMatch(/^Egeria OMAG Server Platform \(version 5\.3/);
    sameShape('02a-platform-active-servers.json', await http.get(`${P}/servers/active`));
    sameShape('02b-server-status-active-metadata-store.json', await http.get(`${P}/servers/active-metadata-store/status`));
    sameShape('02c-server-status-integration-daemon.json', await http.get(`${P}/servers/integration-daemon/status`));
    sameShape('02e-server-status-unknown-server.json', await http.get(`${P}/servers/nope-server/status`));
  });

  it('integration daemon: status fails with a NullPointerException while the daemon runs no connector', () => {
    sameShape('03e-daemon-status-no-connector-npe.json', idleStatus);
    expect(idleStatus.json).toMatchObject({ relatedHTTPCode: 400, exceptionErrorMessageId: 'OMAG-COMMON-400-016' });
  });

  it('integration daemon: status (with the daemon-wide list), summaries, configuration properties', async () => {
    sameShape('03a-daemon-status.json', await http.get(`${D}/status`));
    sameShape('03b-daemon-integration-groups-summary.json', await http.get(`${D}/integration-groups/summary`));
    sameShape('03c-daemon-integration-group-summary-by-name.json', await http.get(`${D}/integration-groups/${encodeURIComponent(GROUP)}/summary`));
    sameShape('03d-daemon-connector-configuration-properties.json', await http.get(`${D}/integration-connectors/${CONNECTOR}/configuration-properties`));
    const status = (await http.get(`${D}/status`)).json['integrationDaemonStatus'] as {
      integrationGroupSummaries: Array<{ integrationConnectorReports: Array<{ connectorId: string }> }>;
      integrationConnectorReports: Array<{ connectorId: string; connectorGUID: string; connectorInstanceId: string }>;
    };
    const registration = status.integrationGroupSummaries[0]!.integrationConnectorReports[0]!.connectorId;
    expect(registration).toMatch(/^RegisteredIntegrationConnector-/);
    expect(status.integrationConnectorReports[0]).toMatchObject({
      connectorId: registration,
      connectorGUID: guids['connector'],
      connectorInstanceId: registration,
    });
  });

  it('groups, connectors, registrations and catalog targets through the governance-configuration-service', async () => {
    sameShape('04a-gaf-integration-group-by-name.json', await http.get(`${G}/integration-groups/by-name/${GROUP}`));
    sameShape('04b-gaf-integration-group-by-guid.json', await http.get(`${G}/integration-groups/${guids['group']}`));
    sameShape('04c-gaf-all-integration-groups.json', await http.get(`${G}/integration-groups?startingFrom=0&maximumResults=10`));
    const registered = `${G}/integration-groups/${guids['group']}/integration-connectors`;
    sameShape('05a-gaf-group-registered-connectors.json', await http.get(`${registered}?startingFrom=0&maximumResults=10`));
    sameShape('05b-gaf-registered-connector-single.json', await http.get(`${registered}/${guids['connector']}`));
    sameShape('05c-gaf-connector-registrations.json', await http.get(`${G}/integration-connectors/${guids['connector']}/registrations`));
    sameShape('05d-gaf-integration-connector-by-guid.json', await http.get(`${G}/integration-connectors/${guids['connector']}`));
    sameShape('05e-gaf-integration-connector-by-name.json', await http.get(`${G}/integration-connectors/by-name/${CONNECTOR}`));
    sameShape('05f-gaf-all-integration-connectors.json', await http.get(`${G}/integration-connectors?startingFrom=0&maximumResults=10`));
    sameShape('06a-gaf-catalog-targets.json', await http.get(`${G}/integration-connectors/${guids['connector']}/catalog-targets?startingFrom=0&maximumResults=10`));
    sameShape('06b-gaf-catalog-target-by-relationship-guid.json', await http.get(`${G}/catalog-targets/${guids['target']}`));
  });

  it('lists every relationship of a type through the open-metadata-store, `{}` when there is none', async () => {
    const find = (relationshipTypeName: string) =>
      http.post(`${OMS}/relationships/by-search-conditions?forLineage=false&forDuplicateProcessing=false&startFrom=0&pageSize=1000`, { class: 'FindRelationshipRequestBody', relationshipTypeName });
    const renamed = 'the captured target (the scenario’s group) had been renamed; this one has not';
    sameShape('06c-omf-catalog-target-relationships.json', await find('CatalogTarget'), {
      ...RULES,
      mayLack: { ...RULES.mayLack, updatedBy: renamed, maintainedBy: renamed, updateTime: renamed },
    });
    sameShape('06d-omf-catalog-target-relationships-none.json', await find('EmbeddedConnection'));
  });

  it('keeps the GUID prefix of the type on what it creates, and reports generateIntegrationReports as false', async () => {
    expect(guids['group']).toMatch(/^IntegrationGroup-[0-9a-f-]{36}$/);
    expect(guids['target']).toMatch(/^CatalogTarget-/);
    const registration = await http.get(`${G}/integration-groups/${guids['group']}/integration-connectors/${guids['connector']}`);
    expect(registration.json).toMatchObject({
      registeredIntegrationConnector: { registrationProperties: { generateIntegrationReports: false } },
    });
  });

  it('failures: unknown GUIDs, names and servers, the URL marker, missing parameters', async () => {
    const unknown = '00000000-0000-0000-0000-000000000000';
    const same = async (file: string, answer: Answer) => {
      const real = captured(file);
      expect(answer.status).toBe(real.status);
      if (real.json === undefined) expect(answer.text).toBe(real.text);
      else {
        expect(compareShape(real.json, answer.json, RULES)).toEqual([]);
        expect(withoutGuids(answer.json['exceptionErrorMessage'])).toBe(
          withoutGuids((real.json as Record<string, unknown>)['exceptionErrorMessage']),
        );
      }
    };
    await same('07a-ffdc-unknown-group-guid.txt', await http.get(`${G}/integration-groups/${unknown}`));
    await same('07b-ffdc-unknown-connector-guid.txt', await http.get(`${G}/integration-connectors/${unknown}`));
    await same('07c-ffdc-catalog-targets-unknown-connector-guid.txt', await http.get(`${G}/integration-connectors/${unknown}/catalog-targets?startingFrom=0&maximumResults=10`));
    await same('07d-ffdc-registered-connectors-unknown-group-guid.txt', await http.get(`${G}/integration-groups/${unknown}/integration-connectors?startingFrom=0&maximumResults=10`));
    await same('07e-unknown-group-name-gaf.txt', await http.get(`${G}/integration-groups/by-name/Test:IntegrationGroup:DoesNotExist`));
    await same('07f-ffdc-unknown-group-name-daemon.txt', await http.get(`${D}/integration-groups/Test:IntegrationGroup:DoesNotExist/summary`));
    await same('07g-unknown-connector-name-gaf.txt', await http.get(`${G}/integration-connectors/by-name/Test:IntegrationConnector:DoesNotExist`));
    await same('07h-ffdc-unknown-server-gaf.txt', await http.get(G.replace('active-metadata-store', 'nope-server') + `/integration-groups/by-name/${GROUP}`));
    const missing = await http.get(`${G}/integration-groups`);
    await same('07i-missing-required-query-params.txt', missing);
    expect(missing.headers.get('www-authenticate')).toBe('Bearer');
    expect((await http.get('/servers/active-metadata-store/open-metadata/no-such-service')).status).toBe(401);
    sameShape('07j-ffdc-gaf-marker-governance-engine.json', await http.get(G.replace('governance-server', 'governance-engine') + `/integration-groups/by-name/${GROUP}`));
    sameShape('07k-gaf-marker-asset-owner-group-by-name.json', await http.get(G.replace('governance-server', 'asset-owner') + `/integration-groups/by-name/${GROUP}`));
  });

  it('fails a connector create with a connection as 5.3 does, yet creates the connector', async () => {
    const real = captured('08a-gaf-create-integration-connector-npe-ffdc.json').json as Record<string, unknown>;
    const answer = JSON.parse(guids['create']!) as Record<string, unknown>;
    expect(compareShape(real as never, answer as never, RULES)).toEqual([]);
    expect(answer['exceptionErrorMessage']).toBe(real['exceptionErrorMessage']);
    expect(answer['exceptionUserAction']).toBe(real['exceptionUserAction']);
  });

  it('the open-metadata-store: an element with its properties, a relationship made without a GUID answered', async () => {
    sameShape('08b-omf-catalogued-file-by-guid.json', await http.get(`${OMS}/metadata-elements/${guids['file']}`));
    expect(JSON.parse(guids['relate']!)).toEqual({ class: 'GUIDResponse', relatedHTTPCode: 200 });
  });
});
