/**
 * The connector form: a connector with its connection (and, for a virtual connection, the
 * connections it embeds). Values, the zod schema with Egeria's rules, conversion from what Egeria
 * stores and to what the backend sends, the fields a preview compares, and the draft filter that
 * keeps secrets out of the browser's storage.
 */
import { z } from 'zod';
import type {
  Connection,
  ConnectionInput,
  ConnectorInput,
  IntegrationConnector,
} from '../../egeria/model';
import { catalogEntry } from './connector-catalog';
import {
  checkAddress,
  checkKeyRows,
  checkName,
  checkNoMarker,
  checkProviderClassName,
  checkText,
  issue,
  MAX_NAME_LENGTH,
} from './egeria-rules';
import { describeMap, type DiffField } from './field-diff';
import {
  checkQualifiedName,
  keyValueRowShape,
  mapFromRows,
  rowsFromMap,
  type QualifiedNameContext,
} from './group-form';

// ---------------------------------------------------------------------------------------------
// Shapes

export const SECRET_MODES = ['keep', 'replace', 'remove'] as const;
export type SecretMode = (typeof SECRET_MODES)[number];

const secretShape = z.object({
  /** Whether Egeria holds a value now (the value itself never reaches the browser). */
  isSet: z.boolean(),
  mode: z.enum(SECRET_MODES),
  /** The new value, only while mode is "replace"; never written to a draft. */
  value: z.string(),
});
export type SecretValues = z.infer<typeof secretShape>;

const securedShape = z.object({
  setNames: z.array(z.string()),
  mode: z.enum(SECRET_MODES),
  entries: z.array(keyValueRowShape),
});
export type SecuredValues = z.infer<typeof securedShape>;

export const CONFIG_TYPES = ['string', 'number', 'boolean', 'list', 'map'] as const;
export type ConfigType = (typeof CONFIG_TYPES)[number];

const configRowShape = z.object({ key: z.string(), type: z.enum(CONFIG_TYPES), value: z.string() });
export type ConfigRow = z.infer<typeof configRowShape>;

const configurationShape = z.object({
  /** "rows": one typed row per property; "json": the whole map as one JSON object. */
  mode: z.enum(['rows', 'json']),
  rows: z.array(configRowShape),
  json: z.string(),
});
export type ConfigurationValues = z.infer<typeof configurationShape>;

const connectionCore = {
  /** The stored connection's GUID ('' for a new one): updates find it by this, not by position. */
  guid: z.string(),
  qualifiedName: z.string(),
  displayName: z.string(),
  description: z.string(),
  userId: z.string(),
  connectorType: z.object({
    source: z.enum(['catalog', 'manual']),
    providerClassName: z.string(),
    /** The stored connector type (kept while its provider class is unchanged). */
    guid: z.string(),
    qualifiedName: z.string(),
    storedClassName: z.string(),
  }),
  endpoint: z.object({
    guid: z.string(),
    qualifiedName: z.string(),
    address: z.string(),
    protocol: z.string(),
  }),
  configuration: configurationShape,
  secrets: z.object({
    clearPassword: secretShape,
    encryptedPassword: secretShape,
    securedProperties: securedShape,
  }),
};
const connectionCoreShape = z.object(connectionCore);
export type ConnectionCoreValues = z.infer<typeof connectionCoreShape>;

const embeddedShape = z.object({
  displayName: z.string(),
  /** The embedded connection's arguments map as JSON ('' for none). */
  argumentsJson: z.string(),
  connection: connectionCoreShape,
});
export type EmbeddedValues = z.infer<typeof embeddedShape>;

const connectionShape = z.object({
  kind: z.enum(['Connection', 'VirtualConnection']),
  ...connectionCore,
  embedded: z.array(embeddedShape),
});
export type ConnectionValues = z.infer<typeof connectionShape>;

export const connectorFormShape = z.object({
  qualifiedName: z.string(),
  name: z.string(),
  description: z.string(),
  versionIdentifier: z.string(),
  usesBlockingCalls: z.boolean(),
  additionalProperties: z.array(keyValueRowShape),
  connection: connectionShape,
});
export type ConnectorFormValues = z.infer<typeof connectorFormShape>;

// ---------------------------------------------------------------------------------------------
// Configuration values: typed rows <-> a JSON map

