/**
 * The Egeria messages the sandbox answers with: id, HTTP code, text template ({0}, {1}… inserts),
 * system action and user action, verbatim from Egeria's error-code enums at 5.3 (e993386a1f51) and,
 * where 6.x reworded them (mostly "is unable to" → "cannot"), at 6.1 (86e1137bf8ff), Egeria's typos
 * included, so the console sees exactly what a real platform says.
 */
import type { Release } from '../wire/releases';

export interface MessageText {
  template: string;
  systemAction: string;
  userAction: string;
}

export interface MessageDefinition extends MessageText {
  id: string;
  httpCode: number;
  /** The 6.x wording where it differs from 5.3. */
  six?: Partial<MessageText>;
}

function m(
  id: string,
  httpCode: number,
  template: string,
  systemAction: string,
  userAction: string,
  six?: { template?: string; system?: string; user?: string },
): MessageDefinition {
  const definition: MessageDefinition = { id, httpCode, template, systemAction, userAction };
  if (six) {
    definition.six = {
      ...(six.template !== undefined ? { template: six.template } : {}),
      ...(six.system !== undefined ? { systemAction: six.system } : {}),
      ...(six.user !== undefined ? { userAction: six.user } : {}),
    };
  }
  return definition;
}

export const MESSAGES = {
  serverNotAvailable: m(
    'OMAG-MULTI-TENANT-404-001',
    404,
    'The OMAG Server {0} is not available to service a request from user {1}',
    'The system is unable to process the request because the server is not running on the called platform.',
    'Verify that the correct server is being called on the correct platform and that this server is running. Retry the request when the server is available.',
    {
      system:
        'The system cannot process the request because the server is not running on the called platform.',
    },
  ),
  serviceNotAvailable: m(
    'OMAG-MULTI-TENANT-404-002',
    404,
    'The {0} service is not available on OMAG Server {1} to handle a request from user {2}',
    'The system is unable to process the request because the service is not available.',
    'Verify that the correct server is being called on the correct platform and that the requested service is configured to run there.  Once the correct environment is in place, retry the request.',
    { system: 'The system cannot process the request because the service is not available.' },
  ),
  unknownEntity: m(
    'OMAG-REPOSITORY-HANDLER-404-007',
    404,
    'The {0} entity with unique identifier {1} is not found for method {2} of access service {3} in open metadata server {4}, error message was: {5}',
    "The system is unable to update information associated with the entity because none of the connected open metadata repositories recognize the entity's unique identifier.",
    "The unique identifier of the entity is supplied by the caller.  Verify that the caller's logic is correct, and that there are no errors being reported by the open metadata repository. Once all errors have been resolved, retry the request.",
    {
      system:
        "The system cannot retrieve information associated with the entity because none of the connected open metadata repositories recognize the entity's unique identifier.",
    },
  ),
  ambiguousName: m(
    'OMAG-REPOSITORY-HANDLER-404-010',
    404,
    'Multiple {0} entities where found with a name of {1}: the identifiers of the returned entities are {2}; the calling method is {3}, the name parameter is {4} and the server is {5}',
    'The system is unable to process a request because multiple entities have been discovered and it is unsure which entity to use.',
    'Investigate why multiple entities exist.  Then retry the request once the issue is resolved.',
    {
      system:
        'The system cannot process a request because multiple entities have been discovered and it is unsure which entity to use.',
    },
  ),
  unknownRelationship: m(
    'OMAG-REPOSITORY-HANDLER-404-012',
    404,
    'The {0} relationship with unique identifier {1} is not found for method {2} of access service {3} in open metadata server {4}, error message was: {5}',
    "The system is unable to update information associated with the relationship because none of the connected open metadata repositories recognize the relationship's unique identifier.",
    "The unique identifier of the relationship is supplied by the caller.  Verify that the caller's logic is correct, and that there are no errors being reported by the open metadata repository. Once all errors have been resolved, retry the request.",
    {
      system:
        "The system cannot update information associated with the relationship because none of the connected open metadata repositories recognize the relationship's unique identifier.",
    },
  ),
  wrongType: m(
    'OMAG-REPOSITORY-HANDLER-404-001',
    404,
    'The {0} method has retrieved an object for unique identifier (guid) {1} which is of type {2} rather than type {3} on behalf of method {4}',
    'The service is not able to return the requested object.',
    'Check that the unique identifier is correct and the metadata server(s) supporting the service is running.',
  ),
  deleteValueMismatch: m(
    'OMAG-REPOSITORY-HANDLER-400-005',
    400,
    'The property named {0} with value of {1} supplied on method {2} does not match the stored value of {3} for entity {4}',
    'The system is unable to process the request because there is a possibility that the caller is requesting changes to the wrong object.',
    'Correct the values of the properties passed on the request and retry.',
    {
      system:
        'The system cannot process the request because there is a possibility that the caller is requesting changes to the wrong object.',
    },
  ),
  deleteValueMissing: m(
    'OMAG-REPOSITORY-HANDLER-400-009',
    400,
    'The property named {0} with value of {1} supplied on method {2} is not found in entity {3}',
    'The system does no process the request because there is a possibility that the caller is requesting changes to the wrong object.',
    'Correct the value of the property passed on the request and retry.',
  ),
  omrsEntityNotKnown: m(
    'OMRS-REPOSITORY-404-002',
    404,
    'The entity identified with guid {0} passed on the {1} call is not known to the open metadata repository {2}',
    'The system is unable to retrieve the properties for the requested entity because the supplied guid is not recognized.',
    'The guid is supplied by the caller to the server.  It may have a logic problem that has corrupted the guid, or the entity has been deleted since the guid was retrieved.',
    {
      system:
        'The system cannot retrieve the properties for the requested entity because the supplied guid is not recognized.',
    },
  ),
  omrsRelationshipNotKnown: m(
    'OMRS-REPOSITORY-404-003',
    404,
    'The relationship identified with guid {0} passed on the {1} call is not known to the open metadata repository {2}',
    'The system is unable to process the request for the requested relationship because the supplied guid is not recognized.',
    'The guid is supplied by the caller to the OMRS.  It may have a logic problem that has corrupted the guid, or the relationship has been deleted since the guid was retrieved.  It is necessary to understand the logic of the caller to determine if this is a problem.',
    {
      system:
        'The system cannot process the request for the requested relationship because the supplied guid is not recognized.',
    },
  ),
  nullGuid: m(
    'OMAG-COMMON-400-005',
    400,
    'The unique identifier (guid) passed on the {0} parameter of the {1} operation is null',
    'The system is unable to process the request without a guid.',
    'Correct the code in the caller to provide the guid.',
    { system: 'The system cannot process the request without a guid.' },
  ),
  nullName: m(
    'OMAG-COMMON-400-006',
    400,
    'The name passed on the {0} parameter of the {1} operation is null',
    'The system is unable to process the request without a name.',
    'Correct the code in the caller to provide the name on the parameter.',
    { system: 'The system cannot process the request without a name.' },
  ),
  negativeStartFrom: m(
    'OMAG-COMMON-400-008',
    400,
    'The starting point for the results {0}, passed on the {1} parameter of the {2} operation, is negative',
    'The system is unable to process the request with this invalid value.  It should be zero for the start of the values, or a number greater than 0 to start partway down the list',
    'Correct the code in the caller to provide a non-negative value for the starting point.',
    {
      system:
        'The system cannot process the request with this invalid value.  It should be zero for the start of the values, or a number greater than 0 to start partway down the list',
    },
  ),
  negativePageSize: m(
    'OMAG-COMMON-400-009',
    400,
    'The page size {0} for the results, passed on the {1} parameter of the {2} operation, is negative',
    'The system is unable to process the request with this invalid value.  It should be zero to return all the result, or greater than zero to set a maximum',
    'Correct the code in the caller to provide a non-negative value for the page size.',
    {
      system:
        'The system cannot process the request with this invalid value.  It should be zero to return all the result, or greater than zero to set a maximum',
    },
  ),
  maxPageSizeExceeded: m(
    'OMAG-COMMON-400-010',
    400,
    'The number of records to return, {0}, passed on the {1} parameter of the {2} operation, is greater than the allowable maximum of {3}',
    'The system is unable to process the request with this page size value.',
    'Correct the code in the caller to provide a smaller page size .',
    { system: 'The system cannot process the request with this page size value.' },
  ),
  nullConnection: m(
    'OMAG-COMMON-400-011',
    400,
    'The connection object passed on the {0} parameter of the {1} operation is null',
    'The system is unable to process the request without this connection.',
    'Correct the code in the caller to provide the connection.',
    { system: 'The system cannot process the request without this connection.' },
  ),
  nullObject: m(
    'OMAG-COMMON-400-015',
    400,
    'The object passed on the {0} parameter of the {1} operation is null',
    'The system is unable to process the request without this object.',
    'Correct the code in the caller to provide the object.',
    { system: 'The system cannot process the request without this object.' },
  ),
  unexpectedException: m(
    'OMAG-COMMON-400-016',
    400,
    'An unexpected {0} exception was caught by {1}; error message was {2}',
    'The system is unable to process the request and has returned an exception to the caller.',
    'Review the error message.  Also look up its full message definition which includes the system action and user action.  This is most likely to describe the correct action to take to resolve the error.  If that does not help, look for other diagnostics created at the same time.  Also validate that the caller is a valid client of this server and is operating correctly.',
    {
      system: 'The system cannot process the request and has returned an exception to the caller.',
    },
  ),
  noRequestBody: m(
    'OMAG-COMMON-400-017',
    400,
    'An request by user {0} to method {1} on server {2} had no request body',
    'The system is unable to process the request without the request body since it contains key information.',
    'Update the caller to provide the request body.',
    {
      system:
        'The system cannot process the request without the request body since it contains key information.',
    },
  ),
  unrecognizedTypeName: m(
    'OMAG-COMMON-400-018',
    400,
    'The type name {0} passed on method {1} of service {2} is not recognized',
    'The system is unable to process the request because it does not understand the type.',
    'Update the caller to provide a correct type name.',
    { system: 'The system cannot process the request because it does not understand the type.' },
  ),
  nullSearchString: m(
    'OMAG-COMMON-400-022',
    400,
    'The search string passed on the {0} parameter of the {1} operation is null',
    'The system is unable to process the request without a search string.',
    'Correct the code in the caller to provide the search string.',
    { system: 'The system cannot process the request without a search string.' },
  ),
  nullConnectorType: m(
    'OMAG-COMMON-400-024',
    400,
    'The connection object passed on the {0} parameter of the {1} operation has a null connector type',
    'The system is unable to process the request without knowing the type of the connector that the connection object is requesting.',
    'Correct the code in the caller to provide the connector type embedded in the connection.',
    {
      system:
        'The system cannot process the request without knowing the type of the connector that the connection object is requesting.',
    },
  ),
  invalidSearchString: m(
    'OMAG-COMMON-400-028',
    400,
    'The search string passed on the {0} parameter of the {1} operation is invalid and results in a {2} exception when executed.  The error message is {3}',
    'The system is unable to process the request with this search string.',
    'Correct the code in the caller to provide a valid regular expression search string.',
    { system: 'The system cannot process the request with this search string.' },
  ),
  uniqueNameInUse: m(
    'OMAG-COMMON-409-001',
    409,
    'Method {0} of service {1} is not able to create an instance of type {2} because parameter name {3} is defined as a unique property and value {4} is not available for use',
    'The system is unable to process the request because the unique property for this new entity is not permitted either because it is a reserved value, or it is already in use.',
    'Retry the request with a different unique parameter name.',
    {
      system:
        'The system cannot process the request because the unique property for this new entity is not permitted either because it is a reserved value, or it is already in use.',
    },
  ),
  omfWrongTypeForElement: m(
    'OPEN-METADATA-400-026',
    400,
    'The {0} element is of type {1} rather than the expected type of {2}',
    "The system has retrieved an element that is not of the same type as expected.  The expected type is either supplied by the caller in the 'metadataElementTypeName' requests body field or the service uses its default value.",
    'Correct the code in the caller to provide a suitable type name, or use a different service.',
  ),
  daemonUnknownConnector: m(
    'INTEGRATION-DAEMON-SERVICES-400-031',
    400,
    'Integration connector named {0} is not running in the integration daemon {1}',
    'The integration connector specified on a request is not known to the integration daemon.',
    "This may be a configuration error in the integration daemon or an error in the caller.  The supported integration connectors may be listed in the integration service's configurationor be part of one of the configured integration groups.  Check the configuration document for the daemon and then its start up messages to ensure the correct integration services and connectors are started successfully.  Look for other error messages that indicate that an error occurred during start up.  If the integration daemon is running the correct integration services then validate that the caller has passed matching connector name and URL marker of the integration service to the integration daemon.If all of this is correct then it may be a code error in the integration daemon services and you need to raise an issue to get it fixed.  Once the cause is resolved, retry the request.",
  ),
  daemonGroupNotRetrieved: m(
    'INTEGRATION-DAEMON-SERVICES-400-032',
    400,
    'Properties for integration group called {0} have not been returned by open metadata server {1} to the integration daemon services in server {2}',
    'The integration daemon is still not able to initialize the integration group and so it will not be able to support any integration connectors for this group.',
    'This may be a configuration error or the metadata server may be down.  Look for other error messages and review the configuration of the integration daemon.  If the name of the group needs to change, restart the server.',
  ),
  daemonUnknownGroup: m(
    'INTEGRATION-DAEMON-SERVICES-400-034',
    400,
    'Integration group named {0} is not running in the integration daemon {1}',
    'The integration group specified on a request is not known to the integration daemon.',
    "This may be a configuration error in the integration daemon or an error in the caller.  The supported integration groups are listed in the integration daemon's configuration.  Check the configuration document for the daemon and then its start up messages to ensure the correct integration groups are started successfully.  Look for other error messages that indicate that an error occurred during start up.  If the integration daemon is running the correct integration groups then validate that the caller has passed the correct name.If all of this is correct then it may be a code error in the integration daemon services and you need to raise an issue to get it fixed.  Once the cause is resolved, retry the request.",
  ),
  daemonNoGroups: m(
    'INTEGRATION-DAEMON-SERVICES-400-035',
    400,
    'No integration groups are running in the integration daemon {0}',
    'The call to the integration daemon fails and an exception is returned to the caller.',
    'This is either a configuration error or a logic error.  If this is a configuration error, add the required integration groups to the configuration document.  If there are no errors in the configuration, raise an issue to get help to fix this.',
  ),
  nullConnectorProvider: m(
    'OCF-CONNECTION-400-004',
    400,
    'Null Connector Provider passed in connection {0}',
    'The system is unable to create the requested connector instance without information on the type of connection required.',
    "Update the connection configuration to include a valid Java class name for the connector provider in the connectorProviderClassName property of the connection's connectorType. Then retry the request.",
    {
      system:
        'The system cannot create the requested connector instance without information on the type of connection required.',
    },
  ),
  unknownConnectorProvider: m(
    'OCF-CONNECTION-400-005',
    400,
    'Unknown Connector Provider class {0} passed in connection {1}',
    "The system is unable to create the requested connector instance because the Connector Provider's class is not known to the JVM.  This may be because the Connector Provider's jar is not installed in the local JVM or the wrong Java class name has been configured in the connection.",
    "Verify that the Connector Provider and Connector jar files are properly configured in the process.  Update the connection configuration to include a valid Java class name for the connector provider in the connectorProviderClassName property of the connection's connectorType. Then retry the request.",
    {
      system:
        "The system cannot create the requested connector instance because the Connector Provider's class is not known to the JVM.  This may be because the Connector Provider's jar is not installed in the local JVM or the wrong Java class name has been configured in the connection.",
    },
  ),
  nullEndpoint: m(
    'OCF-CONNECTION-400-009',
    400,
    'Null endpoint detected in connection {0}',
    'The system is unable to initialize the requested connector because the endpoint information in the connection is missing.',
    'Add the endpoint information into the connection object and retry the request.',
    {
      system:
        'The system cannot initialize the requested connector because the endpoint information in the connection is missing.',
    },
  ),
  directoryNotFound: m(
    'BASIC-FILES-INTEGRATION-CONNECTORS-404-001',
    404,
    'The directory named {0} does not exist',
    'The connector is unable to locate the directory it has been asked to work with.',
    'Ensure that the name of the directory is correct and restart the connector once it exists.',
    { system: 'The connector cannot locate the directory it has been asked to work with.' },
  ),
  atlasNullUrl: m(
    'APACHE-ATLAS-INTEGRATION-CONNECTOR-400-001',
    400,
    'Integration connector {0} has been configured without the URL to Apache Atlas',
    'The connector is move to FAILED status and will not be called by the integration daemon until the configuration error has been corrected.',
    "The Apache Atlas URL is configured in the integration connector's connection endpoint in the address property.  Typically it is the host name and port where Apache Atlas is listening.  The connection is either found in the Integration Daemon's configuration, or, if the Integration Daemon is configured with integration groups, in the open metadata definition of the appropriate integration group.",
  ),
  // 6.x view-service handlers validate with the open metadata framework's own ids.
  omfNullName: m(
    'OPEN-METADATA-400-004',
    400,
    'The name passed on the {0} parameter of the {1} operation is null',
    'The system cannot process the request without a name.',
    'Correct the code in the caller to provide the name on the parameter.',
  ),
  omfNullGuid: m(
    'OPEN-METADATA-400-005',
    400,
    'The unique identifier (guid) passed on the {0} parameter of the {1} operation is null',
    'The system cannot process the request without a guid.',
    'Correct the code in the caller to provide the guid.',
  ),
  omfNullObject: m(
    'OPEN-METADATA-400-002',
    400,
    'The object passed on the {0} parameter of the {1} operation is null',
    'The system cannot process the request without this object.',
    'Correct the code in the caller to provide the object.',
  ),
  omfNullSearchString: m(
    'OPEN-METADATA-400-022',
    400,
    'The search string passed on the {0} parameter of the {1} operation is null',
    'The system cannot process the request without a search string.',
    'Correct the code in the caller to provide the search string.',
  ),
  omfNegativeStartFrom: m(
    'OPEN-METADATA-400-023',
    400,
    'The starting point for the results {0}, passed on the {1} parameter of the {2} operation, is negative',
    'The system cannot process the request with this invalid value.  It should be zero for the start of the values, or a number greater than 0 to start partway down the list',
    'Correct the code in the caller to provide a non-negative value for the starting point.',
  ),
  omfNegativePageSize: m(
    'OPEN-METADATA-400-024',
    400,
    'The page size {0} for the results, passed on the {1} parameter of the {2} operation, is negative',
    'The system cannot process the request with this invalid value.  It should be zero to return all the result, or greater than zero to set a maximum',
    'Correct the code in the caller to provide a non-negative value for the page size.',
  ),
  omfMaxPageSize: m(
    'OPEN-METADATA-400-025',
    400,
    'The number of records to return, {0}, passed on the {1} parameter of the {2} operation, is greater than the allowable maximum of {3}',
    'The system cannot process the request with this page size value.',
    'Correct the code in the caller to provide a smaller page size.',
  ),
  omfInvalidSearchString: m(
    'OPEN-METADATA-400-028',
    400,
    'The search string passed on the {0} parameter of the {1} operation is invalid and results in a {2} exception when executed.  The error message is {3}',
    'The system cannot process the request with this search string.',
    'Correct the code in the caller to provide a valid regular expression search string.',
  ),
} satisfies Record<string, MessageDefinition>;

export type MessageName = keyof typeof MESSAGES;

/** The texts `release` uses for a message. */
export function messageText(definition: MessageDefinition, release: Release): MessageText {
  const six = release === '5.3' ? undefined : definition.six;
  return {
    template: six?.template ?? definition.template,
    systemAction: six?.systemAction ?? definition.systemAction,
    userAction: six?.userAction ?? definition.userAction,
  };
}

/** Fills `{0}`, `{1}`… in a template; a missing insert stays visible as `{n}`, as Java's formatter leaves it. */
export function formatTemplate(template: string, params: readonly string[]): string {
  return template.replace(/\{(\d+)\}/g, (whole, index: string) => params[Number(index)] ?? whole);
}

/** `<id> <text>`: the form of `exceptionErrorMessage` and of a connector's failingExceptionMessage. */
export function formatMessage(
  definition: MessageDefinition,
  params: readonly string[],
  release: Release = '5.3',
): string {
  return `${definition.id} ${formatTemplate(messageText(definition, release).template, params)}`;
}
