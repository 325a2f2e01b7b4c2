/**
 * Writes an estate straight into the store, as Egeria's own content packs and a working console
 * would leave it: groups, connectors with their connections (ConnectorType, Endpoint, Connection
 * and their links), registrations and catalog targets. Connections are described in the OCF bean
 * form of 5.3 (`address` for the endpoint). Identifiers are derived from qualified names: the same
 * seed gives the same GUIDs every time; elements a content pack would not have created carry the
 * type prefix Egeria's repository gives new instances.
 */
import catalog from '../../egeria/catalog/connector-catalog.json';
import type { Estate } from '../model/estate';
import {
  createElement,
  link,
  writeConnection,
  type ConnectionSpec,
  type SharedElementSpec,
} from '../model/integration';
import type {
  CatalogTargetPropertiesBean,
  ConnectionBean,
  ConnectorTypeBean,
  EndpointBean,
  RegisteredIntegrationConnectorPropertiesBean,
} from '../services/request-beans';
import type { Properties } from '../store/metadata-store';
import { stableGuid } from '../util/guid';
import { readDate } from '../util/time';

interface CatalogEntry {
  providerClassName: string;
  connectorTypeQualifiedName: string;
  displayName: string;
  description: string;
  connectorTypeGUID: string | null;
  recognizedConfigurationProperties: string[] | null;
}

/**
 * What some connector types declare they catalogue (ConnectorType supportedAssetTypeName and
 * supportedDeployedImplementationType), so the console's catalog-target type check has something
 * to check against. The values are the sandbox's choice (the technology each provider catalogues);
 * they are not read from the providers' Java source.
 */
const SUPPORTED_TARGETS: Record<
  string,
  { supportedAssetTypeName: string; supportedDeployedImplementationType: string }
> = {
  'org.odpi.openmetadata.adapters.connectors.postgres.catalog.PostgresServerIntegrationProvider': {
    supportedAssetTypeName: 'SoftwareServer',
    supportedDeployedImplementationType: 'PostgreSQL Server',
  },
  'org.odpi.openmetadata.adapters.connectors.apachekafka.integration.KafkaTopicIntegrationProvider':
    {
      supportedAssetTypeName: 'SoftwareServer',
      supportedDeployedImplementationType: 'Apache Kafka Server',
    },
};

export const PROVIDERS = {
  dataFilesMonitor:
    'org.odpi.openmetadata.adapters.connectors.integration.basicfiles.DataFilesMonitorIntegrationProvider',
  dataFolderMonitor:
    'org.odpi.openmetadata.adapters.connectors.integration.basicfiles.DataFolderMonitorIntegrationProvider',
  omArchiveMonitor:
    'org.odpi.openmetadata.adapters.connectors.integration.basicfiles.OMArchiveFilesMonitorIntegrationProvider',
  jdbc: 'org.odpi.openmetadata.adapters.connectors.integration.jdbc.JDBCIntegrationConnectorProvider',
  postgresServer:
    'org.odpi.openmetadata.adapters.connectors.postgres.catalog.PostgresServerIntegrationProvider',
  atlas:
    'org.odpi.openmetadata.adapters.connectors.apacheatlas.integration.ApacheAtlasIntegrationProvider',
  kafkaTopic:
    'org.odpi.openmetadata.adapters.connectors.apachekafka.integration.KafkaTopicIntegrationProvider',
  openApi:
    'org.odpi.openmetadata.adapters.connectors.integration.openapis.OpenAPIMonitorIntegrationProvider',
  unityServer:
    'org.odpi.openmetadata.adapters.connectors.unitycatalog.sync.OSSUnityCatalogServerSyncProvider',
  omagPlatform:
    'org.odpi.openmetadata.adapters.connectors.egeriainfrastructure.platform.catalog.OMAGServerPlatformCatalogProvider',
  openLineageReceiver:
    'org.odpi.openmetadata.adapters.connectors.integration.openlineage.OpenLineageEventReceiverIntegrationProvider',
  openLineageCataloguer:
    'org.odpi.openmetadata.adapters.connectors.integration.openlineage.OpenLineageCataloguerIntegrationProvider',
  governanceActionLineage:
    'org.odpi.openmetadata.adapters.connectors.integration.openlineage.GovernanceActionOpenLineageIntegrationProvider',
  fileLineageStore:
    'org.odpi.openmetadata.adapters.connectors.integration.openlineage.FileBasedOpenLineageLogStoreProvider',
  apiLineageStore:
    'org.odpi.openmetadata.adapters.connectors.integration.openlineage.APIBasedOpenLineageLogStoreProvider',
  yamlSecretsStore:
    'org.odpi.openmetadata.adapters.connectors.secretsstore.yaml.YAMLSecretsStoreProvider',
} as const;

