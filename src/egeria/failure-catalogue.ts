/**
 * What the console knows about the messages connectors fail with. Two kinds of entry:
 *
 * - Egeria message ids (`OCF-CONNECTION-400-005`, `BASIC-FILES-INTEGRATION-CONNECTORS-404-001`…):
 *   the text template, system action and user action are Egeria's own words, taken from the
 *   public error-code enums of Egeria 5.x (OCFErrorCode, IntegrationDaemonServicesErrorCode,
 *   BasicFilesIntegrationConnectorsErrorCode, ApacheAtlasErrorCode, OMAG multi-tenant) including
 *   their typos. Only the short title and the cause label are the console's.
 * - Texts of libraries under the connectors (Kafka client, PostgreSQL JDBC driver, Spring's HTTP
 *   client, the JDK): these carry no Egeria id, so the meaning and user action are the console's
 *   own wording and say so (`source: 'console'`).
 *
 * `connectorParams` lists the inserts that name the connector or its connection: two connectors
 * failing with the same message differ there and nowhere else, so grouping ignores them.
 */

export interface MessageEntry {
  id: string;
  /** The console's short heading for the failure. */
  title: string;
  /** What the failures have in common when grouped ("endpoint unreachable"). */
  cause: string;
  /** Egeria's message text with `{0}`, `{1}`… inserts. */
  template: string;
  /** Egeria's system action: what happened as a result. */
  meaning: string;
  /** Egeria's user action: what to do about it. */
  userAction: string;
  /** Inserts that name the connector, its instance or its connection. */
  connectorParams: number[];
  /** The insert that names the shared resource (endpoint, directory), shown with the cause. */
  subjectParam?: number;
}

function entry(
  id: string,
  title: string,
  cause: string,
  template: string,
  meaning: string,
  userAction: string,
  connectorParams: number[] = [],
  subjectParam?: number,
): MessageEntry {
  return { id, title, cause, template, meaning, userAction, connectorParams, subjectParam };
}

const DAEMON_CONFIG_ACTION =
  'This may be a configuration error in the integration daemon or an error in the caller.  ';

