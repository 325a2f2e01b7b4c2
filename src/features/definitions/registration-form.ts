/** The registration form: a connector's registration in a group (RegisteredIntegrationConnector). */
import { z } from 'zod';
import type { PermittedSynchronization, Registration, RegistrationInput } from '../../egeria/model';
import { checkName, checkNoMarker, checkRequiredName, issue } from './egeria-rules';
import type { DiffField } from './field-diff';

export const PERMITTED_SYNCHRONIZATIONS: ReadonlyArray<{
  value: PermittedSynchronization;
  label: string;
}> = [
  { value: 'BOTH_DIRECTIONS', label: 'Both directions' },
  { value: 'TO_THIRD_PARTY', label: 'To the third party' },
  { value: 'FROM_THIRD_PARTY', label: 'From the third party' },
  { value: 'OTHER', label: 'Other' },
];

export const registrationFormShape = z.object({
  /** The connector being registered ('' until one is chosen). */
  connectorGuid: z.string(),
  connectorName: z.string(),
  connectorUserId: z.string(),
  metadataSourceQualifiedName: z.string(),
  /** Minutes, as typed. */
  refreshTimeInterval: z.string(),
  /** `YYYY-MM-DDTHH:mm` in the browser's time zone ('' for none). */
  startDate: z.string(),
  stopDate: z.string(),
  permittedSynchronization: z.string(),
  generateIntegrationReports: z.boolean(),
});
export type RegistrationFormValues = z.infer<typeof registrationFormShape>;

/** A registered connector name and who has it. */
export interface TakenConnectorName {
  connectorName: string;
  connectorGuid: string;
  connectorQualifiedName: string;
}

export interface RegistrationSchemaContext {
  /** The names already used in the group (the connector being edited left out). */
  taken: readonly TakenConnectorName[];
  groupQualifiedName: string;
  /** The time a stop date must be after (tests fix it). */
  now?: () => Date;
}

const LOCAL_DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?$/;

function localDate(value: string): Date | undefined {
  if (!LOCAL_DATE_TIME.test(value)) return undefined;
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? undefined : date;
}

/** The message for a connector name another registration in the group already uses. */
export function takenNameMessage(taken: TakenConnectorName, groupQualifiedName: string): string {
  return `“${taken.connectorName}” is already the connector name of ${taken.connectorQualifiedName} in ${groupQualifiedName}. A daemon knows its connectors by this name, so each must be unique in the group (Egeria 5.3 does not check this itself).`;
}

export function registrationFormSchema({
  taken,
  groupQualifiedName,
  now = () => new Date(),
}: RegistrationSchemaContext) {
  return registrationFormShape.superRefine((values, ctx) => {
    if (values.connectorGuid === '')
      issue(ctx, ['connectorGuid'], 'Choose the connector to register.');
    if (checkRequiredName(ctx, ['connectorName'], values.connectorName, 'connector name')) {
      const clash = taken.find(
        (t) => t.connectorName === values.connectorName && t.connectorGuid !== values.connectorGuid,
      );
      if (clash) issue(ctx, ['connectorName'], takenNameMessage(clash, groupQualifiedName));
    }
    for (const key of [
      'connectorName',
      'connectorUserId',
      'metadataSourceQualifiedName',
    ] as const) {
      checkName(ctx, [key], values[key]);
      checkNoMarker(ctx, [key], values[key]);
    }
    const minutes = values.refreshTimeInterval.trim();
    if (!/^\d+$/.test(minutes) || !Number.isSafeInteger(Number(minutes)))
      issue(
        ctx,
        ['refreshTimeInterval'],
        'Enter a whole number of minutes (0 refreshes only when the connector starts and when asked).',
      );
    const start = values.startDate ? localDate(values.startDate) : undefined;
    const stop = values.stopDate ? localDate(values.stopDate) : undefined;
    if (values.startDate && !start)
      issue(ctx, ['startDate'], 'Enter a date and time, or leave it empty.');
    if (values.stopDate && !stop)
      issue(ctx, ['stopDate'], 'Enter a date and time, or leave it empty.');
    if (start && stop && stop.getTime() <= start.getTime())
      issue(
        ctx,
        ['stopDate'],
        'The stop date must be after the start date: the daemon would never run the connector.',
      );
    else if (stop && stop.getTime() <= now().getTime())
      issue(
        ctx,
        ['stopDate'],
        'The stop date has passed: the daemon would never run the connector. Choose a later date, or leave it empty to run it without end.',
      );
    if (!PERMITTED_SYNCHRONIZATIONS.some((p) => p.value === values.permittedSynchronization))
      issue(ctx, ['permittedSynchronization'], 'Choose a direction.');
  });
}

