/**
 * 6.x view-service behaviour that the captures do not show directly but 6.1's source fixes
 * (@86e1137bf8ff): merge/replace updates, literal searches and their options, the connection
 * hierarchy of a retrieve, detach, the ends of ConnectToEndpoint, and 6.2's renamed list.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSandbox, type SandboxHandle } from '../../sandbox';
import { caller, elementProperties } from '../../goldens/golden-kit';

const V = '/servers/view-server/api/open-metadata';
const AM = `${V}/asset-maker`;
const CM = `${V}/connection-maker`;
const ME = `${V}/metadata-expert`;

type Client = ReturnType<typeof caller>;
type Element = Record<string, unknown> & {
  elementHeader: { guid: string };
  properties: Record<string, unknown>;
};

const bean = (cls: string, values: Record<string, unknown>) => ({
  properties: { class: cls, ...values },
});

async function login(sandbox: SandboxHandle): Promise<Client> {
  const answer = await caller(sandbox.url).post('/api/token', {
    userId: 'garygeeke',
    password: 'secret',
  });
  return caller(sandbox.url, answer.text);
}

/** A connector with a connection, its endpoint and connector type, as the console builds one. */
async function connectorWithConnection(http: Client, name: string) {
  const guid = async (path: string, body: unknown) =>
    String((await http.post(path, body)).json['guid']);
  const connector = await guid(
    `${AM}/assets`,
    bean('IntegrationConnectorProperties', {
      qualifiedName: `Connector:${name}`,
      displayName: name,
    }),
  );
  const connection = await guid(
    `${CM}/connections`,
    bean('ConnectionProperties', { qualifiedName: `Connection:${name}` }),
  );
  const endpoint = await guid(
    `${CM}/endpoints`,
    bean('EndpointProperties', {
      qualifiedName: `Endpoint:${name}`,
      networkAddress: `/data/${name}`,
    }),
  );
  const type = await guid(
    `${CM}/connector-types`,
    bean('ConnectorTypeProperties', {
      qualifiedName: `Type:${name}`,
      connectorProviderClassName: 'x.Provider',
    }),
  );
  await http.post(`${CM}/connections/${connection}/connector-types/${type}/attach`, {});
  await http.post(`${CM}/connections/${connection}/endpoints/${endpoint}/attach`, {});
  await http.post(`${CM}/assets/${connector}/connections/${connection}/attach`, {});
  return { connector, connection, endpoint, type };
}

