/**
 * Checked Egeria failures and how they become FFDC fields. A service throws an FfdcError; the
 * route layer turns it into an HTTP 200 response whose `relatedHTTPCode` and exception fields say
 * what went wrong, in the wording of the release the route speaks (RESTExceptionHandler).
 */
import type { Release } from '../wire/releases';
import {
  formatMessage,
  MESSAGES,
  messageText,
  type MessageDefinition,
  type MessageName,
} from './message-catalogue';

export type ExceptionKind =
  'InvalidParameterException' | 'PropertyServerException' | 'UserNotAuthorizedException';

/** 5.3 and 6.x both report the open metadata framework's exception classes (captured 07a, 6.1 07). */
const EXCEPTION_PACKAGE = 'org.odpi.openmetadata.frameworks.openmetadata.ffdc.';

export const CAUSES = {
  entityNotKnown: 'org.odpi.openmetadata.repositoryservices.ffdc.exception.EntityNotKnownException',
  relationshipNotKnown:
    'org.odpi.openmetadata.repositoryservices.ffdc.exception.RelationshipNotKnownException',
} as const;

/** The service names Egeria quotes as "access service {3}" (07a: GCS; 6.1 07: the store). */
export const SERVICE_NAMES = {
  gaf: 'Governance Action Framework Services',
  store: 'Open Metadata Store Services',
  daemon: 'Integration Daemon Services',
  view: 'View Services',
} as const;

/** The repository an unknown GUID is "not known to" (the enterprise view, 07a). */
const REPOSITORY = 'Enterprise';

export interface FfdcErrorInit {
  definition: MessageDefinition;
  params: string[];
  kind?: ExceptionKind;
  /** A full exception class name, for faults injected through the control API. */
  exceptionClassName?: string;
  causedBy?: string;
  properties?: Record<string, unknown>;
  /** The method that raised it, when not the REST method (6.x store errors name the store's). */
  action?: string;
}

export class FfdcError extends Error {
  readonly definition: MessageDefinition;
  readonly params: string[];
  readonly exceptionClassName: string;
  readonly causedBy?: string;
  readonly properties?: Record<string, unknown>;
  readonly action?: string;

  constructor(init: FfdcErrorInit) {
    super(formatMessage(init.definition, init.params));
    this.name = 'FfdcError';
    this.definition = init.definition;
    this.params = init.params;
    this.exceptionClassName =
      init.exceptionClassName ?? EXCEPTION_PACKAGE + (init.kind ?? 'InvalidParameterException');
    this.causedBy = init.causedBy;
    this.properties = init.properties;
    this.action = init.action;
  }
}

/**
 * The FFDC fields of an error response, in the order Jackson writes them (after `class`, and after
 * `requestId` on 6.x). 6.x adds exceptionSubclassName and, across the view server's REST hop, loses
 * the cause class.
 */
export function ffdcFields(
  error: FfdcError,
  actionDescription: string,
  release: Release,
): Record<string, unknown> {
  const six = release !== '5.3';
  const text = messageText(error.definition, release);
  const fields: Record<string, unknown> = {
    relatedHTTPCode: error.definition.httpCode,
    exceptionClassName: error.exceptionClassName,
  };
  if (six) fields['exceptionSubclassName'] = error.exceptionClassName;
  if (error.causedBy && !six) fields['exceptionCausedBy'] = error.causedBy;
  fields['actionDescription'] = error.action ?? actionDescription;
  fields['exceptionErrorMessage'] = formatMessage(error.definition, error.params, release);
  fields['exceptionErrorMessageId'] = error.definition.id;
  fields['exceptionErrorMessageParameters'] = error.params;
  fields['exceptionSystemAction'] = text.systemAction;
  fields['exceptionUserAction'] = text.userAction;
  if (error.properties && Object.keys(error.properties).length > 0)
    fields['exceptionProperties'] = error.properties;
  return fields;
}

