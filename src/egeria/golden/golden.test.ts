/**
 * The client against responses captured from real Egeria 5.3 and 6.1 (./5.3, ./6.1): each backend
 * method is answered with what a real platform sent for that call, and must parse it and map it to
 * what the platform held. Where a golden and the client disagree, the client is wrong.
 */
import { describe, expect, it } from 'vitest';
import { createV5Backend } from '../v5/backend-v5';
import { createV6Backend } from '../v6/backend-v6';
import { goldenFetch, type GoldenRoute } from './golden-fetch';
import { egeriaFailure as failure } from '../../test/egeria-test-kit';

const G5 =
  '/servers/active-metadata-store/open-metadata/framework-services/governance-server/governance-configuration-service/users/garygeeke';
const D5 = '/servers/integration-daemon/open-metadata/integration-daemon/users/garygeeke';
const P5 = '/open-metadata/platform-services/users/garygeeke/server-platform';
const AM = '/servers/view-server/api/open-metadata/asset-maker';
const ME = '/servers/view-server/api/open-metadata/metadata-expert';
const D6 = '/servers/integration-daemon/open-metadata/integration-daemon';
const P6 = '/open-metadata/platform-services/server-platform';

const esc = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const at = (prefix: string, rest: string) => new RegExp(`^${esc(prefix)}${rest}`);

function v5(routes: GoldenRoute[], seen: string[] = []) {
  return createV5Backend({
    baseUrl: 'http://egeria.test',
    userId: 'garygeeke',
    metadataServer: 'active-metadata-store',
    fetch: goldenFetch('5.3', routes, seen),
  });
}
/** The platform's origin answers too: the backend reads its release before group calls. */
function v6(routes: GoldenRoute[], seen: string[] = []) {
  const origin: GoldenRoute = ['GET', at(P6, '/origin$'), '01-platform-origin.txt'];
  const calls: string[] = [];
  const fetch = goldenFetch('6.1', [origin, ...routes], calls);
  return createV6Backend({
    baseUrl: 'http://egeria.test',
    viewServer: 'view-server',
    typedRegistration: 'never',
    fetch: async (input, init) => {
      const answer = await fetch(input, init);
      seen.push(...calls.splice(0).filter((c) => !c.includes('/origin')));
      return answer;
    },
  });
}
const page = { startFrom: 0, pageSize: 50 };