const pad = (n: number) => String(n).padStart(2, '0');

/** An ISO date as the value of a `datetime-local` input, in the browser's time zone. */
export function toLocalInput(iso: string | undefined): string {
  if (!iso) return '';
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return '';
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T${pad(date.getHours())}:${pad(date.getMinutes())}`;
}

export function toRegistrationFormValues(
  registration: Registration | undefined,
  defaults: { connectorGuid?: string; connectorName?: string } = {},
): RegistrationFormValues {
  return {
    connectorGuid: registration?.connector.guid ?? defaults.connectorGuid ?? '',
    connectorName: registration?.connectorName ?? defaults.connectorName ?? '',
    connectorUserId: registration?.connectorUserId ?? '',
    metadataSourceQualifiedName: registration?.metadataSourceQualifiedName ?? '',
    refreshTimeInterval: String(registration?.refreshTimeInterval ?? 60),
    startDate: toLocalInput(registration?.startDate),
    stopDate: toLocalInput(registration?.stopDate),
    permittedSynchronization: registration?.permittedSynchronization ?? 'BOTH_DIRECTIONS',
    generateIntegrationReports: registration?.generateIntegrationReports ?? true,
  };
}

/**
 * A date to send: the stored one, to the millisecond, while the minute shown is unchanged (the
 * input has no seconds), else the typed local time as an ISO instant.
 */
function dateInput(local: string, storedIso: string | undefined): string | undefined {
  if (local === '') return undefined;
  if (storedIso && toLocalInput(storedIso) === local) return storedIso;
  return new Date(local).toISOString();
}

/**
 * Registering again replaces the registration's properties, so every field is sent; ones left
 * empty are left out (Egeria reads them back as unset).
 */
export function toRegistrationInput(
  values: RegistrationFormValues,
  stored: Registration | undefined,
): RegistrationInput {
  return {
    connectorName: values.connectorName,
    connectorUserId: values.connectorUserId || undefined,
    metadataSourceQualifiedName: values.metadataSourceQualifiedName || undefined,
    refreshTimeInterval: Number(values.refreshTimeInterval.trim()),
    startDate: dateInput(values.startDate, stored?.startDate),
    stopDate: dateInput(values.stopDate, stored?.stopDate),
    permittedSynchronization: values.permittedSynchronization as PermittedSynchronization,
    generateIntegrationReports: values.generateIntegrationReports,
  };
}

export const REGISTRATION_FIELD_LABELS: Record<string, string> = {
  connectorGuid: 'Connector',
  connectorName: 'Connector name',
  connectorUserId: 'Connector user id',
  metadataSourceQualifiedName: 'Metadata source',
  refreshTimeInterval: 'Refresh interval (minutes)',
  startDate: 'Start date',
  stopDate: 'Stop date',
  permittedSynchronization: 'Permitted synchronization',
  generateIntegrationReports: 'Generate integration reports',
};

export function registrationDiffFields(values: RegistrationFormValues): DiffField[] {
  const keys = [
    'connectorName',
    'connectorUserId',
    'metadataSourceQualifiedName',
    'refreshTimeInterval',
    'startDate',
    'stopDate',
    'permittedSynchronization',
  ] as const;
  return [
    ...keys.map((key) => ({
      key,
      label: REGISTRATION_FIELD_LABELS[key] ?? key,
      value:
        key === 'startDate' || key === 'stopDate'
          ? values[key].replace('T', ' ')
          : key === 'permittedSynchronization'
            ? (PERMITTED_SYNCHRONIZATIONS.find((p) => p.value === values[key])?.label ??
              values[key])
            : values[key],
      choice: key,
    })),
    {
      key: 'generateIntegrationReports',
      label: REGISTRATION_FIELD_LABELS['generateIntegrationReports'] ?? '',
      value: values.generateIntegrationReports ? 'yes' : 'no',
      choice: 'generateIntegrationReports',
    },
  ];
}