const ffdc = (
  name: MessageName,
  params: string[],
  extra: Omit<FfdcErrorInit, 'definition' | 'params'> = {},
) => new FfdcError({ definition: MESSAGES[name], params, ...extra });

/** A check on one parameter: the message names the parameter and the method, and so do the properties. */
const parameterCheck =
  (name: MessageName) =>
  (parameterName: string, methodName: string): FfdcError =>
    ffdc(name, [parameterName, methodName], { action: methodName, properties: { parameterName } });

/** An unexpected exception: Egeria still answers HTTP 200, with relatedHTTPCode 400 and 400-016. */
export function unexpectedError(
  javaClass: string,
  methodName: string,
  text: string,
  action?: string,
): FfdcError {
  return ffdc('unexpectedException', [javaClass, methodName, text], {
    kind: 'PropertyServerException',
    causedBy: javaClass,
    action,
  });
}

/** A JavaScript failure inside the sandbox, reported the way Egeria reports a runtime exception. */
export function runtimeError(cause: unknown, methodName: string): FfdcError {
  const name =
    cause instanceof Error
      ? `java.lang.${cause.name === 'Error' ? 'RuntimeException' : cause.name}`
      : 'java.lang.RuntimeException';
  return unexpectedError(name, methodName, cause instanceof Error ? cause.message : String(cause));
}

// ---------------------------------------------------------------------------------- builders