export const EGERIA_MESSAGES: readonly MessageEntry[] = [
  // ---------------------------------------------------------------------- OMAG multi-tenant
  entry(
    'OMAG-MULTI-TENANT-404-001',
    'Server not running',
    'server not running',
    'The OMAG Server {0} is not available to service a request from user {1}',
    'The system is unable to process the request because the server is not running on the called platform.',
    'Verify that the correct server is being called on the correct platform and that this server is running. Retry the request when the server is available.',
    [1],
    0,
  ),
  entry(
    'OMAG-MULTI-TENANT-404-002',
    'Service not running on the server',
    'service not running',
    'The {0} service is not available on OMAG Server {1} to handle a request from user {2}',
    'The system is unable to process the request because the service is not available.',
    'Verify that the correct server is being called on the correct platform and that the requested service is configured to run there.  Once the correct environment is in place, retry the request.',
    [2],
    1,
  ),

  // ---------------------------------------------------------------------- integration daemon
  entry(
    'INTEGRATION-DAEMON-SERVICES-400-031',
    'Connector not running in the daemon',
    'connector unknown to the daemon',
    'Integration connector named {0} is not running in the integration daemon {1}',
    'The integration connector specified on a request is not known to the integration daemon.',
    `${DAEMON_CONFIG_ACTION}The supported integration connectors may be listed in the integration service's configurationor be part of one of the configured integration groups.  Check the configuration document for the daemon and then its start up messages to ensure the correct integration services and connectors are started successfully.  Look for other error messages that indicate that an error occurred during start up.  If the integration daemon is running the correct integration services then validate that the caller has passed matching connector name and URL marker of the integration service to the integration daemon.If all of this is correct then it may be a code error in the integration daemon services and you need to raise an issue to get it fixed.  Once the cause is resolved, retry the request.`,
    [0],
    1,
  ),
  entry(
    'INTEGRATION-DAEMON-SERVICES-400-032',
    'Group definition not found',
    'group definition not returned',
    'Properties for integration group called {0} have not been returned by open metadata server {1} to the integration daemon services in server {2}',
    'The integration daemon is still not able to initialize the integration group and so it will not be able to support any integration connectors for this group.',
    'This may be a configuration error or the metadata server may be down.  Look for other error messages and review the configuration of the integration daemon.  If the name of the group needs to change, restart the server.',
    [],
    0,
  ),
  entry(
    'INTEGRATION-DAEMON-SERVICES-400-033',
    'Group configuration unavailable',
    'group configuration unavailable',
    'Integration daemon {0} is unable to process connectors from integration group {1} because it is unable to retrieve its configuration from the metadata access server',
    "The integration daemon is not able to run any integration connector from this group until it is able to retrieve the group's configuration.",
    'Use the configuration interface of the Governance Engine OMAS to create a definition of the integration group.',
    [],
    1,
  ),
  entry(
    'INTEGRATION-DAEMON-SERVICES-400-034',
    'Group not running in the daemon',
    'group unknown to the daemon',
    'Integration group named {0} is not running in the integration daemon {1}',
    'The integration group specified on a request is not known to the integration daemon.',
    `${DAEMON_CONFIG_ACTION}The supported integration groups are listed in the integration daemon's configuration.  Check the configuration document for the daemon and then its start up messages to ensure the correct integration groups are started successfully.  Look for other error messages that indicate that an error occurred during start up.  If the integration daemon is running the correct integration groups then validate that the caller has passed the correct name.If all of this is correct then it may be a code error in the integration daemon services and you need to raise an issue to get it fixed.  Once the cause is resolved, retry the request.`,
    [],
    0,
  ),
  entry(
    'INTEGRATION-DAEMON-SERVICES-400-035',
    'No groups in the daemon',
    'no integration groups',
    'No integration groups are running in the integration daemon {0}',
    'The call to the integration daemon fails and an exception is returned to the caller.',
    'This is either a configuration error or a logic error.  If this is a configuration error, add the required integration groups to the configuration document.  If there are no errors in the configuration, raise an issue to get help to fix this.',
  ),

  // ---------------------------------------------------------------------- OCF: connections
  entry(
    'OCF-CONNECTION-400-001',
    'No connection',
    'connection missing',
    'Null connection object passed on request for new connector instance',
    'The system is unable to create the requested connector instance without the connection information that describes which type of connector is required.',
    'Recode call to system to include a correctly formatted connection object and retry the request.',
  ),
  entry(
    'OCF-CONNECTION-400-003',
    'Connection has no connector type',
    'connector type missing',
    'Null connectorType property passed in connection {0}',
    'The system is unable to create the requested connector instance without information on the type of connection required.',
    'Update the connection configuration to include a valid connectorType definition.  Then retry the request.',
    [0],
  ),
  entry(
    'OCF-CONNECTION-400-004',
    'Connector provider not set',
    'connector provider missing',
    'Null Connector Provider passed in connection {0}',
    'The system is unable to create the requested connector instance without information on the type of connection required.',
    "Update the connection configuration to include a valid Java class name for the connector provider in the connectorProviderClassName property of the connection's connectorType. Then retry the request.",
    [0],
  ),
  entry(
    'OCF-CONNECTION-400-005',
    'Connector provider class not found',
    'connector provider class not loadable',
    'Unknown Connector Provider class {0} passed in connection {1}',
    "The system is unable to create the requested connector instance because the Connector Provider's class is not known to the JVM.  This may be because the Connector Provider's jar is not installed in the local JVM or the wrong Java class name has been configured in the connection.",
    "Verify that the Connector Provider and Connector jar files are properly configured in the process.  Update the connection configuration to include a valid Java class name for the connector provider in the connectorProviderClassName property of the connection's connectorType. Then retry the request.",
    [1],
    0,
  ),
  entry(
    'OCF-CONNECTION-400-006',
    'Class is not a connector provider',
    'not a connector provider',
    'Class {0} passed in connection {1} is not a Connector Provider',
    "The system is unable to create the requested connector instance because the Connector Provider's class does not implement org.odpi.openmetadata.ConnectorProvider.",
    "Update the connection configuration to include a valid Java class name for the connector provider in the connectorProviderClassName property of the connection's connectorType. Then retry the request.",
    [1],
    0,
  ),
  entry(
    'OCF-CONNECTION-400-008',
    'Connector provider failed to load',
    'connector provider failed to initialize',
    'Connector Provider class {0} passed in connection {1} resulted in a {2} exception with error message of {3}',
    "The system is unable to create the requested connector instance because the Connector Provider's class is failing to initialize in the JVM.  This has resulted in an exception in the class loader.",
    "Verify that the Connector Provider and Connector jar files are properly configured in the process.  Update the connection configuration to include a valid Java class name for the connector provider in the connectorProviderClassName property of the connection's connectorType. Then retry the request.",
    [1],
    0,
  ),
  entry(
    'OCF-CONNECTION-400-009',
    'Connection has no endpoint',
    'endpoint missing',
    'Null endpoint detected in connection {0}',
    'The system is unable to initialize the requested connector because the endpoint information in the connection is missing.',
    'Add the endpoint information into the connection object and retry the request.',
    [0],
  ),
  entry(
    'OCF-CONNECTION-400-010',
    'Endpoint malformed',
    'endpoint malformed',
    'The endpoint attribute {0} in connection {1} is set to "{2}" which is invalid',
    'The system is unable to initialize the requested connector because the endpoint information in the connection is not formatted correctly for this type of connection.',
    'Correct the endpoint information into the connection object and retry the request.',
    [1],
    2,
  ),
  entry(
    'OCF-CONNECTOR-404-001',
    'Endpoint unknown or unavailable',
    'endpoint unreachable',
    'Endpoint {0} in connection {1} for connector instance {2} is either unknown or unavailable',
    'The requested action is not able to complete because the remote endpoint where the assets are located is not responding.  It may be unavailable or unknown.',
    'Verify that the endpoint information is correct and the server that supports it is operational, then retry the request.',
    [1, 2],
    0,
  ),
  entry(
    'OCF-CONNECTOR-500-007',
    'Connector class not found',
    'connector class not loadable',
    'Unknown Connector Java class {0} for Connector {1}',
    "The system is unable to create the requested connector instance because the Connector's class is not known to the JVM.  This may be because the Connector Provider's jar is not installed in the local JVM or the wrong Java class name has been configured in the connection.",
    "Verify that the Connector Provider and Connector jar files are properly configured in the process.  Update the connection configuration to include a valid Java class name for the connector provider in the connectorProviderClassName property of the connection's connectorType. Then retry the request.",
    [1],
    0,
  ),
  entry(
    'OCF-CONNECTOR-500-009',
    'Connector class failed to load',
    'connector class failed to load',
    'Unable to load Connector Java class {0}',
    "The system is unable to create the requested connector instance because the Connector's class is failing to load in the JVM.  This has resulted in an exception in the class loader.",
    'Verify that the Connector Provider and Connector jar files are properly configured in the process. Then retry the request.',
    [],
    0,
  ),

  // ---------------------------------------------------------------------- basic files connectors
  entry(
    'BASIC-FILES-INTEGRATION-CONNECTORS-400-001',
    'Directory not configured',
    'directory not configured',
    'The name of the directory (folder) identifying where the files to be catalogued are located is null in the Connection object {0}',
    'The connector is unable to monitor the directory for files because the name of the directory is not passed in the Connection object.',
    "The name of the directory should be set up in the address property of the connection's Endpoint object.  Correct this in the configuration for this connector in the Files Integration integration service configuration which is part of the configuration of the Integration Daemon OMAG server where this connector is running.",
    [0],
  ),
  entry(
    'BASIC-FILES-INTEGRATION-CONNECTORS-400-002',
    'Not a directory',
    'location is not a directory',
    'The file location {0} is not a directory',
    'The connector is unable to work with this location since it is not a directory (folder).',
    'Ensure a valid directory name is passed in the address property in the Endpoint object of the Connection object.  This connection object is part of he Files Integration integration service configuration which is part of the configuration of the Integration Daemon OMAG server where this connector is running.',
    [],
    0,
  ),
  entry(
    'BASIC-FILES-INTEGRATION-CONNECTORS-400-003',
    'Directory not readable',
    'directory not readable',
    'The directory (folder) {0} is not readable',
    'The connector is unable to open the file because it does not have sufficient permission.',
    'Ensure the name of a readable file is passed in the address property in the Endpoint object of the Connection object.',
    [],
    0,
  ),
  entry(
    'BASIC-FILES-INTEGRATION-CONNECTORS-404-001',
    'Directory does not exist',
    'directory missing',
    'The directory named {0} does not exist',
    'The connector is unable to locate the file it has been asked to work with.',
    "Ensure that the name of the file in the address property of the connection's Endpoint object matches the location of the file that the connector is to access.",
    [],
    0,
  ),
  entry(
    'BASIC-FILES-INTEGRATION-CONNECTORS-500-001',
    'Security exception reading a file',
    'file access denied',
    'The connector received an unexpected security exception when reading the file named {0}; the error message was: {1}',
    'The connector is unable to access the file.',
    'Use details from the error message to determine the cause of the error and retry the request once it is resolved.',
    [],
    0,
  ),
  entry(
    'BASIC-FILES-INTEGRATION-CONNECTORS-500-002',
    'I/O exception reading a file',
    'file unreadable',
    'The connector received an unexpected IO exception when reading the file named {0}; the error message was: {1}',
    'The connector is unable to process the file.',
    'Use the details from the error message to determine the cause of the error and retry the request once it is resolved.',
    [],
    0,
  ),

  // ---------------------------------------------------------------------- Apache Atlas connector
  entry(
    'APACHE-ATLAS-INTEGRATION-CONNECTOR-400-001',
    'Apache Atlas URL not configured',
    'Apache Atlas URL missing',
    'Integration connector {0} has been configured without the URL to Apache Atlas',
    'The connector is move to FAILED status and will not be called by the integration daemon until the configuration error has been corrected.',
    "The Apache Atlas URL is configured in the integration connector's connection endpoint in the address property.  Typically it is the host name and port where Apache Atlas is listening.  The connection is either found in the Integration Daemon's configuration, or, if the Integration Daemon is configured with integration groups, in the open metadata definition of the appropriate integration group.",
    [0],
  ),
  entry(
    'APACHE-ATLAS-INTEGRATION-CONNECTOR-400-002',
    'Apache Atlas credentials missing',
    'Apache Atlas credentials missing',
    'Integration connector {0} has been configured with either a null userId or password for connecting to Apache Atlas',
    'The connector is moved to FAILED status and will no longer be called to synchronize metadata.',
    "Update the connection information for the connector.  This may have been supplied through the Integration Daemon's configuration, or if the Integration Daemon is using integration groups, the connection information is stored in the open metadata ecosystem.  It is possible to supply the userId and password directly in the connection object or via an embedded SecretsConnector.",
    [0],
  ),
  entry(
    'APACHE-ATLAS-INTEGRATION-CONNECTOR-400-003',
    'Metadata source not configured',
    'metadata source missing',
    'Integration connector {0} has been configured without a metadataSourceQualifiedName value',
    'The connector uses the metadataSourceQualifiedName to identify the metadata that originated in Apache Atlas so that any updates/deletes to this metadata are reflected into the open metadata ecosystem.  Otherwise, any changes will be overridden by the values in the open metadata ecosystem. In order to ensure metadata integrity, the connector is moved to FAILED status and will no longer be called to synchronize metadata until the metadata source name has been supplied.',
    "Update the metadata source qualified name for the connector.  This may have been supplied through the Integration Daemon's configuration, or, if the Integration Daemon is using integration groups, the connection information is stored in the connector's RegisteredIntegrationConnector relationship in the open metadata ecosystem.",
    [0],
  ),
  entry(
    'APACHE-ATLAS-INTEGRATION-CONNECTOR-400-004',
    'Apache Atlas REST connector unavailable',
    'Apache Atlas REST connector missing',
    'Integration connector {0} is unable to create an Apache Atlas REST Connector',
    'The connector uses the Apache Atlas REST Connector to make REST calls to Apache Atlas. The connector is moved to FAILED status and will no longer be called to synchronize metadata until the problem creating the Apache Atlas REST Connector is resolved.',
    'Ensure that the jar file for the Apache Atlas REST Connector is in the class path of the platform.',
    [0],
  ),
  entry(
    'APACHE-ATLAS-INTEGRATION-CONNECTOR-500-001',
    'Unexpected exception in the Apache Atlas connector',
    'unexpected exception',
    'The {0} integration connector received an unexpected exception {1} during method {2}; the error message was: {3}',
    'The connector is unable to catalog one or more metadata elements.',
    'Use the details from the error message to determine the cause of the error and retry the request once it is resolved.',
    [0],
    1,
  ),
];

