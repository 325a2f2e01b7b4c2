/**
 * Writes an estate through the same service the REST API uses, so seeded elements have exactly
 * the shape of ones a client creates. Identifiers are derived from qualified names: the same seed
 * gives the same GUIDs every time.
 */
import catalog from '../../egeria/catalog/connector-catalog.json';
import type { GovernanceConfigurationService } from '../services/governance-configuration-service';
import type {
  CatalogTargetPropertiesBean,
  ConnectionBean,
  RegisteredIntegrationConnectorPropertiesBean,
} from '../services/request-beans';
import { stableGuid } from '../util/guid';

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

export class SeedWriter {
  private readonly connectorTypes = new Map<string, { guid: string; qualifiedName: string }>();

  constructor(
    private readonly service: GovernanceConfigurationService,
    readonly userId = 'garygeeke',
  ) {}

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
      const existing = this.service.store.getEntity(guid);
      if (!existing) {
        this.service.createElement(
          this.userId,
          'ConnectorType',
          {
            qualifiedName,
            displayName: entry?.displayName,
            description: entry?.description,
            connectorProviderClassName: providerClassName,
            connectorFrameworkName: 'Open Connector Framework (OCF)',
            connectorInterfaceLanguage: 'Java',
            ...SUPPORTED_TARGETS[providerClassName],
            ...(entry?.recognizedConfigurationProperties
              ? { recognizedConfigurationProperties: entry.recognizedConfigurationProperties }
              : {}),
          },
          guid,
          'CONTENT_PACK',
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
    return this.service.createIntegrationGroup(
      this.userId,
      { class: 'IntegrationGroupProperties', qualifiedName, displayName, description },
      CONTENT_PACK_GROUP_GUIDS[qualifiedName] ?? stableGuid(qualifiedName),
    );
  }

  asset(
    typeName: string,
    qualifiedName: string,
    displayName: string,
    description?: string,
    extra: Record<string, unknown> = {},
  ): string {
    return this.service.createElement(
      this.userId,
      typeName,
      {
        qualifiedName,
        name: displayName,
        displayName,
        ...(description ? { description } : {}),
        ...extra,
      },
      stableGuid(qualifiedName),
    );
  }

  connector(spec: ConnectorSpec): string {
    return this.service.createIntegrationConnector(
      this.userId,
      {
        class: 'IntegrationConnectorProperties',
        qualifiedName: spec.qualifiedName,
        name: spec.name,
        description: spec.description,
        versionIdentifier: spec.versionIdentifier ?? '5.3',
        deployedImplementationType: 'Integration Connector',
        usesBlockingCalls: false,
        connection: spec.connection,
      },
      stableGuid(spec.qualifiedName),
    );
  }

  register(
    groupGuid: string,
    connectorGuid: string,
    properties: RegisteredIntegrationConnectorPropertiesBean,
  ): void {
    this.service.registerIntegrationConnectorWithGroup(
      this.userId,
      groupGuid,
      connectorGuid,
      properties,
    );
  }

  target(
    connectorGuid: string,
    elementGuid: string,
    properties: CatalogTargetPropertiesBean,
  ): string {
    return this.service.addCatalogTarget(this.userId, connectorGuid, elementGuid, properties);
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
