/**
 * Checked Egeria failures and how they become FFDC fields. A service throws an FfdcError; the
 * route layer turns it into an HTTP 200 response whose `relatedHTTPCode` and exception fields say
 * what went wrong, exactly as Egeria's RESTExceptionHandler does.
 */
import type { FfdcResponse } from '../../egeria/v5/wire';
import { formatMessage, MESSAGES, type MessageDefinition } from './message-catalogue';

/** 5.3 reports the OCF exception classes (the OMF copies arrived with 6.0). */
export const EXCEPTION_CLASSES = {
  invalidParameter: 'org.odpi.openmetadata.frameworks.connectors.ffdc.InvalidParameterException',
  propertyServer: 'org.odpi.openmetadata.frameworks.connectors.ffdc.PropertyServerException',
  userNotAuthorized: 'org.odpi.openmetadata.frameworks.connectors.ffdc.UserNotAuthorizedException',
  entityNotKnown: 'org.odpi.openmetadata.repositoryservices.ffdc.exception.EntityNotKnownException',
  relationshipNotKnown:
    'org.odpi.openmetadata.repositoryservices.ffdc.exception.RelationshipNotKnownException',
} as const;

/** The full name of the service behind the governance-configuration-service URLs in 5.x. */
export const METADATA_STORE_SERVICE = 'Open Metadata Store Services';
/** The full name of the integration daemon's REST services. */
export const INTEGRATION_DAEMON_SERVICE = 'Integration Daemon Services';

export interface FfdcErrorInit {
  definition: MessageDefinition;
  params: string[];
  exceptionClassName?: string;
  causedBy?: string;
  properties?: Record<string, unknown>;
  /** Overrides the definition's HTTP code (fault injection). */
  httpCode?: number;
}

export class FfdcError extends Error {
  readonly definition: MessageDefinition;
  readonly params: string[];
  readonly exceptionClassName: string;
  readonly causedBy?: string;
  readonly properties?: Record<string, unknown>;
  readonly httpCode: number;

  constructor(init: FfdcErrorInit) {
    super(formatMessage(init.definition, init.params));
    this.name = 'FfdcError';
    this.definition = init.definition;
    this.params = init.params;
    this.exceptionClassName = init.exceptionClassName ?? EXCEPTION_CLASSES.invalidParameter;
    this.causedBy = init.causedBy;
    this.properties = init.properties;
    this.httpCode = init.httpCode ?? init.definition.httpCode;
  }
}

/** The FFDC fields of an error response, in the order Jackson writes them (after `class`). */
export function ffdcFields(error: FfdcError, actionDescription: string): FfdcResponse {
  const fields: FfdcResponse = {
    relatedHTTPCode: error.httpCode,
    exceptionClassName: error.exceptionClassName,
  };
  if (error.causedBy) fields.exceptionCausedBy = error.causedBy;
  fields.actionDescription = actionDescription;
  fields.exceptionErrorMessage = error.message;
  fields.exceptionErrorMessageId = error.definition.id;
  fields.exceptionErrorMessageParameters = error.params;
  fields.exceptionSystemAction = error.definition.systemAction;
  fields.exceptionUserAction = error.definition.userAction;
  if (error.properties && Object.keys(error.properties).length > 0)
    fields.exceptionProperties = error.properties;
  return fields;
}

/** An unexpected exception: Egeria still answers HTTP 200, with relatedHTTPCode 400 and 400-016. */
export function unexpectedError(cause: unknown, methodName: string): FfdcError {
  const name =
    cause instanceof Error
      ? `java.lang.${cause.name === 'Error' ? 'RuntimeException' : cause.name}`
      : 'java.lang.RuntimeException';
  const text = cause instanceof Error ? cause.message : String(cause);
  return new FfdcError({
    definition: MESSAGES.unexpectedException,
    params: [name, methodName, text],
    exceptionClassName: EXCEPTION_CLASSES.propertyServer,
    causedBy: name,
  });
}

// ---------------------------------------------------------------------------------- builders

