import { describe, expect, it } from 'vitest';
import { performWrite, type RequestPreview, type WriteRequest } from '../backend';
import { maskSecrets, SECRET_MASK } from '../secrets';
import { createV5Backend } from './backend-v5';

interface Sent {
  method: string;
  path: string;
  body?: unknown;
}

const BASE = 'http://egeria:9443';

function recordingBackend() {
  const sent: Sent[] = [];
  const backend = createV5Backend({
    baseUrl: BASE,
    userId: 'garygeeke',
    metadataServer: 'mds',
    fetch: async (url, init) => {
      sent.push({
        method: init?.method ?? 'GET',
        path: url.slice(BASE.length),
        body: init?.body ? JSON.parse(String(init.body)) : undefined,
      });
      // A registration read answers one, so unregistering has something to remove.
      if (/\/integration-groups\/[^/]+\/integration-connectors\/[^/?]+$/.test(url))
        return Response.json({
          class: 'RegisteredIntegrationConnectorResponse',
          relatedHTTPCode: 200,
          registeredIntegrationConnector: {
            elementHeader: { guid: 'c1', type: { typeName: 'IntegrationConnector' } },
            connectorId: 'rel-1',
            registrationProperties: { connectorName: 'Name' },
          },
        });
      return new Response(
        JSON.stringify({ class: 'GUIDResponse', relatedHTTPCode: 200, guid: 'g' }),
      );
    },
  });
  return { backend, sent };
}

/** 5.3 cannot read back embedded connections, so the console makes plain ones there. */
const connection = {
  kind: 'Connection' as const,
  guid: 'conn-1',
  qualifiedName: 'C:Connection',
  connectorType: { connectorProviderClassName: 'p.Provider' },
  endpoint: { address: 'data/in' },
  secrets: {
    clearPassword: 'pa55',
    encryptedPassword: 'enc',
    securedProperties: { token: 't0k3n' },
  },
};

const requests: WriteRequest[] = [
  { kind: 'createGroup', input: { qualifiedName: 'G', displayName: 'Group' } },
  {
    kind: 'updateGroup',
    guid: 'g/1',
    input: { qualifiedName: 'G' },
    options: { merge: false },
  },
  { kind: 'deleteGroup', guid: 'g1', qualifiedName: 'G' },
  { kind: 'createConnector', input: { qualifiedName: 'C', connection } },
  {
    kind: 'updateConnector',
    guid: 'c1',
    input: { qualifiedName: 'C', connection },
    options: { merge: true },
  },
  { kind: 'deleteConnector', guid: 'c1', qualifiedName: 'C' },
  {
    kind: 'registerConnector',
    groupGuid: 'g1',
    connectorGuid: 'c1',
    input: { connectorName: 'Name', refreshTimeInterval: 60 },
  },
  { kind: 'unregisterConnector', groupGuid: 'g1', connectorGuid: 'c1' },
  { kind: 'refreshGroupConfig', daemon: 'integration-daemon', groupName: 'A:B C' },
];

const withSecretsMasked = maskSecrets;

/** Reads a write makes on the way (they are not part of its preview). */
const isRead = (call: Sent) =>
  (call.method === 'GET' && !call.path.includes('/refresh-config')) ||
  call.path.includes('/by-search-string');

describe('previewRequest (5.3)', () => {
  it.each(requests.map((r) => [r.kind, r] as const))(
    'describes %s exactly as it is sent, secrets masked',
    async (_kind, request) => {
      const { backend, sent } = recordingBackend();
      const previews = await backend.previewRequest(request);
      const readsByPreview = sent.length;
      await performWrite(backend, request);
      const writes = sent.slice(readsByPreview).filter((call) => !isRead(call));
      expect(previews.length).toBeGreaterThan(0);
      // The fake platform answers every create with GUID "g"; a preview names new GUIDs NEW-GUID-n.
      const placeholders = JSON.parse(JSON.stringify(previews).replace(/NEW-GUID-\d+/g, 'g'));
      expect(placeholders).toEqual(
        writes.map((call): RequestPreview =>
          call.body === undefined
            ? { method: call.method as RequestPreview['method'], path: call.path }
            : {
                method: call.method as RequestPreview['method'],
                path: call.path,
                body: withSecretsMasked(call.body),
              },
        ),
      );
    },
  );

  it('never shows a typed secret', async () => {
    const { backend } = recordingBackend();
    for (const request of [requests[3]!, requests[4]!]) {
      const text = JSON.stringify(await backend.previewRequest(request));
      expect(text).toContain(SECRET_MASK);
      expect(text).not.toContain('pa55');
      expect(text).not.toContain('t0k3n');
      expect(text).not.toContain('"enc"');
    }
  });

  it('makes the connector and its connection’s elements through the open-metadata-store', async () => {
    const { backend } = recordingBackend();
    const previews = await backend.previewRequest(requests[3]!);
    expect(previews.every((p) => p.path.includes('/open-metadata-store/'))).toBe(true);
    const created = previews
      .filter((p) => p.path.endsWith('/metadata-elements'))
      .map((p) => (p.body as { typeName: string }).typeName);
    expect(created).toEqual(['IntegrationConnector', 'Connection', 'ConnectorType', 'Endpoint']);
    const linked = previews
      .filter((p) => p.path.endsWith('/related-elements'))
      .map((p) => (p.body as { typeName: string }).typeName);
    expect(linked).toEqual(['AssetConnection', 'ConnectionConnectorType', 'ConnectToEndpoint']);
  });

  it('refuses a connection with embedded connections before sending anything', async () => {
    const { backend, sent } = recordingBackend();
    const error = await backend
      .createConnector({
        qualifiedName: 'V',
        connection: {
          kind: 'VirtualConnection',
          connectorType: {},
          embeddedConnections: [
            { position: 0, connection: { kind: 'Connection', connectorType: {} } },
          ],
        },
      })
      .catch((e: unknown) => e);
    expect(error).toMatchObject({ kind: 'invalid', messageId: 'CONSOLE-EGERIA53-400-001' });
    expect(sent).toEqual([]);
  });

  it('sends an explicitly empty map, so a merge update can clear configuration properties', async () => {
    const { backend } = recordingBackend();
    const previews = await backend.previewRequest({
      kind: 'createConnector',
      input: {
        qualifiedName: 'C',
        connection: {
          kind: 'Connection',
          connectorType: { connectorProviderClassName: 'p.P' },
          configurationProperties: {},
        },
      },
    });
    const connection = previews.find(
      (p) => (p.body as { typeName?: string } | undefined)?.typeName === 'Connection',
    );
    expect(connection?.body).toMatchObject({
      properties: {
        propertyValueMap: { configurationProperties: { class: 'MapTypePropertyValue' } },
      },
    });
  });
});
