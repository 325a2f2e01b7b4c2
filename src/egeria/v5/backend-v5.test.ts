import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EgeriaError } from '../errors';
import { createV5Backend } from './backend-v5';

// Fixtures: 5.3 response shapes written from the 5.3 Java beans (docs/egeria-5.3-wire-notes.md).
const fixture = (name: string): string =>
  readFileSync(join(import.meta.dirname, 'fixtures', name), 'utf8');

interface Call {
  method: string;
  url: string;
  body?: unknown;
}

function fakeEgeria(routes: Array<[RegExp, string | (() => Response)]>) {
  const calls: Call[] = [];
  const fetch = async (url: string, init?: RequestInit): Promise<Response> => {
    calls.push({
      method: init?.method ?? 'GET',
      url,
      body: init?.body ? JSON.parse(String(init.body)) : undefined,
    });
    const route = routes.find(([pattern]) => pattern.test(url));
    if (!route)
      return new Response(fixture('spring-404.json'), {
        status: 404,
        headers: { 'content-type': 'application/json' },
      });
    const answer = route[1];
    if (typeof answer === 'function') return answer();
    return new Response(answer.endsWith('.txt') ? fixture(answer) : fixture(answer), {
      status: 200,
    });
  };
  const backend = createV5Backend({
    baseUrl: 'http://egeria:9443/',
    userId: 'gary geeke',
    metadataServer: 'mds',
    fetch,
  });
  return { backend, calls };
}

const GCS =
  'http://egeria:9443/servers/mds/open-metadata/framework-services/governance-server/governance-configuration-service/users/gary%20geeke';
const DAEMON =
  'http://egeria:9443/servers/daemon/open-metadata/integration-daemon/users/gary%20geeke';