export function typeOfValue(value: unknown): ConfigType {
  if (typeof value === 'number') return 'number';
  if (typeof value === 'boolean') return 'boolean';
  if (Array.isArray(value)) return 'list';
  if (value !== null && typeof value === 'object') return 'map';
  return 'string';
}

export function rowFromEntry(key: string, value: unknown): ConfigRow {
  const type = typeOfValue(value);
  return {
    key,
    type,
    value:
      type === 'string'
        ? String(value ?? '')
        : type === 'list' || type === 'map'
          ? JSON.stringify(value)
          : String(value),
  };
}

/** The value a row stands for, or an error message. */
export function parseRowValue(row: ConfigRow): { value: unknown } | { error: string } {
  switch (row.type) {
    case 'string':
      return { value: row.value };
    case 'number': {
      const text = row.value.trim();
      const number = Number(text);
      return text !== '' && Number.isFinite(number)
        ? { value: number }
        : { error: 'Enter a number, such as 60 or 2.5.' };
    }
    case 'boolean':
      return row.value === 'true' || row.value === 'false'
        ? { value: row.value === 'true' }
        : { error: 'Choose true or false.' };
    case 'list':
    case 'map': {
      let parsed: unknown;
      try {
        parsed = JSON.parse(row.value);
      } catch {
        return {
          error:
            row.type === 'list'
              ? 'Enter a JSON list, such as ["a", "b"].'
              : 'Enter a JSON object, such as {"a": 1}.',
        };
      }
      if (row.type === 'list' && !Array.isArray(parsed))
        return { error: 'Enter a JSON list, such as ["a", "b"].' };
      if (
        row.type === 'map' &&
        (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed))
      )
        return { error: 'Enter a JSON object, such as {"a": 1}.' };
      return { value: parsed };
    }
  }
}

/** A JSON text as a map, or an error message. */
export function parseJsonMap(text: string): { map: Record<string, unknown> } | { error: string } {
  if (text.trim() === '') return { map: {} };
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    return { error: `This is not valid JSON: ${(error as Error).message}` };
  }
  if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed))
    return { error: 'Enter one JSON object: {"name": value, …}.' };
  return { map: parsed as Record<string, unknown> };
}

/** The configuration as a map, or undefined when some value does not parse (the schema says why). */
export function configurationMap(
  configuration: ConfigurationValues,
): Record<string, unknown> | undefined {
  if (configuration.mode === 'json') {
    const parsed = parseJsonMap(configuration.json);
    return 'map' in parsed ? parsed.map : undefined;
  }
  const map: Record<string, unknown> = {};
  for (const row of configuration.rows) {
    if (row.key.trim() === '' && row.value === '') continue;
    const parsed = parseRowValue(row);
    if ('error' in parsed) return undefined;
    map[row.key] = parsed.value;
  }
  return map;
}

// ---------------------------------------------------------------------------------------------
// Defaults and conversion from what Egeria stores

const newSecret = (isSet: boolean): SecretValues => ({ isSet, mode: 'keep', value: '' });

function connectionCoreValues(connection: Connection | undefined): ConnectionCoreValues {
  const className = connection?.connectorType?.connectorProviderClassName ?? '';
  return {
    guid: connection?.guid ?? '',
    qualifiedName: connection?.qualifiedName ?? '',
    displayName: connection?.displayName ?? '',
    description: connection?.description ?? '',
    userId: connection?.userId ?? '',
    connectorType: {
      source: className === '' || catalogEntry(className) ? 'catalog' : 'manual',
      providerClassName: className,
      guid: connection?.connectorType?.guid ?? '',
      qualifiedName: connection?.connectorType?.qualifiedName ?? '',
      storedClassName: className,
    },
    endpoint: {
      guid: connection?.endpoint?.guid ?? '',
      qualifiedName: connection?.endpoint?.qualifiedName ?? '',
      address: connection?.endpoint?.address ?? '',
      protocol: connection?.endpoint?.protocol ?? '',
    },
    configuration: {
      mode: 'rows',
      rows: Object.entries(connection?.configurationProperties ?? {}).map(([key, value]) =>
        rowFromEntry(key, value),
      ),
      json: '',
    },
    secrets: {
      clearPassword: newSecret(connection?.secrets.clearPassword ?? false),
      encryptedPassword: newSecret(connection?.secrets.encryptedPassword ?? false),
      securedProperties: {
        setNames: connection?.secrets.securedPropertyNames ?? [],
        mode: 'keep',
        entries: [],
      },
    },
  };
}

