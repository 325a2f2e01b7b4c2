/**
 * The `demo` estate: Coco Pharmaceuticals' integration groups, connectors, connections and catalog
 * targets, with the cases a console has to show well: a FAILED, a WAITING, an INITIALIZE_FAILED
 * and a CONFIG_FAILED connector, a connector registered in two groups, a group no daemon runs, a
 * group a daemon runs but the store does not define, shared connector types and a shared endpoint,
 * a virtual connection with an embedded secrets store, names with spaces, colons and non-ASCII
 * characters, and a description holding HTML that must be shown as text.
 */
import { groupConfig, type DaemonConfigDocument } from '../daemon/daemon-config';
import type { Estate } from '../model/estate';
import { PROVIDERS, SeedWriter } from './seed-writer';

/** Names an end-to-end test can rely on. */
export const DEMO = {
  daemons: { integration: 'integration-daemon', lineage: 'lineage-daemon' },
  groups: {
    default: 'Egeria:IntegrationGroup:Default',
    kafka: 'Egeria:IntegrationGroup:ApacheKafka',
    postgres: 'Egeria:IntegrationGroup:PostgreSQL',
    openLineage: 'Egeria:IntegrationGroup:OpenLineage',
    clinicalTrials: 'CocoPharma:IntegrationGroup:ClinicalTrials',
    donnees: 'CocoPharma:IntegrationGroup:Données cliniques',
    /** Defined in the store, run by no daemon. */
    unityCatalog: 'Egeria:IntegrationGroup:UnityCatalog',
    /** Run by lineage-daemon, not defined in the store (reported as ASSIGNED). */
    observability: 'Egeria:IntegrationGroup:OpenMetadataObservability',
  },
  connectors: {
    /** FAILED: BASIC-FILES-INTEGRATION-CONNECTORS-404-001, its directory is missing. */
    failed: 'OldMarketLandingAreaMonitor',
    failedDirectory: 'data/landing-area/hospitals/old-market/clinical-trials/missing-drop-foot',
    /** WAITING for its directory (waitForDirectory=true). */
    waiting: 'HamptonLandingAreaMonitor',
    /** INITIALIZE_FAILED: OCF-CONNECTION-400-005, unknown provider class. */
    initializeFailed: 'LabResultsMonitor',
    /** CONFIG_FAILED: APACHE-ATLAS-INTEGRATION-CONNECTOR-400-001, no Atlas URL. */
    configFailed: 'TrialsAtlasExchange',
    /** FAILED: Kafka broker refuses connections. */
    unreachable: 'PartnerKafkaCataloguer',
    /** Registered in OpenLineage (lineage-daemon) and ClinicalTrials (integration-daemon). */
    inTwoGroups: 'OpenLineageCataloguer',
    /** VirtualConnection with an embedded YAML secrets store, a clearPassword and a secured property. */
    virtualConnection: 'ClinicalTrialsAPICataloguer',
    /** Registered only in the group no daemon runs. */
    notRunning: 'UnityCatalogServerSynchronizer',
    /** Name with spaces and non-ASCII characters. */
    nonAscii: 'Moniteur des données patients',
    /** Three catalog targets. */
    manyTargets: 'FilesCataloguer',
  },
  /** Endpoint shared by two Kafka connections. */
  sharedEndpoint: 'CocoPharma:Endpoint:KafkaEventBroker',
} as const;

