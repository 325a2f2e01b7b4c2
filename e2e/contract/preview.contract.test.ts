/**
 * Contract, both dialects: the preview of a write lists exactly the requests the write then sends
 * (secrets masked, GUIDs not yet handed out as placeholders). The console shows this preview before
 * every save, so a preview that differs from what is sent would mislead the administrator.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RequestPreview, WriteRequest } from '../../src/egeria/backend';
import { performWrite } from '../../src/egeria/backend';
import { maskSecrets } from '../../src/egeria/secrets';
import type { FetchLike } from '../../src/egeria/transport';
import {
  backendFor,
  canEmbedConnections,
  contractTargets,
  embeddedSecretsStore,
  runId,
} from './targets';
import { FILES_MONITOR } from '../../src/test/egeria-test-kit';

const READ_BODY_CLASSES = new Set([
  'GetRequestBody',
  'ResultsRequestBody',
  'FilterRequestBody',
  'SearchStringRequestBody',
]);

describe.each(contractTargets())('preview contract: $name', (target) => {
  const id = runId();
  beforeAll(() => target.start());
  afterAll(() => target.stop());

  /** Runs a write for real and keeps the requests that change something, as sent. */
  async function sentBy(
    request: WriteRequest,
  ): Promise<{ sent: RequestPreview[]; guids: Map<number, string> }> {
    const sent: RequestPreview[] = [];
    // The GUID each create handed out, by the create's place among the writes (1, 2, …).
    const guids = new Map<number, string>();
    const recording: FetchLike = async (url, init) => {
      const method = (init?.method ?? 'GET') as RequestPreview['method'];
      const path = url.slice(target.url.length);
      const body: unknown = typeof init?.body === 'string' ? JSON.parse(init.body) : undefined;
      const cls = (body as { class?: string } | undefined)?.class;
      const reads =
        method === 'GET' ? !path.includes('/refresh-config') : !!cls && READ_BODY_CLASSES.has(cls);
      const response = await fetch(url, init);
      if (!reads) {
        sent.push(
          body === undefined ? { method, path } : { method, path, body: maskSecrets(body) },
        );
        const answer = (await response
          .clone()
          .json()
          .catch(() => ({}))) as { guid?: string };
        if (answer.guid) guids.set(sent.length, answer.guid);
      }
      return response;
    };
    await performWrite(backendFor(target, recording), request);
    return { sent, guids };
  }

  /** Puts the GUIDs the platform handed out back into the preview's placeholders. */
  function withGuids(previews: RequestPreview[], guids: Map<number, string>): RequestPreview[] {
    let text = JSON.stringify(previews);
    for (const [place, guid] of guids)
      text = text.replace(new RegExp(`NEW-GUID-${place}(?!\\d)`, 'g'), guid);
    return JSON.parse(text) as RequestPreview[];
  }

  it('previews a group create, a connector with a virtual connection, its registration and its removal exactly', async () => {
    const backend = backendFor(target);
    const groupWrite: WriteRequest = {
      kind: 'createGroup',
      input: { qualifiedName: `Preview:${id}:Group`, description: 'preview' },
    };
    const groupPreview = await backend.previewRequest(groupWrite);
    const group = await sentBy(groupWrite);
    expect(group.sent.length).toBeGreaterThan(0);
    expect(groupPreview).toEqual(group.sent);

    const connectorWrite: WriteRequest = {
      kind: 'createConnector',
      input: {
        qualifiedName: `Preview:${id}:Connector`,
        name: 'PreviewConnector',
        // 5.3 cannot read back embedded connections (see canEmbedConnections): a plain one there.
        connection: canEmbedConnections(target)
          ? {
              kind: 'VirtualConnection',
              qualifiedName: `Preview:${id}:Connection`,
              connectorType: { connectorProviderClassName: FILES_MONITOR },
              secrets: { clearPassword: 'typed-secret' },
              embeddedConnections: [
                embeddedSecretsStore(0, 'Secrets store', {
                  qualifiedName: `Preview:${id}:Secrets`,
                  endpoint: { address: 'secrets/preview.omsecrets' },
                }),
              ],
            }
          : {
              kind: 'Connection',
              qualifiedName: `Preview:${id}:Connection`,
              connectorType: { connectorProviderClassName: FILES_MONITOR },
              endpoint: { address: target.workDir },
              secrets: { clearPassword: 'typed-secret' },
            },
      },
    };
    const connectorPreview = await backend.previewRequest(connectorWrite);
    expect(JSON.stringify(connectorPreview)).not.toContain('typed-secret');
    const connector = await sentBy(connectorWrite);
    expect(withGuids(connectorPreview, connector.guids)).toEqual(connector.sent);

    const groupGuid = (await backend.findGroupByName(`Preview:${id}:Group`))!.guid;
    const connectorGuid = (await backend.findConnectorByName(`Preview:${id}:Connector`))!.guid;

    // A catalog target (the group element as the target), edited, then removed.
    const addTarget = {
      kind: 'addCatalogTarget',
      connectorGuid,
      elementGuid: groupGuid,
      input: { catalogTargetName: 'previewTarget', configurationProperties: { depth: 2 } },
    } satisfies WriteRequest;
    const addPreview = await backend.previewRequest(addTarget);
    const added = await sentBy(addTarget);
    expect(withGuids(addPreview, added.guids)).toEqual(added.sent);
    const targets = await backend.listCatalogTargets(connectorGuid, { startFrom: 0, pageSize: 0 });
    const relationshipGuid = targets.items[0]!.relationshipGuid;
    for (const write of [
      {
        kind: 'updateCatalogTarget',
        relationshipGuid,
        input: { catalogTargetName: 'previewTarget', deleteMethod: 'SOFT_DELETE' },
      },
      { kind: 'removeCatalogTarget', relationshipGuid },
    ] satisfies WriteRequest[]) {
      const preview = await backend.previewRequest(write);
      const actual = await sentBy(write);
      expect(withGuids(preview, actual.guids), write.kind).toEqual(actual.sent);
    }

    for (const write of [
      {
        kind: 'registerConnector',
        groupGuid,
        connectorGuid,
        input: { connectorName: `Preview-${id}`, refreshTimeInterval: 15 },
      },
      {
        kind: 'registerConnector',
        groupGuid,
        connectorGuid,
        input: { connectorName: `Preview-${id}`, refreshTimeInterval: 30 },
      },
      { kind: 'unregisterConnector', groupGuid, connectorGuid },
      { kind: 'deleteConnector', guid: connectorGuid, qualifiedName: `Preview:${id}:Connector` },
      { kind: 'deleteGroup', guid: groupGuid, qualifiedName: `Preview:${id}:Group` },
    ] satisfies WriteRequest[]) {
      const preview = await backend.previewRequest(write);
      const actual = await sentBy(write);
      expect(withGuids(preview, actual.guids), write.kind).toEqual(actual.sent);
    }
  });
});
