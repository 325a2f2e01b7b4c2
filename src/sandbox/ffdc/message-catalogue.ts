/**
 * The Egeria 5.3 messages the sandbox can answer with: id, HTTP code, text template ({0}, {1}…
 * inserts), system action and user action, verbatim from the wire notes (docs/egeria-5.3-wire-notes.md
 * §3, §6, §7) including Egeria's own typos, so the console sees exactly what a real platform says.
 * Where the notes give only an id and a text, the system and user actions are the sandbox's own
 * wording; those entries say so.
 */

export interface MessageDefinition {
  id: string;
  httpCode: number;
  template: string;
  systemAction: string;
  userAction: string;
}

function message(
  id: string,
  httpCode: number,
  template: string,
  systemAction: string,
  userAction: string,
): MessageDefinition {
  return { id, httpCode, template, systemAction, userAction };
}

export const MESSAGES = {
  // ------------------------------------------------------------------------ multi-tenant (§3a, §3b)
  serverNotAvailable: message(
    'OMAG-MULTI-TENANT-404-001',
    404,
    'The OMAG Server {0} is not available to service a request from user {1}',
    'The system is unable to process the request because the server is not running on the called platform.',
    'Verify that the correct server is being called on the correct platform and that this server is running. Retry the request when the server is available.',
  ),
  serviceNotAvailable: message(
    'OMAG-MULTI-TENANT-404-002',
    404,
    'The {0} service is not available on OMAG Server {1} to handle a request from user {2}',
    'The system is unable to process the request because the service is not available.',
    'Verify that the correct server is being called on the correct platform and that the requested service is configured to run there.  Once the correct environment is in place, retry the request.',
  ),

  // --------------------------------------------------------------------- repository handler (§3c)
  unknownEntity: message(
    'OMAG-REPOSITORY-HANDLER-404-007',
    404,
    'The {0} entity with unique identifier {1} is not found for method {2} of access service {3} in open metadata server {4}, error message was: {5}',
    "The system is unable to update information associated with the entity because none of the connected open metadata repositories recognize the entity's unique identifier.",
    "The unique identifier of the entity is supplied by the caller.  Verify that the caller's logic is correct, and that there are no errors being reported by the open metadata repository. Once all errors have been resolved, retry the request.",
  ),
  unknownRelationship: message(
    'OMAG-REPOSITORY-HANDLER-404-012',
    404,
    'The {0} relationship with unique identifier {1} is not found for method {2} of access service {3} in open metadata server {4}, error message was: {5}',
    "The system is unable to update information associated with the relationship because none of the connected open metadata repositories recognize the relationship's unique identifier.",
    "The unique identifier of the relationship is supplied by the caller.  Verify that the caller's logic is correct, and that there are no errors being reported by the open metadata repository. Once all errors have been resolved, retry the request.",
  ),
  wrongType: message(
    'OMAG-REPOSITORY-HANDLER-404-001',
    404,
    'The {0} method has retrieved a object for unique identifier (guid) {1} which is of type {2} rather than type {3} on behalf of method {4}',
    'The service is not able to return the requested object.',
    'Check that the unique identifier is correct and the metadata server(s) supporting the service is running.',
  ),

  // -------------------------------------------------------------------------- OMRS causes (§3c)
  omrsEntityNotKnown: message(
    'OMRS-REPOSITORY-404-002',
    404,
    'The entity identified with guid {0} passed on the {1} call is not known to the open metadata repository {2}',
    'The system is unable to retrieve the properties for the requested entity because the supplied guid is not recognized.',
    'The guid is supplied by the caller to the server.  It may have a logic problem that has corrupted the guid, or the entity has been deleted since the guid was retrieved.',
  ),
  omrsRelationshipNotKnown: message(
    'OMRS-REPOSITORY-404-003',
    404,
    'The relationship identified with guid {0} passed on the {1} call is not known to the open metadata repository {2}',
    'The system is unable to process the request for the requested relationship because the supplied guid is not recognized.',
    'The guid is supplied by the caller to the OMRS.  It may have a logic problem that has corrupted the guid, or the relationship has been deleted since the guid was retrieved.',
  ),

  // -------------------------------------------------------------------------- common (§3d, §3e, §6)
  // Actions: sandbox wording.
  nullGuid: message(
    'OMAG-COMMON-400-005',
    400,
    'The unique identifier (guid) passed on the {0} parameter of the {1} operation is null',
    'The system is unable to process the request without a guid.',
    'Correct the code in the caller to provide the guid.',
  ),
  nullName: message(
    'OMAG-COMMON-400-006',
    400,
    'The name passed on the {0} parameter of the {1} operation is null',
    'The system is unable to process the request without a name.',
    'Correct the code in the caller to provide the name on the parameter.',
  ),
  negativeStartFrom: message(
    'OMAG-COMMON-400-008',
    400,
    'The starting point for the results {0}, passed on the {1} parameter of the {2} operation, is negative',
    'The system is unable to process the request with this invalid value.  It should be zero for the start of the values, or a number greater than 0 to start partway down the list',
    'Correct the code in the caller to provide a non-negative value for the starting point.',
  ),
  negativePageSize: message(
    'OMAG-COMMON-400-009',
    400,
    'The page size {0} for the results, passed on the {1} parameter of the {2} operation, is negative',
    'The system is unable to process the request with this invalid value.  It should be zero to return all the result, or greater than zero to set a maximum',
    'Correct the code in the caller to provide a non-negative value for the page size.',
  ),
  maxPageSizeExceeded: message(
    'OMAG-COMMON-400-010',
    400,
    'The number of records to return, {0}, passed on the {1} parameter of the {2} operation, is greater than the allowable maximum of {3}',
    'The system is unable to process the request with this page size value.',
    'Correct the code in the caller to provide a smaller page size .',
  ),
  nullConnection: message(
    'OMAG-COMMON-400-011',
    400,
    'The connection object passed on the {0} parameter of the {1} operation is null',
    'The system is unable to process the request without this connection.',
    'Correct the code in the caller to provide the connection.',
  ),
  // Actions: sandbox wording.
  nullObject: message(
    'OMAG-COMMON-400-015',
    400,
    'The object passed on the {0} parameter of the {1} operation is null',
    'The system is unable to process the request without this object.',
    'Correct the code in the caller to provide the object.',
  ),
  // Actions: sandbox wording.
  unexpectedException: message(
    'OMAG-COMMON-400-016',
    400,
    'An unexpected {0} exception was caught by {1}; error message was {2}',
    'The system is unable to process the request and has returned an exception to the caller.',
    'Review the error message.  Also look up its full details in the server audit log.',
  ),
  noRequestBody: message(
    'OMAG-COMMON-400-017',
    400,
    'An request by user {0} to method {1} on server {2} had no request body',
    'The system is unable to process the request without the request body since it contains key information.',
    'Update the caller to provide the request body.',
  ),
  nullConnectorType: message(
    'OMAG-COMMON-400-024',
    400,
    'The connection object passed on the {0} parameter of the {1} operation has a null connector type',
    'The system is unable to process the request without knowing the type of the connector that the connection object is requesting.',
    'Correct the code in the caller to provide the connector type embedded in the connection.',
  ),
  uniqueNameInUse: message(
    'OMAG-COMMON-409-001',
    409,
    'Method {0} of service {1} is not able to create an instance of type {2} because parameter name {3} is defined as a unique property and value {4} is not available for use',
    'The system is unable to process the request because the unique property for this new entity is not permitted either because it is a reserved value, or it is already in use.',
    'Retry the request with a different unique parameter name.',
  ),

  // ------------------------------------------------------------------- integration daemon (§7)
  daemonUnknownConnector: message(
    'INTEGRATION-DAEMON-SERVICES-400-031',
    400,
    'Integration connector named {0} is not running in the integration daemon {1}',
    'The integration connector specified on a request is not known to the integration daemon.',
    "This may be a configuration error in the integration daemon or an error in the caller.  The supported integration connectors may be listed in the integration service's configurationor be part of one of the configured integration groups.  Check the configuration document for the daemon and then its start up messages to ensure the correct integration connectors are started successfully.  Look for other error messages that indicate that an error occurred during start up.  If the integration daemon is running the correct integration connectors then validate that the caller has passed the correct name.If all of this is correct then it may be a code error in the integration daemon services and you need to raise an issue to get it fixed.  Once the cause is resolved, retry the request.",
  ),
  // Actions: sandbox wording.
  daemonGroupNotRetrieved: message(
    'INTEGRATION-DAEMON-SERVICES-400-032',
    400,
    'Properties for integration group called {0} have not been returned by open metadata server {1} to the integration daemon services in server {2}',
    'The integration group is not known to the open metadata server, so the integration daemon cannot start its connectors.',
    'Create the integration group definition in the open metadata server, or correct the name in the configuration document of the integration daemon.',
  ),
  daemonUnknownGroup: message(
    'INTEGRATION-DAEMON-SERVICES-400-034',
    400,
    'Integration group named {0} is not running in the integration daemon {1}',
    'The integration group specified on a request is not known to the integration daemon.',
    "This may be a configuration error in the integration daemon or an error in the caller.  The supported integration groups are listed in the integration daemon's configuration.  Check the configuration document for the daemon and then its start up messages to ensure the correct integration groups are started successfully.  Look for other error messages that indicate that an error occurred during start up.  If the integration daemon is running the correct integration groups then validate that the caller has passed the correct name.If all of this is correct then it may be a code error in the integration daemon services and you need to raise an issue to get it fixed.  Once the cause is resolved, retry the request.",
  ),
  // Actions: sandbox wording.
  daemonNoGroups: message(
    'INTEGRATION-DAEMON-SERVICES-400-035',
    400,
    'No integration groups are running in the integration daemon {0}',
    'The integration daemon has no integration groups configured.',
    'Add the qualified names of the integration groups to run to the configuration document of the integration daemon and restart it.',
  ),

  // ------------------------------------------------------ connector failures reported by the daemon
  nullConnectorProvider: message(
    'OCF-CONNECTION-400-004',
    400,
    'Null Connector Provider passed in connection {0}',
    'The system is unable to create the requested connector instance without information on the type of connection required.',
    "Update the connection configuration to include a valid Java class name for the connector provider in the connectorProviderClassName property of the connection's connectorType. Then retry the request.",
  ),
  unknownConnectorProvider: message(
    'OCF-CONNECTION-400-005',
    400,
    'Unknown Connector Provider class {0} passed in connection {1}',
    "The system is unable to create the requested connector instance because the Connector Provider's class is not known to the JVM.  This may be because the Connector Provider's jar is not installed in the local JVM or the wrong Java class name has been configured in the connection.",
    "Verify that the Connector Provider and Connector jar files are properly configured in the process.  Update the connection configuration to include a valid Java class name for the connector provider in the connectorProviderClassName property of the connection's connectorType. Then retry the request.",
  ),
  nullEndpoint: message(
    'OCF-CONNECTION-400-009',
    400,
    'Null endpoint detected in connection {0}',
    'The system is unable to initialize the requested connector because the endpoint information in the connection is missing.',
    'Add the endpoint information into the connection object and retry the request.',
  ),
  // Actions: sandbox wording.
  directoryNotFound: message(
    'BASIC-FILES-INTEGRATION-CONNECTORS-404-001',
    404,
    'The directory named {0} does not exist',
    'The connector is unable to catalog the files in the directory because it does not exist.',
    'Create the directory, or change the connection or catalog target to name a directory that exists, then restart the connector.',
  ),
  // Actions: sandbox wording.
  atlasNullUrl: message(
    'APACHE-ATLAS-INTEGRATION-CONNECTOR-400-001',
    400,
    'Integration connector {0} has been configured without the URL to Apache Atlas',
    'The connector is move to FAILED status and will not be called by the integration daemon until the configuration error is corrected.',
    'Add the URL of the Apache Atlas server to the endpoint of the connection and restart the connector.',
  ),
} satisfies Record<string, MessageDefinition>;

export type MessageName = keyof typeof MESSAGES;

/** Fills `{0}`, `{1}`… in a template; a missing insert stays visible as `{n}`, as Java's formatter leaves it. */
export function formatTemplate(template: string, params: readonly string[]): string {
  return template.replace(/\{(\d+)\}/g, (whole, index: string) => params[Number(index)] ?? whole);
}

/** `<id> <text>`: the form of `exceptionErrorMessage` and of a connector's failingExceptionMessage. */
export function formatMessage(definition: MessageDefinition, params: readonly string[]): string {
  return `${definition.id} ${formatTemplate(definition.template, params)}`;
}