export function newEmbeddedValues(): EmbeddedValues {
  return { displayName: '', argumentsJson: '', connection: connectionCoreValues(undefined) };
}

export function toConnectorFormValues(connector?: IntegrationConnector): ConnectorFormValues {
  const connection = connector?.connection;
  return {
    qualifiedName: connector?.qualifiedName ?? '',
    name: connector?.name ?? '',
    description: connector?.description ?? '',
    versionIdentifier: connector?.versionIdentifier ?? '',
    usesBlockingCalls: connector?.usesBlockingCalls ?? false,
    additionalProperties: rowsFromMap(connector?.additionalProperties ?? {}),
    connection: {
      kind: connection?.kind ?? 'Connection',
      ...connectionCoreValues(connection),
      embedded: (connection?.embeddedConnections ?? []).map((embedded) => ({
        displayName: embedded.displayName ?? '',
        argumentsJson:
          Object.keys(embedded.arguments).length > 0 ? JSON.stringify(embedded.arguments) : '',
        connection: connectionCoreValues(embedded.connection),
      })),
    },
  };
}

// ---------------------------------------------------------------------------------------------
// Validation

type Ctx = z.RefinementCtx;
type Path = Array<string | number>;

function checkSecret(ctx: Ctx, path: Path, secret: SecretValues, what: string): void {
  if (secret.mode === 'replace') {
    if (secret.value === '')
      issue(ctx, [...path, 'value'], `Type the new ${what}, or choose to keep what is stored.`);
    checkNoMarker(ctx, [...path, 'value'], secret.value);
    checkText(ctx, [...path, 'value'], secret.value);
  }
}

function checkConnection(ctx: Ctx, path: Path, connection: ConnectionCoreValues): void {
  const { connectorType, endpoint, configuration, secrets } = connection;
  checkProviderClassName(
    ctx,
    [...path, 'connectorType', 'providerClassName'],
    connectorType.providerClassName,
  );
  checkAddress(ctx, [...path, 'endpoint', 'address'], endpoint.address);
  checkName(ctx, [...path, 'endpoint', 'protocol'], endpoint.protocol);
  for (const key of ['qualifiedName', 'displayName', 'userId'] as const) {
    checkName(ctx, [...path, key], connection[key]);
    checkNoMarker(ctx, [...path, key], connection[key]);
  }
  if (connection.qualifiedName !== connection.qualifiedName.trim())
    issue(ctx, [...path, 'qualifiedName'], 'Remove the spaces at the start or end of the name.');
  checkText(ctx, [...path, 'description'], connection.description);
  checkNoMarker(ctx, [...path, 'description'], connection.description);
  checkNoMarker(ctx, [...path, 'endpoint', 'protocol'], endpoint.protocol);

  if (configuration.mode === 'json') {
    const parsed = parseJsonMap(configuration.json);
    if ('error' in parsed) issue(ctx, [...path, 'configuration', 'json'], parsed.error);
    else checkNoMarker(ctx, [...path, 'configuration', 'json'], configuration.json);
  } else {
    checkKeyRows(ctx, [...path, 'configuration', 'rows'], configuration.rows);
    configuration.rows.forEach((row, index) => {
      if (row.key.trim() === '' && row.value === '') return;
      const parsed = parseRowValue(row);
      if ('error' in parsed)
        issue(ctx, [...path, 'configuration', 'rows', index, 'value'], parsed.error);
    });
  }

  checkSecret(ctx, [...path, 'secrets', 'clearPassword'], secrets.clearPassword, 'clear password');
  checkSecret(
    ctx,
    [...path, 'secrets', 'encryptedPassword'],
    secrets.encryptedPassword,
    'encrypted password',
  );
  const secured = secrets.securedProperties;
  if (secured.mode === 'replace') {
    const entriesPath = [...path, 'secrets', 'securedProperties', 'entries'];
    if (secured.entries.length === 0)
      issue(
        ctx,
        entriesPath,
        'Add at least one secured property, or choose to keep what is stored.',
      );
    checkKeyRows(ctx, entriesPath, secured.entries, 'secured property');
    secured.entries.forEach((entry, index) => {
      if (entry.key.trim() !== '' && entry.value === '')
        issue(
          ctx,
          [...entriesPath, index, 'value'],
          'Type the value: every secured property is replaced.',
        );
    });
  }
}