export const errors = {
  serverNotAvailable(serverName: string, userId: string): FfdcError {
    return ffdc('serverNotAvailable', [serverName, userId], {
      properties: { serverName, parameterName: 'serverName' },
    });
  },

  /** A service (or URL marker) the server does not run: no properties, a PropertyServerException (07j). */
  serviceNotAvailable(serviceName: string, serverName: string, userId: string): FfdcError {
    return ffdc('serviceNotAvailable', [serviceName, serverName, userId], {
      kind: 'PropertyServerException',
    });
  },

  unknownEntity(
    typeName: string,
    guid: string,
    methodName: string,
    serviceName: string,
    serverName: string,
    parameterName: string,
  ): FfdcError {
    const cause = formatMessage(MESSAGES.omrsEntityNotKnown, [guid, 'getEntityDetail', REPOSITORY]);
    return ffdc('unknownEntity', [typeName, guid, methodName, serviceName, serverName, cause], {
      causedBy: CAUSES.entityNotKnown,
      properties: { parameterName },
      action: methodName,
    });
  },

  unknownRelationship(
    typeName: string,
    guid: string,
    methodName: string,
    serviceName: string,
    serverName: string,
  ): FfdcError {
    const cause = formatMessage(MESSAGES.omrsRelationshipNotKnown, [
      guid,
      'getRelationship',
      REPOSITORY,
    ]);
    return ffdc(
      'unknownRelationship',
      [typeName, guid, methodName, serviceName, serverName, cause],
      {
        causedBy: CAUSES.relationshipNotKnown,
        properties: { parameterName: 'relationshipGUID' },
        action: methodName,
      },
    );
  },

  /** Zero or several entities by a name that must find one (07g: "… are []"). */
  ambiguousName(
    typeName: string,
    name: string,
    guids: string[],
    methodName: string,
    parameterName: string,
    serverName: string,
  ): FfdcError {
    return ffdc(
      'ambiguousName',
      [typeName, name, `[${guids.join(', ')}]`, methodName, parameterName, serverName],
      { kind: 'PropertyServerException', action: methodName },
    );
  },

  wrongType(
    guid: string,
    actualType: string,
    expectedType: string,
    methodName: string,
    parameterName: string,
  ): FfdcError {
    return ffdc(
      'wrongType',
      ['getEntityFromRepository', guid, actualType, expectedType, methodName],
      {
        action: methodName,
        properties: { parameterName },
      },
    );
  },

  nullName: parameterCheck('nullName'),

  nullGuid: parameterCheck('nullGuid'),

  nullConnection: parameterCheck('nullConnection'),

  nullConnectorType: parameterCheck('nullConnectorType'),

  nullObject: parameterCheck('nullObject'),

  noRequestBody(userId: string, methodName: string, serverName: string): FfdcError {
    return ffdc('noRequestBody', [userId, methodName, serverName], { action: methodName });
  },

  /** InvalidParameterHandler.validateTypeDefName: its parameter is always `typeName`. */
  unrecognizedTypeName(typeName: string, methodName: string, serviceName: string): FfdcError {
    return ffdc('unrecognizedTypeName', [typeName, methodName, serviceName], {
      action: methodName,
      properties: { parameterName: 'typeName' },
    });
  },

  nullSearchString: parameterCheck('nullSearchString'),

  invalidSearchString(
    parameterName: string,
    methodName: string,
    javaClass: string,
    message: string,
  ): FfdcError {
    return ffdc('invalidSearchString', [parameterName, methodName, javaClass, message], {
      action: methodName,
      properties: { parameterName },
    });
  },

  uniqueNameInUse(
    methodName: string,
    serviceName: string,
    typeName: string,
    value: string,
  ): FfdcError {
    return ffdc('uniqueNameInUse', [methodName, serviceName, typeName, 'qualifiedName', value], {
      action: methodName,
      properties: { parameterName: 'qualifiedName' },
    });
  },

  negativeStartFrom(value: number, methodName: string): FfdcError {
    return ffdc('negativeStartFrom', [String(value), 'startFrom', methodName], {
      action: methodName,
      properties: { parameterName: 'startFrom' },
    });
  },

  negativePageSize(value: number, methodName: string): FfdcError {
    return ffdc('negativePageSize', [String(value), 'pageSize', methodName], {
      action: methodName,
      properties: { parameterName: 'pageSize' },
    });
  },

  maxPageSizeExceeded(value: number, methodName: string, maxPageSize: number): FfdcError {
    return ffdc(
      'maxPageSizeExceeded',
      [String(value), 'pageSize', methodName, String(maxPageSize)],
      {
        action: methodName,
        properties: { parameterName: 'pageSize' },
      },
    );
  },

  daemonUnknownConnector(connectorName: string, daemonName: string): FfdcError {
    return ffdc('daemonUnknownConnector', [connectorName, daemonName], {
      properties: { parameterName: 'connectorName' },
    });
  },

  /**
   * Egeria fills the text with the daemon's name where the group's belongs and the other way round
   * (07f on 5.3, 07c on 6.1): "Integration group named <daemon> is not running in … <group>".
   */
  daemonUnknownGroup(groupName: string, daemonName: string): FfdcError {
    return ffdc('daemonUnknownGroup', [daemonName, groupName], {
      properties: { parameterName: 'integrationGroupName' },
    });
  },
};

/**
 * A 6.x view-service handler's own check (OPEN-METADATA-400-0xx: a null name, filter or object, bad
 * paging), raised by the open metadata framework's PropertyHelper rather than the store.
 */
export function frameworkCheck(
  name: MessageName,
  params: string[],
  parameterName: string,
  methodName: string,
): FfdcError {
  return ffdc(name, params, { action: methodName, properties: { parameterName } });
}

/** A delete whose validating qualifiedName differs from (or is missing in) the stored entity. */
export function deleteValidationFailed(
  value: string,
  stored: string | undefined,
  methodName: string,
  guid: string,
): FfdcError {
  return stored === undefined
    ? ffdc('deleteValueMissing', ['qualifiedName', value, methodName, guid], {
        action: methodName,
        properties: { parameterName: 'qualifiedName' },
      })
    : ffdc('deleteValueMismatch', ['qualifiedName', value, methodName, stored, guid], {
        action: methodName,
        properties: { parameterName: 'qualifiedName' },
      });
}
