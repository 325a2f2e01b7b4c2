/**
 * The sandbox's 6.x dialect against responses captured from a real Egeria 6.1-SNAPSHOT platform
 * (real-6.1/README.md): the capture's API-created estate is rebuilt through asset-maker,
 * connection-maker and metadata-expert, and every captured call is made again and compared by shape.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSandbox, type SandboxHandle } from '../sandbox';
import { caller, elementProperties, goldensOf, runGroupOnDaemon, type Answer, withoutGuids } from './golden-kit';
import { compareShape, type ShapeRules } from './shape';

const V = '/servers/view-server/api/open-metadata';
const AM = `${V}/asset-maker`;
const CM = `${V}/connection-maker`;
const ME = `${V}/metadata-expert`;
const P = '/open-metadata/platform-services/server-platform';
const D = '/servers/integration-daemon/open-metadata/integration-daemon';
const GROUP = 'Test:IntegrationGroup:ApiFiles';
const CONNECTOR = 'ApiDataFilesMonitor';

/** What the captured platform's estate (with Egeria's Core and Files content packs) has beyond the rebuilt one. */
const CONTENT_PACKS = 'the content packs of the captured platform add this; the rebuilt estate has none';
const RULES: ShapeRules = {
  mayLack: {
    memberOfCollections: CONTENT_PACKS,
    derivedFrom: CONTENT_PACKS,
    profilesForAsset: CONTENT_PACKS,
    resourceListUsers: CONTENT_PACKS,
    specification: CONTENT_PACKS,
    specificationMermaidGraph: CONTENT_PACKS,
    specificationProperties: CONTENT_PACKS,
    reports: 'connector activity reports come from real connectors',
    sourcedFromTemplate: 'the captured file was catalogued from a template',
    license: CONTENT_PACKS,
    serverHistory: 'the captured servers had been restarted; the sandbox ones have not',
    url: CONTENT_PACKS,
    versionIdentifier: CONTENT_PACKS,
    description: CONTENT_PACKS,
  },
  mayAdd: {
    statistics: "IntegrationConnectorReport's own field, which the simulated connectors fill",
    serverHistory: 'the sandbox restarts the daemon to load its new configuration',
  },
};

/** Comparing an API-created element with a content-pack one (04a, 04b). */
const CONTENT_PACK_RULES: ShapeRules = {
  mayLack: {
    ...RULES.mayLack,
    anchorGUID: 'content packs anchor their elements by GUID',
    category: CONTENT_PACKS,
    resourceName: CONTENT_PACKS,
    deployedImplementationType: CONTENT_PACKS,
    activityStatus: CONTENT_PACKS,
    source: CONTENT_PACKS,
    userId: CONTENT_PACKS,
    configurationProperties: CONTENT_PACKS,
    displayName: 'the captured content-pack endpoint has a display name; the API-created one (10e) has not',
  },
  mayAdd: {
    ...RULES.mayAdd,
    lastRequestId: 'content-pack elements were not made by a request',
    catalogTargets: 'the captured content-pack connector had no catalog targets',
  },
};

/** The captured file was catalogued by a real files connector; the simulated ones catalogue nothing. */
const CATALOGUED = 'the real files connector adds this when it catalogues a file';
const CATALOGUED_FILE: ShapeRules = {
  mayLack: {
    ...RULES.mayLack,
    connections: CATALOGUED,
    dataAssetEncoding: CATALOGUED,
    category: CATALOGUED,
    resourceName: CATALOGUED,
    deployedImplementationType: CATALOGUED,
    contentStatus: CATALOGUED,
  },
  mayAdd: RULES.mayAdd,
};

let sandbox: SandboxHandle;
let http: ReturnType<typeof caller>;
let anonymous: ReturnType<typeof caller>;
const guids: Record<string, string> = {};

const { captured, sameShape } = goldensOf('6.1', RULES);

const bean = (cls: string, values: Record<string, unknown>) => ({ properties: { class: cls, ...values } });