export function seedDemoEstate(estate: Estate): DaemonConfigDocument[] {
  const w = new SeedWriter(estate);
  const g = DEMO.groups;

  // -------------------------------------------------------------------------------------- groups
  const defaultGroup = w.group(
    g.default,
    'DefaultIntegrationGroup',
    'Dynamic integration group to use with an Integration Daemon configuration.',
  );
  const kafkaGroup = w.group(
    g.kafka,
    'ApacheKafkaIntegrationGroup',
    'Dynamic integration group supporting integration connectors connecting to Apache Kafka.',
  );
  const postgresGroup = w.group(
    g.postgres,
    'PostgreSQLIntegrationGroup',
    'Dynamic integration group supporting integration connectors connecting to PostgreSQL Servers.',
  );
  const lineageGroup = w.group(
    g.openLineage,
    'OpenLineageIntegrationGroup',
    'Dynamic integration group for the connectors that capture, catalog and publish open lineage events.',
  );
  const trialsGroup = w.group(
    g.clinicalTrials,
    'Clinical Trials',
    'Connectors that catalog the data Coco Pharmaceuticals receives from the hospitals taking part in its clinical trials.',
  );
  const donneesGroup = w.group(
    g.donnees,
    'Données cliniques',
    'Connecteurs pour les données cliniques des hôpitaux partenaires. Contains <b>not bold</b> text: HTML here must be shown as text.',
  );
  const unityGroup = w.group(
    g.unityCatalog,
    'UnityCatalogIntegrationGroup',
    'Dynamic integration group supporting integration connectors connecting to Unity Catalog (UC).',
  );

  // -------------------------------------------------------------------------------------- assets
  const folder = (path: string, name: string, description: string) =>
    w.asset('FileFolder', `CocoPharma:FileFolder:${path}`, name, description, { pathName: path });
  const dataFolder = (path: string, name: string, description: string) =>
    w.asset('DataFolder', `CocoPharma:DataFolder:${path}`, name, description, { pathName: path });
  const landingHampton = folder(
    'data/landing-area/hospitals/hampton',
    'Hampton Hospital landing area',
    'Files delivered by Hampton Hospital.',
  );
  const landingOakDene = folder(
    'data/landing-area/hospitals/oak-dene',
    'Oak Dene Hospital landing area',
    'Files delivered by Oak Dene Hospital.',
  );
  const landingOldMarket = folder(
    'data/landing-area/hospitals/old-market',
    'Old Market Hospital landing area',
    'Files delivered by Old Market Hospital.',
  );
  const researchFolder = dataFolder(
    'data/research/drop-foot/weekly-measurements',
    'Drop foot weekly measurements',
    'Weekly measurements for the drop foot clinical trial.',
  );
  const sustainabilityFolder = dataFolder(
    'data/sustainability/emissions',
    'Emissions reports',
    'Monthly emissions reports from the manufacturing sites.',
  );
  const lineageLogFolder = folder(
    'logs/openlineage',
    'Open lineage event log',
    'Where open lineage events are written as JSON files.',
  );
  const donneesEte = dataFolder(
    'données/essais-cliniques/été 2025',
    'Essais cliniques – été 2025',
    'Mesures hebdomadaires des essais de l’été 2025.',
  );
  const donneesHiver = dataFolder(
    'données/essais-cliniques/hiver 2025',
    'Essais cliniques – hiver 2025',
    'Mesures hebdomadaires des essais de l’hiver 2025.',
  );
  const donneesPatients = dataFolder(
    'données/patients/anonymisées',
    'Patients (anonymisées)',
    'Données patients anonymisées.',
  );
  const kafkaServer = w.asset(
    'SoftwareServer',
    'CocoPharma:SoftwareServer:ApacheKafka:coco-events',
    'Coco event broker',
    'Apache Kafka cluster carrying clinical and manufacturing events.',
    { deployedImplementationType: 'Apache Kafka Server' },
  );
  // A Topic, not a KafkaTopic: 6.x has no KafkaTopic type (the technology is the deployedImplementationType).
  const lineageTopic = w.asset(
    'Topic',
    'CocoPharma:KafkaTopic:openlineage.events',
    'openlineage.events',
    'Topic where Marquez and Airflow publish open lineage events.',
    { deployedImplementationType: 'Apache Kafka Topic' },
  );
  const clinicalDbServer = w.asset(
    'SoftwareServer',
    'CocoPharma:SoftwareServer:PostgreSQL:clinical-db',
    'Clinical database server',
    'PostgreSQL server holding the clinical trial databases.',
    { deployedImplementationType: 'PostgreSQL Server' },
  );
  const hrDbServer = w.asset(
    'SoftwareServer',
    'CocoPharma:SoftwareServer:PostgreSQL:hr-db',
    'HR database server',
    'PostgreSQL server for the HR systems.',
    { deployedImplementationType: 'PostgreSQL Server' },
  );
  // Not a catalog target yet: the server a user links to the PostgreSQL cataloguer.
  w.asset(
    'SoftwareServer',
    'CocoPharma:SoftwareServer:PostgreSQL:manufacturing-db',
    'Manufacturing database server',
    'PostgreSQL server for the manufacturing execution system; not catalogued yet.',
    { deployedImplementationType: 'PostgreSQL Server' },
  );
  const trialsDb = w.asset(
    'Database',
    'CocoPharma:Database:clinical-db:clinical_trials',
    'clinical_trials',
    'Clinical trial results.',
  );
  const patientsDb = w.asset(
    'Database',
    'CocoPharma:Database:clinical-db:patients',
    'patients',
    'Anonymised patient records.',
  );
  const employeesDb = w.asset(
    'Database',
    'CocoPharma:Database:hr-db:employees',
    'employees',
    'Employee records.',
  );
  const marquezApi = w.asset(
    'DeployedAPI',
    'CocoPharma:DeployedAPI:Marquez:lineage',
    'Marquez lineage API',
    'The open lineage API of the Marquez server.',
  );
  const platform = w.asset(
    'SoftwareServerPlatform',
    'CocoPharma:SoftwareServerPlatform:OMAGServerPlatform:localhost:9443',
    'Local OMAG Server Platform',
    'The OMAG Server Platform running the sandbox servers.',
  );

  // ------------------------------------------------------------------ shared connection elements
  const kafkaEndpoint = {
    class: 'Endpoint' as const,
    qualifiedName: DEMO.sharedEndpoint,
    displayName: 'Coco event broker',
    address: 'coco-kafka.cocopharma.example:9092',
    protocol: 'PLAINTEXT',
  };

  // ---------------------------------------------------------------------------------- connectors
  const qn = (group: string, name: string) => `${group}:${name}`;
  const files = (
    group: string,
    displayName: string,
    name: string,
    description: string,
    options: Parameters<SeedWriter['connection']>[2],
  ) =>
    w.connector({
      qualifiedName: qn(group, displayName),
      name,
      description,
      connection: w.connection(
        `${qn(group, displayName)}:Connection`,
        PROVIDERS.dataFilesMonitor,
        options,
      ),
    });

  // Default group
  const sampleData = files(
    g.default,
    'SampleDataFilesMonitor',
    'SampleDataCataloguer',
    'Catalogs files found under the sample-data directory (folder).',
    {
      address: 'loading-bay/sample-data',
      configurationProperties: { waitForDirectory: 'true', catalogAllFiles: 'true' },
    },
  );
  const contentPacks = files(
    g.default,
    'ContentPacksMonitor',
    'ContentPacksCataloguer',
    'Catalogs files found under the content-packs directory (folder).',
    {
      address: 'content-packs',
      configurationProperties: { waitForDirectory: 'true' },
    },
  );
  const generalFiles = files(
    g.default,
    'GeneralFilesMonitor',
    DEMO.connectors.manyTargets,
    'Catalogs files found under the directories (folders) listed in the catalog targets.',
    {
      configurationProperties: { waitForDirectory: 'true' },
    },
  );
  const lastUpdate = w.connector({
    qualifiedName: qn(g.default, 'MaintainDataFolderLastUpdateDate'),
    name: 'MaintainLastUpdateDate',
    description:
      "Maintains the last update date in a data folder asset based on the file activity in the resource's directory.",
    connection: w.connection(
      `${qn(g.default, 'MaintainDataFolderLastUpdateDate')}:Connection`,
      PROVIDERS.dataFolderMonitor,
      { configurationProperties: { waitForDirectory: 'true', catalogAllFiles: 'true' } },
    ),
  });
  const archives = w.connector({
    qualifiedName: qn(g.default, 'OpenMetadataArchivesMonitor'),
    name: 'OpenMetadataArchivesCataloguer',
    description: 'Catalogs the open metadata archives delivered to the distribution hub.',
    connection: w.connection(
      `${qn(g.default, 'OpenMetadataArchivesMonitor')}:Connection`,
      PROVIDERS.omArchiveMonitor,
      {
        address: 'distribution-hub/open-metadata-archives',
        configurationProperties: { waitForDirectory: 'true' },
      },
    ),
  });
  const platformCataloguer = w.connector({
    qualifiedName: qn(g.default, 'OMAGServerPlatformCataloguer'),
    name: 'OMAGServerPlatformCataloguer',
    description:
      'Catalogs the OMAG Servers known to the OMAG Server Platforms catalogued in the open metadata ecosystem.',
    connection: w.connection(
      `${qn(g.default, 'OMAGServerPlatformCataloguer')}:Connection`,
      PROVIDERS.omagPlatform,
    ),
  });
  w.register(defaultGroup, sampleData, {
    connectorName: 'SampleDataCataloguer',
    connectorUserId: 'sampledatacatnpa',
    refreshTimeInterval: 1440,
  });
  w.register(defaultGroup, contentPacks, {
    connectorName: 'ContentPacksCataloguer',
    connectorUserId: 'contentpackcatnpa',
    refreshTimeInterval: 14400,
  });
  w.register(defaultGroup, generalFiles, {
    connectorName: DEMO.connectors.manyTargets,
    connectorUserId: 'filescatnpa',
    refreshTimeInterval: 60,
    permittedSynchronization: 'FROM_THIRD_PARTY',
  });
  w.register(defaultGroup, lastUpdate, {
    connectorName: 'MaintainLastUpdateDate',
    connectorUserId: 'datafoldercatnpa',
    refreshTimeInterval: 60,
  });
  w.register(defaultGroup, archives, {
    connectorName: 'OpenMetadataArchivesCataloguer',
    connectorUserId: 'archivecatnpa',
    refreshTimeInterval: 120,
  });
  w.register(defaultGroup, platformCataloguer, {
    connectorName: 'OMAGServerPlatformCataloguer',
    connectorUserId: 'omagspcatnpa',
    refreshTimeInterval: 60,
  });
  const directory = {
    catalogTargetName: 'directoryToMonitor',
    permittedSynchronization: 'FROM_THIRD_PARTY' as const,
    deleteMethod: 'ARCHIVE' as const,
  };
  w.target(generalFiles, landingHampton, {
    ...directory,
    templateProperties: { 'File template': 'CocoPharma:Template:DataFile' },
  });
  w.target(generalFiles, landingOakDene, directory);
  w.target(generalFiles, landingOldMarket, {
    ...directory,
    configurationProperties: { catalogAllFiles: true },
  });
  w.target(lastUpdate, researchFolder, directory);
  w.target(lastUpdate, sustainabilityFolder, directory);
  w.target(platformCataloguer, platform, { catalogTargetName: 'omagServerPlatform' });

  // Apache Kafka group: two connections share one endpoint; a third broker refuses connections.
  const kafkaCataloguer = w.connector({
    qualifiedName: qn(g.kafka, 'KafkaTopicCataloguer'),
    name: 'ApacheKafkaCataloguer',
    description: 'Catalogs the topics found in Apache Kafka Servers attached as catalog targets.',
    connection: w.connection(
      `${qn(g.kafka, 'KafkaTopicCataloguer')}:Connection`,
      PROVIDERS.kafkaTopic,
      { endpoint: kafkaEndpoint },
    ),
  });
  const clinicalEvents = w.connector({
    qualifiedName: qn(g.kafka, 'ClinicalEventsTopicCataloguer'),
    name: 'ClinicalEventsTopicCataloguer',
    description: 'Catalogs the clinical event topics on the Coco event broker.',
    connection: w.connection(
      `${qn(g.kafka, 'ClinicalEventsTopicCataloguer')}:Connection`,
      PROVIDERS.kafkaTopic,
      {
        endpoint: kafkaEndpoint,
        configurationProperties: { topicNamePrefix: 'clinical.' },
      },
    ),
  });
  const partnerKafka = w.connector({
    qualifiedName: qn(g.kafka, 'PartnerKafkaCataloguer'),
    name: DEMO.connectors.unreachable,
    description: 'Catalogs the topics that research partners share with Coco Pharmaceuticals.',
    connection: w.connection(
      `${qn(g.kafka, 'PartnerKafkaCataloguer')}:Connection`,
      PROVIDERS.kafkaTopic,
      { address: 'unreachable-kafka.partner.example:9092' },
    ),
  });
  w.register(kafkaGroup, kafkaCataloguer, {
    connectorName: 'ApacheKafkaCataloguer',
    connectorUserId: 'kafkacatnpa',
    refreshTimeInterval: 60,
  });
  w.register(kafkaGroup, clinicalEvents, {
    connectorName: 'ClinicalEventsTopicCataloguer',
    connectorUserId: 'kafkacatnpa',
    refreshTimeInterval: 30,
  });
  w.register(kafkaGroup, partnerKafka, {
    connectorName: DEMO.connectors.unreachable,
    connectorUserId: 'kafkacatnpa',
    refreshTimeInterval: 60,
  });
  w.target(kafkaCataloguer, kafkaServer, {
    catalogTargetName: 'kafkaServerToMonitor',
    templateProperties: { 'Apache Kafka Topic': 'CocoPharma:Template:KafkaTopic' },
  });

  // PostgreSQL group
  const postgresServer = w.connector({
    qualifiedName: qn(g.postgres, 'PostgreSQLServerCataloguer'),
    name: 'PostgreSQLServerCataloguer',
    description: 'Catalogs the databases found in PostgreSQL Servers attached as catalog targets.',
    connection: w.connection(
      `${qn(g.postgres, 'PostgreSQLServerCataloguer')}:Connection`,
      PROVIDERS.postgresServer,
    ),
  });
  const postgresDatabases = w.connector({
    qualifiedName: qn(g.postgres, 'PostgreSQLDatabaseCataloguer'),
    name: 'PostgreSQLDatabaseCataloguer',
    description: 'Catalogs JDBC database schemas, tables and columns attached as catalog targets.',
    connection: w.connection(
      `${qn(g.postgres, 'PostgreSQLDatabaseCataloguer')}:Connection`,
      PROVIDERS.jdbc,
      { configurationProperties: { includeSchemaNames: ['public', 'trials'] } },
    ),
  });
  w.register(postgresGroup, postgresServer, {
    connectorName: 'PostgreSQLServerCataloguer',
    connectorUserId: 'postgrescatnpa',
    refreshTimeInterval: 60,
  });
  w.register(postgresGroup, postgresDatabases, {
    connectorName: 'PostgreSQLDatabaseCataloguer',
    connectorUserId: 'postgresdbcatnpa',
    refreshTimeInterval: 60,
  });
  w.target(postgresServer, clinicalDbServer, { catalogTargetName: 'postgreSQLServer' });
  w.target(postgresServer, hrDbServer, { catalogTargetName: 'postgreSQLServer' });
  w.target(postgresDatabases, trialsDb, {
    catalogTargetName: 'databaseToCatalog',
    configurationProperties: { includeSchemaNames: ['trials'] },
  });
  w.target(postgresDatabases, patientsDb, { catalogTargetName: 'databaseToCatalog' });
  w.target(postgresDatabases, employeesDb, {
    catalogTargetName: 'databaseToCatalog',
    configurationProperties: { excludeTableNames: ['salaries'] },
  });

  // OpenLineage group (lineage-daemon)
  const lineageConnector = (
    displayName: string,
    name: string,
    provider: string,
    description: string,
    address?: string,
  ) =>
    w.connector({
      qualifiedName: qn(g.openLineage, displayName),
      name,
      description,
      connection: w.connection(
        `${qn(g.openLineage, displayName)}:Connection`,
        provider,
        address ? { address } : {},
      ),
    });
  const lineageCataloguer = lineageConnector(
    'OpenLineageCataloguer',
    DEMO.connectors.inTwoGroups,
    PROVIDERS.openLineageCataloguer,
    'Catalogs the resources detailed in the open lineage events received by the integration daemon.',
  );
  const lineageFiles = lineageConnector(
    'OpenLineageFilePublisher',
    'OpenLineageFilePublisher',
    PROVIDERS.fileLineageStore,
    'Publishes open lineage events as JSON files to each of the folders attached as catalog targets.',
    'logs/openlineage',
  );
  const lineageKafka = lineageConnector(
    'OpenLineageKafkaListener',
    'OpenLineageKafkaListener',
    PROVIDERS.openLineageReceiver,
    'Receives the open lineage events published to the Apache Kafka topics attached as catalog targets.',
  );
  const lineageApi = lineageConnector(
    'OpenLineageAPIPublisher',
    'OpenLineageAPIPublisher',
    PROVIDERS.apiLineageStore,
    'Publishes open lineage events to the APIs attached as catalog targets.',
  );
  const lineageGovernance = lineageConnector(
    'OpenLineageGovernanceActionPublisher',
    'OpenLineageGovernanceActionPublisher',
    PROVIDERS.governanceActionLineage,
    'Publishes open lineage events as governance actions run in the open metadata ecosystem.',
  );
  w.register(lineageGroup, lineageCataloguer, {
    connectorName: DEMO.connectors.inTwoGroups,
    connectorUserId: 'olcatnpa',
    refreshTimeInterval: 60,
  });
  w.register(lineageGroup, lineageFiles, {
    connectorName: 'OpenLineageFilePublisher',
    connectorUserId: 'olfilepubnpa',
    refreshTimeInterval: 60,
  });
  w.register(lineageGroup, lineageKafka, {
    connectorName: 'OpenLineageKafkaListener',
    connectorUserId: 'olkafkainnpa',
    refreshTimeInterval: 0,
  });
  w.register(lineageGroup, lineageApi, {
    connectorName: 'OpenLineageAPIPublisher',
    connectorUserId: 'olapipubnpa',
    refreshTimeInterval: 60,
  });
  w.register(lineageGroup, lineageGovernance, {
    connectorName: 'OpenLineageGovernanceActionPublisher',
    connectorUserId: 'olgapubnpa',
    refreshTimeInterval: 0,
  });
  w.target(lineageFiles, lineageLogFolder, { catalogTargetName: 'outputFolder' });
  w.target(lineageKafka, lineageTopic, { catalogTargetName: 'openLineageTopic' });
  w.target(lineageApi, marquezApi, { catalogTargetName: 'openLineageEndpoint' });

  // Clinical trials group: the failing, waiting and misconfigured connectors live here.
  const trials = (displayName: string) => qn(g.clinicalTrials, displayName);
  const oldMarket = files(
    g.clinicalTrials,
    'OldMarketLandingAreaFilesMonitor',
    DEMO.connectors.failed,
    'Catalogs the drop foot trial files that Old Market Hospital delivers.',
    {
      address: DEMO.connectors.failedDirectory,
    },
  );
  const hampton = files(
    g.clinicalTrials,
    'HamptonLandingAreaFilesMonitor',
    DEMO.connectors.waiting,
    'Catalogs the drop foot trial files Hampton Hospital will deliver once its onboarding completes.',
    {
      address: 'data/landing-area/hospitals/hampton/clinical-trials/does-not-exist-yet',
      configurationProperties: { waitForDirectory: 'true' },
    },
  );
  const secretsStore = {
    class: 'Connection' as const,
    qualifiedName: 'CocoPharma:SecretsStore:coco.omsecrets',
    displayName: 'Coco Pharmaceuticals secrets store',
    connectorType: w.connectorType(PROVIDERS.yamlSecretsStore),
    endpoint: {
      class: 'Endpoint' as const,
      qualifiedName: 'CocoPharma:Endpoint:secrets/coco.omsecrets',
      address: 'secrets/coco.omsecrets',
    },
  };
  const trialsApi = w.connector({
    qualifiedName: trials('ClinicalTrialsAPICataloguer'),
    name: DEMO.connectors.virtualConnection,
    description:
      'Catalogs the operations of the clinical trials REST API published to the hospitals.',
    connection: {
      class: 'VirtualConnection',
      qualifiedName: `${trials('ClinicalTrialsAPICataloguer')}:Connection`,
      displayName: 'Clinical trials API connection',
      connectorType: w.connectorType(PROVIDERS.openApi),
      endpoint: {
        class: 'Endpoint',
        qualifiedName: 'CocoPharma:Endpoint:ClinicalTrialsAPI',
        address: 'https://trials.cocopharma.example/api/v3/api-docs',
        protocol: 'HTTPS',
      },
      userId: 'trialsapinpa',
      clearPassword: 'trials-api-s3cret',
      securedProperties: { apiKey: 'ak-7f3e-coco-trials' },
      configurationProperties: { templateQualifiedName: 'CocoPharma:Template:APIOperation' },
      embeddedConnections: [
        {
          class: 'EmbeddedConnection',
          position: 0,
          displayName: 'Secrets store',
          arguments: { secretsCollectionName: 'clinical-trials-api' },
          embeddedConnection: secretsStore,
        },
      ],
    },
  });
  const labResults = w.connector({
    qualifiedName: trials('LabResultsMonitor'),
    name: DEMO.connectors.initializeFailed,
    description:
      'Monitors the laboratory results drop box (the provider jar is not installed in the daemon).',
    connection: {
      class: 'Connection',
      qualifiedName: `${trials('LabResultsMonitor')}:Connection`,
      connectorType: {
        class: 'ConnectorType',
        qualifiedName: 'CocoPharma:ConnectorType:LabResultsMonitor',
        connectorProviderClassName:
          'com.cocopharma.integration.labresults.LabResultsMonitorProvider',
      },
      endpoint: {
        class: 'Endpoint',
        qualifiedName: `${trials('LabResultsMonitor')}:Endpoint`,
        address: 'data/lab-results/inbox',
      },
    },
  });
  const atlasExchange = w.connector({
    qualifiedName: trials('TrialsAtlasExchange'),
    name: DEMO.connectors.configFailed,
    description:
      'Exchanges clinical trial metadata with the Apache Atlas catalog of the research partners (configured without its URL).',
    connection: w.connection(`${trials('TrialsAtlasExchange')}:Connection`, PROVIDERS.atlas),
  });
  w.register(trialsGroup, oldMarket, {
    connectorName: DEMO.connectors.failed,
    connectorUserId: 'oldmarketnpa',
    refreshTimeInterval: 10,
  });
  w.register(trialsGroup, hampton, {
    connectorName: DEMO.connectors.waiting,
    connectorUserId: 'hamptonnpa',
    refreshTimeInterval: 10,
  });
  w.register(trialsGroup, trialsApi, {
    connectorName: DEMO.connectors.virtualConnection,
    connectorUserId: 'trialsapinpa',
    refreshTimeInterval: 120,
    startDate: '2025-03-01T00:00:00.000+00:00',
  });
  w.register(trialsGroup, labResults, {
    connectorName: DEMO.connectors.initializeFailed,
    connectorUserId: 'labresultsnpa',
    refreshTimeInterval: 30,
  });
  w.register(trialsGroup, atlasExchange, {
    connectorName: DEMO.connectors.configFailed,
    connectorUserId: 'atlascatnpa',
    refreshTimeInterval: 60,
    metadataSourceQualifiedName: 'CocoPharma:ApacheAtlas:research',
  });
  w.register(trialsGroup, lineageCataloguer, {
    connectorName: DEMO.connectors.inTwoGroups,
    connectorUserId: 'olcatnpa',
    refreshTimeInterval: 30,
  });

  // Données cliniques: names with spaces, colons and non-ASCII characters.
  const moniteur = w.connector({
    qualifiedName: `${g.donnees}:Moniteur des données patients`,
    name: DEMO.connectors.nonAscii,
    description: 'Surveille les dossiers de données cliniques (été, hiver) et les catalogue.',
    connection: w.connection(
      `${g.donnees}:Moniteur des données patients:Connexion`,
      PROVIDERS.dataFolderMonitor,
      { configurationProperties: { waitForDirectory: 'true' } },
    ),
  });
  w.register(donneesGroup, moniteur, {
    connectorName: DEMO.connectors.nonAscii,
    connectorUserId: 'donneesnpa',
    refreshTimeInterval: 45,
  });
  w.target(moniteur, donneesEte, { catalogTargetName: 'directoryToMonitor' });
  w.target(moniteur, donneesHiver, { catalogTargetName: 'directoryToMonitor' });
  w.target(moniteur, donneesPatients, {
    catalogTargetName: 'directoryToMonitor',
    configurationProperties: { catalogAllFiles: false },
  });

  // Unity Catalog: registered, but no daemon runs this group.
  const unity = w.connector({
    qualifiedName: qn(g.unityCatalog, 'UnityCatalogServerSynchronizer'),
    name: DEMO.connectors.notRunning,
    description:
      "Synchronizes metadata about the catalogs found in the OSS Unity Catalog 'catalog of catalogs' with the open metadata ecosystem.",
    connection: w.connection(
      `${qn(g.unityCatalog, 'UnityCatalogServerSynchronizer')}:Connection`,
      PROVIDERS.unityServer,
      { address: 'http://unity.cocopharma.example:8087' },
    ),
  });
  w.register(unityGroup, unity, {
    connectorName: DEMO.connectors.notRunning,
    connectorUserId: 'ossuccatnpa',
    refreshTimeInterval: 60,
  });

  const metadataServer = w.serverName;
  return [
    {
      name: DEMO.daemons.integration,
      groups: [g.default, g.kafka, g.postgres, g.clinicalTrials, g.donnees].map((q) =>
        groupConfig(q, metadataServer),
      ),
    },
    {
      name: DEMO.daemons.lineage,
      groups: [g.openLineage, g.observability].map((q) => groupConfig(q, metadataServer)),
    },
  ];
}
