import { describe, expect, it } from 'vitest';
import { EgeriaError } from '../errors';
import { createV6Backend } from './backend-v6';
import groupsByName from '../../../e2e/golden/6.1/10a-asset-maker-api-group-by-name.json';

interface Call {
  method: string;
  path: string;
  body?: Record<string, any>;
  authorization?: string;
}

type Answer = unknown | ((call: Call) => Response | unknown);

const json = (body: unknown, status = 200) =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });
const springError = (status: number) =>
  json(
    { timestamp: '2026-06-01T00:00:00.000+00:00', status, error: 'Not Found', path: '/x' },
    status,
  );

/** A fake 6.x platform: routes are "METHOD /path-regex" → answer; anything else is Spring's 404. */
function fakePlatform(routes: Array<[string, Answer]>) {
  const calls: Call[] = [];
  const fetch = async (url: string, init?: RequestInit): Promise<Response> => {
    const headers = (init?.headers ?? {}) as Record<string, string>;
    const call: Call = {
      method: init?.method ?? 'GET',
      path: decodeURIComponent(new URL(url).pathname),
      body: init?.body ? JSON.parse(String(init.body)) : undefined,
      authorization: headers['Authorization'] ?? headers['authorization'],
    };
    calls.push(call);
    const route = routes.find(([key]) => {
      const [method, pattern] = key.split(' ', 2) as [string, string];
      return method === call.method && new RegExp(pattern).test(call.path);
    });
    if (!route) return springError(404);
    const answer =
      typeof route[1] === 'function' ? (route[1] as (c: Call) => unknown)(call) : route[1];
    return answer instanceof Response ? answer : json(answer);
  };
  const backend = createV6Backend({
    baseUrl: 'https://egeria:7443',
    viewServer: 'qs-view-server',
    fetch,
    headers: () => ({ Authorization: 'Bearer test-token' }),
  });
  return { backend, calls };
}

/** A group as real 6.1 answers it (captured, normalised). */
const groupResponse = { element: groupsByName.elements[0]! };
const ok = { class: 'VoidResponse', relatedHTTPCode: 200 };
const guid = (value: string) => ({ class: 'GUIDResponse', relatedHTTPCode: 200, guid: value });
const AM = '/servers/qs-view-server/api/open-metadata/asset-maker';
const CM = '/servers/qs-view-server/api/open-metadata/connection-maker';
const ME = '/servers/qs-view-server/api/open-metadata/metadata-expert';

/** A group's RegisteredIntegrationConnector link to connector `id`, as a group read answers it. */
const registrationLink = (id: string) => ({
  relationshipHeader: { type: { typeName: 'RegisteredIntegrationConnector' }, guid: `rel-${id}` },
  relationshipProperties: { class: 'RegisteredIntegrationConnectorProperties', connectorName: id },
  relatedElement: { elementHeader: { type: { typeName: 'IntegrationConnector' }, guid: id } },
});
const connector = (id: string, withConnection = true) => ({
  class: 'OpenMetadataRootElementResponse',
  relatedHTTPCode: 200,
  element: {
    elementHeader: { type: { typeName: 'IntegrationConnector' }, guid: id },
    properties: {
      class: 'IntegrationConnectorProperties',
      qualifiedName: `Q:${id}`,
      displayName: id,
    },
    ...(withConnection
      ? {
          connections: [
            {
              relationshipHeader: { type: { typeName: 'AssetConnection' }, guid: `ac-${id}` },
              relatedElement: {
                elementHeader: { type: { typeName: 'Connection' }, guid: `conn-${id}` },
                properties: { class: 'ConnectionProperties', qualifiedName: `Q:${id}:Connection` },
              },
              sideLinks: [
                {
                  relationshipHeader: { type: { typeName: 'ConnectToEndpoint' }, guid: `ce-${id}` },
                  relatedElement: {
                    elementHeader: { type: { typeName: 'Endpoint' }, guid: `ep-${id}` },
                    properties: { class: 'EndpointProperties', networkAddress: `data/${id}` },
                  },
                },
              ],
            },
          ],
        }
      : {}),
  },
});

