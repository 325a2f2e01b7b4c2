import { describe, expect, it } from 'vitest';
import { fromElementProperties } from '../property-values';
import catalogTargetRelationship from './fixtures/catalog-target-relationship-response.json';
import catalogTargets from './fixtures/catalog-targets-response.json';
import connectionResponse from './fixtures/connection-element-response.json';
import daemonStatus from './fixtures/integration-daemon-status-response.json';
import groupResponse from './fixtures/group-element-response.json';
import * as map from './mapping';
import * as W from './wire';

const parse = <S extends { parse: (v: unknown) => unknown }>(schema: S, value: unknown) =>
  schema.parse(value) as ReturnType<S['parse']>;

describe('6.x wire → domain', () => {
  const group = parse(W.OpenMetadataRootElementResponseSchema, groupResponse).element!;

  it('reads a group from a software capability, with 6.x names mapped to the model', () => {
    expect(map.toGroup(group)).toEqual({
      meta: expect.objectContaining({
        guid: '2648e33f-7501-4789-b524-f025bb9eaa57',
        typeName: 'IntegrationGroup',
        superTypeNames: ['SoftwareCapability', 'Referenceable', 'OpenMetadataRoot'],
        version: 3,
        createdBy: 'erinoverview',
        originCategory: 'CONTENT_PACK',
        metadataCollectionName: 'Core Content Pack',
      }),
      guid: '2648e33f-7501-4789-b524-f025bb9eaa57',
      qualifiedName: 'Egeria:IntegrationGroup:Default',
      displayName: 'DefaultIntegrationGroup',
      description: 'Dynamic integration group to use with an integration daemon configuration.',
      version: '6.1',
      patchLevel: '2',
      source: undefined,
      additionalProperties: { team: 'platform' },
    });
  });

  it('reads a registration from the RegisteredIntegrationConnector relationship', () => {
    const link = group.supportedIntegrationConnectors![0]!;
    const connector = map.toConnector(link.relatedElement);
    const registration = map.toRegistration(
      { guid: link.relationshipHeader.guid, properties: link.relationshipProperties },
      connector,
      group.elementHeader.guid,
    );
    expect(registration).toMatchObject({
      relationshipGuid: 'b3c2a1f0-0000-4000-8000-00000000000a',
      groupGuid: group.elementHeader.guid,
      connectorName: 'FilesCataloguer',
      connectorUserId: 'filesnpa',
      metadataSourceQualifiedName: 'Egeria:FileSystem',
      metadataCollectionQualifiedName: 'Egeria:Collection:Files',
      startDate: '2026-04-01T00:00:00.000+00:00',
      stopDate: '2027-04-01T00:00:00.000+00:00',
      refreshTimeInterval: 60,
      permittedSynchronization: 'FROM_THIRD_PARTY',
      generateIntegrationReports: true,
      connector: {
        qualifiedName: 'Egeria:IntegrationConnector:Files:FilesCataloguer',
        name: 'FilesCataloguer',
        usesBlockingCalls: false,
      },
    });
  });

  it('reads registration properties that arrive as a string map (6.0 builds)', () => {
    const connector = map.toConnector(group.supportedIntegrationConnectors![0]!.relatedElement);
    const registration = map.toRegistration(
      {
        guid: 'r',
        properties: {
          connectorName: 'X',
          refreshTimeInterval: '15',
          generateConnectorActivityReports: 'true',
        },
      },
      connector,
      'g',
    );
    expect(registration).toMatchObject({
      refreshTimeInterval: 15,
      generateIntegrationReports: true,
    });
  });

  it('reads a virtual connection with its connector type, endpoint and embedded connection', () => {
    const element = parse(W.OpenMetadataRootElementResponseSchema, connectionResponse).element!;
    const embeddedLink = element.embeddedConnections![0]!;
    const connection = map.toConnection(element, [
      {
        ...map.embeddedLinkProperties(embeddedLink),
        connection: map.toConnection(
          { ...embeddedLink.relatedElement, class: 'OpenMetadataRootElement' },
          [],
        ),
      },
    ]);
    expect(connection).toMatchObject({
      kind: 'VirtualConnection',
      qualifiedName: 'CocoPharma:Connection:ClinicalTrialsAPI',
      displayName: 'Clinical trials API',
      userId: 'trials-npa',
      secrets: {
        clearPassword: true,
        encryptedPassword: false,
        securedPropertyNames: ['apiKey', 'token'],
      },
      configurationProperties: { pageSize: 50, followLinks: true },
      connectorType: {
        guid: '7f2c0c8e-1111-4000-8000-000000000003',
        connectorProviderClassName:
          'org.odpi.openmetadata.adapters.connectors.integration.openapis.OpenAPIMonitorIntegrationProvider',
        recognizedConfigurationProperties: ['pageSize', 'followLinks'],
      },
      endpoint: {
        guid: '7f2c0c8e-1111-4000-8000-000000000005',
        address: 'https://trials.cocopharma.example/api/v3/api-docs',
        protocol: 'https',
      },
      embeddedConnections: [
        {
          position: 0,
          displayName: 'Secrets store',
          arguments: { collection: 'trials' },
          connection: { kind: 'Connection', qualifiedName: 'CocoPharma:Connection:Secrets' },
        },
      ],
    });
    // The secrets' values are never part of the model, only whether they are set.
    expect(JSON.stringify(connection)).not.toContain('«redacted»');
  });

  it('reads listed catalog targets from the element and the relationship it is related by', () => {
    const elements = parse(W.OpenMetadataRootElementsResponseSchema, catalogTargets).elements!;
    expect(map.toListedCatalogTarget(elements[0]!)).toEqual({
      relationshipGuid: 'c0ffee00-0000-4000-8000-000000000001',
      version: 2,
      updateTime: '2026-04-03T09:00:00.000+00:00',
      catalogTargetName: 'hampton',
      metadataSourceQualifiedName: 'CocoPharma:Hospitals',
      metadataCollectionQualifiedName: undefined,
      connectionName: 'filesConnection',
      configurationProperties: { depth: 2 },
      templates: { 'File template': 'Template:File' },
      permittedSynchronization: 'FROM_THIRD_PARTY',
      deleteMethod: 'ARCHIVE',
      element: {
        guid: 'a102a0ef-34ee-471f-b6c2-656f66aabb9d',
        typeName: 'FileFolder',
        superTypeNames: ['DataStore', 'Asset', 'Referenceable', 'OpenMetadataRoot'],
        qualifiedName: 'CocoPharma:FileFolder:data/landing-area/hospitals/hampton',
        displayName: 'Hampton Hospital landing area',
        status: 'ACTIVE',
      },
    });
  });

  it('reads a catalog target from a generic relationship with generic property values', () => {
    const relationship = parse(
      W.OpenMetadataRelationshipResponseSchema,
      catalogTargetRelationship,
    ).element!;
    expect(map.toCatalogTargetRelationship(relationship)).toMatchObject({
      relationshipGuid: 'c0ffee00-0000-4000-8000-000000000001',
      version: 1,
      catalogTargetName: 'hampton',
      configurationProperties: { depth: 2 },
      templates: { 'File template': 'Template:File' },
      deleteMethod: 'SOFT_DELETE',
      element: {
        guid: 'a102a0ef-34ee-471f-b6c2-656f66aabb9d',
        typeName: 'FileFolder',
        qualifiedName: 'CocoPharma:FileFolder:data/landing-area/hospitals/hampton',
      },
    });
  });

  it('reads the daemon status: reports name the connector and group GUIDs and networkAddress', () => {
    const status = map.toDaemonStatus(
      parse(W.IntegrationDaemonStatusResponse6Schema, daemonStatus),
    );
    expect(status.groups).toHaveLength(1);
    expect(status.connectors).toHaveLength(2);
    expect(status.connectors[0]).toMatchObject({
      connectorName: 'FilesCataloguer',
      connectorGuid: '0e8a5c5f-1caa-42c9-87c5-7177314d51db',
      groupName: 'Egeria:IntegrationGroup:Default',
      groupGuid: '2648e33f-7501-4789-b524-f025bb9eaa57',
      status: 'RUNNING',
      endpointAddress: 'content-packs',
      minMinutesBetweenRefresh: 60,
      statistics: { filesCatalogued: 30 },
    });
    // The daemon-wide list repeats group connectors; only the others are added.
    expect(status.connectors[1]).toMatchObject({
      connectorName: 'Standalone',
      groupName: undefined,
      status: 'FAILED',
    });
  });
});

