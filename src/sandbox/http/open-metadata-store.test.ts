/**
 * The 5.3 open-metadata-store, as the console uses it to give a connector its connection
 * (OpenMetadataStoreResource / MetadataElementHandler@e993386a1f51), and what the
 * governance-configuration-service then reads back.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSandbox, type SandboxHandle } from '../sandbox';
import { caller, elementProperties } from '../goldens/golden-kit';

const USER = 'garygeeke';
const SERVER = '/servers/active-metadata-store/open-metadata/framework-services/governance-server';
const OMS = `${SERVER}/open-metadata-store/users/${USER}`;
const G = `${SERVER}/governance-configuration-service/users/${USER}`;

type Client = ReturnType<typeof caller>;
interface Related {
  relationshipGUID: string;
  elementAtEnd1: boolean;
  type: { typeName: string };
  relationshipProperties?: { propertyValueMap: Record<string, { primitiveValue?: unknown }> };
  element: { elementGUID: string };
}

describe('the 5.3 open-metadata-store', () => {
  let sandbox: SandboxHandle;
  let http: Client;
  beforeAll(async () => {
    sandbox = await startSandbox({ seed: 'empty' });
    http = caller(sandbox.url);
  });
  afterAll(() => sandbox?.close());

  const create = async (typeName: string, properties: Record<string, unknown>) =>
    String(
      (
        await http.post(`${OMS}/metadata-elements`, {
          typeName,
          isOwnAnchor: true,
          properties: elementProperties(properties),
        })
      ).json['guid'],
    );
  const relate = (
    typeName: string,
    end1: string,
    end2: string,
    properties?: Record<string, unknown>,
  ) =>
    http.post(`${OMS}/related-elements`, {
      typeName,
      metadataElement1GUID: end1,
      metadataElement2GUID: end2,
      ...(properties ? { properties: elementProperties(properties) } : {}),
    });
  const related = async (guid: string, suffix = 'any-type', query = '') =>
    (await http.get(`${OMS}/related-elements/${guid}/${suffix}${query}`)).json[
      'relatedElementList'
    ] as {
      elementList?: Related[];
      mermaidGraph?: string;
    };
  const attributes = async (guid: string) =>
    (
      (await http.get(`${OMS}/metadata-elements/${guid}`)).json['element'] as {
        elementProperties: { propertyValueMap: Record<string, { primitiveValue?: unknown }> };
      }
    ).elementProperties.propertyValueMap;

  it('gives a connector made through the governance-configuration-service a virtual connection it then reads back', async () => {
    // 5.3 needs a connection to create a connector, then fails storing it (08a) — the connector stays.
    const made = await http.post(`${G}/integration-connectors/new`, {
      class: 'IntegrationConnectorProperties',
      qualifiedName: 'Connector:virtual',
      name: 'virtual',
      connection: {
        class: 'Connection',
        connectorType: { class: 'ConnectorType', connectorProviderClassName: 'x.OuterProvider' },
      },
    });
    expect(made.json).toMatchObject({
      relatedHTTPCode: 400,
      exceptionErrorMessageId: 'OMAG-COMMON-400-016',
    });
    const found = await http.get(`${G}/integration-connectors/by-name/virtual`);
    const connector = (found.json['element'] as { elementHeader: { guid: string } }).elementHeader
      .guid;
    expect(found.json['element']).not.toHaveProperty('properties.connection');
    const outerType = await create('ConnectorType', {
      qualifiedName: 'Type:outer',
      connectorProviderClassName: 'x.OuterProvider',
    });
    const innerType = await create('ConnectorType', {
      qualifiedName: 'Type:inner',
      connectorProviderClassName: 'x.InnerProvider',
    });
    const endpoint = await create('Endpoint', {
      qualifiedName: 'Endpoint:inner',
      networkAddress: 'https://inner',
      name: 'inner endpoint',
    });
    const outer = await create('VirtualConnection', {
      qualifiedName: 'Connection:outer',
      configurationProperties: { mode: 'all' },
    });
    const inner = await create('Connection', {
      qualifiedName: 'Connection:inner',
      userId: 'reader',
    });
    expect((await relate('ConnectionConnectorType', outer, outerType)).json).toEqual({
      class: 'GUIDResponse',
      relatedHTTPCode: 200,
    });
    await relate('ConnectionConnectorType', inner, innerType);
    await relate('ConnectToEndpoint', inner, endpoint);
    await relate('EmbeddedConnection', outer, inner, { position: 0, displayName: 'inner' });
    await relate('AssetConnection', connector, outer);

    const read = await http.get(`${G}/integration-connectors/${connector}`);
    const connection = (
      read.json['element'] as { properties: { connection: Record<string, unknown> } }
    ).properties.connection;
    expect(connection).toMatchObject({
      class: 'VirtualConnection',
      qualifiedName: 'Connection:outer',
      configurationProperties: { mode: 'all' },
      connectorType: { class: 'ConnectorType', connectorProviderClassName: 'x.OuterProvider' },
      embeddedConnections: [
        {
          class: 'EmbeddedConnection',
          position: 0,
          displayName: 'inner',
          embeddedConnection: {
            class: 'Connection',
            qualifiedName: 'Connection:inner',
            userId: 'reader',
            connectorType: { connectorProviderClassName: 'x.InnerProvider' },
            endpoint: {
              class: 'Endpoint',
              address: 'https://inner',
              displayName: 'inner endpoint',
            },
          },
        },
      ],
    });
  });

  it('reads an endpoint linked by the deprecated ConnectionEndpoint (endpoint at end 1), as 5.3 still does', async () => {
    await http.post(`${G}/integration-connectors/new`, {
      class: 'IntegrationConnectorProperties',
      qualifiedName: 'Connector:older',
      name: 'older',
      connection: { class: 'Connection', connectorType: { class: 'ConnectorType' } },
    });
    const found = await http.get(`${G}/integration-connectors/by-name/older`);
    const connector = (found.json['element'] as { elementHeader: { guid: string } }).elementHeader
      .guid;
    const connection = await create('Connection', { qualifiedName: 'Connection:older' });
    const endpoint = await create('Endpoint', {
      qualifiedName: 'Endpoint:older',
      networkAddress: '/older',
    });
    await relate('ConnectionEndpoint', endpoint, connection);
    await relate('AssetConnection', connector, connection);
    const read = await http.get(`${G}/integration-connectors/${connector}`);
    expect(read.json['element']).toMatchObject({
      properties: {
        connection: { qualifiedName: 'Connection:older', endpoint: { address: '/older' } },
      },
    });
  });

  it('lists related elements from either end, by type, with a Mermaid picture; an empty list is an empty object', async () => {
    const connection = await create('Connection', { qualifiedName: 'Connection:listed' });
    const type = await create('ConnectorType', { qualifiedName: 'Type:listed' });
    const endpoint = await create('Endpoint', { qualifiedName: 'Endpoint:listed' });
    await relate('ConnectionConnectorType', connection, type);
    await relate('ConnectToEndpoint', connection, endpoint);

    const all = await related(connection);
    expect(all.elementList!.map((r) => r.element.elementGUID).sort()).toEqual(
      [endpoint, type].sort(),
    );
    expect(all.elementList!.every((r) => r.elementAtEnd1 === false)).toBe(true);
    expect(all.mermaidGraph).toContain(`title: Starting Element - ${connection}`);
    const byType = await related(connection, 'type/ConnectToEndpoint');
    expect(byType.elementList!.map((r) => r.element.elementGUID)).toEqual([endpoint]);
    const fromEndpoint = await related(endpoint);
    expect(fromEndpoint.elementList!.map((r) => [r.element.elementGUID, r.elementAtEnd1])).toEqual([
      [connection, true],
    ]);
    // startingAtEnd 1: only relationships with the endpoint at end 1, and it sits at end 2.
    expect(await related(endpoint, 'any-type', '?startingAtEnd=1')).toEqual({});
    expect(
      (await http.post(`${OMS}/related-elements/${endpoint}/any-type?startingAtEnd=2`)).json[
        'relatedElementList'
      ],
    ).toMatchObject({
      elementList: [{ element: { elementGUID: connection } }],
    });
  });

  it('merges element updates unless replaceProperties, and keeps the names 5.3 uses for an asset', async () => {
    const guid = await create('FileFolder', {
      qualifiedName: 'Folder:update',
      name: 'folder',
      description: 'kept',
    });
    await http.post(`${OMS}/metadata-elements/${guid}/update-properties`, {
      properties: elementProperties({ pathName: '/data' }),
    });
    expect(Object.keys(await attributes(guid)).sort()).toEqual([
      'description',
      'name',
      'pathName',
      'qualifiedName',
    ]);
    await http.post(`${OMS}/metadata-elements/${guid}/update-properties`, {
      replaceProperties: true,
      properties: elementProperties({ qualifiedName: 'Folder:update', name: 'renamed' }),
    });
    const replaced = await attributes(guid);
    expect(Object.keys(replaced).sort()).toEqual(['name', 'qualifiedName']);
    expect(replaced['name']!.primitiveValue).toBe('renamed');
  });

  it('updates and deletes a relationship found through the related list', async () => {
    const outer = await create('VirtualConnection', { qualifiedName: 'Connection:outer2' });
    const inner = await create('Connection', { qualifiedName: 'Connection:inner2' });
    await relate('EmbeddedConnection', outer, inner, { position: 1, displayName: 'first' });
    const link = (await related(outer, 'type/EmbeddedConnection')).elementList![0]!;
    await http.post(`${OMS}/related-elements/${link.relationshipGUID}/update-properties`, {
      properties: elementProperties({ displayName: 'second' }),
    });
    const updated = (await related(outer, 'type/EmbeddedConnection')).elementList![0]!;
    expect(updated.relationshipProperties!.propertyValueMap['displayName']!.primitiveValue).toBe(
      'second',
    );
    expect(updated.relationshipProperties!.propertyValueMap['position']!.primitiveValue).toBe(1);

    // The delete's body is required: without one Spring cannot bind it, and 5.3 answers a bare 401.
    const bodiless = await http.post(`${OMS}/related-elements/${link.relationshipGUID}/delete`);
    expect([bodiless.status, bodiless.text]).toEqual([401, '']);
    const deleted = await http.post(`${OMS}/related-elements/${link.relationshipGUID}/delete`, {});
    expect(deleted.json).toEqual({ class: 'VoidResponse', relatedHTTPCode: 200 });
    expect(await related(outer)).toEqual({});
  });

  it('deletes an element with the elements anchored to it that it is linked to', async () => {
    const connection = await create('Connection', { qualifiedName: 'Connection:anchor' });
    const anchored = String(
      (
        await http.post(`${OMS}/metadata-elements`, {
          typeName: 'Endpoint',
          anchorGUID: connection,
          properties: elementProperties({ qualifiedName: 'Endpoint:anchored' }),
          parentGUID: connection,
          parentRelationshipTypeName: 'ConnectToEndpoint',
        })
      ).json['guid'],
    );
    expect((await http.post(`${OMS}/metadata-elements/${connection}/delete`)).json).toEqual({
      class: 'VoidResponse',
      relatedHTTPCode: 200,
    });
    for (const guid of [connection, anchored])
      expect((await http.get(`${OMS}/metadata-elements/${guid}`)).json).toMatchObject({
        relatedHTTPCode: 404,
        exceptionErrorMessageId: 'OMAG-REPOSITORY-HANDLER-404-007',
      });
  });

  it('refuses a Referenceable without a qualifiedName, and a type it does not know', async () => {
    const unnamed = await http.post(`${OMS}/metadata-elements`, {
      typeName: 'Connection',
      properties: elementProperties({ displayName: 'x' }),
    });
    expect(unnamed.json).toMatchObject({
      relatedHTTPCode: 400,
      exceptionErrorMessageId: 'OMAG-COMMON-400-006',
      exceptionProperties: { parameterName: 'qualifiedName' },
    });
    const unknown = await http.post(`${OMS}/metadata-elements`, {
      typeName: 'NoSuchType',
      properties: elementProperties({ qualifiedName: 'x' }),
    });
    expect(unknown.json).toMatchObject({
      relatedHTTPCode: 400,
      exceptionErrorMessageId: 'OMAG-COMMON-400-018',
      exceptionErrorMessage:
        'OMAG-COMMON-400-018 The type name NoSuchType passed on method createMetadataElementInStore of service Open Metadata Store Services is not recognized',
    });
  });

  it('finds elements with a regular expression that must match a whole value; without a type it must compile', async () => {
    await create('CSVFile', { qualifiedName: 'File:regex-one.csv', name: 'regex-one.csv' });
    await create('CSVFile', { qualifiedName: 'File:regex-two.csv', name: 'regex-two.csv' });
    const names = async (body: Record<string, unknown>) =>
      (
        ((
          await http.post(`${OMS}/metadata-elements/by-search-string?startFrom=0&pageSize=10`, body)
        ).json['elementList'] ?? []) as Array<{
          elementProperties: { propertyValueMap: { name: { primitiveValue: string } } };
        }>
      )
        .map((e) => e.elementProperties.propertyValueMap.name.primitiveValue)
        .sort();
    expect(await names({ typeName: 'CSVFile', searchString: 'regex-.*' })).toEqual([
      'regex-one.csv',
      'regex-two.csv',
    ]);
    expect(await names({ typeName: 'CSVFile', searchString: 'regex' })).toEqual([]);
    expect(await names({ typeName: 'CSVFile', searchString: 'regex-one\\.csv' })).toEqual([
      'regex-one.csv',
    ]);
    expect(await names({ typeName: 'CSVFile' })).toEqual(['regex-one.csv', 'regex-two.csv']);
    const star = await http.post(`${OMS}/metadata-elements/by-search-string`, {
      searchString: '*',
    });
    expect(star.json).toMatchObject({
      relatedHTTPCode: 400,
      exceptionErrorMessageId: 'OMAG-COMMON-400-028',
    });
  });
});
