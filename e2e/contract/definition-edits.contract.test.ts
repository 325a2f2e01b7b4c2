/**
 * Contract: the updates the console's connector form sends (merge updates that name connections
 * by GUID, leave secrets out, and send whole maps), and what the platform must do with them. The
 * same assertions run against the sandbox and, when configured, a real Egeria 5.3 platform.
 */
import { describe, expect, it } from 'vitest';
import type { ConnectorInput } from '../../src/egeria/model';
import {
  backendFor,
  canEmbedConnections,
  contractTargets,
  embeddedSecretsStore,
  expectEmbeddingRefused,
  filesMonitorInput,
  rawClient,
  runId,
  useTarget,
} from './targets';
import { FILES_MONITOR, YAML_SECRETS } from '../../src/test/egeria-test-kit';

describe.each(contractTargets())('definition edits contract: $name', (target) => {
  const id = runId();
  const created = useTarget(target);

  /** A secrets store of its own, named and holding a password. */
  const secretsStore = (name: string, secret: string) => ({
    qualifiedName: `Contract:${id}:${name}`,
    endpoint: { address: `secrets/${name}.omsecrets` },
    secrets: { clearPassword: secret },
  });

  it('keeps embedded connections and their secrets apart when they are reordered by GUID and one is added', async () => {
    const backend = backendFor(target);
    const input: ConnectorInput = {
      qualifiedName: `Contract:${id}:IntegrationConnector:Reordered`,
      name: 'Reordered',
      connection: {
        kind: 'VirtualConnection',
        qualifiedName: `Contract:${id}:ReorderedConnection`,
        connectorType: { connectorProviderClassName: FILES_MONITOR },
        endpoint: { address: target.workDir },
        embeddedConnections: [
          embeddedSecretsStore(0, 'A', secretsStore('A', 'secret-a')),
          embeddedSecretsStore(1, 'B', secretsStore('B', 'secret-b')),
        ],
      },
    };
    if (!canEmbedConnections(target)) {
      await expectEmbeddingRefused(backend, backend.createConnector(input), input.qualifiedName);
      return;
    }
    const guid = await backend.createConnector(input);
    created.connector(guid, input.qualifiedName);
    const stored = await backend.getConnector(guid);
    const guidOf = (name: string) =>
      stored.connection?.embeddedConnections.find((e) => e.displayName === name)?.connection.guid;
    expect(guidOf('A')).toBeTruthy();

    await backend.updateConnector(
      guid,
      {
        qualifiedName: input.qualifiedName,
        connection: {
          kind: 'VirtualConnection',
          guid: stored.connection?.guid,
          connectorType: { connectorProviderClassName: FILES_MONITOR },
          embeddedConnections: [
            embeddedSecretsStore(0, 'New', { endpoint: { address: 'secrets/new.omsecrets' } }),
            // The stored ones, named by GUID: they keep their data and secrets.
            embeddedSecretsStore(1, 'B', { guid: guidOf('B'), qualifiedName: `Contract:${id}:B` }),
            embeddedSecretsStore(2, 'A', { guid: guidOf('A'), qualifiedName: `Contract:${id}:A` }),
          ],
        },
      },
      { merge: true },
    );
    const after = await backend.getConnector(guid);
    expect(
      after.connection?.embeddedConnections.map((e) => [
        e.displayName,
        e.connection.endpoint?.address,
        e.connection.secrets.clearPassword,
      ]),
    ).toEqual([
      ['New', 'secrets/new.omsecrets', false],
      ['B', 'secrets/B.omsecrets', true],
      ['A', 'secrets/A.omsecrets', true],
    ]);
    expect(after.connection?.embeddedConnections[1]?.connection.guid).toBe(guidOf('B'));
  });

  it('replaces the whole configuration map on a merge update, and clears it with an empty map', async () => {
    const backend = backendFor(target);
    const base = filesMonitorInput(target, id, 'Configured');
    const input: ConnectorInput = {
      ...base,
      connection: { ...base.connection!, secrets: { clearPassword: 'kept' } },
    };
    const guid = await backend.createConnector(input);
    created.connector(guid, input.qualifiedName);
    const connection = (await backend.getConnector(guid)).connection;
    const update = (configurationProperties: Record<string, unknown>) =>
      backend.updateConnector(
        guid,
        {
          qualifiedName: input.qualifiedName,
          connection: {
            kind: 'Connection',
            guid: connection?.guid,
            connectorType: { connectorProviderClassName: FILES_MONITOR },
            configurationProperties,
          },
        },
        { merge: true },
      );

    await update({ waitForDirectory: false, depth: 2 });
    let after = await backend.getConnector(guid);
    expect(after.connection?.configurationProperties).toEqual({
      waitForDirectory: false,
      depth: 2,
    });
    expect(after.connection?.secrets.clearPassword).toBe(true);

    await update({});
    after = await backend.getConnector(guid);
    expect(after.connection?.configurationProperties).toEqual({});
    expect(after.connection?.secrets.clearPassword).toBe(true);
    expect(after.connection?.endpoint?.address).toBe(target.workDir);
  });

  it('relinks a connection to another connector type and leaves it with that one only', async () => {
    const backend = backendFor(target);
    const input = filesMonitorInput(target, id, 'Retyped');
    const guid = await backend.createConnector(input);
    created.connector(guid, input.qualifiedName);
    const connection = (await backend.getConnector(guid)).connection;
    await backend.updateConnector(
      guid,
      {
        ...input,
        connection: {
          ...input.connection,
          guid: connection?.guid,
          connectorType: { connectorProviderClassName: YAML_SECRETS },
        },
      },
      { merge: true },
    );
    const after = (await backend.getConnector(guid)).connection;
    expect(after?.connectorType?.connectorProviderClassName).toBe(YAML_SECRETS);
    // 6.1's connector-type detach answers 200 and removes nothing: count the links themselves.
    const raw = rawClient(target);
    const links =
      target.dialect === 'v6'
        ? await raw.post(
            `${raw.view('metadata-expert')}/related-elements/${connection?.guid}/type/ConnectionConnectorType`,
            { class: 'ResultsRequestBody', startFrom: 0, pageSize: 10 },
          )
        : await raw.get(
            `/servers/${target.metadataServer}/open-metadata/framework-services/governance-server/open-metadata-store/users/${target.userId}/related-elements/${connection?.guid}/type/ConnectionConnectorType?startingAtEnd=1&startFrom=0&pageSize=10`,
          );
    const list =
      (links.json['elementList'] as unknown[] | undefined) ??
      ((links.json['relatedElementList'] as Record<string, unknown> | undefined)?.[
        'elementList'
      ] as unknown[] | undefined) ??
      [];
    expect(list).toHaveLength(1);
  });

  it('never changes an endpoint other connections share: the edited one gets its own copy', async () => {
    const backend = backendFor(target);
    const connector = (name: string, endpoint: ConnectorInput['connection']['endpoint']) => ({
      qualifiedName: `Contract:${id}:IntegrationConnector:${name}`,
      name,
      connection: {
        kind: 'Connection' as const,
        qualifiedName: `Contract:${id}:${name}Connection`,
        connectorType: { connectorProviderClassName: FILES_MONITOR },
        endpoint,
        secrets: { clearPassword: `secret-${name}` },
      },
    });
    const first = connector('SharesFirst', {
      qualifiedName: `Contract:${id}:SharedEndpoint`,
      address: target.workDir,
    });
    const firstGuid = await backend.createConnector(first);
    created.connector(firstGuid, first.qualifiedName);
    const endpoint = (await backend.getConnector(firstGuid)).connection?.endpoint;
    expect(endpoint?.guid).toBeTruthy();
    const second = connector('SharesSecond', {
      guid: endpoint?.guid,
      qualifiedName: endpoint?.qualifiedName,
      address: endpoint?.address,
    });
    const secondGuid = await backend.createConnector(second);
    created.connector(secondGuid, second.qualifiedName);
    const secondEndpoint = (await backend.getConnector(secondGuid)).connection?.endpoint;
    if (target.dialect === 'v5') {
      // Real 5.3 deletes a shared endpoint, and the connections linked to it, with the connector
      // that first used it: there each connection gets its own endpoint, a copy of the one named.
      expect(secondEndpoint?.guid).not.toBe(endpoint?.guid);
      expect(secondEndpoint?.address).toBe(endpoint?.address);
      return;
    }
    expect(secondEndpoint?.guid).toBe(endpoint?.guid);

    // The form sends the stored endpoint's GUID and name with the address typed.
    await backend.updateConnector(
      firstGuid,
      {
        qualifiedName: first.qualifiedName,
        name: first.name,
        connection: {
          ...first.connection,
          guid: (await backend.getConnector(firstGuid)).connection?.guid,
          secrets: undefined,
          endpoint: {
            guid: endpoint?.guid,
            qualifiedName: endpoint?.qualifiedName,
            address: `${target.workDir}/moved`,
          },
        },
      },
      { merge: true },
    );
    const edited = (await backend.getConnector(firstGuid)).connection;
    expect(edited?.endpoint?.address).toBe(`${target.workDir}/moved`);
    expect(edited?.endpoint?.guid).not.toBe(endpoint?.guid);
    expect(edited?.secrets.clearPassword).toBe(true);
    const other = (await backend.getConnector(secondGuid)).connection;
    expect(other?.endpoint).toMatchObject({ guid: endpoint?.guid, address: target.workDir });
    expect(other?.secrets.clearPassword).toBe(true);
  });
});