describe('6.1 view services', () => {
  let sandbox: SandboxHandle;
  let http: Client;
  beforeAll(async () => {
    sandbox = await startSandbox({ dialects: ['v6'], seed: 'empty' });
    http = await login(sandbox);
  });
  afterAll(() => sandbox?.close());

  const retrieve = async (guid: string, body: unknown = {}) =>
    (await http.post(`${AM}/assets/${guid}/retrieve`, body)).json['element'] as Element;

  it('merges an update unless mergeUpdate is false, and ignores 5.3’s replaceProperties', async () => {
    const created = await http.post(
      `${AM}/assets`,
      bean('IntegrationConnectorProperties', {
        qualifiedName: 'Connector:merge',
        displayName: 'Merge me',
        description: 'kept by a merge',
      }),
    );
    const guid = String(created.json['guid']);
    // replaceProperties is not a field of 6.x's UpdateElementRequestBody: the update still merges.
    await http.post(`${AM}/assets/${guid}/update`, {
      replaceProperties: true,
      ...bean('IntegrationConnectorProperties', { displayName: 'Merged' }),
    });
    expect((await retrieve(guid)).properties).toMatchObject({
      qualifiedName: 'Connector:merge',
      displayName: 'Merged',
      description: 'kept by a merge',
    });

    // A replace must carry the qualifiedName (OpenMetadataHandlerBase.updateElement → OPEN-METADATA-400-004).
    const refused = await http.post(`${AM}/assets/${guid}/update`, {
      mergeUpdate: false,
      ...bean('IntegrationConnectorProperties', { displayName: 'x' }),
    });
    expect(refused.json).toMatchObject({
      relatedHTTPCode: 400,
      exceptionErrorMessageId: 'OPEN-METADATA-400-004',
      flag: false,
    });

    await http.post(`${AM}/assets/${guid}/update`, {
      mergeUpdate: false,
      ...bean('IntegrationConnectorProperties', {
        qualifiedName: 'Connector:merge',
        displayName: 'Replaced',
      }),
    });
    const replaced = (await retrieve(guid)).properties;
    expect(replaced).toMatchObject({ qualifiedName: 'Connector:merge', displayName: 'Replaced' });
    expect(replaced).not.toHaveProperty('description');
  });

  it('refuses a create without properties or without a qualifiedName, with the framework’s own ids', async () => {
    const none = await http.post(`${AM}/assets`, {});
    expect(none.json).toMatchObject({
      relatedHTTPCode: 400,
      exceptionErrorMessageId: 'OPEN-METADATA-400-002',
    });
    const unnamed = await http.post(
      `${AM}/assets`,
      bean('IntegrationConnectorProperties', { displayName: 'x' }),
    );
    expect(unnamed.json).toMatchObject({
      relatedHTTPCode: 400,
      exceptionErrorMessageId: 'OPEN-METADATA-400-004',
    });
    expect(unnamed.json['exceptionErrorMessage']).toContain('properties.qualifiedName');
  });

  it('metadata-expert update-properties merges by default and replaces with mergeUpdate false', async () => {
    const guid = String(
      (
        await http.post(`${ME}/metadata-elements`, {
          typeName: 'FileFolder',
          properties: elementProperties({
            qualifiedName: 'Folder:expert',
            displayName: 'Expert',
            pathName: '/expert',
          }),
        })
      ).json['guid'],
    );
    const read = async () =>
      (
        (await http.post(`${ME}/metadata-elements/${guid}`, {})).json['element'] as {
          elementProperties: { propertyValueMap: Record<string, unknown> };
        }
      ).elementProperties.propertyValueMap;
    await http.post(`${ME}/metadata-elements/${guid}/update-properties`, {
      properties: elementProperties({ displayName: 'Expert 2' }),
    });
    expect(Object.keys(await read()).sort()).toEqual(['displayName', 'pathName', 'qualifiedName']);
    await http.post(`${ME}/metadata-elements/${guid}/update-properties`, {
      mergeUpdate: false,
      properties: elementProperties({ qualifiedName: 'Folder:expert' }),
    });
    expect(Object.keys(await read())).toEqual(['qualifiedName']);
  });

  it('searches for literal text: regular-expression characters match themselves; startsWith, endsWith and ignoreCase narrow it', async () => {
    for (const name of ['Alpha.csv', 'alphaXcsv', 'Beta*Star'])
      await http.post(
        `${AM}/assets`,
        bean('CSVFileProperties', { qualifiedName: `File:${name}`, displayName: name }),
      );
    const names = async (body: Record<string, unknown>) =>
      (
        ((
          await http.post(`${AM}/assets/by-search-string`, {
            metadataElementTypeName: 'CSVFile',
            ...body,
          })
        ).json['elements'] ?? []) as Element[]
      )
        .map((e) => e.properties['displayName'])
        .sort();
    expect(await names({ searchString: 'a.c' })).toEqual(['Alpha.csv']);
    expect(await names({ searchString: '*' })).toEqual(['Beta*Star']);
    expect(await names({ searchString: '.*' })).toEqual([]);
    expect(await names({ searchString: 'ALPHA' })).toEqual(['Alpha.csv', 'alphaXcsv']);
    expect(await names({ searchString: 'ALPHA', ignoreCase: false })).toEqual([]);
    expect(await names({ searchString: 'alpha', ignoreCase: false })).toEqual(['alphaXcsv']);
    // The qualifiedName starts with "File:", so only the display name can start with "alpha".
    expect(await names({ searchString: 'alpha', startsWith: true })).toEqual([
      'Alpha.csv',
      'alphaXcsv',
    ]);
    expect(await names({ searchString: 'Star', endsWith: true })).toEqual(['Beta*Star']);
    expect(await names({ searchString: 'Beta', endsWith: true })).toEqual([]);
    expect(await names({})).toEqual(['Alpha.csv', 'Beta*Star', 'alphaXcsv']);
  });

  it('checks a search’s paging in the store (OMAG-COMMON, findElements) and a by-name lookup’s in the view service (OPEN-METADATA)', async () => {
    const search = await http.post(`${AM}/assets/by-search-string`, {
      searchString: 'x',
      startFrom: 0,
      pageSize: -1,
    });
    expect(search.json).toMatchObject({
      relatedHTTPCode: 400,
      exceptionErrorMessageId: 'OMAG-COMMON-400-009',
      actionDescription: 'findElements',
      exceptionProperties: { parameterName: 'pageSize' },
    });
    const byName = await http.post(`${AM}/assets/by-name`, { filter: 'x', startFrom: -1 });
    expect(byName.json).toMatchObject({
      relatedHTTPCode: 400,
      exceptionErrorMessageId: 'OPEN-METADATA-400-023',
      actionDescription: 'getAssetsByName',
    });
  });

  it('retrieves a connector’s connection as a hierarchy, dropped when EmbeddedConnection is left out of includeOnlyRelationships', async () => {
    const ids = await connectorWithConnection(http, 'hierarchy');
    const full = await retrieve(ids.connector);
    const connections = full['connections'] as Array<Record<string, unknown>>;
    expect(connections).toHaveLength(1);
    expect(connections[0]!['relatedElement']).toMatchObject({
      elementHeader: { guid: ids.connection },
    });
    const sideLinks = connections[0]!['sideLinks'] as Array<{
      relationshipHeader: { type: { typeName: string } };
    }>;
    expect(sideLinks.map((l) => l.relationshipHeader.type.typeName).sort()).toEqual([
      'ConnectToEndpoint',
      'ConnectionConnectorType',
    ]);

    const pruned = await retrieve(ids.connector, {
      includeOnlyRelationships: ['AssetConnection', 'ConnectionConnectorType', 'ConnectToEndpoint'],
    });
    expect(pruned).not.toHaveProperty('connections');
    const kept = await retrieve(ids.connector, {
      includeOnlyRelationships: ['AssetConnection', 'EmbeddedConnection'],
    });
    expect(kept['connections']).toHaveLength(1);
  });

  it('names the ends of ConnectToEndpoint as 6.1 does: the connection’s `endpoint`, the endpoint’s `parentConnections`', async () => {
    const ids = await connectorWithConnection(http, 'ends');
    const connection = (await http.post(`${CM}/connections/${ids.connection}/retrieve`, {})).json[
      'element'
    ] as Record<string, { relatedElement: { elementHeader: { guid: string } } }>;
    expect(connection['endpoint']!.relatedElement.elementHeader.guid).toBe(ids.endpoint);
    expect(connection['connectorType']!.relatedElement.elementHeader.guid).toBe(ids.type);
    for (const [path, guid] of [
      ['endpoints', ids.endpoint],
      ['connector-types', ids.type],
    ] as const) {
      const element = (await http.post(`${CM}/${path}/${guid}/retrieve`, {})).json[
        'element'
      ] as Record<string, Array<{ relatedElement: { elementHeader: { guid: string } } }>>;
      expect(element['parentConnections']!.map((r) => r.relatedElement.elementHeader.guid)).toEqual(
        [ids.connection],
      );
    }
    expect(Object.keys(connection)).toContain('connectedAssets');
  });

  it('detaches an endpoint, but not a connector type: 6.1 passes that link’s ends the wrong way round', async () => {
    const ids = await connectorWithConnection(http, 'detach');
    await http.post(`${CM}/connections/${ids.connection}/endpoints/${ids.endpoint}/detach`, {});
    const typeDetach = await http.post(
      `${CM}/connections/${ids.connection}/connector-types/${ids.type}/detach`,
      {},
    );
    expect(typeDetach.json).toMatchObject({ class: 'VoidResponse', relatedHTTPCode: 200 });
    const connection = (await http.post(`${CM}/connections/${ids.connection}/retrieve`, {})).json[
      'element'
    ] as Record<string, unknown>;
    expect(connection).not.toHaveProperty('endpoint');
    expect(connection).toHaveProperty('connectorType');
  });
});

describe('6.2 view services', () => {
  let sandbox: SandboxHandle;
  beforeAll(async () => {
    sandbox = await startSandbox({ dialects: ['v6'], seed: 'empty', release: '6.2' });
  });
  afterAll(() => sandbox?.close());

  it('lists a connection’s assets as `connectedResources`', async () => {
    const http = await login(sandbox);
    const ids = await connectorWithConnection(http, 'six-two');
    const connection = (await http.post(`${CM}/connections/${ids.connection}/retrieve`, {})).json[
      'element'
    ] as Record<string, unknown>;
    expect(connection).toHaveProperty('connectedResources');
    expect(connection).not.toHaveProperty('connectedAssets');
  });
});