export const errors = {
  serverNotAvailable(serverName: string, userId: string): FfdcError {
    return new FfdcError({
      definition: MESSAGES.serverNotAvailable,
      params: [serverName, userId],
      properties: { serverName, parameterName: 'serverName' },
    });
  },

  serviceNotAvailable(serviceName: string, serverName: string, userId: string): FfdcError {
    return new FfdcError({
      definition: MESSAGES.serviceNotAvailable,
      params: [serviceName, serverName, userId],
      properties: { serverName, parameterName: 'serverName' },
    });
  },

  unknownEntity(
    typeName: string,
    guid: string,
    methodName: string,
    serverName: string,
    parameterName: string,
  ): FfdcError {
    const cause = formatMessage(MESSAGES.omrsEntityNotKnown, [guid, 'getEntityDetail', serverName]);
    return new FfdcError({
      definition: MESSAGES.unknownEntity,
      params: [typeName, guid, methodName, METADATA_STORE_SERVICE, serverName, cause],
      causedBy: EXCEPTION_CLASSES.entityNotKnown,
      properties: { parameterName },
    });
  },

  unknownRelationship(
    typeName: string,
    guid: string,
    methodName: string,
    serverName: string,
  ): FfdcError {
    const cause = formatMessage(MESSAGES.omrsRelationshipNotKnown, [
      guid,
      'getRelationship',
      serverName,
    ]);
    return new FfdcError({
      definition: MESSAGES.unknownRelationship,
      params: [typeName, guid, methodName, METADATA_STORE_SERVICE, serverName, cause],
      causedBy: EXCEPTION_CLASSES.relationshipNotKnown,
      properties: { parameterName: 'relationshipGUID' },
    });
  },

  wrongType(
    guid: string,
    actualType: string,
    expectedType: string,
    methodName: string,
    parameterName: string,
  ): FfdcError {
    return new FfdcError({
      definition: MESSAGES.wrongType,
      params: ['getEntityFromRepository', guid, actualType, expectedType, methodName],
      properties: { parameterName },
    });
  },

  nullName(parameterName: string, methodName: string): FfdcError {
    return new FfdcError({
      definition: MESSAGES.nullName,
      params: [parameterName, methodName],
      properties: { parameterName },
    });
  },

  nullConnection(methodName: string): FfdcError {
    // The 5.x handler passes its method name as the parameter name, so the text names it twice.
    return new FfdcError({
      definition: MESSAGES.nullConnection,
      params: [methodName, methodName],
      properties: { parameterName: methodName },
    });
  },

  nullConnectorType(parameterName: string, methodName: string): FfdcError {
    return new FfdcError({
      definition: MESSAGES.nullConnectorType,
      params: [parameterName, methodName],
      properties: { parameterName },
    });
  },

  nullObject(parameterName: string, methodName: string): FfdcError {
    return new FfdcError({
      definition: MESSAGES.nullObject,
      params: [parameterName, methodName],
      properties: { parameterName },
    });
  },

  uniqueNameInUse(methodName: string, typeName: string, value: string): FfdcError {
    return new FfdcError({
      definition: MESSAGES.uniqueNameInUse,
      params: [methodName, METADATA_STORE_SERVICE, typeName, 'qualifiedName', value],
      properties: { parameterName: 'qualifiedName' },
    });
  },

  negativeStartFrom(value: number, methodName: string): FfdcError {
    return new FfdcError({
      definition: MESSAGES.negativeStartFrom,
      params: [String(value), 'startFrom', methodName],
      properties: { parameterName: 'startFrom' },
    });
  },

  negativePageSize(value: number, methodName: string): FfdcError {
    return new FfdcError({
      definition: MESSAGES.negativePageSize,
      params: [String(value), 'pageSize', methodName],
      properties: { parameterName: 'pageSize' },
    });
  },

  maxPageSizeExceeded(value: number, methodName: string, maxPageSize: number): FfdcError {
    return new FfdcError({
      definition: MESSAGES.maxPageSizeExceeded,
      params: [String(value), 'pageSize', methodName, String(maxPageSize)],
      properties: { parameterName: 'pageSize' },
    });
  },

  daemonUnknownConnector(connectorName: string, daemonName: string): FfdcError {
    return new FfdcError({
      definition: MESSAGES.daemonUnknownConnector,
      params: [connectorName, daemonName],
      properties: { parameterName: 'connectorName' },
    });
  },

  daemonUnknownGroup(groupName: string, daemonName: string): FfdcError {
    return new FfdcError({
      definition: MESSAGES.daemonUnknownGroup,
      params: [groupName, daemonName],
      properties: { parameterName: 'integrationGroupName' },
    });
  },
};
