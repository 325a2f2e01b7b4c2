import { describe, expect, it } from 'vitest';
import { fromElementProperties } from '../wire/generic';
import catalogTargets from '../../../e2e/golden/6.1/06c-asset-maker-catalog-target-list.json';
import groupsByName from '../../../e2e/golden/6.1/10a-asset-maker-api-group-by-name.json';
import connectorRetrieve from '../../../e2e/golden/6.1/10b-asset-maker-api-connector-retrieve.json';
import * as map from './mapping';
import * as W from './wire';

const parse = <S extends { parse: (v: unknown) => unknown }>(schema: S, value: unknown) =>
  schema.parse(value) as ReturnType<S['parse']>;

describe('6.x wire → domain (answers captured from real 6.1)', () => {
  const group = parse(W.OpenMetadataRootElementsResponseSchema, groupsByName).elements![0]!;
  const connector = parse(W.OpenMetadataRootElementResponseSchema, connectorRetrieve).element!;

  it('reads a group from a software capability, with 6.x names mapped to the model', () => {
    expect(map.toGroup(group)).toMatchObject({
      meta: expect.objectContaining({
        typeName: 'IntegrationGroup',
        superTypeNames: expect.arrayContaining(['SoftwareCapability', 'Referenceable']),
        createdBy: 'garygeeke',
      }),
      guid: group.elementHeader.guid,
      qualifiedName: 'Test:IntegrationGroup:ApiFiles',
    });
  });

  it('reads a registration from the RegisteredIntegrationConnector relationship', () => {
    const link = group.supportedIntegrationConnectors![0]!;
    const registration = map.toRegistration(
      { guid: link.relationshipHeader.guid, properties: link.relationshipProperties },
      map.toConnector(link.relatedElement),
      group.elementHeader.guid,
    );
    expect(registration).toMatchObject({
      relationshipGuid: link.relationshipHeader.guid,
      connectorName: 'ApiDataFilesMonitor',
      connectorUserId: 'daemonnpa',
      refreshTimeInterval: 60,
      generateIntegrationReports: false,
      connector: { qualifiedName: 'Test:IntegrationConnector:ApiDataFilesMonitor' },
    });
  });

  it('reads registration properties that arrive as strings', () => {
    const registration = map.toRegistration(
      {
        guid: 'r',
        properties: {
          connectorName: 'X',
          refreshTimeInterval: '15',
          generateConnectorActivityReports: 'true',
        },
      },
      map.toConnector(group),
      'g',
    );
    expect(registration).toMatchObject({
      refreshTimeInterval: 15,
      generateIntegrationReports: true,
    });
  });

  it('reads a connector’s connection hierarchy: connector type and endpoint as side links', () => {
    const stored = map.connectorConnection(connector)!;
    expect(stored.connectorType?.guid).toBeTruthy();
    expect(stored.endpoint?.endpoint.address).toBe('loading-bay/api-test-data');
    expect(stored.connection).toMatchObject({
      kind: 'Connection',
      qualifiedName: 'Test:Connection:ApiDataFilesMonitor',
      connectorType: { qualifiedName: 'Egeria::IntegrationConnector::Files::DataFilesMonitor' },
      endpoint: { qualifiedName: 'Test:Endpoint:ApiDataFilesMonitor' },
      embeddedConnections: [],
    });
  });

  it('counts an element’s users in whatever list a release puts them', () => {
    const link = (type: string, guid: string, atEnd1: boolean) => ({
      relationshipHeader: { guid: `r-${guid}`, type: { typeName: type } },
      relatedElement: { elementHeader: { guid, type: { typeName: 'X' } } },
      relatedElementAtEnd1: atEnd1,
    });
    const element = parse(W.OpenMetadataRootElementSchema, {
      elementHeader: { guid: 'conn', type: { typeName: 'Connection' } },
      connectedResources: [link('ResourceConnection', 'asset-1', true)],
      parentConnections: [link('EmbeddedConnection', 'virtual-1', true)],
      embeddedConnections: [link('EmbeddedConnection', 'child-1', false)],
    });
    expect(
      map.usersOf(element, ['AssetConnection', 'ResourceConnection', 'EmbeddedConnection']),
    ).toEqual(['asset-1', 'virtual-1']);
  });

  it('reads listed catalog targets from the element and the relationship it is related by', () => {
    const elements = parse(W.OpenMetadataRootElementsResponseSchema, catalogTargets).elements!;
    expect(map.toListedCatalogTarget(elements[0]!)).toMatchObject({
      catalogTargetName: 'testFolder',
      element: {
        typeName: 'FileFolder',
        qualifiedName: 'FileFolder::test::/opt/egeria/platform/loading-bay/catalog-target-folder',
      },
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

  it('sends catalog targets with `templates`', () => {
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
  });
});