export function connectorFormSchema(names: QualifiedNameContext) {
  return connectorFormShape.superRefine((values, ctx) => {
    checkQualifiedName(ctx, values.qualifiedName, names);
    checkNoMarker(ctx, ['qualifiedName'], values.qualifiedName);
    if (values.name.length > MAX_NAME_LENGTH)
      issue(ctx, ['name'], `Use at most ${MAX_NAME_LENGTH.toLocaleString()} characters.`);
    if (values.name !== values.name.trim())
      issue(ctx, ['name'], 'Remove the spaces at the start or end of the name.');
    checkNoMarker(ctx, ['name'], values.name);
    checkText(ctx, ['description'], values.description);
    checkNoMarker(ctx, ['description'], values.description);
    checkName(ctx, ['versionIdentifier'], values.versionIdentifier);
    checkNoMarker(ctx, ['versionIdentifier'], values.versionIdentifier);
    checkKeyRows(ctx, ['additionalProperties'], values.additionalProperties);

    checkConnection(ctx, ['connection'], values.connection);
    if (values.connection.kind === 'VirtualConnection') {
      values.connection.embedded.forEach((embedded, index) => {
        const path = ['connection', 'embedded', index];
        checkName(ctx, [...path, 'displayName'], embedded.displayName);
        checkNoMarker(ctx, [...path, 'displayName'], embedded.displayName);
        if (embedded.argumentsJson.trim() !== '') {
          const parsed = parseJsonMap(embedded.argumentsJson);
          if ('error' in parsed) issue(ctx, [...path, 'argumentsJson'], parsed.error);
        }
        checkConnection(ctx, [...path, 'connection'], embedded.connection);
      });
    }
  });
}

// ---------------------------------------------------------------------------------------------
// Conversion to what the backend sends

export interface InputOptions {
  /**
   * Updates merge (fields left out keep their stored values, which keeps secrets nobody retyped),
   * so a field the user emptied is sent as an empty value rather than left out.
   */
  update: boolean;
}

function text(value: string, { update }: InputOptions): string | undefined {
  return value === '' && !update ? undefined : value;
}

function secretInput(secret: SecretValues): string | undefined {
  if (secret.mode === 'replace') return secret.value;
  if (secret.mode === 'remove') return '';
  return undefined;
}

function connectorTypeInput(
  values: ConnectionCoreValues['connectorType'],
): ConnectionInput['connectorType'] {
  const className = values.providerClassName;
  // The stored type is kept (and not touched) while its provider class is unchanged.
  if (className === values.storedClassName && (values.guid || values.qualifiedName)) {
    return {
      guid: values.guid || undefined,
      qualifiedName: values.qualifiedName || undefined,
      connectorProviderClassName: className,
    };
  }
  const entry = catalogEntry(className);
  if (entry) {
    // No GUID from the catalog: a platform without Egeria's content packs (real 5.3 here) has no
    // element with it. The save finds the platform's own type by class and name, or makes one.
    return {
      qualifiedName: entry.connectorTypeQualifiedName,
      displayName: entry.displayName,
      description: entry.description,
      connectorProviderClassName: className,
      ...(entry.recognizedConfigurationProperties
        ? { recognizedConfigurationProperties: entry.recognizedConfigurationProperties }
        : {}),
    };
  }
  return { connectorProviderClassName: className };
}