describe('domain → 6.x bodies', () => {
  it('names the bean and the type of every element it creates', () => {
    expect(
      map.groupProperties({
        qualifiedName: 'G',
        displayName: 'Group',
        version: '2',
        additionalProperties: {},
      }),
    ).toEqual({
      class: 'IntegrationGroupProperties',
      typeName: 'IntegrationGroup',
      qualifiedName: 'G',
      displayName: 'Group',
      versionIdentifier: '2',
    });
    expect(
      map.connectorProperties({
        qualifiedName: 'C',
        name: 'Conn',
        usesBlockingCalls: true,
        connection: { kind: 'Connection', connectorType: {} },
      }),
    ).toEqual({
      class: 'IntegrationConnectorProperties',
      typeName: 'IntegrationConnector',
      qualifiedName: 'C',
      displayName: 'Conn',
      deployedImplementationType: 'Integration Connector',
      usesBlockingCalls: true,
    });
    expect(
      map.connectionProperties(
        { kind: 'VirtualConnection', connectorType: {}, secrets: { clearPassword: 'p' } },
        'Q',
      ),
    ).toEqual({
      class: 'VirtualConnectionProperties',
      typeName: 'VirtualConnection',
      qualifiedName: 'Q',
      clearPassword: 'p',
    });
    expect(map.endpointProperties({ address: 'kafka:9092', protocol: 'PLAINTEXT' }, 'E')).toEqual({
      class: 'EndpointProperties',
      typeName: 'Endpoint',
      qualifiedName: 'E',
      networkAddress: 'kafka:9092',
      protocol: 'PLAINTEXT',
    });
  });

  it('sends a registration as generic property values under the 6.x attribute names', () => {
    const properties = map.registrationElementProperties({
      connectorName: 'Files',
      refreshTimeInterval: 60,
      startDate: '2026-01-01T00:00:00.000+00:00',
      stopDate: '2027-01-01T00:00:00.000+00:00',
      permittedSynchronization: 'TO_THIRD_PARTY',
      generateIntegrationReports: false,
    });
    expect(properties.propertyValueMap?.['refreshTimeInterval']).toEqual({
      class: 'PrimitiveTypePropertyValue',
      typeName: 'long',
      primitiveTypeCategory: 'OM_PRIMITIVE_TYPE_LONG',
      primitiveValue: 60,
    });
    expect(properties.propertyValueMap?.['connectorShutdownDate']).toMatchObject({
      typeName: 'date',
      primitiveValue: Date.parse('2027-01-01T00:00:00Z'),
    });
    expect(properties.propertyValueMap?.['permittedSynchronization']).toEqual({
      class: 'EnumTypePropertyValue',
      typeName: 'PermittedSynchronization',
      symbolicName: 'TO_THIRD_PARTY',
    });
    expect(properties.propertyValueMap).not.toHaveProperty('stopDate');
    expect(fromElementProperties(properties)).toMatchObject({
      connectorName: 'Files',
      generateConnectorActivityReports: false,
    });
    expect(map.registrationBean({ connectorName: 'Files', stopDate: 'x' })).toEqual({
      class: 'RegisteredIntegrationConnectorProperties',
      connectorName: 'Files',
      connectorShutdownDate: 'x',
    });
  });

  it('sends catalog targets with `templates` and the daemon a connection with `networkAddress`', () => {
    expect(
      map.catalogTargetProperties({
        catalogTargetName: 'T',
        templates: { a: 'b' },
        deleteMethod: 'ARCHIVE',
      }),
    ).toEqual({
      class: 'CatalogTargetProperties',
      catalogTargetName: 'T',
      templates: { a: 'b' },
      deleteMethod: 'ARCHIVE',
    });
    const ocf = map.ocfConnection({
      kind: 'VirtualConnection',
      connectorType: { connectorProviderClassName: 'P' },
      endpoint: { address: 'data/in' },
      embeddedConnections: [
        {
          position: 0,
          connection: { kind: 'Connection', connectorType: {}, endpoint: { address: 's.yaml' } },
        },
      ],
    });
    expect(ocf.endpoint).toEqual({ class: 'Endpoint', networkAddress: 'data/in' });
    expect(ocf.embeddedConnections?.[0]?.embeddedConnection?.endpoint).toEqual({
      class: 'Endpoint',
      networkAddress: 's.yaml',
    });
  });
});
