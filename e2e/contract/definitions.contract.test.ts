/**
 * Contract, 5.3 wire format: platform services and the governance-configuration-service, at the
 * wire level and through the console's 5.3 client, against every 5.3 target. The behaviour both
 * dialects share is in behaviour.contract.test.ts; the 6.x wire format in v6-wire.contract.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { EgeriaError } from '../../src/egeria/errors';
import type { ConnectorInput } from '../../src/egeria/model';
import {
  backendFor,
  contractTargets,
  elementOf,
  embeddedSecretsStore,
  filesMonitorInput,
  expectEmbeddingRefused,
  ISO_DATE,
  rawClient,
  runId,
  useTarget,
} from './targets';
import { FILES_MONITOR, egeriaFailure as failure } from '../../src/test/egeria-test-kit';

describe.each(contractTargets('v5'))('5.3 definitions wire contract: $name', (target) => {
  const id = runId();
  const raw = rawClient(target);
  const created = useTarget(target);

  const connectorInput = (name: string, overrides: Partial<ConnectorInput> = {}) =>
    filesMonitorInput(target, id, name, overrides);

  async function newGroup(suffix: string, extra: Record<string, unknown> = {}) {
    const qualifiedName = `Contract:${id}:IntegrationGroup:${suffix}`;
    const r = await raw.post(`${raw.gcs()}/integration-groups/new`, {
      class: 'IntegrationGroupProperties',
      qualifiedName,
      ...extra,
    });
    expect(r.json).toMatchObject({ class: 'GUIDResponse', relatedHTTPCode: 200 });
    const guid = r.json['guid'] as string;
    created.group(guid, qualifiedName);
    return { guid, qualifiedName };
  }

  async function newConnector(name: string, overrides: Partial<ConnectorInput> = {}) {
    const input = connectorInput(name, overrides);
    const guid = await backendFor(target).createConnector(input);
    created.connector(guid, input.qualifiedName);
    return { guid, input };
  }

  describe('platform services', () => {
    it('answers origin as plain text naming the Egeria version', async () => {
      const r = await raw.get(`${raw.platform()}/origin`);
      expect(r.status).toBe(200);
      expect(r.text).toMatch(/^Egeria OMAG Server Platform \(version \d+\.\d+/);
    });

    it('lists the metadata server among known and active servers', async () => {
      const known = await raw.get(`${raw.platform()}/servers`);
      expect(known.json).toMatchObject({ class: 'ServerListResponse', relatedHTTPCode: 200 });
      expect(known.json['serverList']).toContain(target.metadataServer);
      expect(await backendFor(target).activeServers()).toContain(target.metadataServer);
    });

    it('says an unknown server is not available, in FFDC form with HTTP 200', async () => {
      const r = await raw.get(
        `/servers/no-such-server-${id}/open-metadata/framework-services/governance-server/governance-configuration-service/users/${target.userId}/integration-groups?startingFrom=0&maximumResults=10`,
      );
      expect(r.status).toBe(200);
      expect(r.json).toMatchObject({
        relatedHTTPCode: 404,
        exceptionErrorMessageId: 'OMAG-MULTI-TENANT-404-001',
      });
      expect(r.json['exceptionUserAction']).toEqual(expect.any(String));
    });
  });

  describe('integration groups', () => {
    it('creates a group and reads it back by GUID with a full element header', async () => {
      const { guid, qualifiedName } = await newGroup('Headers', {
        displayName: 'Headers',
        description: 'about <b>headers</b>',
        additionalProperties: { team: 'ops' },
      });
      const r = await raw.get(`${raw.gcs()}/integration-groups/${guid}`);
      const element = elementOf(r, 'IntegrationGroupElementResponse');
      expect(Object.keys(element).sort()).toEqual(['elementHeader', 'properties']);
      expect(element.elementHeader).toMatchObject({
        class: 'ElementHeader',
        guid,
        status: 'ACTIVE',
        type: { typeName: 'IntegrationGroup' },
      });
      expect(element.elementHeader.versions.createTime).toMatch(ISO_DATE);
      expect(element.elementHeader.versions.createdBy).toBe(target.userId);
      expect(element.properties).toEqual({
        class: 'IntegrationGroupProperties',
        qualifiedName,
        displayName: 'Headers',
        description: 'about <b>headers</b>',
        additionalProperties: { team: 'ops' },
      });
    });

    it('finds a group by a qualifiedName with colons, spaces and non-ASCII characters', async () => {
      const { guid } = await newGroup('Données cliniques été');
      const group = await backendFor(target).findGroupByName(
        `Contract:${id}:IntegrationGroup:Données cliniques été`,
      );
      expect(group?.guid).toBe(guid);
    });

    it('answers a by-name miss with no element and no error', async () => {
      const r = await raw.get(
        `${raw.gcs()}/integration-groups/by-name/${encodeURIComponent(`Contract:${id}:missing`)}`,
      );
      expect(r.json).toEqual({ class: 'IntegrationGroupElementResponse', relatedHTTPCode: 200 });
    });

    // Paging through every group is asserted for both dialects in behaviour.contract.test.ts.
    it('pages with startingFrom and maximumResults and omits elements past the end', async () => {
      for (const n of [1, 2, 3]) await newGroup(`Paging${n}`);
      const first = await raw.get(
        `${raw.gcs()}/integration-groups?startingFrom=0&maximumResults=2`,
      );
      expect(first.json).toMatchObject({
        class: 'IntegrationGroupElementsResponse',
        relatedHTTPCode: 200,
      });
      expect(first.json['elements']).toHaveLength(2);
      const past = await raw.get(
        `${raw.gcs()}/integration-groups?startingFrom=100000&maximumResults=10`,
      );
      expect(past.json).toEqual({
        class: 'IntegrationGroupElementsResponse',
        relatedHTTPCode: 200,
      });
    });

    it('refuses negative paging values with Egeria’s message ids', async () => {
      const r = await raw.get(`${raw.gcs()}/integration-groups?startingFrom=-1&maximumResults=10`);
      expect(r.json).toMatchObject({
        relatedHTTPCode: 400,
        exceptionErrorMessageId: 'OMAG-COMMON-400-008',
      });
      const s = await raw.get(`${raw.gcs()}/integration-groups?startingFrom=0&maximumResults=-5`);
      expect(s.json).toMatchObject({
        relatedHTTPCode: 400,
        exceptionErrorMessageId: 'OMAG-COMMON-400-009',
      });
    });

    it('merges an update, or replaces when asked, raising the version', async () => {
      const { guid, qualifiedName } = await newGroup('Update', {
        displayName: 'Before',
        description: 'kept on merge',
      });
      const backend = backendFor(target);
      const before = await backend.getGroup(guid);
      await backend.updateGroup(guid, { qualifiedName, displayName: 'After' }, { merge: true });
      const merged = await backend.getGroup(guid);
      expect(merged).toMatchObject({ displayName: 'After', description: 'kept on merge' });
      expect(merged.meta.version).toBeGreaterThan(before.meta.version ?? 0);
      expect(merged.meta.updateTime).toMatch(ISO_DATE);
      await backend.updateGroup(guid, { qualifiedName, displayName: 'Replaced' }, { merge: false });
      const replaced = await backend.getGroup(guid);
      expect(replaced.displayName).toBe('Replaced');
      expect(replaced.description).toBeUndefined();
    });

    it('accepts a group without a qualifiedName, which the console still lists and deletes', async () => {
      const r = await raw.post(`${raw.gcs()}/integration-groups/new`, {
        class: 'IntegrationGroupProperties',
        displayName: `nameless ${id}`,
      });
      expect(r.json).toMatchObject({ class: 'GUIDResponse', relatedHTTPCode: 200 });
      const guid = r.json['guid'] as string;
      const backend = backendFor(target);
      const group = await backend.getGroup(guid);
      expect(group).toMatchObject({ guid, qualifiedName: '', displayName: `nameless ${id}` });
      // The governance-configuration-service cannot delete it (it needs the name); the console can.
      const refused = await raw.post(`${raw.gcs()}/integration-groups/${guid}/delete`, {
        class: 'DeleteRequestBody',
      });
      expect(refused.json).toMatchObject({ exceptionErrorMessageId: 'OMAG-COMMON-400-006' });
      await backend.deleteGroup(guid, '');
      expect((await failure(backend.getGroup(guid))).isNotFound).toBe(true);
    });

    it('refuses a second group with the same qualifiedName', async () => {
      const { qualifiedName } = await newGroup('Unique');
      const error = await backendFor(target)
        .createGroup({ qualifiedName })
        .catch((e: unknown) => e);
      expect(error).toBeInstanceOf(EgeriaError);
      expect((error as EgeriaError).messageId).toMatch(/^OMAG-/);
      expect((error as EgeriaError).status).toBeGreaterThanOrEqual(400);
    });

    it('deletes a group; reading it then fails with 404 and a user action', async () => {
      const { guid, qualifiedName } = await newGroup('Delete');
      await backendFor(target).deleteGroup(guid, qualifiedName);
      const r = await raw.get(`${raw.gcs()}/integration-groups/${guid}`);
      expect(r.status).toBe(200);
      expect(r.json).toMatchObject({
        class: 'IntegrationGroupElementResponse',
        relatedHTTPCode: 404,
        exceptionErrorMessageId: 'OMAG-REPOSITORY-HANDLER-404-007',
      });
      expect(String(r.json['exceptionErrorMessage'])).toMatch(/^OMAG-REPOSITORY-HANDLER-404-007 /);
      expect(r.json['exceptionUserAction']).toEqual(expect.any(String));
    });

    it('answers an unknown URL, or a missing paging parameter, with HTTP 401 and no body', async () => {
      for (const path of [
        `${raw.gcs()}/no-such-operation`,
        `${raw.gcs()}/integration-groups?startingFrom=0`,
      ]) {
        const r = await raw.get(path);
        expect(r.status).toBe(401);
        expect(r.text).toBe('');
      }
    });
  });

  describe('integration connectors and connections', () => {
    it('stores a connector with a simple connection and returns it in OCF form', async () => {
      const { guid, input } = await newConnector('Simple');
      const r = await raw.get(`${raw.gcs()}/integration-connectors/${guid}`);
      const element = elementOf(r, 'IntegrationConnectorElementResponse');
      expect(element.elementHeader).toMatchObject({
        class: 'ElementHeader',
        guid,
        type: { typeName: 'IntegrationConnector' },
      });
      expect(element.properties).toMatchObject({
        class: 'IntegrationConnectorProperties',
        qualifiedName: input.qualifiedName,
        name: 'Simple',
        usesBlockingCalls: false,
      });
      const connection = element.properties.connection;
      expect(connection).toMatchObject({
        class: 'Connection',
        qualifiedName: input.connection.qualifiedName,
        connectorType: { class: 'ConnectorType', connectorProviderClassName: FILES_MONITOR },
        endpoint: { class: 'Endpoint', address: target.workDir },
        configurationProperties: { waitForDirectory: true, catalogAllFiles: 'true' },
      });
      expect(connection.endpoint).not.toHaveProperty('networkAddress');
    });

    it('refuses to make a connection with embedded connections: reading one stops real 5.3', async () => {
      const input = connectorInput('Virtual', {
        connection: {
          kind: 'VirtualConnection',
          qualifiedName: `Contract:${id}:VirtualConnection`,
          connectorType: { connectorProviderClassName: FILES_MONITOR },
          embeddedConnections: [
            embeddedSecretsStore(0, 'Secrets store', {
              endpoint: { address: 'secrets/contract.omsecrets' },
            }),
          ],
        },
      });
      const backend = backendFor(target);
      await expectEmbeddingRefused(backend, backend.createConnector(input), input.qualifiedName);
    });

    it('refuses a connector without a connection or without a connector type', async () => {
      const qualifiedName = `Contract:${id}:NoConnection`;
      const none = await raw.post(`${raw.gcs()}/integration-connectors/new`, {
        class: 'IntegrationConnectorProperties',
        qualifiedName,
      });
      expect(none.json).toMatchObject({
        relatedHTTPCode: 400,
        exceptionErrorMessageId: 'OMAG-COMMON-400-011',
      });
      const typeless = await raw.post(`${raw.gcs()}/integration-connectors/new`, {
        class: 'IntegrationConnectorProperties',
        qualifiedName,
        connection: { class: 'Connection', qualifiedName: `${qualifiedName}:Connection` },
      });
      expect(typeless.json).toMatchObject({
        relatedHTTPCode: 400,
        exceptionErrorMessageId: 'OMAG-COMMON-400-024',
      });
    });

    it('finds a connector by name and lists connectors', async () => {
      const { guid, input } = await newConnector('Findable');
      const backend = backendFor(target);
      expect((await backend.findConnectorByName(input.qualifiedName))?.guid).toBe(guid);
      expect(await backend.findConnectorByName(`Contract:${id}:nothing`)).toBeNull();
      const page = await backend.listConnectors({ startFrom: 0, pageSize: 0 });
      expect(page.items.map((c) => c.guid)).toContain(guid);
    });
  });

  describe('registrations', () => {
    it('registers a connector in two groups and reads the registration back', async () => {
      const g1 = await newGroup('Reg1');
      const g2 = await newGroup('Reg2');
      const { guid } = await newConnector('Registered');
      const backend = backendFor(target);
      const empty = await raw.get(`${raw.gcs()}/integration-connectors/${guid}/registrations`);
      expect(empty.json).toEqual({ class: 'GUIDListResponse', relatedHTTPCode: 200 });

      const register = await raw.post(
        `${raw.gcs()}/integration-groups/${g1.guid}/integration-connectors/${guid}`,
        {
          connectorName: `Registered-${id}`,
          connectorUserId: 'filesnpa',
          refreshTimeInterval: 60,
          startDate: '2026-01-01T00:00:00.000+00:00',
          permittedSynchronization: 'FROM_THIRD_PARTY',
        },
      );
      expect(register.json).toEqual({ class: 'VoidResponse', relatedHTTPCode: 200 });
      await backend.registerConnector(g2.guid, guid, { connectorName: `Registered-${id}` });

      const r = await raw.get(
        `${raw.gcs()}/integration-groups/${g1.guid}/integration-connectors/${guid}`,
      );
      expect(r.json).toMatchObject({
        class: 'RegisteredIntegrationConnectorResponse',
        relatedHTTPCode: 200,
      });
      const element = r.json['registeredIntegrationConnector'] as Record<string, any>;
      expect(element.elementHeader.guid).toBe(guid);
      expect(element.connectorId).toEqual(expect.any(String));
      expect(element.connectorId).not.toBe(guid);
      expect(element.registrationProperties).toMatchObject({
        connectorName: `Registered-${id}`,
        connectorUserId: 'filesnpa',
        refreshTimeInterval: 60,
        permittedSynchronization: 'FROM_THIRD_PARTY',
      });
      expect(element.registrationProperties.startDate).toMatch(ISO_DATE);

      const second = await backend.getRegistration(g2.guid, guid);
      expect(second?.permittedSynchronization).toBe('BOTH_DIRECTIONS');
      expect((await backend.groupsOfConnector(guid)).sort()).toEqual([g1.guid, g2.guid].sort());

      const list = await backend.listRegistrations(g1.guid, { startFrom: 0, pageSize: 10 });
      expect(list.items.map((i) => i.connector.guid)).toEqual([guid]);
      expect(list.items[0]?.connector.connection?.connectorType?.connectorProviderClassName).toBe(
        FILES_MONITOR,
      );

      await backend.unregisterConnector(g2.guid, guid);
      expect(await backend.getRegistration(g2.guid, guid)).toBeNull();
      expect(await backend.groupsOfConnector(guid)).toEqual([g1.guid]);
    });

    it('refuses a registration without a connectorName', async () => {
      const g = await newGroup('RegNoName');
      const { guid } = await newConnector('RegNoName');
      const r = await raw.post(
        `${raw.gcs()}/integration-groups/${g.guid}/integration-connectors/${guid}`,
        { connectorUserId: 'x' },
      );
      expect(r.json).toMatchObject({
        relatedHTTPCode: 400,
        exceptionErrorMessageId: 'OMAG-COMMON-400-006',
      });
    });

    it('lists no registrations of an empty group as an omitted elements key', async () => {
      const g = await newGroup('RegEmpty');
      const r = await raw.get(
        `${raw.gcs()}/integration-groups/${g.guid}/integration-connectors?startingFrom=0&maximumResults=10`,
      );
      expect(r.json).toEqual({
        class: 'RegisteredIntegrationConnectorsResponse',
        relatedHTTPCode: 200,
      });
    });
  });

  describe('catalog targets', () => {
    it('links an element several times (multi-link), reads, updates, lists and removes targets', async () => {
      const { guid: connectorGuid } = await newConnector('Targets');
      const { guid: elementGuid, qualifiedName } = await newGroup('TargetElement');
      const backend = backendFor(target);

      const add = await raw.post(
        `${raw.gcs()}/integration-connectors/${connectorGuid}/catalog-targets/${elementGuid}`,
        {
          catalogTargetName: 'first',
          configurationProperties: { depth: 2 },
          templateProperties: { 'File template': 'Template:File' },
          permittedSynchronization: 'FROM_THIRD_PARTY',
          deleteMethod: 'ARCHIVE',
        },
      );
      expect(add.json).toMatchObject({
        class: 'GUIDResponse',
        relatedHTTPCode: 200,
        guid: expect.any(String),
      });
      const first = add.json['guid'] as string;
      const second = await backend.addCatalogTarget(connectorGuid, elementGuid, {
        catalogTargetName: 'second',
      });
      expect(second).not.toBe(first);

      const got = await raw.get(`${raw.gcs()}/catalog-targets/${first}`);
      const element = elementOf(got, 'CatalogTargetResponse');
      expect(element).toMatchObject({
        catalogTargetName: 'first',
        configurationProperties: { depth: 2 },
        templateProperties: { 'File template': 'Template:File' },
        permittedSynchronization: 'FROM_THIRD_PARTY',
        deleteMethod: 'ARCHIVE',
        relationshipGUID: first,
        catalogTargetElement: {
          class: 'ElementStub',
          guid: elementGuid,
          uniqueName: qualifiedName,
          type: { typeName: 'IntegrationGroup' },
        },
      });
      expect(element).not.toHaveProperty('class');

      await backend.updateCatalogTarget(first, { catalogTargetName: 'renamed' });
      expect((await backend.getCatalogTarget(first)).catalogTargetName).toBe('renamed');

      const listed = await backend.listCatalogTargets(connectorGuid, { startFrom: 0, pageSize: 0 });
      expect(listed.items.map((t) => t.catalogTargetName).sort()).toEqual(['renamed', 'second']);

      await backend.removeCatalogTarget(first);
      const gone = await raw.get(`${raw.gcs()}/catalog-targets/${first}`);
      expect(gone.json).toMatchObject({
        relatedHTTPCode: 404,
        exceptionErrorMessageId: 'OMAG-REPOSITORY-HANDLER-404-012',
      });
      expect(
        (await backend.listCatalogTargets(connectorGuid, { startFrom: 0, pageSize: 10 })).items,
      ).toHaveLength(1);
    });
  });
});