describe('Egeria 5.3 goldens', () => {
  it('server status says active (the bean key is `active`)', async () => {
    const backend = v5([
      [
        'GET',
        at(P5, '/servers/integration-daemon/status$'),
        '02c-server-status-integration-daemon.json',
      ],
    ]);
    expect(await backend.serverStatus('integration-daemon')).toMatchObject({
      serverName: 'integration-daemon',
      serverType: 'Integration Daemon',
      isActive: true,
    });
  });

  it('an unknown server fails with Egeria’s own message id', async () => {
    const backend = v5([
      ['GET', at(P5, '/servers/nope-server/status$'), '02e-server-status-unknown-server.json'],
    ]);
    const error = await failure(backend.serverStatus('nope-server'));
    expect(error.messageId).toBe('OMAG-MULTI-TENANT-404-001');
    expect(error.userAction).toMatch(/Verify that the correct server/);
  });

  it('daemon status: group reports carry the registration GUID, the daemon-wide list the connector’s', async () => {
    const backend = v5([['GET', at(D5, '/status$'), '03a-daemon-status.json']]);
    const status = await backend.daemonStatus('integration-daemon');
    expect(status.groups.map((g) => g.name)).toEqual(['Test:IntegrationGroup:Files53']);
    // The daemon-wide list repeats the group's connector: it is shown once.
    expect(status.connectors).toHaveLength(1);
    expect(status.connectors[0]).toMatchObject({
      connectorName: 'DataFilesMonitor53',
      groupName: 'Test:IntegrationGroup:Files53',
      registrationGuid: expect.stringMatching(/^RegisteredIntegrationConnector-/),
      connectorGuid: expect.stringMatching(/^IntegrationConnector-/),
      endpointAddress: '/opt/egeria/platform/loading-bay/api-test-data',
    });
  });

  it('group summaries, one summary, and an unknown group on the daemon', async () => {
    const backend = v5([
      ['GET', at(D5, '/integration-groups/summary$'), '03b-daemon-integration-groups-summary.json'],
      [
        'GET',
        at(D5, '/integration-groups/Test%3AIntegrationGroup%3AFiles53/summary$'),
        '03c-daemon-integration-group-summary-by-name.json',
      ],
      [
        'GET',
        at(D5, '/integration-groups/nope/summary$'),
        '07f-ffdc-unknown-group-name-daemon.txt',
      ],
    ]);
    expect((await backend.groupSummaries('integration-daemon')).map((s) => s.name)).toEqual([
      'Test:IntegrationGroup:Files53',
    ]);
    expect(
      (await backend.groupSummary('integration-daemon', 'Test:IntegrationGroup:Files53'))
        .connectors,
    ).toHaveLength(1);
    const error = await failure(backend.groupSummary('integration-daemon', 'nope'));
    expect(error.status).toBe(400);
    expect(error.messageId).toBe('INTEGRATION-DAEMON-SERVICES-400-034');
  });

  it('a connector’s configuration properties on the daemon', async () => {
    const backend = v5([
      [
        'GET',
        at(D5, '/integration-connectors/DataFilesMonitor53/configuration-properties$'),
        '03d-daemon-connector-configuration-properties.json',
      ],
    ]);
    expect(
      await backend.connectorConfigurationProperties('integration-daemon', 'DataFilesMonitor53'),
    ).toEqual({ catalogAllFiles: 'true' });
  });

  it('groups: by name, by GUID, all; an unknown name is no group', async () => {
    const backend = v5([
      [
        'GET',
        at(G5, '/integration-groups/by-name/Test%3AIntegrationGroup%3AFiles53$'),
        '04a-gaf-integration-group-by-name.json',
      ],
      ['GET', at(G5, '/integration-groups/by-name/nope$'), '07e-unknown-group-name-gaf.txt'],
      [
        'GET',
        at(G5, '/integration-groups/IntegrationGroup-[^/?]+$'),
        '04b-gaf-integration-group-by-guid.json',
      ],
      [
        'GET',
        at(G5, '/integration-groups\\?startingFrom=0&maximumResults=50$'),
        '04c-gaf-all-integration-groups.json',
      ],
    ]);
    const byName = await backend.findGroupByName('Test:IntegrationGroup:Files53');
    expect(byName).toMatchObject({
      qualifiedName: 'Test:IntegrationGroup:Files53',
      displayName: 'Egeria 5.3 test files group',
    });
    expect(await backend.findGroupByName('nope')).toBeNull();
    expect((await backend.getGroup(byName!.guid)).qualifiedName).toBe(
      'Test:IntegrationGroup:Files53',
    );
    expect((await backend.listGroups(page)).items.map((g) => g.qualifiedName)).toEqual([
      'Test:IntegrationGroup:Files53',
    ]);
  });

  it('a group without a qualifiedName does not break the list', async () => {
    const backend = createV5Backend({
      baseUrl: 'http://egeria.test',
      userId: 'garygeeke',
      metadataServer: 'active-metadata-store',
      fetch: async () =>
        Response.json({
          class: 'IntegrationGroupElementsResponse',
          relatedHTTPCode: 200,
          elements: [
            {
              elementHeader: { guid: 'g1', type: { typeName: 'IntegrationGroup' } },
              properties: { class: 'IntegrationGroupProperties', displayName: 'no name' },
            },
          ],
        }),
    });
    expect((await backend.listGroups(page)).items).toEqual([
      expect.objectContaining({ guid: 'g1', qualifiedName: '', displayName: 'no name' }),
    ]);
  });

  it('registrations, one registration, the groups of a connector', async () => {
    const backend = v5([
      [
        'GET',
        at(G5, '/integration-groups/g/integration-connectors\\?'),
        '05a-gaf-group-registered-connectors.json',
      ],
      [
        'GET',
        at(G5, '/integration-groups/g/integration-connectors/c$'),
        '05b-gaf-registered-connector-single.json',
      ],
      [
        'GET',
        at(G5, '/integration-connectors/c/registrations$'),
        '05c-gaf-connector-registrations.json',
      ],
    ]);
    const registrations = await backend.listRegistrations('g', page);
    expect(registrations.items[0]).toMatchObject({
      connectorName: 'DataFilesMonitor53',
      connectorUserId: 'daemonnpa',
      refreshTimeInterval: 60,
      permittedSynchronization: 'BOTH_DIRECTIONS',
      relationshipGuid: expect.stringMatching(/^RegisteredIntegrationConnector-/),
      connector: expect.objectContaining({
        qualifiedName: 'Test:IntegrationConnector:DataFilesMonitor53',
      }),
    });
    expect((await backend.getRegistration('g', 'c'))?.connectorName).toBe('DataFilesMonitor53');
    expect(await backend.groupsOfConnector('c')).toEqual([
      expect.stringMatching(/^IntegrationGroup-/),
    ]);
  });

  it('connectors: by GUID with the connection, by name, all; an unknown name is no connector', async () => {
    const backend = v5([
      ['GET', at(G5, '/integration-connectors/c$'), '05d-gaf-integration-connector-by-guid.json'],
      [
        'GET',
        at(G5, '/integration-connectors/by-name/Test%3AIntegrationConnector%3ADataFilesMonitor53$'),
        '05e-gaf-integration-connector-by-name.json',
      ],
      [
        'GET',
        at(G5, '/integration-connectors/by-name/nope$'),
        '07g-unknown-connector-name-gaf.txt',
      ],
      ['GET', at(G5, '/integration-connectors\\?'), '05f-gaf-all-integration-connectors.json'],
    ]);
    const connector = await backend.getConnector('c');
    expect(connector).toMatchObject({
      qualifiedName: 'Test:IntegrationConnector:DataFilesMonitor53',
      name: 'DataFilesMonitor53',
      connection: {
        kind: 'Connection',
        connectorType: expect.objectContaining({
          connectorProviderClassName: expect.stringMatching(/DataFilesMonitorIntegrationProvider$/),
        }),
        endpoint: expect.objectContaining({
          address: '/opt/egeria/platform/loading-bay/api-test-data',
        }),
      },
    });
    expect(
      (await backend.findConnectorByName('Test:IntegrationConnector:DataFilesMonitor53'))?.name,
    ).toBe('DataFilesMonitor53');
    expect(await backend.findConnectorByName('nope')).toBeNull();
    expect((await backend.listConnectors(page)).items).toHaveLength(1);
  });

  it('catalog targets: the list and one by relationship GUID', async () => {
    const backend = v5([
      [
        'GET',
        at(G5, '/integration-connectors/c/catalog-targets\\?'),
        '06a-gaf-catalog-targets.json',
      ],
      ['GET', at(G5, '/catalog-targets/t$'), '06b-gaf-catalog-target-by-relationship-guid.json'],
    ]);
    const targets = await backend.listCatalogTargets('c', page);
    expect(targets.items[0]).toMatchObject({
      catalogTargetName: 'testFolder',
      configurationProperties: { catalogAllFiles: 'true' },
      deleteMethod: 'ARCHIVE',
      element: {
        typeName: 'FileFolder',
        qualifiedName: 'FileFolder::test53::/opt/egeria/platform/loading-bay/catalog-target-folder',
      },
    });
    expect((await backend.getCatalogTarget('t')).catalogTargetName).toBe('testFolder');
  });

  it('failures keep Egeria’s message id, or say HTTP 401 where 5.3 answers an empty body', async () => {
    const backend = v5([
      ['GET', at(G5, '/integration-groups/unknown$'), '07a-ffdc-unknown-group-guid.txt'],
      ['GET', at(G5, '/integration-connectors\\?'), '07i-missing-required-query-params.txt'],
    ]);
    const unknown = await failure(backend.getGroup('unknown'));
    expect(unknown.isNotFound).toBe(true);
    expect(unknown.messageId).toMatch(/^OMAG-REPOSITORY-HANDLER-404-/);
    const missing = await failure(backend.listConnectors(page));
    expect(missing).toMatchObject({ kind: 'http', httpStatus: 401, messageId: undefined });
  });
});