/** A failure text from a library under a connector, recognised by its wording. */
export interface TextPattern {
  key: string;
  title: string;
  cause: string;
  pattern: RegExp;
  /** The shared resource (endpoint, host) the failure is about, from the match. */
  subject?: (match: RegExpExecArray) => string | undefined;
  meaning: string;
  userAction: string;
}

function hostPortOfUrl(url: string | undefined): string | undefined {
  if (!url) return undefined;
  try {
    const parsed = new URL(url);
    return parsed.port ? `${parsed.hostname}:${parsed.port}` : parsed.hostname;
  } catch {
    return url;
  }
}

// The console's own wording: these texts come from third-party libraries, not from Egeria.
export const TEXT_PATTERNS: readonly TextPattern[] = [
  {
    key: 'kafka-broker-unreachable',
    title: 'Kafka broker unreachable',
    cause: 'endpoint unreachable',
    pattern:
      /Timed out waiting for a node assignment[\s\S]*?Connection to node -?\d+ \(([^/)\s]*)\/([^)\s]+)\)/,
    subject: (m) => `${m[1] ?? ''}:${m[2] ?? ''}`,
    meaning:
      'The Kafka client inside the connector could not reach any broker at its bootstrap address, so it could not list the topics to catalog.',
    userAction:
      "Check the broker address (host:port) in the connector's endpoint, that the Kafka broker is running, and that the integration daemon's host can reach it (DNS, firewall, advertised listeners). Then restart the connector.",
  },
  {
    key: 'database-refused',
    title: 'Database refused the connection',
    cause: 'endpoint unreachable',
    pattern:
      /Connection to ([^\s:]+):(\d+) refused\. Check that the hostname and port are correct and that the postmaster is accepting TCP\/IP connections/,
    subject: (m) => `${m[1] ?? ''}:${m[2] ?? ''}`,
    meaning:
      'The PostgreSQL JDBC driver could not open a connection: nothing accepted it at that host and port.',
    userAction:
      "Check the host and port in the connector's endpoint, that the database server is running and listening on TCP/IP (listen_addresses, pg_hba.conf), and that the daemon's host can reach it. Then restart the connector.",
  },
  {
    key: 'http-refused',
    title: 'Service refused the connection',
    cause: 'endpoint unreachable',
    pattern: /I\/O error on [A-Z]+ request for "([^"]+)": Connection refused/,
    subject: (m) => hostPortOfUrl(m[1]),
    meaning:
      'The connector called a REST service and nothing accepted the connection at that address.',
    userAction:
      "Check the URL in the connector's endpoint and that the service is running and reachable from the integration daemon's host. Then restart the connector.",
  },
  {
    key: 'unknown-host',
    title: 'Unknown host',
    cause: 'host name not resolvable',
    pattern: /UnknownHostException:?\s*([^\s:;,]+)/,
    subject: (m) => m[1],
    meaning: "The integration daemon's host could not resolve the host name in the endpoint.",
    userAction:
      "Correct the host name in the connector's endpoint, or fix DNS for the daemon's host. Then restart the connector.",
  },
  {
    key: 'tls-untrusted',
    title: 'TLS certificate not trusted',
    cause: 'TLS certificate not trusted',
    pattern:
      /PKIX path building failed|SSLHandshakeException|unable to find valid certification path/,
    meaning:
      'The connector reached the service but did not trust its TLS certificate, so it closed the connection.',
    userAction:
      "Add the service's certificate (or its CA) to the truststore of the platform that runs the integration daemon, then restart the connector.",
  },
  {
    key: 'connection-refused',
    title: 'Connection refused',
    cause: 'endpoint unreachable',
    pattern: /ConnectException:?\s*Connection refused|Connection refused/,
    meaning: 'Nothing accepted the connection at the address the connector uses.',
    userAction:
      "Check the connector's endpoint and that the service is running and reachable from the integration daemon's host. Then restart the connector.",
  },
  {
    key: 'timed-out',
    title: 'Connection timed out',
    cause: 'endpoint not answering',
    pattern: /SocketTimeoutException|connect timed out|Read timed out/,
    meaning: 'The service at the connector\u2019s endpoint did not answer in time.',
    userAction:
      'Check that the service is running and not overloaded, and that no firewall silently drops the connection. Then restart the connector.',
  },
];
