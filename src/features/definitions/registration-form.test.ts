import { describe, expect, it } from 'vitest';
import type { Registration } from '../../egeria/model';
import {
  registrationFormSchema,
  toLocalInput,
  toRegistrationFormValues,
  toRegistrationInput,
  type RegistrationFormValues,
} from './registration-form';

const valid: RegistrationFormValues = {
  connectorGuid: 'c1',
  connectorName: 'FilesMonitor',
  connectorUserId: '',
  metadataSourceQualifiedName: '',
  refreshTimeInterval: '60',
  startDate: '',
  stopDate: '',
  permittedSynchronization: 'BOTH_DIRECTIONS',
  generateIntegrationReports: true,
};

function problems(values: Partial<RegistrationFormValues>, taken = [] as never[]) {
  const result = registrationFormSchema({
    taken,
    groupQualifiedName: 'G',
    now: () => new Date('2026-01-01T00:00:00'),
  }).safeParse({
    ...valid,
    ...values,
  });
  return result.success
    ? {}
    : Object.fromEntries(result.error.issues.map((i) => [i.path.join('.'), i.message]));
}

describe('registration form', () => {
  it('accepts a complete registration', () => {
    expect(problems({})).toEqual({});
  });

  it('refuses a connector name another connector of the group uses, not its own', () => {
    const taken = [
      { connectorName: 'FilesMonitor', connectorGuid: 'other', connectorQualifiedName: 'Q:Other' },
    ];
    expect(problems({}, taken as never[])).toEqual({
      connectorName: expect.stringContaining('already the connector name of Q:Other in G'),
    });
    expect(problems({ connectorGuid: 'other' }, taken as never[])).toEqual({});
  });

  it('refuses dates out of order, unreadable dates and intervals that are not whole minutes', () => {
    expect(problems({ startDate: '2026-05-01T10:00', stopDate: '2026-05-01T10:00' })).toEqual({
      stopDate: expect.stringContaining('after the start date'),
    });
    expect(problems({ startDate: 'tomorrow' })).toEqual({
      startDate: expect.stringContaining('date and time'),
    });
    for (const interval of ['-1', '1.5', '', 'ten'])
      expect(problems({ refreshTimeInterval: interval })).toHaveProperty('refreshTimeInterval');
    expect(problems({ connectorName: '', connectorGuid: '' })).toEqual({
      connectorGuid: 'Choose the connector to register.',
      connectorName: expect.stringContaining('Enter a connector name'),
    });
  });

  it('refuses a stop date that has already passed, and a start after the stop', () => {
    expect(problems({ stopDate: '2025-12-31T23:59' })).toEqual({
      stopDate: expect.stringContaining('The stop date has passed'),
    });
    expect(problems({ startDate: '2025-06-01T00:00', stopDate: '2026-02-01T00:00' })).toEqual({});
    expect(problems({ startDate: '2026-03-01T00:00', stopDate: '2026-02-01T00:00' })).toEqual({
      stopDate: expect.stringContaining('after the start date'),
    });
  });

  it('keeps a stored date to the millisecond while its minute is unchanged', () => {
    const stored = {
      connectorName: 'FilesMonitor',
      refreshTimeInterval: 5,
      generateIntegrationReports: false,
      startDate: '2026-03-04T05:06:07.890+00:00',
      connector: { guid: 'c1' },
    } as Registration;
    const values = toRegistrationFormValues(stored);
    expect(values.startDate).toBe(toLocalInput(stored.startDate));
    expect(toRegistrationInput(values, stored).startDate).toBe('2026-03-04T05:06:07.890+00:00');
    const moved = { ...values, startDate: '2027-01-02T03:04' };
    expect(toRegistrationInput(moved, stored).startDate).toBe(
      new Date('2027-01-02T03:04').toISOString(),
    );
    expect(toRegistrationInput({ ...values, startDate: '' }, stored).startDate).toBeUndefined();
  });
});