describe('Egeria 6.x dialect', () => {
  it('calls the view server with the bearer token, no userId in any path, and names every body', async () => {
    const { backend, calls } = fakePlatform([
      [
        'GET /open-metadata/platform-services/server-platform/origin',
        new Response('Egeria OMAG Server Platform (version 6.1)'),
      ],
      [
        `POST ${AM}/software-capabilities/search$`,
        {
          class: 'OpenMetadataRootElementsResponse',
          relatedHTTPCode: 200,
          elements: [groupResponse.element],
        },
      ],
    ]);
    expect(await backend.platformOrigin()).toContain('version 6.1');
    const page = await backend.listGroups({ startFrom: 0, pageSize: 2 });
    expect(page.items.map((g) => g.qualifiedName)).toEqual(['Test:IntegrationGroup:ApiFiles']);
    expect(page.mayHaveMore).toBe(false);
    // No search string lists them all ("*" would be matched literally); no relationships, no graph.
    expect(calls[1]).toMatchObject({
      method: 'POST',
      authorization: 'Bearer test-token',
      body: {
        class: 'SearchStringRequestBody',
        metadataElementTypeName: 'IntegrationGroup',
        startFrom: 0,
        pageSize: 2,
        graphQueryDepth: 0,
        maxMermaidNodeCount: 0,
      },
    });
    expect(calls[1]?.body).not.toHaveProperty('searchString');
    expect(calls.every((c) => !c.path.includes('/users/'))).toBe(true);
  });

  it('reads a group by name only on an exact qualifiedName (by-name also matches display names)', async () => {
    const { backend, calls } = fakePlatform([
      [
        `POST ${AM}/software-capabilities/by-name$`,
        {
          class: 'OpenMetadataRootElementsResponse',
          relatedHTTPCode: 200,
          elements: [groupResponse.element],
        },
      ],
    ]);
    expect((await backend.findGroupByName('Test:IntegrationGroup:ApiFiles'))?.guid).toBe(
      groupResponse.element.elementHeader.guid,
    );
    expect(await backend.findGroupByName('API files')).toBeNull();
    expect(calls.find((c) => c.path.endsWith('/by-name'))?.body).toMatchObject({
      class: 'FilterRequestBody',
      filter: 'Test:IntegrationGroup:ApiFiles',
    });
  });

  it('takes a small group’s registration links from its lookup by name, once', async () => {
    const guid = groupResponse.element.elementHeader.guid;
    const links = ['a', 'b'].map(registrationLink);
    const withLinks = { ...groupResponse.element, supportedIntegrationConnectors: links };
    const { backend, calls } = fakePlatform([
      [
        `POST ${AM}/software-capabilities/by-name$`,
        { class: 'OpenMetadataRootElementsResponse', relatedHTTPCode: 200, elements: [withLinks] },
      ],
      [
        `POST ${AM}/software-capabilities/${guid}$`,
        { class: 'OpenMetadataRootElementResponse', relatedHTTPCode: 200, element: withLinks },
      ],
      [
        `POST ${AM}/assets/by-search-string$`,
        {
          class: 'OpenMetadataRootElementsResponse',
          relatedHTTPCode: 200,
          elements: ['a', 'b'].map((id) => connector(id).element),
        },
      ],
    ]);
    await backend.findGroupByName('Test:IntegrationGroup:ApiFiles');
    expect(calls.find((c) => c.path.endsWith('/by-name'))?.body).toMatchObject({
      includeOnlyRelationships: ['RegisteredIntegrationConnector'],
      graphQueryDepth: 1,
      relationshipsPageSize: 100,
    });
    const groupReads = () =>
      calls.filter((c) => c.path === `${AM}/software-capabilities/${guid}`).length;
    const first = await backend.listRegistrations(guid, { startFrom: 0, pageSize: 200 });
    expect(first.items.map((r) => r.connectorName)).toEqual(['a', 'b']);
    expect(groupReads()).toBe(0);
    // Taken once: reading the registrations again (after an edit, say) asks the group itself.
    await backend.listRegistrations(guid, { startFrom: 0, pageSize: 200 });
    expect(groupReads()).toBe(1);
    // Nor after a change was sent: the links the lookup brought may not show it.
    await backend.findGroupByName('Test:IntegrationGroup:ApiFiles');
    await backend.deleteGroup(guid, 'Test:IntegrationGroup:ApiFiles').catch(() => undefined);
    await backend.listRegistrations(guid, { startFrom: 0, pageSize: 200 });
    expect(groupReads()).toBe(2);
  });

  it('says plainly that 6.0 has no integration-group calls when its platform refuses one', async () => {
    const { backend, calls } = fakePlatform([
      [
        'GET /open-metadata/platform-services/server-platform/origin',
        () => new Response('Egeria OMAG Server Platform (version 6.0)'),
      ],
    ]);
    const error = await backend.listGroups({ startFrom: 0, pageSize: 10 }).catch((e: unknown) => e);
    expect(error).toMatchObject({ kind: 'invalid', messageId: 'CONSOLE-EGERIA60-501-001' });
    expect(calls.map((c) => c.path)).toEqual([
      `${AM}/software-capabilities/search`,
      '/open-metadata/platform-services/server-platform/origin',
    ]);
  });

  it('refuses to read an element of another type as a group', async () => {
    const { backend } = fakePlatform([[`POST ${AM}/software-capabilities/x$`, connector('x')]]);
    const error = await backend.getGroup('x').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(EgeriaError);
    expect((error as EgeriaError).isNotFound).toBe(true);
  });

  it('lists catalog targets with a POST and a ResultsRequestBody (6.1 refuses a GET)', async () => {
    const { backend, calls } = fakePlatform([
      [
        `POST ${AM}/integration-connectors/c/catalog-targets$`,
        { class: 'OpenMetadataRootElementsResponse', relatedHTTPCode: 200 },
      ],
    ]);
    await backend.listCatalogTargets('c', { startFrom: 20, pageSize: 10 });
    expect(calls.map((c) => c.method)).toEqual(['POST']);
    expect(calls[0]?.body).toEqual({
      class: 'ResultsRequestBody',
      startFrom: 20,
      pageSize: 10,
      graphQueryDepth: 0,
      maxMermaidNodeCount: 0,
    });
  });

  it('registers through the generic relationship API when the typed 6.2 path is unknown, and remembers', async () => {
    const { backend, calls } = fakePlatform([
      [`POST ${AM}/assets/c/retrieve$`, connector('c', false)],
      [`POST ${ME}/related-elements$`, guid('rel-1')],
    ]);
    await backend.registerConnector('g', 'c', { connectorName: 'C', refreshTimeInterval: 5 });
    await backend.registerConnector('g2', 'c', { connectorName: 'C' });
    const posted = calls
      .filter((c) => c.method === 'POST')
      .map((c) => c.path.replace(AM, 'AM').replace(ME, 'ME'));
    expect(posted).toEqual([
      'AM/assets/c/retrieve',
      'AM/integration-groups/g/registered-integration-connectors/c/attach',
      'ME/related-elements',
      'AM/assets/c/retrieve',
      'ME/related-elements',
    ]);
    expect(calls.find((c) => c.path === `${ME}/related-elements`)?.body).toMatchObject({
      class: 'NewRelatedElementsRequestBody',
      typeName: 'RegisteredIntegrationConnector',
      metadataElement1GUID: 'g',
      metadataElement2GUID: 'c',
      properties: {
        class: 'NewElementProperties',
        propertyValueMap: { connectorName: { primitiveValue: 'C' } },
      },
    });
  });

  it('takes the generic path on a platform that says it is 6.1, without trying the typed one', async () => {
    const { backend, calls } = fakePlatform([
      [`POST ${AM}/assets/c/retrieve$`, connector('c', false)],
      [`POST ${ME}/related-elements$`, guid('rel-1')],
      [`GET /origin$`, () => new Response('Egeria OMAG Server Platform (version 6.1)')],
    ]);
    await backend.registerConnector('g', 'c', { connectorName: 'C' });
    expect(calls.some((c) => c.path.endsWith('/attach'))).toBe(false);
    expect(calls.filter((c) => c.path === `${ME}/related-elements`)).toHaveLength(1);
  });

  it('uses the typed 6.2 attach when the platform has it, and updates an existing registration in place', async () => {
    const registered = connector('c', false);
    (registered.element as Record<string, unknown>)['includedInIntegrationGroups'] = [
      {
        relationshipHeader: { type: { typeName: 'RegisteredIntegrationConnector' }, guid: 'rel-9' },
        relatedElement: { elementHeader: { type: { typeName: 'IntegrationGroup' }, guid: 'g9' } },
      },
    ];
    const { backend, calls } = fakePlatform([
      [`POST ${AM}/assets/c/retrieve$`, registered],
      [`POST ${AM}/integration-groups/g/registered-integration-connectors/c/attach$`, ok],
      [`POST ${ME}/related-elements/rel-9/update-properties$`, ok],
      [`GET /origin$`, () => new Response('Egeria OMAG Server Platform (version 6.2)')],
    ]);
    await backend.registerConnector('g', 'c', {
      connectorName: 'C',
      stopDate: '2030-01-01T00:00:00Z',
    });
    expect(calls.find((c) => c.path.endsWith('/attach'))?.body).toEqual({
      class: 'NewRelationshipRequestBody',
      properties: {
        class: 'RegisteredIntegrationConnectorProperties',
        connectorName: 'C',
        connectorShutdownDate: '2030-01-01T00:00:00Z',
      },
    });
    await backend.registerConnector('g9', 'c', { connectorName: 'C', refreshTimeInterval: 1 });
    expect(calls.at(-1)).toMatchObject({
      path: `${ME}/related-elements/rel-9/update-properties`,
      // 6.x has no replaceProperties: UpdateOptions' mergeUpdate false replaces.
      body: { class: 'UpdatePropertiesRequestBody', mergeUpdate: false },
    });
  });

  it('removes what it created when a later step of a connector save fails', async () => {
    let created = 0;
    const { backend, calls } = fakePlatform([
      [`POST ${AM}/assets$`, () => guid(`asset-${++created}`)],
      [`POST ${CM}/connections$`, () => guid(`connection-${++created}`)],
      [
        `POST ${CM}/connector-types/by-connector-provider-class-name$`,
        { class: 'OpenMetadataRootElementsResponse', relatedHTTPCode: 200 },
      ],
      [`POST ${CM}/connector-types$`, () => guid(`type-${++created}`)],
      [`POST ${CM}/assets/[^/]+/connections/[^/]+/attach$`, ok],
      [`POST ${CM}/connections/[^/]+/connector-types/[^/]+/attach$`, ok],
      [`POST ${CM}/endpoints$`, () => guid(`endpoint-${++created}`)],
      [
        `POST ${CM}/connections/[^/]+/endpoints/[^/]+/attach$`,
        {
          class: 'VoidResponse',
          relatedHTTPCode: 400,
          exceptionErrorMessageId: 'OMAG-COMMON-400-099',
          exceptionErrorMessage: 'OMAG-COMMON-400-099 refused',
        },
      ],
      [`POST .*/delete$`, ok],
    ]);
    const error = await backend
      .createConnector({
        qualifiedName: 'Q',
        connection: {
          kind: 'Connection',
          connectorType: { connectorProviderClassName: 'P' },
          endpoint: { address: 'data/in' },
        },
      })
      .catch((e: unknown) => e);
    expect((error as EgeriaError).messageId).toBe('OMAG-COMMON-400-099');
    const deleted = calls.filter((c) => c.path.endsWith('/delete')).map((c) => c.path);
    expect(deleted).toEqual([
      `${CM}/endpoints/endpoint-4/delete`,
      `${CM}/connector-types/type-3/delete`,
      `${CM}/connections/connection-2/delete`,
      `${AM}/assets/asset-1/delete`,
    ]);
    expect(
      calls.some((c) => c.path === `${CM}/assets/asset-1/connections/connection-2/attach`),
    ).toBe(true);
    expect(calls.find((c) => c.path === `${CM}/connections`)?.body).toMatchObject({
      class: 'NewElementRequestBody',
      properties: {
        class: 'ConnectionProperties',
        typeName: 'Connection',
        qualifiedName: 'Q:Connection',
      },
    });
  });

  it('pages a group’s registrations itself and reads their connectors’ connections in one search', async () => {
    const links = ['a', 'b', 'c'].map(registrationLink);
    const { backend, calls } = fakePlatform([
      [
        `POST ${AM}/software-capabilities/g$`,
        {
          class: 'OpenMetadataRootElementResponse',
          relatedHTTPCode: 200,
          element: { ...groupResponse.element, supportedIntegrationConnectors: links },
        },
      ],
      [
        `POST ${AM}/assets/by-search-string$`,
        {
          class: 'OpenMetadataRootElementsResponse',
          relatedHTTPCode: 200,
          // Other connectors of the platform come too; only the group's are used.
          elements: ['a', 'x', 'b', 'c'].map((id) => connector(id).element),
        },
      ],
    ]);
    const first = await backend.listRegistrations('g', { startFrom: 0, pageSize: 2 });
    expect(first.items.map((r) => r.connectorName)).toEqual(['a', 'b']);
    expect(first.mayHaveMore).toBe(true);
    expect(first.items[0]?.connector.connection?.endpoint?.address).toBe('data/a');
    expect(calls.find((c) => c.path === `${AM}/software-capabilities/g`)?.body).toEqual({
      class: 'GetRequestBody',
      includeOnlyRelationships: ['RegisteredIntegrationConnector'],
      graphQueryDepth: 1,
      maxMermaidNodeCount: 0,
      relationshipsPageSize: 0,
    });
    const second = await backend.listRegistrations('g', { startFrom: 2, pageSize: 2 });
    expect(second.items.map((r) => r.connectorName)).toEqual(['c']);
    expect(second.mayHaveMore).toBe(false);
    // One read of the group serves every page of a listing; a listing from the start reads it again.
    const groupReads = () => calls.filter((c) => c.path === `${AM}/software-capabilities/g`).length;
    expect(groupReads()).toBe(1);
    await backend.listRegistrations('g', { startFrom: 0, pageSize: 2 });
    expect(groupReads()).toBe(2);
    // One search per listing brings the connectors with their connections' parts: no N+1, and the
    // listing's later pages reuse it.
    expect(calls.filter((c) => c.path.includes('/retrieve'))).toEqual([]);
    expect(calls.filter((c) => c.path === `${AM}/assets/by-search-string`)).toHaveLength(2);
    expect(calls.find((c) => c.path === `${AM}/assets/by-search-string`)?.body).toEqual({
      class: 'SearchStringRequestBody',
      metadataElementTypeName: 'IntegrationConnector',
      startFrom: 0,
      pageSize: 500,
      includeOnlyRelationships: [
        'AssetConnection',
        'ResourceConnection',
        'ConnectionConnectorType',
        'ConnectToEndpoint',
        'EmbeddedConnection',
      ],
      graphQueryDepth: 4,
      maxMermaidNodeCount: 0,
    });
    expect(calls.some((c) => c.path.startsWith(`${CM}/connections/`))).toBe(false);
  });

  it('drives the daemon without a userId and with 6.x bodies', async () => {
    const { backend, calls } = fakePlatform([
      [`POST /servers/d/open-metadata/integration-daemon/.*`, ok],
    ]);
    await backend.refreshConnectors('d', 'Files');
    await backend.updateEndpointAddress('d', 'Files', 'data/x');
    await backend.updateConnectorConfigurationProperties('d', 'Files', { a: 1 }, { merge: true });
    expect(calls.map((c) => [c.path, c.body])).toEqual([
      [
        '/servers/d/open-metadata/integration-daemon/integration-connectors/refresh',
        { class: 'NameRequestBody', name: 'Files' },
      ],
      [
        '/servers/d/open-metadata/integration-daemon/integration-connectors/Files/endpoint-network-address',
        { class: 'StringRequestBody', string: 'data/x' },
      ],
      [
        '/servers/d/open-metadata/integration-daemon/integration-connectors/configuration-properties',
        {
          class: 'ConnectorConfigPropertiesRequestBody',
          connectorName: 'Files',
          mergeUpdate: true,
          configurationProperties: { a: 1 },
        },
      ],
    ]);
  });
});
