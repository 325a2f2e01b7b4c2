import { describe, expect, it } from 'vitest';
import { errors, ffdcFields, unexpectedError } from './ffdc-error';
import { formatTemplate, MESSAGES } from './message-catalogue';

describe('message catalogue', () => {
  it('fills numbered inserts and leaves missing ones visible', () => {
    expect(formatTemplate('a {0} b {1} c {0}', ['x', 'y'])).toBe('a x b y c x');
    expect(formatTemplate('only {0} and {2}', ['x'])).toBe('only x and {2}');
  });

  it('gives every message an id whose code matches its HTTP code', () => {
    for (const definition of Object.values(MESSAGES)) {
      expect(definition.id).toMatch(/^[A-Z-]+-\d{3}-\d{3}$/);
      expect(definition.id).toContain(`-${definition.httpCode}-`);
      expect(definition.systemAction.length).toBeGreaterThan(10);
      expect(definition.userAction.length).toBeGreaterThan(10);
    }
  });
});

describe('FFDC error builders', () => {
  it('builds the unknown-server error with the server in the properties', () => {
    const fields = ffdcFields(errors.serverNotAvailable('mds9', 'erin'), 'getAllIntegrationGroups');
    expect(fields).toEqual({
      relatedHTTPCode: 404,
      exceptionClassName:
        'org.odpi.openmetadata.frameworks.connectors.ffdc.InvalidParameterException',
      actionDescription: 'getAllIntegrationGroups',
      exceptionErrorMessage:
        'OMAG-MULTI-TENANT-404-001 The OMAG Server mds9 is not available to service a request from user erin',
      exceptionErrorMessageId: 'OMAG-MULTI-TENANT-404-001',
      exceptionErrorMessageParameters: ['mds9', 'erin'],
      exceptionSystemAction: MESSAGES.serverNotAvailable.systemAction,
      exceptionUserAction: MESSAGES.serverNotAvailable.userAction,
      exceptionProperties: { serverName: 'mds9', parameterName: 'serverName' },
    });
    expect(Object.keys(fields)[0]).toBe('relatedHTTPCode');
  });

  it('nests the repository cause in the unknown-entity message and names the cause class', () => {
    const fields = ffdcFields(
      errors.unknownEntity('IntegrationGroup', 'g-1', 'getIntegrationGroupByGUID', 'mds', 'guid'),
      'getIntegrationGroupByGUID',
    );
    expect(fields.relatedHTTPCode).toBe(404);
    expect(fields.exceptionCausedBy).toBe(
      'org.odpi.openmetadata.repositoryservices.ffdc.exception.EntityNotKnownException',
    );
    expect(fields.exceptionErrorMessageParameters?.[5]).toBe(
      'OMRS-REPOSITORY-404-002 The entity identified with guid g-1 passed on the getEntityDetail call is not known to the open metadata repository mds',
    );
    expect(fields.exceptionErrorMessage).toMatch(
      /^OMAG-REPOSITORY-HANDLER-404-007 The IntegrationGroup entity with unique identifier g-1 is not found for method getIntegrationGroupByGUID of access service Open Metadata Store Services in open metadata server mds, error message was: OMRS-/,
    );
    // exceptionCausedBy sits between the class name and the action, as Jackson writes it.
    expect(Object.keys(fields).slice(0, 4)).toEqual([
      'relatedHTTPCode',
      'exceptionClassName',
      'exceptionCausedBy',
      'actionDescription',
    ]);
  });

  it('repeats the method name as the parameter of the null-connection error, as 5.x does', () => {
    const error = errors.nullConnection('createIntegrationConnector');
    expect(error.message).toBe(
      'OMAG-COMMON-400-011 The connection object passed on the createIntegrationConnector parameter of the createIntegrationConnector operation is null',
    );
  });

  it('reports paging errors with Egeria parameter names, not the query names', () => {
    expect(errors.maxPageSizeExceeded(5000, 'getAllIntegrationGroups', 1000).message).toBe(
      'OMAG-COMMON-400-010 The number of records to return, 5000, passed on the pageSize parameter of the getAllIntegrationGroups operation, is greater than the allowable maximum of 1000',
    );
    expect(errors.negativeStartFrom(-1, 'm').properties).toEqual({ parameterName: 'startFrom' });
  });

  it('turns an unexpected exception into a 400 PropertyServerException naming the real cause', () => {
    const fields = ffdcFields(
      unexpectedError(new TypeError('x is undefined'), 'getCatalogTargets'),
      'getCatalogTargets',
    );
    expect(fields).toMatchObject({
      relatedHTTPCode: 400,
      exceptionClassName:
        'org.odpi.openmetadata.frameworks.connectors.ffdc.PropertyServerException',
      exceptionCausedBy: 'java.lang.TypeError',
      exceptionErrorMessageId: 'OMAG-COMMON-400-016',
    });
    expect(fields.exceptionErrorMessage).toContain('x is undefined');
  });
});
