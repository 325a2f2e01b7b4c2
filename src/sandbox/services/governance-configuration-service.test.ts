import { afterEach, describe, expect, it } from 'vitest';
import { FfdcError } from '../ffdc/ffdc-error';
import type { PlatformRuntime } from '../platform-runtime';
import { testRuntime, USER } from '../testing/test-kit';
import type { ConnectionBean, IntegrationConnectorPropertiesBean } from './request-beans';

const FILES =
  'org.odpi.openmetadata.adapters.connectors.integration.basicfiles.DataFilesMonitorIntegrationProvider';
const SECRETS =
  'org.odpi.openmetadata.adapters.connectors.secretsstore.yaml.YAMLSecretsStoreProvider';

function failure(run: () => unknown): FfdcError {
  try {
    run();
  } catch (error) {
    if (error instanceof FfdcError) return error;
    throw error;
  }
  throw new Error('expected an FfdcError');
}

describe('GovernanceConfigurationService', () => {
  let runtime: PlatformRuntime;
  afterEach(() => runtime?.close());
  const service = () => runtime.service;

  const connection = (overrides: Partial<ConnectionBean> = {}): ConnectionBean => ({
    class: 'Connection',
    qualifiedName: 'Test:Connection',
    connectorType: {
      class: 'ConnectorType',
      qualifiedName: 'Test:ConnectorType:Files',
      connectorProviderClassName: FILES,
    },
    endpoint: {
      class: 'Endpoint',
      qualifiedName: 'Test:Endpoint:landing',
      address: 'data/landing',
    },
    userId: 'filesnpa',
    clearPassword: 'pw-1',
    securedProperties: { token: 't-1' },
    configurationProperties: { waitForDirectory: 'true' },
    ...overrides,
  });
  const connector = (
    qualifiedName: string,
    conn: ConnectionBean = connection(),
  ): IntegrationConnectorPropertiesBean => ({
    class: 'IntegrationConnectorProperties',
    qualifiedName,
    name: qualifiedName.split(':').pop(),
    description: 'desc',
    connection: conn,
  });

  it('merges group updates, keeping what is left out, and replaces when asked', () => {
    runtime = testRuntime();
    const guid = service().createIntegrationGroup(USER, {
      class: 'IntegrationGroupProperties',
      qualifiedName: 'G',
      displayName: 'Before',
      description: 'kept',
      version: '1',
    });
    service().updateIntegrationGroup(USER, guid, true, {
      class: 'IntegrationGroupProperties',
      displayName: 'After',
    });
    const merged = service().getIntegrationGroupByGUID(USER, guid);
    expect(merged.properties).toEqual({
      class: 'IntegrationGroupProperties',
      qualifiedName: 'G',
      displayName: 'After',
      description: 'kept',
      version: '1',
    });
    expect(merged.elementHeader.versions?.version).toBe(2);

    expect(
      failure(() =>
        service().updateIntegrationGroup(USER, guid, false, {
          class: 'IntegrationGroupProperties',
          displayName: 'x',
        }),
      ).definition.id,
    ).toBe('OMAG-COMMON-400-006');
    service().updateIntegrationGroup(USER, guid, false, {
      class: 'IntegrationGroupProperties',
      qualifiedName: 'G',
      displayName: 'Replaced',
    });
    expect(service().getIntegrationGroupByGUID(USER, guid).properties).toEqual({
      class: 'IntegrationGroupProperties',
      qualifiedName: 'G',
      displayName: 'Replaced',
    });
  });

  it('refuses a duplicate qualifiedName with 409 and a GUID of another type with 404-001', () => {
    runtime = testRuntime();
    const group = service().createIntegrationGroup(USER, {
      class: 'IntegrationGroupProperties',
      qualifiedName: 'Same',
    });
    const duplicate = failure(() =>
      service().createIntegrationGroup(USER, {
        class: 'IntegrationGroupProperties',
        qualifiedName: 'Same',
      }),
    );
    expect(duplicate.httpCode).toBe(409);
    expect(duplicate.definition.id).toBe('OMAG-COMMON-409-001');
    const connectorGuid = service().createIntegrationConnector(USER, connector('C'));
    const wrong = failure(() => service().getIntegrationGroupByGUID(USER, connectorGuid));
    expect(wrong.definition.id).toBe('OMAG-REPOSITORY-HANDLER-404-001');
    expect(wrong.params).toContain('IntegrationConnector');
    expect(service().getIntegrationGroupByGUID(USER, group).properties.qualifiedName).toBe('Same');
  });

  it('keeps stored secrets and other connection fields on a merge update, and clears them on replace', () => {
    runtime = testRuntime();
    const guid = service().createIntegrationConnector(USER, connector('Secretive'));
    const partial: ConnectionBean = {
      class: 'Connection',
      connectorType: {
        class: 'ConnectorType',
        qualifiedName: 'Test:ConnectorType:Files',
        connectorProviderClassName: FILES,
      },
      description: 'new text',
    };
    service().updateIntegrationConnector(USER, guid, true, {
      class: 'IntegrationConnectorProperties',
      description: 'merged',
      connection: partial,
    });
    const merged = service().getIntegrationConnectorByGUID(USER, guid).properties;
    expect(merged.description).toBe('merged');
    expect(merged.connection).toMatchObject({
      description: 'new text',
      userId: 'filesnpa',
      clearPassword: 'pw-1',
      securedProperties: { token: 't-1' },
      endpoint: { address: 'data/landing' },
    });

    service().updateIntegrationConnector(USER, guid, false, {
      class: 'IntegrationConnectorProperties',
      qualifiedName: 'Secretive',
      connection: partial,
    });
    const replaced = service().getIntegrationConnectorByGUID(USER, guid).properties;
    expect(replaced.description).toBeUndefined();
    expect(replaced.connection?.clearPassword).toBeUndefined();
    expect(replaced.connection?.securedProperties).toBeUndefined();
    expect(replaced.connection?.endpoint).toBeUndefined();
    // The connection itself survives (same GUID), only its properties were replaced.
    expect(replaced.connection?.guid).toBe(merged.connection?.guid);
    expect(replaced.connection?.qualifiedName).toBe('Test:Connection');
  });

  it('shares a connector type and an endpoint named by qualifiedName between connections', () => {
    runtime = testRuntime();
    const a = service().createIntegrationConnector(
      USER,
      connector('A', connection({ qualifiedName: 'A:Connection' })),
    );
    const b = service().createIntegrationConnector(
      USER,
      connector('B', connection({ qualifiedName: 'B:Connection' })),
    );
    const ca = service().getIntegrationConnectorByGUID(USER, a).properties.connection;
    const cb = service().getIntegrationConnectorByGUID(USER, b).properties.connection;
    expect(ca?.guid).not.toBe(cb?.guid);
    expect(ca?.connectorType?.guid).toBe(cb?.connectorType?.guid);
    expect(ca?.endpoint?.guid).toBe(cb?.endpoint?.guid);
    expect(runtime.store.findByQualifiedName('Test:ConnectorType:Files')).toHaveLength(1);

    // A change to the shared endpoint is seen by every connection that uses it.
    service().updateIntegrationConnector(USER, a, true, {
      class: 'IntegrationConnectorProperties',
      connection: {
        class: 'Connection',
        endpoint: { class: 'Endpoint', guid: ca?.endpoint?.guid, address: 'data/moved' },
      },
    });
    expect(
      service().getIntegrationConnectorByGUID(USER, b).properties.connection?.endpoint?.address,
    ).toBe('data/moved');

    // Deleting a connector removes its connection, not the shared type and endpoint.
    service().deleteIntegrationConnector(USER, a, 'A');
    expect(runtime.store.getEntity(ca?.guid ?? '')).toBeUndefined();
    expect(runtime.store.getEntity(ca?.connectorType?.guid ?? '')).toBeDefined();
    expect(
      service().getIntegrationConnectorByGUID(USER, b).properties.connection?.endpoint?.address,
    ).toBe('data/moved');
  });

  it('stores a virtual connection with embedded connections in position order and reads them back', () => {
    runtime = testRuntime();
    const guid = service().createIntegrationConnector(
      USER,
      connector(
        'Virtual',
        connection({
          class: 'VirtualConnection',
          qualifiedName: 'V:Connection',
          embeddedConnections: [
            {
              class: 'EmbeddedConnection',
              position: 1,
              displayName: 'second',
              embeddedConnection: {
                class: 'Connection',
                qualifiedName: 'V:E2',
                connectorType: { class: 'ConnectorType', connectorProviderClassName: FILES },
              },
            },
            {
              class: 'EmbeddedConnection',
              position: 0,
              displayName: 'Secrets store',
              arguments: { collection: 'c' },
              embeddedConnection: {
                class: 'Connection',
                qualifiedName: 'V:Secrets',
                connectorType: { class: 'ConnectorType', connectorProviderClassName: SECRETS },
                endpoint: { class: 'Endpoint', address: 'secrets/x.omsecrets' },
              },
            },
          ],
        }),
      ),
    );
    const read = service().getIntegrationConnectorByGUID(USER, guid).properties.connection;
    expect(read?.class).toBe('VirtualConnection');
    expect(read?.embeddedConnections?.map((e) => e.displayName)).toEqual([
      'Secrets store',
      'second',
    ]);
    expect(read?.embeddedConnections?.[0]).toMatchObject({
      class: 'EmbeddedConnection',
      headerVersion: 0,
      position: 0,
      arguments: { collection: 'c' },
      embeddedConnection: {
        class: 'Connection',
        qualifiedName: 'V:Secrets',
        endpoint: { address: 'secrets/x.omsecrets' },
      },
    });

    // Replacing the embedded list removes the connections no longer embedded.
    service().updateIntegrationConnector(USER, guid, true, {
      class: 'IntegrationConnectorProperties',
      connection: { class: 'VirtualConnection', embeddedConnections: [] },
    });
    expect(
      service().getIntegrationConnectorByGUID(USER, guid).properties.connection
        ?.embeddedConnections,
    ).toBeUndefined();
    expect(runtime.store.findByQualifiedName('V:Secrets')).toEqual([]);
  });

  it('keeps each embedded connection and its secrets when the list is reordered and one is inserted', () => {
    runtime = testRuntime();
    const embedded = (position: number, qualifiedName: string, secret: string) => ({
      class: 'EmbeddedConnection' as const,
      position,
      displayName: qualifiedName,
      embeddedConnection: {
        class: 'Connection' as const,
        qualifiedName,
        clearPassword: secret,
        connectorType: { class: 'ConnectorType' as const, connectorProviderClassName: SECRETS },
      },
    });
    const guid = service().createIntegrationConnector(
      USER,
      connector(
        'Reordered',
        connection({
          class: 'VirtualConnection',
          qualifiedName: 'R:Connection',
          embeddedConnections: [embedded(0, 'R:A', 'secret-a'), embedded(1, 'R:B', 'secret-b')],
        }),
      ),
    );
    const stored = service().getIntegrationConnectorByGUID(USER, guid).properties.connection!;
    const guidOf = (name: string) =>
      stored.embeddedConnections!.find((e) => e.displayName === name)!.embeddedConnection!.guid!;
    // New first, then B and A swapped; the stored ones named by GUID, their secrets not resent.
    service().updateIntegrationConnector(USER, guid, true, {
      class: 'IntegrationConnectorProperties',
      connection: {
        class: 'VirtualConnection',
        embeddedConnections: [
          {
            class: 'EmbeddedConnection',
            position: 0,
            displayName: 'R:New',
            embeddedConnection: {
              class: 'Connection',
              connectorType: { class: 'ConnectorType', connectorProviderClassName: SECRETS },
              endpoint: { class: 'Endpoint', address: 'secrets/new.omsecrets' },
            },
          },
          {
            class: 'EmbeddedConnection',
            position: 1,
            displayName: 'R:B',
            embeddedConnection: { class: 'Connection', guid: guidOf('R:B') },
          },
          {
            class: 'EmbeddedConnection',
            position: 2,
            displayName: 'R:A',
            embeddedConnection: { class: 'Connection', guid: guidOf('R:A') },
          },
        ],
      },
    });
    const read = service().getIntegrationConnectorByGUID(USER, guid).properties.connection!;
    expect(
      read.embeddedConnections!.map((e) => [
        e.displayName,
        e.embeddedConnection?.qualifiedName,
        e.embeddedConnection?.clearPassword,
      ]),
    ).toEqual([
      ['R:New', expect.stringContaining('R:Connection:Embedded'), undefined],
      ['R:B', 'R:B', 'secret-b'],
      ['R:A', 'R:A', 'secret-a'],
    ]);
    expect(read.embeddedConnections![0]!.embeddedConnection?.endpoint?.address).toBe(
      'secrets/new.omsecrets',
    );
  });

  it('links the same element several times as catalog targets, each with its own relationship', () => {
    runtime = testRuntime();
    const c = service().createIntegrationConnector(USER, connector('T'));
    const folder = service().createElement(USER, 'FileFolder', {
      qualifiedName: 'Folder:1',
      name: 'one',
    });
    const first = service().addCatalogTarget(USER, c, folder, {
      catalogTargetName: 'a',
      templateProperties: { t: 'T' },
    });
    const second = service().addCatalogTarget(USER, c, folder, { catalogTargetName: 'b' });
    expect(first).not.toBe(second);
    const targets = service().getCatalogTargets(USER, c, 0, 0);
    expect(targets.map((t) => [t.catalogTargetName, t.catalogTargetElement?.guid])).toEqual([
      ['a', folder],
      ['b', folder],
    ]);
    expect(targets[0]).toMatchObject({
      templateProperties: { t: 'T' },
      catalogTargetElement: {
        class: 'ElementStub',
        uniqueName: 'Folder:1',
        type: { typeName: 'FileFolder' },
      },
    });

    service().updateCatalogTarget(USER, first, { catalogTargetName: 'renamed' });
    const updated = service().getCatalogTarget(USER, first);
    expect(updated.catalogTargetName).toBe('renamed');
    expect(updated.templateProperties).toBeUndefined();
    expect(updated.relationshipVersions?.version).toBe(2);

    service().removeCatalogTarget(USER, first);
    expect(failure(() => service().getCatalogTarget(USER, first)).definition.id).toBe(
      'OMAG-REPOSITORY-HANDLER-404-012',
    );
    expect(service().getCatalogTargets(USER, c, 0, 10)).toHaveLength(1);
  });

  it('registers a connector once per group; registering again updates the registration', () => {
    runtime = testRuntime();
    const g = service().createIntegrationGroup(USER, {
      class: 'IntegrationGroupProperties',
      qualifiedName: 'G',
    });
    const c = service().createIntegrationConnector(USER, connector('C'));
    service().registerIntegrationConnectorWithGroup(USER, g, c, {
      connectorName: 'c1',
      refreshTimeInterval: 5,
      generateIntegrationReports: true,
    });
    service().registerIntegrationConnectorWithGroup(USER, g, c, {
      connectorName: 'c2',
      refreshTimeInterval: 15,
    });
    const list = service().getRegisteredIntegrationConnectors(USER, g, 0, 0);
    expect(list).toHaveLength(1);
    expect(list[0]?.registrationProperties).toEqual({
      connectorName: 'c2',
      refreshTimeInterval: 15,
      permittedSynchronization: 'BOTH_DIRECTIONS',
      generateIntegrationReports: false,
    });
    expect(list[0]?.connectorId).not.toBe(c);
    expect(service().getRegisteredIntegrationGroups(USER, c)).toEqual([g]);
    expect(
      failure(() => service().registerIntegrationConnectorWithGroup(USER, g, c, {})).definition.id,
    ).toBe('OMAG-COMMON-400-006');
  });
});
