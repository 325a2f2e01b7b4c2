import { describe, expect, it } from 'vitest';
import { performWrite, type RequestPreview, type WriteRequest } from '../backend';
import { SECRET_MASK } from '../secrets';
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
      return new Response(
        JSON.stringify({ class: 'GUIDResponse', relatedHTTPCode: 200, guid: 'g' }),
      );
    },
  });
  return { backend, sent };
}

const connection = {
  kind: 'VirtualConnection' as const,
  guid: 'conn-1',
  qualifiedName: 'C:Connection',
  connectorType: { connectorProviderClassName: 'p.Provider' },
  secrets: { clearPassword: 'pa55', securedProperties: { token: 't0k3n' } },
  embeddedConnections: [
    {
      position: 0,
      displayName: 'Secrets store',
      connection: {
        kind: 'Connection' as const,
        connectorType: { connectorProviderClassName: 'p.Yaml' },
        endpoint: { address: 'secrets/x.omsecrets' },
        secrets: { encryptedPassword: 'enc' },
      },
    },
  ],
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

/** Replaces secret values the way the preview must, to compare with what was really sent. */
function withSecretsMasked(body: unknown): unknown {
  return JSON.parse(
    JSON.stringify(body)
      .replace(/"(clearPassword|encryptedPassword)":"[^"]+"/g, `"$1":"${SECRET_MASK}"`)
      .replace(/"token":"t0k3n"/g, `"token":"${SECRET_MASK}"`),
  );
}

describe('previewRequest (5.3)', () => {
  it.each(requests.map((r) => [r.kind, r] as const))(
    'describes %s exactly as it is sent, secrets masked',
    async (_kind, request) => {
      const { backend, sent } = recordingBackend();
      const previews = await backend.previewRequest(request);
      await performWrite(backend, request);
      expect(sent).toHaveLength(1);
      expect(previews).toHaveLength(1);
      const [actual] = sent;
      const [preview] = previews as [RequestPreview];
      expect(preview.method).toBe(actual!.method);
      expect(preview.path).toBe(actual!.path);
      expect(preview.body).toEqual(
        actual!.body === undefined ? undefined : withSecretsMasked(actual!.body),
      );
    },
  );

  it('never shows a typed secret, and keeps the connection and its embedded connections identified', async () => {
    const { backend } = recordingBackend();
    const [preview] = (await backend.previewRequest(requests[4]!)) as [RequestPreview];
    const text = JSON.stringify(preview);
    expect(text).not.toContain('pa55');
    expect(text).not.toContain('t0k3n');
    expect(text).not.toContain('"enc"');
    expect(preview.path).toContain('/integration-connectors/c1/update?isMergeUpdate=true');
    expect(preview.body).toMatchObject({
      connection: {
        guid: 'conn-1',
        clearPassword: SECRET_MASK,
        securedProperties: { token: SECRET_MASK },
        embeddedConnections: [{ embeddedConnection: { encryptedPassword: SECRET_MASK } }],
      },
    });
  });

  it('sends an explicitly empty map, so a merge update can clear configuration properties', async () => {
    const { backend, sent } = recordingBackend();
    await backend.updateConnector(
      'c1',
      {
        qualifiedName: 'C',
        connection: {
          kind: 'Connection',
          connectorType: { connectorProviderClassName: 'p.P' },
          configurationProperties: {},
        },
      },
      { merge: true },
    );
    expect(sent[0]!.body).toMatchObject({ connection: { configurationProperties: {} } });
    await backend.createConnector({
      qualifiedName: 'C',
      connection: { kind: 'Connection', connectorType: { connectorProviderClassName: 'p.P' } },
    });
    expect(sent[1]!.body).not.toHaveProperty('connection.configurationProperties');
  });
});