/** The fixed GUIDs Egeria's 5.x content packs give their integration groups. */
const CONTENT_PACK_GROUP_GUIDS: Record<string, string> = {
  'Egeria:IntegrationGroup:Default': '2648e33f-7501-4789-b524-f025bb9eaa57',
  'Egeria:IntegrationGroup:ApacheAtlas': 'b761cd01-4cab-4838-b10a-11256a01fb09',
  'Egeria:IntegrationGroup:ApacheKafka': 'dcca6c7b-bc90-4ddf-9b67-6c4df15c4477',
  'Egeria:IntegrationGroup:OpenAPIs': '580ae02d-921d-4885-af27-22e5b490de7e',
  'Egeria:IntegrationGroup:OpenMetadataObservability': '2d4e8f81-2b07-42da-902a-9f275e93ae79',
  'Egeria:IntegrationGroup:PostgreSQL': 'a5aa2d79-0027-44a7-bd02-f97004f5b324',
  'Egeria:IntegrationGroup:UnityCatalog': 'bf865bc4-fa91-47ce-92cb-dcc7878feeb6',
};

export interface ConnectorSpec {
  qualifiedName: string;
  name: string;
  description: string;
  connection: ConnectionBean;
  versionIdentifier?: string;
}

export interface TargetSpec {
  elementGuid: string;
  properties: CatalogTargetPropertiesBean;
}

/** Defined values only. */
function defined(fields: Record<string, unknown>): Properties {
  return Object.fromEntries(
    Object.entries(fields).filter(([, v]) => v !== undefined && v !== null),
  );
}

function sharedSpec(bean: ConnectorTypeBean | EndpointBean): SharedElementSpec {
  const { class: _class, guid, address, ...rest } = bean as EndpointBean & { address?: string };
  return {
    guid,
    properties: defined({ ...rest, ...(address !== undefined ? { networkAddress: address } : {}) }),
  };
}

/** A 5.3-form OCF connection bean as the elements and links that store it. */
export function connectionSpec(bean: ConnectionBean): ConnectionSpec {
  const { class: cls, connectorType, endpoint, embeddedConnections, guid: _guid, ...rest } = bean;
  return {
    typeName: cls,
    properties: defined(rest),
    connectorType: connectorType ? sharedSpec(connectorType) : undefined,
    endpoint: endpoint ? sharedSpec(endpoint) : undefined,
    embedded: embeddedConnections?.flatMap((e, index) =>
      e.embeddedConnection
        ? [
            {
              position: e.position ?? index,
              displayName: e.displayName,
              arguments: e.arguments,
              connection: connectionSpec(e.embeddedConnection),
            },
          ]
        : [],
    ),
  };
}

export class SeedWriter {
  private readonly connectorTypes = new Map<string, { guid: string; qualifiedName: string }>();

  constructor(
    private readonly estate: Estate,
    readonly userId = 'garygeeke',
  ) {}

  get serverName(): string {
    return this.estate.serverName;
  }

  /** A stable GUID with the type prefix of an instance the repository created. */
  private guid(typeName: string, key: string): string {
    return `${typeName}-${stableGuid(key)}`;
  }