beforeAll(async () => {
  sandbox = await startSandbox({ dialects: ['v6'], seed: 'empty', minuteMs: 60 });
  anonymous = caller(sandbox.url);
  const login = await anonymous.post('/api/token', { userId: 'garygeeke', password: 'secret' });
  http = caller(sandbox.url, login.text);
  const create = async (key: string, path: string, body: unknown) => {
    guids[key] = String((await http.post(path, body)).json['guid']);
  };
  await create('group', `${AM}/software-capabilities`, bean('IntegrationGroupProperties', {
    qualifiedName: GROUP,
    displayName: 'API-created files group',
    description: 'Integration group created through the asset-maker API',
  }));
  await create('connector', `${AM}/assets`, bean('IntegrationConnectorProperties', {
    qualifiedName: 'Test:IntegrationConnector:ApiDataFilesMonitor',
    displayName: 'API-created DataFilesMonitor',
    description: 'Catalogs files in loading-bay/api-test-data',
  }));
  await create('idle', `${AM}/assets`, bean('IntegrationConnectorProperties', {
    qualifiedName: 'Test:IntegrationConnector:Idle',
    displayName: 'Connector without targets',
  }));
  await create('type', `${CM}/connector-types`, bean('ConnectorTypeProperties', {
    qualifiedName: 'Egeria::IntegrationConnector::Files::DataFilesMonitor',
    displayName: 'Data Files Monitor Integration Connector',
    description: 'Connector supports cataloguing of files under a specific directory (folder) in the file system.',
    supportedAssetTypeName: 'IntegrationConnector',
    supportedDeployedImplementationType: 'Integration Connector',
    connectorProviderClassName:
      'org.odpi.openmetadata.adapters.connectors.integration.basicfiles.DataFilesMonitorIntegrationProvider',
    connectorFrameworkName: 'Open Connector Framework (OCF)',
    connectorInterfaceLanguage: 'Java',
    connectorInterfaces: ['org.odpi.openmetadata.frameworks.integration.connectors.IntegrationConnector'],
    recognizedConfigurationProperties: ['catalogAllFiles', 'waitForDirectory'],
  }));
  await create('endpoint', `${CM}/endpoints`, bean('EndpointProperties', {
    qualifiedName: 'Test:Endpoint:ApiDataFilesMonitor',
    networkAddress: 'loading-bay/api-test-data',
  }));
  await create('connection', `${CM}/connections`, bean('ConnectionProperties', {
    qualifiedName: 'Test:Connection:ApiDataFilesMonitor',
    displayName: 'API DataFilesMonitor connection',
  }));
  await http.post(`${CM}/connections/${guids['connection']}/connector-types/${guids['type']}/attach`, {});
  await http.post(`${CM}/connections/${guids['connection']}/endpoints/${guids['endpoint']}/attach`, {});
  await http.post(`${CM}/assets/${guids['connector']}/connections/${guids['connection']}/attach`, {});
  await create('folder', `${AM}/assets`, bean('FileFolderProperties', {
    qualifiedName: 'FileFolder::test::/opt/egeria/platform/loading-bay/catalog-target-folder',
    displayName: 'catalog-target-folder',
    pathName: '/opt/egeria/platform/loading-bay/catalog-target-folder',
  }));
  await create('file', `${AM}/assets`, bean('CSVFileProperties', {
    qualifiedName: 'CSVFile::/opt/egeria/platform/loading-bay/catalog-target-folder/places.csv',
    displayName: 'places.csv',
    pathName: '/opt/egeria/platform/loading-bay/catalog-target-folder/places.csv',
    fileName: 'places.csv',
    fileType: 'csv',
    fileExtension: 'csv',
  }));
  await create('registration', `${ME}/related-elements`, {
    typeName: 'RegisteredIntegrationConnector',
    metadataElement1GUID: guids['group'],
    metadataElement2GUID: guids['connector'],
    properties: elementProperties({
      connectorName: CONNECTOR,
      connectorUserId: 'daemonnpa',
      refreshTimeInterval: 60,
      generateConnectorActivityReports: false,
    }),
  });
  await create('target', `${AM}/integration-connectors/${guids['connector']}/catalog-targets/${guids['folder']}`, {
    properties: { class: 'CatalogTargetProperties', catalogTargetName: 'testFolder' },
  });
  await runGroupOnDaemon(http, { admin: '/open-metadata/admin-services/servers/integration-daemon', platform: P, daemon: D }, GROUP);
});

afterAll(() => sandbox?.close());

