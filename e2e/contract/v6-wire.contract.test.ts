/**
 * Contract, 6.x wire format (docs/egeria-6.x-wire-notes.md): bearer tokens and real HTTP 401s, the
 * open origin, OpenMetadataRootElement with its header and typed properties, connections as linked
 * elements with `networkAddress`, registrations as RegisteredIntegrationConnector relationships
 * with their 6.x property names, catalog targets listed by GET and read as generic relationships,
 * and 6.2's typed registration links.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createV6Backend } from '../../src/egeria/v6/backend-v6';
import {
  backendFor,
  contractTargets,
  elementOf,
  ISO_DATE,
  rawClient,
  runId,
  sandboxOfRelease,
  signIn,
  type ContractTarget,
} from './targets';
import { FILES_MONITOR } from '../../src/test/egeria-test-kit';

const JWT = /^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+$/;

describe.each(contractTargets('v6'))('6.x wire contract: $name', (target) => {
  const id = runId();
  const raw = rawClient(target);
  const am = () => raw.view('asset-maker');
  const cm = () => raw.view('connection-maker');
  const cleanup: Array<() => Promise<unknown>> = [];

  beforeAll(() => target.start());
  afterAll(async () => {
    for (const step of cleanup.reverse()) await step().catch(() => undefined);
    await target.stop();
  });

  describe('security', () => {
    it('issues a JWT for the right password and a real HTTP 401 for a wrong one', async () => {
      expect(target.token).toMatch(JWT);
      const wrong = await raw.call(
        'POST',
        '/api/token',
        { userId: target.userId, password: `${target.password}-wrong` },
        {},
      );
      expect(wrong.status).toBe(401);
    });

    it('answers the origin without a token, and nothing else', async () => {
      const origin = await raw.call('GET', `${raw.platform()}/origin`, undefined, {});
      expect(origin.status).toBe(200);
      expect(origin.text).toMatch(/^Egeria OMAG Server Platform \(version 6\.\d+/);
      const anonymous = await raw.call(
        'POST',
        `${am()}/software-capabilities/search`,
        { class: 'SearchStringRequestBody', searchString: '*' },
        {},
      );
      expect(anonymous.status).toBe(401);
      const forged = await raw.call('GET', `${raw.platform()}/servers`, undefined, {
        authorization: 'Bearer eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJ4In0.bm90LXNpZ25lZA',
      });
      expect(forged.status).toBe(401);
    });

    it('lists the servers with a token and no userId in the path', async () => {
      const r = await raw.get(`${raw.platform()}/servers`);
      expect(r.json).toMatchObject({ class: 'ServerListResponse', relatedHTTPCode: 200 });
      expect(r.json['serverList']).toEqual(
        expect.arrayContaining([target.viewServer, target.daemon]),
      );
    });

    it('logs a token out', async () => {
      const token = await signIn(target);
      const headers = { authorization: `Bearer ${token}` };
      const logout = await raw.call(
        target.release === '6.2' ? 'DELETE' : 'GET',
        '/api/token/logout',
        undefined,
        headers,
      );
      expect(logout.status).toBeLessThan(300);
      if (target.name.startsWith('embedded')) {
        // The sandbox forgets logged-out tokens (a real platform may keep honouring the JWT until it expires).
        expect(
          (await raw.call('GET', `${raw.platform()}/servers`, undefined, headers)).status,
        ).toBe(401);
      }
    });
  });

  describe('definitions', () => {
    let groupGuid = '';
    let connectorGuid = '';
    const groupName = `Contract:${id}:IntegrationGroup:Wire`;

    it('creates a group as a software capability and returns it as an OpenMetadataRootElement', async () => {
      const created = await raw.post(`${am()}/software-capabilities`, {
        class: 'NewElementRequestBody',
        properties: {
          class: 'IntegrationGroupProperties',
          typeName: 'IntegrationGroup',
          qualifiedName: groupName,
          displayName: 'Wire group',
          versionIdentifier: '6.1',
        },
      });
      expect(created.json).toMatchObject({ class: 'GUIDResponse', relatedHTTPCode: 200 });
      groupGuid = created.json['guid'] as string;
      cleanup.push(() => backendFor(target).deleteGroup(groupGuid, groupName));

      const r = await raw.post(`${am()}/software-capabilities/${groupGuid}`, {
        class: 'GetRequestBody',
      });
      const element = elementOf(r, 'OpenMetadataRootElementResponse');
      expect(element.elementHeader).toMatchObject({
        class: 'ElementHeader',
        guid: groupGuid,
        status: 'ACTIVE',
        type: { typeName: 'IntegrationGroup', typeCategory: 'ENTITY_DEF' },
      });
      expect(element.elementHeader.type.superTypeNames).toContain('SoftwareCapability');
      expect(element.elementHeader.versions.createTime).toMatch(ISO_DATE);
      expect(element.properties).toMatchObject({
        class: 'IntegrationGroupProperties',
        typeName: 'IntegrationGroup',
        qualifiedName: groupName,
        displayName: 'Wire group',
        versionIdentifier: '6.1',
      });
    });

    it('keeps a connector’s connection, connector type and endpoint as linked elements', async () => {
      const backend = backendFor(target);
      const qualifiedName = `Contract:${id}:IntegrationConnector:Wire`;
      connectorGuid = await backend.createConnector({
        qualifiedName,
        name: 'Wire',
        connection: {
          kind: 'Connection',
          connectorType: { connectorProviderClassName: FILES_MONITOR },
          endpoint: { address: target.workDir },
        },
      });
      cleanup.push(() => backend.deleteConnector(connectorGuid, qualifiedName));
      const asset = await raw.post(`${am()}/assets/${connectorGuid}/retrieve`, {
        class: 'GetRequestBody',
      });
      const element = asset.json['element'] as Record<string, any>;
      expect(element.properties).toMatchObject({
        class: 'IntegrationConnectorProperties',
        qualifiedName,
        displayName: 'Wire',
      });
      expect(element.elementHeader.type.superTypeNames).toEqual(
        expect.arrayContaining(['DeployedConnector', 'Asset']),
      );
      const link = element.connections[0];
      expect(link.relationshipHeader.type.typeName).toMatch(
        /^(AssetConnection|ResourceConnection)$/,
      );
      const connectionGuid = link.relatedElement.elementHeader.guid as string;

      const connection = (
        await raw.post(`${cm()}/connections/${connectionGuid}/retrieve`, {
          class: 'GetRequestBody',
        })
      ).json['element'] as Record<string, any>;
      expect(connection.properties.class).toBe('ConnectionProperties');
      expect(connection.connectorType.relatedElement.properties).toMatchObject({
        class: 'ConnectorTypeProperties',
        connectorProviderClassName: FILES_MONITOR,
      });
      expect(connection.endpoint.relatedElement.properties).toMatchObject({
        class: 'EndpointProperties',
        networkAddress: target.workDir,
      });
      expect(connection.endpoint.relatedElement.properties).not.toHaveProperty('address');
    });

    it('registers through the generic relationship API with the 6.x property names', async () => {
      await backendFor(target).registerConnector(groupGuid, connectorGuid, {
        connectorName: `Wire-${id}`,
        refreshTimeInterval: 45,
        stopDate: '2030-01-01T00:00:00.000+00:00',
        generateIntegrationReports: true,
        metadataCollectionQualifiedName: 'Coco:Collection',
      });
      const group = (
        await raw.post(`${am()}/software-capabilities/${groupGuid}`, {
          class: 'GetRequestBody',
        })
      ).json['element'] as Record<string, any>;
      const registration = group.supportedIntegrationConnectors[0];
      expect(registration.relationshipHeader.type.typeName).toBe('RegisteredIntegrationConnector');
      expect(registration.relatedElement.elementHeader.guid).toBe(connectorGuid);
      const properties = registration.relationshipProperties;
      expect(properties).toMatchObject({
        connectorName: `Wire-${id}`,
        refreshTimeInterval: 45,
        generateConnectorActivityReports: true,
        metadataCollectionQualifiedName: 'Coco:Collection',
      });
      expect(Date.parse(properties.connectorShutdownDate)).toBe(Date.parse('2030-01-01T00:00:00Z'));
      expect(properties).not.toHaveProperty('stopDate');
      expect(properties).not.toHaveProperty('generateIntegrationReports');
    });

    it('lists catalog targets with a POST (a GET is refused) and reads one as a generic relationship', async () => {
      const rel = await backendFor(target).addCatalogTarget(connectorGuid, groupGuid, {
        catalogTargetName: 'wire',
        templates: { 'File template': 'Template:File' },
        deleteMethod: 'SOFT_DELETE',
      });
      const path = `${am()}/integration-connectors/${connectorGuid}/catalog-targets`;
      expect((await raw.get(path)).status).toBe(405);
      const listed = await raw.post(path, {
        class: 'ResultsRequestBody',
        startFrom: 0,
        pageSize: 10,
      });
      expect(listed.json).toMatchObject({
        class: 'OpenMetadataRootElementsResponse',
        relatedHTTPCode: 200,
      });
      const target0 = (listed.json['elements'] as Array<Record<string, any>>)[0]!;
      expect(target0.elementHeader.guid).toBe(groupGuid);
      expect(target0.relatedBy.relationshipHeader.guid).toBe(rel);
      expect(target0.relatedBy.relationshipProperties).toMatchObject({
        class: 'CatalogTargetProperties',
        catalogTargetName: 'wire',
        templates: { 'File template': 'Template:File' },
        deleteMethod: 'SOFT_DELETE',
      });
      expect(target0.relatedBy.relationshipProperties).not.toHaveProperty('templateProperties');

      const read = await raw.post(`${am()}/catalog-targets/${rel}`, { class: 'GetRequestBody' });
      const relationship = elementOf(read, 'OpenMetadataRelationshipResponse');
      expect(relationship).toMatchObject({
        relationshipGUID: rel,
        elementGUIDAtEnd1: connectorGuid,
        elementGUIDAtEnd2: groupGuid,
      });
      expect(relationship.relationshipProperties.propertyValueMap.catalogTargetName).toMatchObject({
        class: 'PrimitiveTypePropertyValue',
        primitiveValue: 'wire',
      });
      expect(relationship.relationshipProperties.propertyValueMap.deleteMethod).toMatchObject({
        class: 'EnumTypePropertyValue',
        symbolicName: 'SOFT_DELETE',
      });
    });

    it('reports failures in FFDC form with HTTP 200 and 6.x exception classes', async () => {
      const missing = await raw.post(
        `${am()}/assets/00000000-0000-4000-8000-000000000000/retrieve`,
        {
          class: 'GetRequestBody',
        },
      );
      expect(missing.status).toBe(200);
      expect(missing.json).toMatchObject({ relatedHTTPCode: 404 });
      expect(String(missing.json['exceptionClassName'])).toMatch(/\.openmetadata\.ffdc\./);
      expect(missing.json['exceptionUserAction']).toEqual(expect.any(String));
      const paging = await raw.post(`${am()}/assets/by-search-string`, {
        class: 'SearchStringRequestBody',
        searchString: '*',
        startFrom: 0,
        pageSize: -1,
      });
      expect(paging.json).toMatchObject({
        relatedHTTPCode: 400,
        exceptionErrorMessageId: 'OMAG-COMMON-400-009',
      });
    });
  });
});

/** Which registration paths the console uses on each release (6.2 has typed links). */
describe('6.x registrations by release', () => {
  const releases: Array<['6.1' | '6.2', RegExp]> = [
    ['6.1', /\/metadata-expert\/related-elements$/],
    ['6.2', /\/registered-integration-connectors\/[^/]+\/attach$/],
  ];
  describe.each(releases)('release %s', (release, expectedPath) => {
    const target: ContractTarget = sandboxOfRelease(release);
    beforeAll(() => target.start());
    afterAll(() => target.stop());

    it('registers and unregisters a connector the way the release offers', async () => {
      const posted: string[] = [];
      const backend = createV6Backend({
        baseUrl: target.url,
        viewServer: target.viewServer,
        headers: () => ({ authorization: `Bearer ${target.token}` }),
        fetch: (input, init) => {
          if (init?.method === 'POST') posted.push(new URL(input).pathname);
          return fetch(input, init);
        },
      });
      const group = await backend.createGroup({ qualifiedName: `Release:${release}:Group` });
      const connector = await backend.createConnector({
        qualifiedName: `Release:${release}:Connector`,
        connection: {
          kind: 'Connection',
          connectorType: { connectorProviderClassName: FILES_MONITOR },
        },
      });
      await backend.registerConnector(group, connector, {
        connectorName: `R${release}`,
        refreshTimeInterval: 5,
      });
      expect(posted.some((p) => expectedPath.test(p))).toBe(true);
      expect((await backend.getRegistration(group, connector))?.refreshTimeInterval).toBe(5);
      await backend.unregisterConnector(group, connector);
      expect(await backend.getRegistration(group, connector)).toBeNull();
    });
  });
});