function connectionCoreInput(
  values: ConnectionCoreValues,
  stored: ConnectionCoreValues | undefined,
  options: InputOptions,
): Omit<ConnectionInput, 'kind'> {
  const configuration = configurationMap(values.configuration) ?? {};
  const storedConfiguration = stored ? (configurationMap(stored.configuration) ?? {}) : {};
  const hasConfiguration = Object.keys(configuration).length > 0;
  const secured = values.secrets.securedProperties;
  return {
    guid: values.guid || undefined,
    qualifiedName: values.qualifiedName || undefined,
    displayName: text(values.displayName, options),
    description: text(values.description, options),
    userId: text(values.userId, options),
    connectorType: connectorTypeInput(values.connectorType),
    // An empty address leaves the endpoint out: a merge keeps the stored one, and a shared
    // endpoint is never blanked for every connection that uses it.
    endpoint:
      values.endpoint.address === ''
        ? undefined
        : {
            guid: values.endpoint.guid || undefined,
            qualifiedName: values.endpoint.qualifiedName || undefined,
            address: values.endpoint.address,
            protocol: text(values.endpoint.protocol, options),
          },
    // The whole map is sent (a merge replaces the stored map); {} clears one that had values.
    configurationProperties:
      hasConfiguration || Object.keys(storedConfiguration).length > 0 ? configuration : undefined,
    secrets: {
      clearPassword: secretInput(values.secrets.clearPassword),
      encryptedPassword: secretInput(values.secrets.encryptedPassword),
      securedProperties:
        secured.mode === 'replace'
          ? mapFromRows(secured.entries)
          : secured.mode === 'remove'
            ? {}
            : undefined,
    },
  };
}

export function toConnectorInput(
  values: ConnectorFormValues,
  stored: ConnectorFormValues | undefined,
  options: InputOptions,
): ConnectorInput {
  const additional = mapFromRows(values.additionalProperties);
  const storedAdditional = stored ? mapFromRows(stored.additionalProperties) : {};
  const connection = values.connection;
  return {
    qualifiedName: values.qualifiedName,
    name: text(values.name, options),
    description: text(values.description, options),
    versionIdentifier: text(values.versionIdentifier, options),
    usesBlockingCalls: values.usesBlockingCalls,
    additionalProperties:
      Object.keys(additional).length > 0 || Object.keys(storedAdditional).length > 0
        ? additional
        : undefined,
    connection: {
      kind: connection.kind,
      ...connectionCoreInput(connection, stored?.connection, options),
      embeddedConnections:
        connection.kind === 'VirtualConnection'
          ? connection.embedded.map((embedded, position) => {
              const storedEmbedded = stored?.connection.embedded.find(
                (e) => e.connection.guid !== '' && e.connection.guid === embedded.connection.guid,
              );
              const args = parseJsonMap(embedded.argumentsJson);
              return {
                position,
                displayName: embedded.displayName || undefined,
                arguments: 'map' in args && Object.keys(args.map).length > 0 ? args.map : undefined,
                connection: {
                  kind: 'Connection' as const,
                  ...connectionCoreInput(embedded.connection, storedEmbedded?.connection, options),
                },
              };
            })
          : undefined,
    },
  };
}

// ---------------------------------------------------------------------------------------------
// Comparison and drafts

function secretText(secret: SecretValues): string {
  if (secret.mode === 'replace') return 'new value (not shown)';
  if (secret.mode === 'remove') return secret.isSet ? 'removed' : 'not set';
  return secret.isSet ? 'set' : 'not set';
}

function securedText(secured: SecuredValues): string {
  if (secured.mode === 'replace')
    return `replaced: new values for ${secured.entries.map((e) => e.key).join(', ') || '(none)'}`;
  if (secured.mode === 'remove') return secured.setNames.length > 0 ? 'removed' : 'not set';
  return secured.setNames.length > 0 ? `set: ${secured.setNames.join(', ')}` : 'not set';
}

function configurationText(configuration: ConfigurationValues): string {
  const map = configurationMap(configuration);
  return map ? describeMap(map) : '(not valid yet)';
}

function connectionFields(
  values: ConnectionCoreValues,
  keyPrefix: string,
  labelPrefix: string,
  choice: (field: string) => string,
): DiffField[] {
  const field = (key: string, label: string, value: string, choicePath = key): DiffField => ({
    key: `${keyPrefix}.${key}`,
    label: `${labelPrefix}${label}`,
    value,
    choice: choice(choicePath),
  });
  return [
    field('qualifiedName', 'qualified name', values.qualifiedName),
    field('displayName', 'display name', values.displayName),
    field('description', 'description', values.description),
    field('connectorType', 'connector type', values.connectorType.providerClassName),
    field('endpoint.address', 'endpoint address', values.endpoint.address, 'endpoint'),
    field('endpoint.protocol', 'endpoint protocol', values.endpoint.protocol, 'endpoint'),
    field('userId', 'user id', values.userId),
    field('configuration', 'configuration properties', configurationText(values.configuration)),
    field('secrets.clearPassword', 'clear password', secretText(values.secrets.clearPassword)),
    field(
      'secrets.encryptedPassword',
      'encrypted password',
      secretText(values.secrets.encryptedPassword),
    ),
    field(
      'secrets.securedProperties',
      'secured properties',
      securedText(values.secrets.securedProperties),
    ),
  ];
}

