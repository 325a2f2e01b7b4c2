import { afterEach, describe, expect, it } from 'vitest';
import { FfdcError } from '../ffdc/ffdc-error';
import type { PlatformRuntime } from '../platform-runtime';
import { SeedWriter } from '../seed/seed-writer';
import { testRuntime, USER } from '../testing/test-kit';
import type { IntegrationConnectorPropertiesBean } from './request-beans';

const FILES =
  'org.odpi.openmetadata.adapters.connectors.integration.basicfiles.DataFilesMonitorIntegrationProvider';

function failure(run: () => unknown): FfdcError {
  try {
    run();
  } catch (error) {
    if (error instanceof FfdcError) return error;
    throw error;
  }
  throw new Error('expected an FfdcError');
}

/** The parts of the 5.3 beans these tests read. */
type Bean = Record<string, unknown> & {
  elementHeader: { guid: string; versions?: { version?: number } };
  properties: Record<string, unknown> & { connection?: Record<string, unknown> };
};

describe('the 5.3 governance-configuration-service', () => {
  let runtime: PlatformRuntime;
  afterEach(() => runtime?.close());
  const service = () => runtime.service;
  const group = (guid: string) => service().getIntegrationGroupByGUID(guid) as Bean;
  const connector = (guid: string) => service().getIntegrationConnectorByGUID(guid) as Bean;
  const properties = (qualifiedName?: string): IntegrationConnectorPropertiesBean => ({
    class: 'IntegrationConnectorProperties',
    ...(qualifiedName ? { qualifiedName } : {}),
    name: 'Files',
    description: 'desc',
  });
  /** A connector with its connection, made the way the store holds them (seed writer). */
  const connectorWithConnection = (qualifiedName: string) =>
    new SeedWriter(runtime.estate, USER).connector({
      qualifiedName,
      name: qualifiedName,
      description: 'with a connection',
      connection: {
        class: 'Connection',
        qualifiedName: `${qualifiedName}:Connection`,
        connectorType: { class: 'ConnectorType', connectorProviderClassName: FILES },
      },
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
    expect(group(guid).properties).toEqual({
      class: 'IntegrationGroupProperties',
      qualifiedName: 'G',
      displayName: 'After',
      description: 'kept',
      version: '1',
    });
    expect(group(guid).elementHeader.versions?.version).toBe(2);
    service().updateIntegrationGroup(USER, guid, false, {
      class: 'IntegrationGroupProperties',
      qualifiedName: 'G',
      displayName: 'Replaced',
    });
    expect(group(guid).properties).toEqual({
      class: 'IntegrationGroupProperties',
      qualifiedName: 'G',
      displayName: 'Replaced',
    });
    expect(
      failure(() =>
        service().updateIntegrationGroup(USER, guid, false, {
          class: 'IntegrationGroupProperties',
        }),
      ).definition.id,
    ).toBe('OMAG-COMMON-400-006');
  });

  it('accepts a group without a qualifiedName, as 5.3 does, and stores it as given', () => {
    runtime = testRuntime();
    const guid = service().createIntegrationGroup(USER, {
      class: 'IntegrationGroupProperties',
      displayName: 'Nameless',
    });
    expect(guid).toMatch(/^IntegrationGroup-/);
    expect(group(guid).properties).toEqual({
      class: 'IntegrationGroupProperties',
      displayName: 'Nameless',
    });
    expect(service().getAllIntegrationGroups(0, 0)).toHaveLength(1);
  });

  it('refuses a duplicate qualifiedName with 409 and a GUID of another type with 404-001', () => {
    runtime = testRuntime();
    service().createIntegrationGroup(USER, {
      class: 'IntegrationGroupProperties',
      qualifiedName: 'Same',
    });
    const duplicate = failure(() =>
      service().createIntegrationGroup(USER, {
        class: 'IntegrationGroupProperties',
        qualifiedName: 'Same',
      }),
    );
    expect(duplicate.definition.id).toBe('OMAG-COMMON-409-001');
    expect(duplicate.params).toEqual([
      'createIntegrationGroup',
      'Governance Action Framework Services',
      'IntegrationGroup',
      'qualifiedName',
      'Same',
    ]);
    const c = connectorWithConnection('C');
    const wrong = failure(() => service().getIntegrationGroupByGUID(c));
    expect(wrong.definition.id).toBe('OMAG-REPOSITORY-HANDLER-404-001');
    expect(wrong.params).toContain('IntegrationConnector');
  });

  it('creates a connector sent with a connection, then fails with the NullPointerException of 5.3, leaving it without one', () => {
    runtime = testRuntime();
    const npe = failure(() =>
      service().createIntegrationConnector(USER, {
        ...properties('Test:C'),
        connection: {
          class: 'Connection',
          connectorType: { class: 'ConnectorType', connectorProviderClassName: FILES },
        },
      }),
    );
    expect(npe.definition.id).toBe('OMAG-COMMON-400-016');
    expect(npe.params[0]).toBe('java.lang.NullPointerException');
    const made = service().getIntegrationConnectorByName('Test:C') as Bean;
    expect(made.properties).toEqual({
      class: 'IntegrationConnectorProperties',
      qualifiedName: 'Test:C',
      name: 'Files',
      description: 'desc',
      usesBlockingCalls: false,
    });
    // Without a connection, or one without a connector type, nothing is created.
    expect(
      failure(() => service().createIntegrationConnector(USER, properties('Test:D'))).message,
    ).toBe(
      'OMAG-COMMON-400-011 The connection object passed on the createIntegrationConnector parameter of the createIntegrationConnector operation is null',
    );
    expect(
      failure(() =>
        service().createIntegrationConnector(USER, {
          ...properties('Test:D'),
          connection: { class: 'Connection' },
        }),
      ).definition.id,
    ).toBe('OMAG-COMMON-400-024');
    expect(service().getAllIntegrationConnectors(0, 0)).toHaveLength(1);
  });

  it('updates a connector sent with a connection and then fails; without one it unlinks the connection it had', () => {
    runtime = testRuntime();
    const guid = connectorWithConnection('Test:Linked');
    expect(connector(guid).properties.connection).toMatchObject({
      qualifiedName: 'Test:Linked:Connection',
    });
    const npe = failure(() =>
      service().updateIntegrationConnector(USER, guid, true, {
        class: 'IntegrationConnectorProperties',
        description: 'changed',
        connection: { class: 'Connection', connectorType: { class: 'ConnectorType' } },
      }),
    );
    expect(npe.definition.id).toBe('OMAG-COMMON-400-016');
    expect(connector(guid).properties).toMatchObject({
      description: 'changed',
      connection: { class: 'Connection' },
    });

    service().updateIntegrationConnector(USER, guid, true, {
      class: 'IntegrationConnectorProperties',
      description: 'again',
    });
    expect(connector(guid).properties.connection).toBeUndefined();
    // The connection was anchored to the connector, so it went with the link.
    expect(runtime.store.findByQualifiedName('Test:Linked:Connection')).toEqual([]);
  });

  it('answers a connector name that matches none or several with 404-010, and a group name with no element', () => {
    runtime = testRuntime();
    expect(failure(() => service().getIntegrationConnectorByName('Nope')).message).toBe(
      'OMAG-REPOSITORY-HANDLER-404-010 Multiple IntegrationConnector entities where found with a name of Nope: the identifiers of the returned entities are []; the calling method is getIntegrationConnectorByName, the name parameter is name and the server is active-metadata-store',
    );
    const a = connectorWithConnection('Test:A');
    const b = connectorWithConnection('Test:B');
    runtime.store.updateEntity(
      b,
      { ...runtime.store.getEntity(b)!.properties, displayName: 'Test:A' },
      USER,
    );
    expect(failure(() => service().getIntegrationConnectorByName('Test:A')).params[2]).toBe(
      `[${a}, ${b}]`,
    );
    expect(service().getIntegrationGroupByName('Nope')).toBeUndefined();
  });

  it('deletes only when the qualifiedName given matches, with the elements anchored to it', () => {
    runtime = testRuntime();
    const guid = connectorWithConnection('Test:Gone');
    expect(
      failure(() => service().deleteIntegrationConnector(guid, 'Test:Other')).definition.id,
    ).toBe('OMAG-REPOSITORY-HANDLER-400-005');
    expect(failure(() => service().deleteIntegrationConnector(guid, undefined)).definition.id).toBe(
      'OMAG-COMMON-400-006',
    );
    service().deleteIntegrationConnector(guid, 'Test:Gone');
    expect(runtime.store.findByQualifiedName('Test:Gone:Connection')).toEqual([]);
    // Connector types are shared, never anchored to a connection: it stays.
    expect(runtime.estate.entitiesOf('ConnectorType').length).toBeGreaterThan(0);
  });

  it('links the same element several times as catalog targets; an update merges', () => {
    runtime = testRuntime();
    const c = connectorWithConnection('T');
    const folder = new SeedWriter(runtime.estate, USER).asset('FileFolder', 'Folder:1', 'one');
    const first = service().addCatalogTarget(USER, c, folder, {
      catalogTargetName: 'a',
      templateProperties: { t: 'T' },
    });
    const second = service().addCatalogTarget(USER, c, folder, { catalogTargetName: 'b' });
    expect(first).not.toBe(second);
    const targets = service().getCatalogTargets(c, 0, 0);
    expect(targets.map((t) => t['catalogTargetName'])).toEqual(['a', 'b']);
    expect(targets[1]).toMatchObject({
      permittedSynchronization: 'BOTH_DIRECTIONS',
      deleteMethod: 'ARCHIVE',
    });

    service().updateCatalogTarget(USER, first, { catalogTargetName: 'renamed' });
    expect(service().getCatalogTarget(first)).toMatchObject({
      catalogTargetName: 'renamed',
      templateProperties: { t: 'T' },
      relationshipVersions: { version: 2 },
    });
    service().removeCatalogTarget(first);
    expect(failure(() => service().getCatalogTarget(first)).definition.id).toBe(
      'OMAG-REPOSITORY-HANDLER-404-012',
    );
  });

  it('registers a connector once per group, and never keeps generateIntegrationReports', () => {
    runtime = testRuntime();
    const g = service().createIntegrationGroup(USER, {
      class: 'IntegrationGroupProperties',
      qualifiedName: 'G',
    });
    const c = connectorWithConnection('C');
    service().registerIntegrationConnectorWithGroup(USER, g, c, {
      connectorName: 'c1',
      refreshTimeInterval: 5,
      generateIntegrationReports: true,
    });
    service().registerIntegrationConnectorWithGroup(USER, g, c, {
      connectorName: 'c2',
      refreshTimeInterval: 15,
    });
    const list = service().getRegisteredIntegrationConnectors(g, 0, 0);
    expect(list).toHaveLength(1);
    expect(list[0]?.['registrationProperties']).toEqual({
      connectorName: 'c2',
      refreshTimeInterval: 15,
      permittedSynchronization: 'BOTH_DIRECTIONS',
      generateIntegrationReports: false,
    });
    expect(list[0]?.['connectorId']).toMatch(/^RegisteredIntegrationConnector-/);
    expect(service().getRegisteredIntegrationGroups(c)).toEqual([g]);
    expect(
      failure(() => service().registerIntegrationConnectorWithGroup(USER, g, c, {})).definition.id,
    ).toBe('OMAG-COMMON-400-006');
  });
});