describe('the 6.x dialect answers as real Egeria 6.1 does', () => {
  it('security: 401 without a token (empty, Bearer challenge); a wrong password gets the FFDC-style body', async () => {
    const real = captured('11-no-token-401.txt');
    const answer = await anonymous.post(`${AM}/assets/by-search-string`, {});
    expect(answer.status).toBe(real.status);
    expect(answer.text).toBe('');
    expect(answer.headers.get('www-authenticate')).toBe(real.headers['www-authenticate']);
    const login = await anonymous.post('/api/token', { userId: 'garygeeke', password: 'secret' });
    const realLogin = captured('00-api-token-response-headers.txt');
    expect(login.status).toBe(realLogin.status);
    expect(login.headers.get('content-type')).toBe(realLogin.headers['content-type']);
    expect(login.text.split('.')).toHaveLength(3);
    const badPassword = await anonymous.post('/api/token', { userId: 'garygeeke', password: 'wrong' });
    const realBad = captured('00b-api-token-bad-password.txt');
    expect(badPassword.status).toBe(realBad.status);
    expect(badPassword.json).toEqual(realBad.json);
  });

  it('platform and daemon: origin, status with `active`, daemon-wide reports with their group GUID', async () => {
    expect((await anonymous.get(`${P}/origin`)).text).toMatch(/^Egeria OMAG Server Platform \(version 6\.1/);
    for (const server of ['active-metadata-store', 'integration-daemon', 'view-server'])
      sameShape(`02-server-status-${server}.json`, await http.get(`${P}/servers/${server}/status`));
    sameShape('02b-platform-active-servers.json', await http.get(`${P}/servers/active`));
    sameShape('03-daemon-status.json', await http.get(`${D}/status`));
    sameShape('03b-daemon-integration-groups-summary.json', await http.get(`${D}/integration-groups/summary`));
    const wide = ((await http.get(`${D}/status`)).json['integrationDaemonStatus'] as {
      integrationConnectorReports: Array<Record<string, string>>;
    }).integrationConnectorReports[0]!;
    expect(wide).toMatchObject({ connectorGUID: guids['connector'], integrationGroupGUID: guids['group'] });
    expect(wide['connectorInstanceId']).toBe(wide['connectorId']);
  });

  it('asset-maker and connection-maker elements with their relationship lists', async () => {
    sameShape('04a-asset-maker-integration-group-by-name.json', await http.post(`${AM}/software-capabilities/by-name`, { filter: GROUP }), CONTENT_PACK_RULES);
    sameShape('10a-asset-maker-api-group-by-name.json', await http.post(`${AM}/software-capabilities/by-name`, { filter: GROUP }));
    sameShape('04b-asset-maker-connector-retrieve.json', await http.post(`${AM}/assets/${guids['connector']}/retrieve`, {}), CONTENT_PACK_RULES);
    // The captured connector used the Files content pack's connector type and had no catalog target.
    sameShape('10b-asset-maker-api-connector-retrieve.json', await http.post(`${AM}/assets/${guids['connector']}/retrieve`, {}), CONTENT_PACK_RULES);
    sameShape('10c-asset-maker-connector-integration-groups.json', await http.post(`${AM}/integration-connectors/${guids['connector']}/integration-groups`, {}));
    sameShape('10d-asset-maker-find-catalogued-file.json', await http.post(`${AM}/assets/by-search-string`, { searchString: 'places.csv', metadataElementTypeName: 'CSVFile' }), CATALOGUED_FILE);
    const connections = await http.post(`${CM}/connections/by-search-string`, { searchString: 'ApiDataFilesMonitor' });
    // The captured connection used the Files content pack's connector type.
    sameShape('10e-connection-maker-find-connection.json', connections, CONTENT_PACK_RULES);
    const connection = (connections.json['elements'] as Array<Record<string, { relatedElementAtEnd1: boolean }>>)[0]!;
    expect(connection['endpoint']!.relatedElementAtEnd1).toBe(false);
    expect(connection['connectorType']!.relatedElementAtEnd1).toBe(false);
    const endpoint = await http.post(`${CM}/endpoints/${guids['endpoint']}/retrieve`, {});
    expect(Object.keys(endpoint.json['element'] as object)).toContain('parentConnections');
  });

  it('catalog targets: listed with a POST (a GET is 405), no `elements` for a connector without targets', async () => {
    // The captured folder is the target of a content-pack connector.
    sameShape('06c-asset-maker-catalog-target-list.json', await http.post(`${AM}/integration-connectors/${guids['connector']}/catalog-targets`, {}), CONTENT_PACK_RULES);
    sameShape('06d-asset-maker-catalog-target-list-empty.json', await http.post(`${AM}/integration-connectors/${guids['idle']}/catalog-targets`, {}));
    expect((await http.get(`${AM}/integration-connectors/${guids['connector']}/catalog-targets`)).status).toBe(405);
  });

  it('metadata-expert lists every relationship of a type, `{}` when there is none', async () => {
    const find = (relationshipTypeName: string) =>
      http.post(`${ME}/relationships/by-search-conditions`, { class: 'FindRelationshipRequestBody', relationshipTypeName, startFrom: 0, pageSize: 1000 });
    sameShape('06e-metadata-expert-catalog-target-relationships.json', await find('CatalogTarget'));
    sameShape('06f-metadata-expert-catalog-target-relationships-none.json', await find('EmbeddedConnection'));
  });

  it('metadata-expert search answers `elements`; `"*"` is a bad regular expression without a type', async () => {
    sameShape('05-metadata-expert-find-elements.json', await http.post(`${ME}/metadata-elements/by-search-string`, { searchString: 'ApiDataFilesMonitor' }), CONTENT_PACK_RULES);
    sameShape('05b-metadata-expert-find-elements-catalog-target-folder.json', await http.post(`${ME}/metadata-elements/by-search-string`, { searchString: 'catalog-target-folder', metadataElementTypeName: 'FileFolder' }));
    const star = await http.post(`${ME}/metadata-elements/by-search-string`, { searchString: '*' });
    const real = captured('12d-metadata-expert-search-star.json').json as Record<string, unknown>;
    sameShape('12d-metadata-expert-search-star.json', star);
    expect(star.json['exceptionErrorMessage']).toBe(real['exceptionErrorMessage']);
  });

  it('lists everything of a type without a search string; `"*"` is literal', async () => {
    const groups = await http.post(`${AM}/software-capabilities/search`, { metadataElementTypeName: 'IntegrationGroup', startFrom: 0, pageSize: 10 });
    sameShape('12a-asset-maker-groups-search-no-string.json', groups);
    sameShape('12b-asset-maker-groups-search-star.json', await http.post(`${AM}/software-capabilities/search`, { searchString: '*', metadataElementTypeName: 'IntegrationGroup', startFrom: 0, pageSize: 10 }));
    sameShape(
      '12c-asset-maker-connectors-search-no-string.json',
      await http.post(`${AM}/assets/by-search-string`, { metadataElementTypeName: 'IntegrationConnector', startFrom: 0, pageSize: 3 }),
      {
        mayLack: { ...CONTENT_PACK_RULES.mayLack, connections: 'the rebuilt estate has a connector without one', includedInIntegrationGroups: 'the rebuilt estate has an unregistered connector' },
        mayAdd: { ...CONTENT_PACK_RULES.mayAdd, catalogTargets: 'the captured page held no connector with catalog targets' },
      },
    );
  });

  it('failures: unknown GUIDs on the store and the daemon answer as captured', async () => {
    const unknown = '00000000-0000-0000-0000-000000000000';
    const same = async (file: string, answer: Answer) => {
      const real = captured(file);
      expect(answer.status).toBe(real.status);
      expect(compareShape(real.json ?? null, answer.json, RULES)).toEqual([]);
      const realJson = real.json as Record<string, unknown>;
      for (const field of ['exceptionErrorMessage', 'exceptionSystemAction', 'exceptionUserAction', 'actionDescription'])
        expect(withoutGuids(answer.json[field])).toBe(withoutGuids(realJson[field]));
    };
    await same('07-ffdc-unknown-guid-asset-maker.txt', await http.post(`${AM}/assets/${unknown}/retrieve`, {}));
    await same('07b-ffdc-unknown-guid-metadata-expert.txt', await http.post(`${ME}/metadata-elements/${unknown}`, {}));
    await same('07c-ffdc-unknown-group-daemon.txt', await http.get(`${D}/integration-groups/Nope/summary`));
    await same('07d-ffdc-unknown-guid-catalog-targets.txt', await http.post(`${AM}/integration-connectors/${unknown}/catalog-targets`, {}));
  });
});
