/**
 * Contract, both dialects: what the console relies on, asserted through its EgeriaBackend against
 * every target (the sandbox speaking 5.3, the sandbox speaking 6.x, a real platform when one is
 * configured). The same assertions, whatever the wire underneath; wire shapes are asserted per
 * dialect in definitions.contract.test.ts (5.3) and v6-wire.contract.test.ts (6.x).
 */
import { describe, expect, it } from 'vitest';
import type { ConnectorInput } from '../../src/egeria/model';
import {
  toConnectorFormValues,
  toConnectorInput,
} from '../../src/features/definitions/connector-form';
import {
  backendFor,
  canEmbedConnections,
  contractTargets,
  embeddedSecretsStore,
  filesMonitorInput,
  expectEmbeddingRefused,
  ISO_DATE,
  runId,
  useTarget,
} from './targets';
import {
  FILES_MONITOR,
  YAML_SECRETS,
  egeriaFailure as failure,
} from '../../src/test/egeria-test-kit';

// Each sandbox also through a console server's operations (the browser's path to Egeria).
const targets = contractTargets(undefined, { throughConsole: true });

describe.each(targets)('behaviour contract: $name', (target) => {
  const id = runId();
  const created = useTarget(target);
  const backend = () => backendFor(target);

  async function newGroup(
    suffix: string,
    extra: Partial<{ displayName: string; description: string; version: string }> = {},
  ) {
    const qualifiedName = `Contract:${id}:IntegrationGroup:${suffix}`;
    const guid = await backend().createGroup({ qualifiedName, ...extra });
    created.group(guid, qualifiedName);
    return { guid, qualifiedName };
  }

  const connectorInput = (name: string, overrides: Partial<ConnectorInput> = {}) =>
    filesMonitorInput(target, id, name, overrides);

  async function newConnector(name: string, overrides: Partial<ConnectorInput> = {}) {
    const input = connectorInput(name, overrides);
    const guid = await backend().createConnector(input);
    created.connector(guid, input.qualifiedName);
    return { guid, input };
  }

  describe('platform', () => {
    it('names its Egeria version in the origin and runs the daemon', async () => {
      const origin = await backend().platformOrigin();
      expect(origin).toMatch(target.dialect === 'v6' ? /version 6\.\d+/ : /version 5\.\d+/);
      expect(await backend().activeServers()).toContain(target.daemon);
      const status = await backend().serverStatus(target.daemon);
      expect(status.isActive).toBe(true);
      expect(status.startTime).toMatch(ISO_DATE);
    });
  });

  describe('integration groups', () => {
    it('creates a group and reads back what it was given', async () => {
      const { guid, qualifiedName } = await newGroup('Read', {
        displayName: 'Read back',
        description: 'about <b>groups</b>',
        version: '1.2',
      });
      const group = await backend().getGroup(guid);
      expect(group).toMatchObject({
        guid,
        qualifiedName,
        displayName: 'Read back',
        description: 'about <b>groups</b>',
        version: '1.2',
      });
      expect(group.meta.typeName).toBe('IntegrationGroup');
      expect(group.meta.createTime).toMatch(ISO_DATE);
      expect(group.meta.version).toBeGreaterThanOrEqual(1);
    });

    it('finds a group by an exact qualifiedName with colons, spaces and non-ASCII characters', async () => {
      const { guid, qualifiedName } = await newGroup('Données cliniques été');
      expect((await backend().findGroupByName(qualifiedName))?.guid).toBe(guid);
      expect(await backend().findGroupByName(`${qualifiedName} (not this one)`)).toBeNull();
    });

    it('pages through the groups without losing or repeating any', async () => {
      for (const n of [1, 2, 3]) await newGroup(`Paging${n}`);
      const seen: Array<{ guid: string; qualifiedName: string }> = [];
      for (let start = 0; ; start += 2) {
        const page = await backend().listGroups({ startFrom: start, pageSize: 2 });
        expect(page.items.length).toBeLessThanOrEqual(2);
        seen.push(...page.items);
        if (!page.mayHaveMore) break;
      }
      expect(
        seen
          .map((g) => g.qualifiedName)
          .filter((q) => q.startsWith(`Contract:${id}:IntegrationGroup:Paging`))
          .sort(),
      ).toEqual([1, 2, 3].map((n) => `Contract:${id}:IntegrationGroup:Paging${n}`));
      expect(new Set(seen.map((g) => g.guid)).size).toBe(seen.length);
    });

    it('merges an update, or replaces when asked, raising the version', async () => {
      const { guid, qualifiedName } = await newGroup('Update', {
        displayName: 'Before',
        description: 'kept on merge',
      });
      const before = await backend().getGroup(guid);
      await backend().updateGroup(guid, { qualifiedName, displayName: 'After' }, { merge: true });
      const merged = await backend().getGroup(guid);
      expect(merged).toMatchObject({ displayName: 'After', description: 'kept on merge' });
      expect(merged.meta.version).toBeGreaterThan(before.meta.version ?? 0);
      await backend().updateGroup(
        guid,
        { qualifiedName, displayName: 'Replaced' },
        { merge: false },
      );
      const replaced = await backend().getGroup(guid);
      expect(replaced.displayName).toBe('Replaced');
      expect(replaced.description).toBeUndefined();
    });

    it('refuses a second group with the same qualifiedName', async () => {
      const { qualifiedName } = await newGroup('Unique');
      const error = await failure(backend().createGroup({ qualifiedName }));
      expect(error.status).toBeGreaterThanOrEqual(400);
      expect(error.messageId).toEqual(expect.any(String));
    });

    it('deletes a group; reading it then fails as not found', async () => {
      const { guid, qualifiedName } = await newGroup('Delete');
      await backend().deleteGroup(guid, qualifiedName);
      const error = await failure(backend().getGroup(guid));
      expect(error.isNotFound).toBe(true);
      expect(await backend().findGroupByName(qualifiedName)).toBeNull();
    });
  });

  describe('connectors and their connections', () => {
    it('stores a connector with its connection, connector type and endpoint', async () => {
      const { guid, input } = await newConnector('Simple');
      const connector = await backend().getConnector(guid);
      expect(connector).toMatchObject({
        guid,
        qualifiedName: input.qualifiedName,
        name: 'Simple',
        description: 'Contract test connector Simple',
        usesBlockingCalls: false,
      });
      expect(connector.connection).toMatchObject({
        kind: 'Connection',
        qualifiedName: input.connection.qualifiedName,
        connectorType: { connectorProviderClassName: FILES_MONITOR },
        endpoint: { address: target.workDir },
        configurationProperties: { waitForDirectory: true, catalogAllFiles: 'true' },
        embeddedConnections: [],
      });
    });

    it('creates a connector as the form sends a catalogued provider, with or without Egeria’s content packs', async () => {
      // The form's own input: real 5.3 holds no content pack, so no element has the catalog's
      // connector-type GUID there; the save must find or make the platform's own type.
      const values = toConnectorFormValues();
      values.qualifiedName = `Contract:${id}:IntegrationConnector:FromForm`;
      values.name = 'FromForm';
      values.connection.connectorType.providerClassName = FILES_MONITOR;
      values.connection.endpoint.address = target.workDir;
      const input = toConnectorInput(values, undefined, { update: false });
      const guid = await backend().createConnector(input);
      created.connector(guid, input.qualifiedName);
      const connector = await backend().getConnector(guid);
      expect(connector.connection?.connectorType).toMatchObject({
        connectorProviderClassName: FILES_MONITOR,
      });
      expect(connector.connection?.endpoint).toMatchObject({ address: target.workDir });
    });

    it('stores a virtual connection with an embedded secrets-store connection; secrets read as set', async () => {
      const virtual: Partial<ConnectorInput> = {
        connection: {
          kind: 'VirtualConnection',
          qualifiedName: `Contract:${id}:VirtualConnection`,
          connectorType: { connectorProviderClassName: FILES_MONITOR },
          userId: 'svc-files',
          secrets: { clearPassword: 'not-for-display' },
          embeddedConnections: [
            {
              ...embeddedSecretsStore(0, 'Secrets store', {
                qualifiedName: `Contract:${id}:SecretsStore`,
                endpoint: { address: 'secrets/contract.omsecrets' },
              }),
              arguments: { collection: 'files' },
            },
          ],
        },
      };
      if (!canEmbedConnections(target)) {
        const input = connectorInput('Virtual', virtual);
        await expectEmbeddingRefused(
          backend(),
          backend().createConnector(input),
          input.qualifiedName,
        );
        return;
      }
      const { guid } = await newConnector('Virtual', virtual);
      const connection = (await backend().getConnector(guid)).connection;
      expect(connection?.kind).toBe('VirtualConnection');
      expect(connection?.userId).toBe('svc-files');
      expect(connection?.secrets.clearPassword).toBe(true);
      expect(connection?.secrets.encryptedPassword).toBe(false);
      expect(connection?.embeddedConnections).toHaveLength(1);
      expect(connection?.embeddedConnections[0]).toMatchObject({
        position: 0,
        displayName: 'Secrets store',
        arguments: { collection: 'files' },
        connection: {
          connectorType: { connectorProviderClassName: YAML_SECRETS },
          endpoint: { address: 'secrets/contract.omsecrets' },
        },
      });
    });

    it('keeps a stored secret when a merge update does not mention it, and moves the endpoint', async () => {
      const { guid, input } = await newConnector('SecretKept', {
        connection: {
          kind: 'Connection',
          connectorType: { connectorProviderClassName: FILES_MONITOR },
          endpoint: { address: target.workDir },
          secrets: { clearPassword: 's3cret' },
        },
      });
      await backend().updateConnector(
        guid,
        {
          ...input,
          description: 'changed',
          connection: {
            kind: 'Connection',
            connectorType: { connectorProviderClassName: FILES_MONITOR },
            endpoint: { address: `${target.workDir}/moved` },
          },
        },
        { merge: true },
      );
      const after = await backend().getConnector(guid);
      expect(after.description).toBe('changed');
      expect(after.connection?.secrets.clearPassword).toBe(true);
      expect(after.connection?.endpoint?.address).toBe(`${target.workDir}/moved`);
    });

    it('shows a group and a connector as Egeria stores them (the JSON view)', async () => {
      const group = await newGroup('Stored', { description: 'as stored' });
      const { guid, input } = await newConnector('Stored');
      const storedGroup = JSON.stringify(await backend().storedElement('group', group.guid));
      const storedConnector = JSON.stringify(await backend().storedElement('connector', guid));
      expect(storedGroup).toContain(group.guid);
      expect(storedGroup).toContain(`"${group.qualifiedName}"`);
      expect(storedGroup).toContain('"as stored"');
      expect(storedConnector).toContain(guid);
      expect(storedConnector).toContain(`"${input.qualifiedName}"`);
    });

    it('finds a connector by name, lists it, and deletes it', async () => {
      const { guid, input } = await newConnector('Findable');
      expect((await backend().findConnectorByName(input.qualifiedName))?.guid).toBe(guid);
      expect(await backend().findConnectorByName(`Contract:${id}:nothing`)).toBeNull();
      const all: string[] = [];
      for (let start = 0; ; start += 100) {
        const page = await backend().listConnectors({ startFrom: start, pageSize: 100 });
        all.push(...page.items.map((c) => c.guid));
        if (!page.mayHaveMore) break;
      }
      expect(all).toContain(guid);
      await backend().deleteConnector(guid, input.qualifiedName);
      expect((await failure(backend().getConnector(guid))).isNotFound).toBe(true);
    });

    it('deletes a connector with the connection and endpoint only it used', async () => {
      const { guid, input } = await newConnector('LeavesNothing');
      const connection = (await backend().getConnector(guid)).connection;
      const names = [connection?.qualifiedName, connection?.endpoint?.qualifiedName];
      expect(names.every(Boolean)).toBe(true);
      await backend().deleteConnector(guid, input.qualifiedName);
      for (const name of names) {
        const left = await backend().searchElements(name ?? '', ['Connection', 'Endpoint'], {
          startFrom: 0,
          pageSize: 10,
        });
        expect(left.items.map((e) => `${e.typeName} ${e.qualifiedName}`)).toEqual([]);
      }
    });
  });

  describe('registrations', () => {
    it('registers a connector in two groups, reads, updates and removes the registrations', async () => {
      const g1 = await newGroup('Reg1');
      const g2 = await newGroup('Reg2');
      const { guid } = await newConnector('Registered');
      expect(await backend().groupsOfConnector(guid)).toEqual([]);
      expect(await backend().getRegistration(g1.guid, guid)).toBeNull();

      await backend().registerConnector(g1.guid, guid, {
        connectorName: `Registered-${id}`,
        connectorUserId: 'filesnpa',
        refreshTimeInterval: 60,
        startDate: '2026-01-01T00:00:00.000+00:00',
        permittedSynchronization: 'FROM_THIRD_PARTY',
      });
      await backend().registerConnector(g2.guid, guid, { connectorName: `Registered-${id}` });

      const registration = await backend().getRegistration(g1.guid, guid);
      expect(registration).toMatchObject({
        groupGuid: g1.guid,
        connectorName: `Registered-${id}`,
        connectorUserId: 'filesnpa',
        refreshTimeInterval: 60,
        permittedSynchronization: 'FROM_THIRD_PARTY',
        connector: { guid },
      });
      expect(Date.parse(registration?.startDate ?? '')).toBe(Date.parse('2026-01-01T00:00:00Z'));
      expect(registration?.relationshipGuid).not.toBe(guid);
      expect((await backend().groupsOfConnector(guid)).sort()).toEqual([g1.guid, g2.guid].sort());

      const list = await backend().listRegistrations(g1.guid, { startFrom: 0, pageSize: 10 });
      expect(list.items.map((r) => r.connector.guid)).toEqual([guid]);
      expect(list.items[0]?.connector.connection?.connectorType?.connectorProviderClassName).toBe(
        FILES_MONITOR,
      );
      expect(list.items[0]?.connector.connection?.endpoint?.address).toBe(target.workDir);

      // Registering again changes the registration rather than adding a second one.
      await backend().registerConnector(g1.guid, guid, {
        connectorName: `Registered-${id}`,
        refreshTimeInterval: 30,
      });
      expect((await backend().getRegistration(g1.guid, guid))?.refreshTimeInterval).toBe(30);
      expect(
        (await backend().listRegistrations(g1.guid, { startFrom: 0, pageSize: 10 })).items,
      ).toHaveLength(1);

      await backend().unregisterConnector(g2.guid, guid);
      expect(await backend().getRegistration(g2.guid, guid)).toBeNull();
      expect(await backend().groupsOfConnector(guid)).toEqual([g1.guid]);
    });

    it('pages a group’s registrations', async () => {
      const g = await newGroup('RegPaging');
      const names = ['A', 'B', 'C'];
      for (const name of names) {
        const { guid } = await newConnector(`Paged${name}`);
        await backend().registerConnector(g.guid, guid, { connectorName: `Paged${name}-${id}` });
      }
      const first = await backend().listRegistrations(g.guid, { startFrom: 0, pageSize: 2 });
      const second = await backend().listRegistrations(g.guid, { startFrom: 2, pageSize: 2 });
      expect(first.items).toHaveLength(2);
      expect(first.mayHaveMore).toBe(true);
      expect(second.items).toHaveLength(1);
      expect([...first.items, ...second.items].map((r) => r.connectorName).sort()).toEqual(
        names.map((n) => `Paged${n}-${id}`),
      );
    });
  });

  describe('catalog targets', () => {
    it('links an element several times, reads, updates, lists and removes targets', async () => {
      const { guid: connectorGuid } = await newConnector('Targets');
      const { guid: elementGuid, qualifiedName } = await newGroup('TargetElement');
      const first = await backend().addCatalogTarget(connectorGuid, elementGuid, {
        catalogTargetName: 'first',
        configurationProperties: { depth: 2 },
        templates: { 'File template': 'Template:File' },
        permittedSynchronization: 'FROM_THIRD_PARTY',
        deleteMethod: 'ARCHIVE',
      });
      const second = await backend().addCatalogTarget(connectorGuid, elementGuid, {
        catalogTargetName: 'second',
      });
      expect(second).not.toBe(first);

      expect(await backend().getCatalogTarget(first)).toMatchObject({
        relationshipGuid: first,
        catalogTargetName: 'first',
        configurationProperties: { depth: 2 },
        templates: { 'File template': 'Template:File' },
        permittedSynchronization: 'FROM_THIRD_PARTY',
        deleteMethod: 'ARCHIVE',
        element: { guid: elementGuid, qualifiedName, typeName: 'IntegrationGroup' },
      });

      await backend().updateCatalogTarget(first, { catalogTargetName: 'renamed' });
      expect((await backend().getCatalogTarget(first)).catalogTargetName).toBe('renamed');

      const listed = await backend().listCatalogTargets(connectorGuid, {
        startFrom: 0,
        pageSize: 0,
      });
      expect(listed.items.map((t) => t.catalogTargetName).sort()).toEqual(['renamed', 'second']);
      expect(listed.items.every((t) => t.element?.guid === elementGuid)).toBe(true);
      expect(listed.items.map((t) => t.relationshipGuid).sort()).toEqual([first, second].sort());

      await backend().removeCatalogTarget(first);
      expect((await failure(backend().getCatalogTarget(first))).isNotFound).toBe(true);
      expect(
        (await backend().listCatalogTargets(connectorGuid, { startFrom: 0, pageSize: 10 })).items,
      ).toHaveLength(1);
    });
  });

  describe('metadata search', () => {
    it('finds elements by part of their name, in any case, filtered by type', async () => {
      const { guid, qualifiedName } = await newGroup(`Searchable-${id}`);
      const found = await backend().searchElements(`searchable-${id}`, ['IntegrationGroup'], {
        startFrom: 0,
        pageSize: 50,
      });
      expect(found.items.find((e) => e.guid === guid)).toMatchObject({
        qualifiedName,
        typeName: 'IntegrationGroup',
      });
      const assets = await backend().searchElements(`searchable-${id}`, ['Asset'], {
        startFrom: 0,
        pageSize: 50,
      });
      expect(assets.items.map((e) => e.guid)).not.toContain(guid);
      const page = await backend().searchElements('', [], { startFrom: 0, pageSize: 3 });
      expect(page.items.length).toBeLessThanOrEqual(3);
    });
  });
});