  /**
   * The connector types of the connector catalog, created once with Egeria's own GUIDs (as its
   * content packs load them) and shared by every connection that uses the provider.
   */
  connectorType(providerClassName: string): ConnectionBean['connectorType'] {
    let known = this.connectorTypes.get(providerClassName);
    if (!known) {
      const entry = (catalog as CatalogEntry[]).find(
        (c) => c.providerClassName === providerClassName,
      );
      const qualifiedName =
        entry?.connectorTypeQualifiedName ?? `Sandbox:ConnectorType:${providerClassName}`;
      const guid = entry?.connectorTypeGUID ?? stableGuid(qualifiedName);
      if (!this.estate.entity(guid)) {
        createElement(
          this.estate,
          'ConnectorType',
          defined({
            qualifiedName,
            displayName: entry?.displayName,
            description: entry?.description,
            connectorProviderClassName: providerClassName,
            connectorFrameworkName: 'Open Connector Framework (OCF)',
            connectorInterfaceLanguage: 'Java',
            ...SUPPORTED_TARGETS[providerClassName],
            recognizedConfigurationProperties: entry?.recognizedConfigurationProperties,
          }),
          this.userId,
          { guid, originCategory: 'CONTENT_PACK' },
        );
      }
      known = { guid, qualifiedName };
      this.connectorTypes.set(providerClassName, known);
    }
    return {
      class: 'ConnectorType',
      guid: known.guid,
      qualifiedName: known.qualifiedName,
      connectorProviderClassName: providerClassName,
    };
  }

  group(qualifiedName: string, displayName: string, description: string): string {
    const contentPack = CONTENT_PACK_GROUP_GUIDS[qualifiedName];
    return createElement(
      this.estate,
      'IntegrationGroup',
      {
        qualifiedName,
        displayName,
        description,
        deployedImplementationType: 'Dynamic Integration Group',
      },
      this.userId,
      contentPack
        ? { guid: contentPack, originCategory: 'CONTENT_PACK' }
        : { guid: this.guid('IntegrationGroup', qualifiedName) },
    );
  }

  asset(
    typeName: string,
    qualifiedName: string,
    displayName: string,
    description?: string,
    extra: Record<string, unknown> = {},
  ): string {
    return createElement(
      this.estate,
      typeName,
      { qualifiedName, displayName, ...(description ? { description } : {}), ...extra },
      this.userId,
      { guid: this.guid(typeName, qualifiedName) },
    );
  }

  /** The connector, then its connection (anchored to it, as a connector's own connection is). */
  connector(spec: ConnectorSpec): string {
    const guid = createElement(
      this.estate,
      'IntegrationConnector',
      {
        qualifiedName: spec.qualifiedName,
        displayName: spec.name,
        resourceName: spec.name,
        description: spec.description,
        versionIdentifier: spec.versionIdentifier ?? '5.3',
        deployedImplementationType: 'Integration Connector',
        usesBlockingCalls: false,
      },
      this.userId,
      { guid: this.guid('IntegrationConnector', spec.qualifiedName) },
    );
    const connection = writeConnection(this.estate, connectionSpec(spec.connection), this.userId, {
      guid,
    });
    link(this.estate, 'AssetConnection', guid, connection, {}, this.userId);
    return guid;
  }

  register(
    groupGuid: string,
    connectorGuid: string,
    properties: RegisteredIntegrationConnectorPropertiesBean,
  ): void {
    const { stopDate, generateIntegrationReports, startDate, ...rest } = properties;
    link(
      this.estate,
      'RegisteredIntegrationConnector',
      groupGuid,
      connectorGuid,
      defined({
        ...rest,
        refreshTimeInterval: rest.refreshTimeInterval ?? 0,
        startDate: readDate(startDate),
        connectorShutdownDate: readDate(stopDate),
        generateConnectorActivityReports: generateIntegrationReports,
      }),
      this.userId,
    );
  }

  target(
    connectorGuid: string,
    elementGuid: string,
    properties: CatalogTargetPropertiesBean,
  ): string {
    const { templateProperties, ...rest } = properties;
    return link(
      this.estate,
      'CatalogTarget',
      connectorGuid,
      elementGuid,
      defined({ ...rest, templates: templateProperties }),
      this.userId,
    );
  }

  /** A simple connection: connector type, optional endpoint address, configuration properties. */
  connection(
    qualifiedName: string,
    providerClassName: string,
    options: {
      address?: string;
      endpoint?: ConnectionBean['endpoint'];
      configurationProperties?: Record<string, unknown>;
    } = {},
  ): ConnectionBean {
    const connection: ConnectionBean = {
      class: 'Connection',
      qualifiedName,
      connectorType: this.connectorType(providerClassName),
    };
    if (options.endpoint) connection.endpoint = options.endpoint;
    else if (options.address)
      connection.endpoint = {
        class: 'Endpoint',
        qualifiedName: `${qualifiedName}:Endpoint`,
        address: options.address,
      };
    if (options.configurationProperties)
      connection.configurationProperties = options.configurationProperties;
    return connection;
  }
}