describe('Egeria 6.1 goldens', () => {
  it('server status says active', async () => {
    const backend = v6([
      [
        'GET',
        at(P6, '/servers/integration-daemon/status$'),
        '02-server-status-integration-daemon.json',
      ],
    ]);
    expect((await backend.serverStatus('integration-daemon')).isActive).toBe(true);
  });

  it('daemon status: the daemon-wide repeats are dropped and lend the connectors’ GUIDs', async () => {
    const backend = v6([['GET', at(D6, '/status$'), '03-daemon-status.json']]);
    const status = await backend.daemonStatus('integration-daemon');
    expect(status.groups.map((g) => g.name)).toEqual([
      'Egeria:IntegrationGroup:Files',
      'Test:IntegrationGroup:ApiFiles',
    ]);
    expect(status.connectors).toHaveLength(6);
    expect(status.connectors.find((c) => c.connectorName === 'ApiDataFilesMonitor')).toMatchObject({
      groupName: 'Test:IntegrationGroup:ApiFiles',
      registrationGuid: expect.stringMatching(/^RegisteredIntegrationConnector-/),
      connectorGuid: expect.stringMatching(/^IntegrationConnector-/),
      endpointAddress: expect.stringContaining('loading-bay'),
    });
  });

  it('lists every group with no search string ("*" would be matched literally)', async () => {
    const seen: string[] = [];
    const backend = v6(
      [
        [
          'POST',
          at(AM, '/software-capabilities/search$'),
          '12a-asset-maker-groups-search-no-string.json',
        ],
      ],
      seen,
    );
    expect((await backend.listGroups(page)).items.map((g) => g.qualifiedName)).toEqual([
      'Egeria:IntegrationGroup:Default',
      'Egeria:IntegrationGroup:Files',
      'Test:IntegrationGroup:ApiFiles',
    ]);
    expect(seen[0]).not.toMatch(/searchString/);
    expect(seen[0]).toMatch(/"metadataElementTypeName":"IntegrationGroup"/);
  });

  it('finds a group by name with its exact qualifiedName', async () => {
    const backend = v6([
      ['POST', at(AM, '/software-capabilities/by-name$'), '10a-asset-maker-api-group-by-name.json'],
    ]);
    expect(await backend.findGroupByName('Test:IntegrationGroup:ApiFiles')).toMatchObject({
      qualifiedName: 'Test:IntegrationGroup:ApiFiles',
    });
    expect(await backend.findGroupByName('Test:IntegrationGroup:Other')).toBeNull();
  });

  it('a connector read carries its connection, connector type and endpoint in one answer', async () => {
    const seen: string[] = [];
    const backend = v6(
      [['POST', at(AM, '/assets/c/retrieve$'), '10b-asset-maker-api-connector-retrieve.json']],
      seen,
    );
    expect(await backend.getConnector('c')).toMatchObject({
      qualifiedName: 'Test:IntegrationConnector:ApiDataFilesMonitor',
      name: 'API-created DataFilesMonitor',
      connection: {
        kind: 'Connection',
        qualifiedName: 'Test:Connection:ApiDataFilesMonitor',
        connectorType: expect.objectContaining({
          qualifiedName: 'Egeria::IntegrationConnector::Files::DataFilesMonitor',
          connectorProviderClassName: expect.stringMatching(/DataFilesMonitorIntegrationProvider$/),
        }),
        endpoint: expect.objectContaining({ address: 'loading-bay/api-test-data' }),
      },
    });
    expect(seen).toHaveLength(1);
    // The parts must be named too: includeOnlyRelationships applies at every level.
    expect(seen[0]).toMatch(/"includeOnlyRelationships":\[[^\]]*"ConnectToEndpoint"/);
    expect(seen[0]).toMatch(/"maxMermaidNodeCount":0/);
  });

  it('lists connectors with their connections from one search', async () => {
    const backend = v6([
      [
        'POST',
        at(AM, '/assets/by-search-string$'),
        '12c-asset-maker-connectors-search-no-string.json',
      ],
    ]);
    const connectors = (await backend.listConnectors({ startFrom: 0, pageSize: 3 })).items;
    expect(connectors).toHaveLength(3);
    for (const connector of connectors)
      expect(connector.connection?.connectorType?.connectorProviderClassName).toBeTruthy();
  });

  it('catalog targets are listed by a POST; an empty list has no `elements`', async () => {
    const seen: string[] = [];
    const backend = v6(
      [
        [
          'POST',
          at(AM, '/integration-connectors/c/catalog-targets$'),
          '06c-asset-maker-catalog-target-list.json',
        ],
        [
          'POST',
          at(AM, '/integration-connectors/none/catalog-targets$'),
          '06d-asset-maker-catalog-target-list-empty.json',
        ],
      ],
      seen,
    );
    expect((await backend.listCatalogTargets('c', page)).items[0]).toMatchObject({
      catalogTargetName: 'testFolder',
      element: {
        qualifiedName: 'FileFolder::test::/opt/egeria/platform/loading-bay/catalog-target-folder',
      },
    });
    expect((await backend.listCatalogTargets('none', page)).items).toEqual([]);
    expect(seen[0]).toMatch(/"class":"ResultsRequestBody"/);
  });

  it('metadata search reads `elements`; an empty search sends "" with a type (null is refused)', async () => {
    const seen: string[] = [];
    const backend = v6(
      [
        [
          'POST',
          at(ME, '/metadata-elements/by-search-string$'),
          '05-metadata-expert-find-elements.json',
        ],
      ],
      seen,
    );
    const found = await backend.searchElements('', [], page);
    expect(found.items.length).toBe(7);
    expect(found.items.map((e) => e.typeName)).toContain('FileFolder');
    expect(seen[0]).toMatch(/"searchString":""/);
    expect(seen[0]).toMatch(/"metadataElementTypeName":"OpenMetadataRoot"/);
  });

  it('"*" is refused by metadata-expert as a bad regular expression (why the console never sends it)', async () => {
    const backend = v6([
      [
        'POST',
        at(ME, '/metadata-elements/by-search-string$'),
        '12d-metadata-expert-search-star.json',
      ],
    ]);
    const error = await failure(backend.searchElements('*', [], page));
    expect(error.messageId).toBe('OMAG-COMMON-400-028');
  });

  it('the groups of a connector', async () => {
    const backend = v6([
      [
        'POST',
        at(AM, '/integration-connectors/c/integration-groups$'),
        '10c-asset-maker-connector-integration-groups.json',
      ],
    ]);
    expect(await backend.groupsOfConnector('c')).toEqual([
      expect.stringMatching(/^IntegrationGroup-/),
    ]);
  });

  it('failures: an unknown GUID keeps Egeria’s message id; no token is a bare 401', async () => {
    const backend = v6([
      ['POST', at(AM, '/assets/unknown/retrieve$'), '07-ffdc-unknown-guid-asset-maker.txt'],
      ['GET', at(D6, '/status$'), '11-no-token-401.txt'],
    ]);
    const unknown = await failure(backend.getConnector('unknown'));
    expect(unknown).toMatchObject({ messageId: 'OMAG-REPOSITORY-HANDLER-404-007', status: 404 });
    expect(await failure(backend.daemonStatus('integration-daemon'))).toMatchObject({
      kind: 'http',
      httpStatus: 401,
    });
  });
});
