import { describe, expect, it } from 'vitest';
import { errors, ffdcFields, runtimeError, SERVICE_NAMES } from './ffdc-error';
import { formatTemplate, MESSAGES, messageText } from './message-catalogue';

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

  it('words a message as the release does (6.x reworded "is unable to" as "cannot")', () => {
    expect(messageText(MESSAGES.unknownEntity, '5.3').systemAction).toMatch(
      /^The system is unable to update/,
    );
    expect(messageText(MESSAGES.unknownEntity, '6.1').systemAction).toMatch(
      /^The system cannot retrieve/,
    );
  });
});

describe('FFDC error builders', () => {
  it('builds the unknown-server error with the server in the properties (captured 5.3 07h)', () => {
    const fields = ffdcFields(
      errors.serverNotAvailable('nope-server', 'garygeeke'),
      'getIntegrationGroupByName',
      '5.3',
    );
    expect(fields).toEqual({
      relatedHTTPCode: 404,
      exceptionClassName:
        'org.odpi.openmetadata.frameworks.openmetadata.ffdc.InvalidParameterException',
      actionDescription: 'getIntegrationGroupByName',
      exceptionErrorMessage:
        'OMAG-MULTI-TENANT-404-001 The OMAG Server nope-server is not available to service a request from user garygeeke',
      exceptionErrorMessageId: 'OMAG-MULTI-TENANT-404-001',
      exceptionErrorMessageParameters: ['nope-server', 'garygeeke'],
      exceptionSystemAction: MESSAGES.serverNotAvailable.systemAction,
      exceptionUserAction: MESSAGES.serverNotAvailable.userAction,
      exceptionProperties: { serverName: 'nope-server', parameterName: 'serverName' },
    });
  });

  it('nests the repository cause in the unknown-entity message; 6.x adds the subclass and loses the cause', () => {
    const error = errors.unknownEntity(
      'IntegrationGroup',
      'g-1',
      'getIntegrationGroupByGUID',
      SERVICE_NAMES.gaf,
      'mds',
      'guid',
    );
    const five = ffdcFields(error, 'getIntegrationGroupByGUID', '5.3');
    expect(Object.keys(five).slice(0, 4)).toEqual([
      'relatedHTTPCode',
      'exceptionClassName',
      'exceptionCausedBy',
      'actionDescription',
    ]);
    expect(five['exceptionErrorMessageParameters']).toContain(
      'OMRS-REPOSITORY-404-002 The entity identified with guid g-1 passed on the getEntityDetail call is not known to the open metadata repository Enterprise',
    );
    const six = ffdcFields(error, 'getIntegrationGroupByGUID', '6.1');
    expect(six['exceptionSubclassName']).toBe(six['exceptionClassName']);
    expect(six).not.toHaveProperty('exceptionCausedBy');
  });

  it('swaps the group and daemon names of 400-034 as Egeria does (captured 07f)', () => {
    expect(
      errors.daemonUnknownGroup('Test:IntegrationGroup:DoesNotExist', 'integration-daemon').message,
    ).toBe(
      'INTEGRATION-DAEMON-SERVICES-400-034 Integration group named integration-daemon is not running in the integration daemon Test:IntegrationGroup:DoesNotExist',
    );
  });

  it('reports paging errors with Egeria parameter names, not the query names', () => {
    expect(errors.maxPageSizeExceeded(5000, 'getAllIntegrationGroups', 1000).message).toBe(
      'OMAG-COMMON-400-010 The number of records to return, 5000, passed on the pageSize parameter of the getAllIntegrationGroups operation, is greater than the allowable maximum of 1000',
    );
    expect(errors.negativeStartFrom(-1, 'm').properties).toEqual({ parameterName: 'startFrom' });
  });

  it('turns a failure of the sandbox itself into a 400 PropertyServerException naming the cause', () => {
    const fields = ffdcFields(
      runtimeError(new TypeError('x is undefined'), 'getCatalogTargets'),
      'getCatalogTargets',
      '5.3',
    );
    expect(fields).toMatchObject({
      relatedHTTPCode: 400,
      exceptionClassName:
        'org.odpi.openmetadata.frameworks.openmetadata.ffdc.PropertyServerException',
      exceptionCausedBy: 'java.lang.TypeError',
      exceptionErrorMessageId: 'OMAG-COMMON-400-016',
    });
    expect(fields['exceptionErrorMessage']).toContain('x is undefined');
  });
});