export const CONNECTOR_FIELD_LABELS: Record<string, string> = {
  qualifiedName: 'Qualified name',
  name: 'Name',
  description: 'Description',
  versionIdentifier: 'Version',
  usesBlockingCalls: 'Uses blocking calls',
  additionalProperties: 'Additional properties',
};

/** Fields of the connector and its connection as the preview and the conflict view list them. */
export function connectorDiffFields(values: ConnectorFormValues): DiffField[] {
  const top = (['qualifiedName', 'name', 'description', 'versionIdentifier'] as const).map(
    (key) => ({ key, label: CONNECTOR_FIELD_LABELS[key] ?? key, value: values[key], choice: key }),
  );
  const connection = values.connection;
  const embeddedChoice = () => 'connection.embedded';
  return [
    ...top,
    {
      key: 'usesBlockingCalls',
      label: 'Uses blocking calls',
      value: values.usesBlockingCalls ? 'yes' : 'no',
      choice: 'usesBlockingCalls',
    },
    {
      key: 'additionalProperties',
      label: 'Additional properties',
      value: describeMap(mapFromRows(values.additionalProperties)),
      choice: 'additionalProperties',
    },
    {
      key: 'connection.kind',
      label: 'Connection: kind',
      value: connection.kind === 'VirtualConnection' ? 'virtual connection' : 'connection',
      choice: 'connection.kind',
    },
    ...connectionFields(connection, 'connection', 'Connection: ', (f) => `connection.${f}`),
    ...(connection.kind === 'VirtualConnection'
      ? [
          {
            key: 'connection.embedded',
            label: 'Embedded connections, in order',
            value: connection.embedded
              .map(
                (e, i) =>
                  `${i + 1}. ${e.displayName || e.connection.connectorType.providerClassName || '(unnamed)'}`,
              )
              .join('; '),
            choice: 'connection.embedded',
          },
          ...connection.embedded.flatMap((embedded, index) => [
            {
              key: `connection.embedded.${index}.displayName`,
              label: `Embedded connection ${index + 1}: display name`,
              value: embedded.displayName,
              choice: 'connection.embedded',
            },
            {
              key: `connection.embedded.${index}.arguments`,
              label: `Embedded connection ${index + 1}: arguments`,
              value: embedded.argumentsJson,
              choice: 'connection.embedded',
            },
            ...connectionFields(
              embedded.connection,
              `connection.embedded.${index}.connection`,
              `Embedded connection ${index + 1}: `,
              embeddedChoice,
            ),
          ]),
        ]
      : []),
  ];
}

/** Whether a change between two sets of values touches the connection (daemons must reload it). */
export function connectionChanged(
  before: ConnectorFormValues,
  after: ConnectorFormValues,
): boolean {
  const connectionOnly = (values: ConnectorFormValues) =>
    connectorDiffFields(values)
      .filter((f) => f.key.startsWith('connection'))
      .map((f) => `${f.key}=${f.value}`)
      .join('\n');
  return connectionOnly(before) !== connectionOnly(after);
}

function stripConnection<C extends ConnectionCoreValues>(connection: C): C {
  const strip = (secret: SecretValues): SecretValues => ({
    ...secret,
    mode: secret.mode === 'replace' ? 'keep' : secret.mode,
    value: '',
  });
  const secured = connection.secrets.securedProperties;
  return {
    ...connection,
    secrets: {
      clearPassword: strip(connection.secrets.clearPassword),
      encryptedPassword: strip(connection.secrets.encryptedPassword),
      securedProperties: {
        ...secured,
        mode: secured.mode === 'replace' ? 'keep' : secured.mode,
        entries: [],
      },
    },
  };
}

/** The values with every secret taken out, for drafts. */
export function withoutSecrets(values: ConnectorFormValues): ConnectorFormValues {
  return {
    ...values,
    connection: {
      ...stripConnection(values.connection),
      embedded: values.connection.embedded.map((embedded) => ({
        ...embedded,
        connection: stripConnection(embedded.connection),
      })),
    },
  };
}