describe('Egeria 5.3 dialect', () => {
  it('reads the platform origin as text', async () => {
    const { backend, calls } = fakeEgeria([[/\/origin$/, 'platform-origin.txt']]);
    expect(await backend.platformOrigin()).toMatch(/^Egeria OMAG Server Platform \(version 5\.3\)/);
    expect(calls[0]?.url).toBe(
      'http://egeria:9443/open-metadata/platform-services/users/gary%20geeke/server-platform/origin',
    );
  });

  it('lists groups with Egeria paging and maps them to the model', async () => {
    const { backend, calls } = fakeEgeria([
      [/\/integration-groups\?/, 'integration-group-elements-response.json'],
    ]);
    const page = await backend.listGroups({ startFrom: 20, pageSize: 10 });
    expect(calls[0]?.url).toBe(`${GCS}/integration-groups?startingFrom=20&maximumResults=10`);
    expect(page.items.length).toBeGreaterThan(0);
    const group = page.items[0]!;
    expect(group.qualifiedName).toBe('Egeria:IntegrationGroup:Demo');
    expect(group.meta.typeName).toBe('IntegrationGroup');
    expect(group.meta.version).toBe(1);
    expect(group.additionalProperties).toEqual({});
    expect(page.mayHaveMore).toBe(page.items.length >= 10);
  });

  it('treats an omitted elements key as an empty page', async () => {
    const { backend } = fakeEgeria([
      [/\/integration-groups\?/, 'integration-group-elements-response-empty.json'],
    ]);
    expect(await backend.listGroups({ startFrom: 0, pageSize: 50 })).toEqual({
      items: [],
      startFrom: 0,
      pageSize: 50,
      mayHaveMore: false,
    });
  });

  it('finds a group by name, and answers null when Egeria returns no element', async () => {
    const { backend, calls } = fakeEgeria([
      [/by-name\/Egeria/, 'integration-group-element-response.json'],
      [/by-name\//, 'integration-group-element-response-not-found-by-name.json'],
    ]);
    expect((await backend.findGroupByName('Egeria:IntegrationGroup:Demo'))?.guid).toBe(
      '5c2f7a1e-3b4d-4e8f-9a6b-1c2d3e4f5a6b',
    );
    expect(await backend.findGroupByName('Données cliniques')).toBeNull();
    expect(calls[0]?.url).toBe(
      `${GCS}/integration-groups/by-name/Egeria%3AIntegrationGroup%3ADemo`,
    );
    expect(calls[1]?.url).toBe(`${GCS}/integration-groups/by-name/Donn%C3%A9es%20cliniques`);
  });

  it('finds a name with a slash by listing, because Egeria cannot take it in a path', async () => {
    const { backend, calls } = fakeEgeria([
      [/\/integration-groups\?/, 'integration-group-elements-response.json'],
    ]);
    expect(await backend.findGroupByName('a/b')).toBeNull();
    expect(calls.every((c) => !c.url.includes('by-name'))).toBe(true);
  });

  it('maps a connector with its connection, showing secrets only as set / not set', async () => {
    const { backend } = fakeEgeria([
      [/\/integration-connectors\/[^/?]+$/, 'integration-connector-element-response.json'],
    ]);
    const connector = await backend.getConnector('7e8f9a0b-1c2d-4e3f-8a9b-0c1d2e3f4a5b');
    expect(connector.connection?.connectorType?.connectorProviderClassName).toMatch(
      /DataFilesMonitorIntegrationProvider$/,
    );
    expect(connector.connection?.endpoint?.address).toBe('/tmp/landing');
    expect(connector.connection?.secrets).toEqual({
      clearPassword: false,
      encryptedPassword: false,
      securedPropertyNames: [],
    });
    expect(connector.usesBlockingCalls).toBe(false);
  });

  it('maps registrations: connectorId is the relationship, not the connector', async () => {
    const { backend } = fakeEgeria([
      [/\/integration-connectors\?/, 'registered-integration-connectors-response.json'],
    ]);
    const page = await backend.listRegistrations('g1', { startFrom: 0, pageSize: 100 });
    const r = page.items[0]!;
    expect(r.connectorName).toBe('FilesMonitor');
    expect(r.relationshipGuid).not.toBe(r.connector.guid);
    expect(r.refreshTimeInterval).toBe(60);
    expect(r.groupGuid).toBe('g1');
  });

  it('maps catalog targets with their element', async () => {
    const { backend } = fakeEgeria([
      [/\/catalog-targets\/[^/?]+$/, 'catalog-target-response.json'],
    ]);
    const target = await backend.getCatalogTarget('rel-1');
    expect(target.catalogTargetName).toBe('directoryToMonitor');
    expect(target.element).toMatchObject({ typeName: 'FileFolder', qualifiedName: '/tmp/landing' });
  });

  it('turns daemon status into group summaries and tagged connector reports', async () => {
    const { backend, calls } = fakeEgeria([
      [/\/status$/, 'integration-daemon-status-response.json'],
    ]);
    const status = await backend.daemonStatus('daemon');
    expect(calls[0]?.url).toBe(`${DAEMON}/status`);
    expect(status.groups[0]?.name).toBe('Egeria:IntegrationGroup:Demo');
    expect(status.connectors.length).toBeGreaterThan(1);
    expect(status.connectors.every((c) => c.groupName === 'Egeria:IntegrationGroup:Demo')).toBe(
      true,
    );
    const failed = status.connectors.find((c) => c.status === 'FAILED');
    expect(failed?.failingExceptionMessage).toBeTruthy();
  });

  it('sends the bodies 5.3 expects', async () => {
    const ok = () => new Response(fixture('void-response.json'));
    const { backend, calls } = fakeEgeria([[/./, ok]]);
    await backend.refreshConnectors('daemon');
    await backend.restartConnectors('daemon', 'FilesMonitor');
    await backend.deleteGroup('g1', 'Egeria:IntegrationGroup:Demo');
    await backend.updateConnectorConfigurationProperties(
      'daemon',
      'FilesMonitor',
      { a: 1 },
      { merge: true },
    );
    await backend.refreshGroupConfig('daemon', 'Egeria:IntegrationGroup:Demo');
    expect(
      calls.map((c) => [c.method, c.url.replace(DAEMON, 'D').replace(GCS, 'G'), c.body]),
    ).toEqual([
      ['POST', 'D/integration-connectors/refresh', { class: 'NameRequestBody' }],
      [
        'POST',
        'D/integration-connectors/restart',
        { class: 'NameRequestBody', name: 'FilesMonitor' },
      ],
      [
        'POST',
        'G/integration-groups/g1/delete',
        { class: 'DeleteRequestBody', qualifiedName: 'Egeria:IntegrationGroup:Demo' },
      ],
      [
        'POST',
        'D/integration-connectors/configuration-properties',
        {
          class: 'ConnectorConfigPropertiesRequestBody',
          connectorName: 'FilesMonitor',
          mergeUpdate: true,
          configurationProperties: { a: 1 },
        },
      ],
      ['GET', 'D/integration-groups/Egeria%3AIntegrationGroup%3ADemo/refresh-config', undefined],
    ]);
  });

  it('makes the connector and its connection’s elements, sending only the secrets typed', async () => {
    const { backend, calls } = fakeEgeria([
      [/./, () => new Response(fixture('guid-response.json'))],
    ]);
    await backend.createConnector({
      qualifiedName: 'C1',
      name: 'Files',
      connection: {
        kind: 'Connection',
        connectorType: { connectorProviderClassName: 'p.Provider' },
        endpoint: { address: 'data/in' },
        secrets: { clearPassword: 'new-secret' },
      },
    });
    const created = calls
      .filter((c) => c.method === 'POST' && c.url.endsWith('/metadata-elements'))
      .map((c) => c.body as Record<string, any>);
    // Real 5.3's integration-connectors/new cannot make a connector (captured/5.3-snapshot/08a).
    expect(calls.some((c) => c.url.includes('/integration-connectors/new'))).toBe(false);
    expect(created.map((b) => b.typeName)).toEqual([
      'IntegrationConnector',
      'Connection',
      'ConnectorType',
      'Endpoint',
    ]);
    expect(created[0]?.properties.propertyValueMap).toMatchObject({
      qualifiedName: { primitiveValue: 'C1' },
      name: { primitiveValue: 'Files' },
    });
    const connection = created[1]?.properties.propertyValueMap;
    expect(connection).toMatchObject({
      qualifiedName: { primitiveValue: 'C1:Connection' },
      clearPassword: { primitiveValue: 'new-secret' },
    });
    expect(connection).not.toHaveProperty('encryptedPassword');
    expect(created[3]?.properties.propertyValueMap).toMatchObject({
      networkAddress: { primitiveValue: 'data/in' },
    });
    const links = calls
      .filter((c) => c.url.endsWith('/related-elements'))
      .map((c) => (c.body as Record<string, any>).typeName);
    expect(links).toEqual(['AssetConnection', 'ConnectionConnectorType', 'ConnectToEndpoint']);
  });

  it('raises Egeria’s FFDC error (HTTP 200, relatedHTTPCode 404) with message id and user action', async () => {
    const { backend } = fakeEgeria([[/./, 'error-unknown-guid.json']]);
    const error = await backend
      .getGroup('00000000-0000-0000-0000-000000000000')
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(EgeriaError);
    const e = error as EgeriaError;
    expect(e.kind).toBe('egeria');
    expect(e.httpStatus).toBe(200);
    expect(e.status).toBe(404);
    expect(e.messageId).toBe('OMAG-REPOSITORY-HANDLER-404-007');
    expect(e.text).toMatch(/^The IntegrationGroup entity with unique identifier/);
    expect(e.userAction).toMatch(/Verify that the caller's logic is correct/);
    expect(e.parameterName).toBe('guid');
  });

  it('raises a clear error for Spring’s own HTTP errors and for unreadable answers', async () => {
    const { backend } = fakeEgeria([
      [
        /integration-groups\?/,
        () => new Response(fixture('spring-400-missing-param.json'), { status: 400 }),
      ],
      [/integration-connectors\?/, () => new Response('<html>oops</html>', { status: 200 })],
      [
        /registrations/,
        () =>
          new Response(
            JSON.stringify({
              class: 'GUIDListResponse',
              relatedHTTPCode: 200,
              guids: 'not-a-list',
            }),
          ),
      ],
    ]);
    await expect(backend.listGroups({ startFrom: 0, pageSize: 1 })).rejects.toMatchObject({
      kind: 'http',
      httpStatus: 400,
      text: 'HTTP 400 Bad Request',
    });
    await expect(backend.listConnectors({ startFrom: 0, pageSize: 1 })).rejects.toMatchObject({
      kind: 'bad-response',
    });
    await expect(backend.groupsOfConnector('c')).rejects.toMatchObject({
      kind: 'bad-response',
      text: expect.stringContaining('guids'),
    });
  });

  it('reports a network failure as such', async () => {
    const backend = createV5Backend({
      baseUrl: 'http://egeria',
      userId: 'u',
      metadataServer: 'mds',
      fetch: async () => {
        throw new TypeError('fetch failed');
      },
    });
    await expect(backend.platformOrigin()).rejects.toMatchObject({
      kind: 'network',
      httpStatus: 0,
    });
  });

  it('searches elements through the open metadata store with a quoted, case-blind Java regex', async () => {
    const element = {
      class: 'OpenMetadataElement',
      type: { typeName: 'FileFolder', superTypeNames: ['DataStore', 'Asset'] },
      elementGUID: 'f1',
      elementProperties: {
        class: 'ElementProperties',
        propertyValueMap: {
          qualifiedName: { class: 'PrimitiveTypePropertyValue', primitiveValue: 'Coco:Folder:a.b' },
          name: { class: 'PrimitiveTypePropertyValue', primitiveValue: 'Landing (a.b)' },
        },
      },
    };
    const { backend, calls } = fakeEgeria([
      [
        /open-metadata-store/,
        () =>
          new Response(
            JSON.stringify({
              class: 'OpenMetadataElementsResponse',
              relatedHTTPCode: 200,
              elementList: [element],
            }),
            { status: 200 },
          ),
      ],
    ]);
    const page = await backend.searchElements('a.b', ['Asset', 'Process'], {
      startFrom: 0,
      pageSize: 10,
    });
    expect(page.items).toEqual([
      {
        guid: 'f1',
        typeName: 'FileFolder',
        superTypeNames: ['DataStore', 'Asset'],
        qualifiedName: 'Coco:Folder:a.b',
        displayName: 'Landing (a.b)',
        status: undefined,
      },
    ]);
    expect(calls[0]?.url).toBe(
      'http://egeria:9443/servers/mds/open-metadata/framework-services/governance-server/open-metadata-store/users/gary%20geeke/metadata-elements/by-search-string?forLineage=false&forDuplicateProcessing=false&startFrom=0&pageSize=10',
    );
    expect(calls[0]?.body).toEqual({
      class: 'SearchStringRequestBody',
      searchString: '(?i).*\\Qa.b\\E.*',
    });
  });
});
