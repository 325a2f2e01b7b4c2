import { describe, expect, it } from 'vitest';
import type { Connection, IntegrationConnector } from '../../egeria/model';
import {
  connectionChanged,
  connectorDiffFields,
  connectorFormSchema,
  configurationMap,
  toConnectorFormValues,
  toConnectorInput,
  withoutSecrets,
  type ConnectorFormValues,
} from './connector-form';

const FILES =
  'org.odpi.openmetadata.adapters.connectors.integration.basicfiles.DataFilesMonitorIntegrationProvider';
const YAML = 'org.odpi.openmetadata.adapters.connectors.secretsstore.yaml.YAMLSecretsStoreProvider';

function connection(overrides: Partial<Connection> = {}): Connection {
  return {
    kind: 'Connection',
    guid: 'conn-guid',
    qualifiedName: 'C:Connection',
    secrets: { clearPassword: true, encryptedPassword: false, securedPropertyNames: ['token'] },
    configurationProperties: { waitForDirectory: true, depth: 3, tags: ['a'], templates: { x: 1 } },
    additionalProperties: {},
    connectorType: {
      guid: 'type-guid',
      qualifiedName: 'Egeria:IntegrationConnector:Files:DataFilesMonitor',
      connectorProviderClassName: FILES,
      recognizedConfigurationProperties: [],
      recognizedSecuredProperties: [],
      recognizedAdditionalProperties: [],
    },
    endpoint: { guid: 'ep-guid', qualifiedName: 'C:Endpoint', address: 'data/in' },
    embeddedConnections: [],
    ...overrides,
  };
}

function connector(conn: Connection = connection()): IntegrationConnector {
  return {
    meta: { guid: 'c1', typeName: 'IntegrationConnector', superTypeNames: [], version: 3 },
    guid: 'c1',
    qualifiedName: 'C',
    name: 'Files',
    description: 'Watches files',
    usesBlockingCalls: false,
    additionalProperties: { owner: 'ops' },
    connection: conn,
  };
}

const virtual = () =>
  connection({
    kind: 'VirtualConnection',
    secrets: { clearPassword: false, encryptedPassword: false, securedPropertyNames: [] },
    configurationProperties: {},
    embeddedConnections: [
      {
        position: 0,
        displayName: 'First',
        arguments: {},
        connection: connection({
          guid: 'e-1',
          qualifiedName: 'E1',
          secrets: { clearPassword: true, encryptedPassword: false, securedPropertyNames: [] },
        }),
      },
      {
        position: 1,
        displayName: 'Secrets store',
        arguments: { collection: 'c' },
        connection: connection({
          guid: 'e-2',
          qualifiedName: 'E2',
          configurationProperties: {},
          connectorType: {
            guid: 'yaml-guid',
            connectorProviderClassName: YAML,
            recognizedConfigurationProperties: [],
            recognizedSecuredProperties: [],
            recognizedAdditionalProperties: [],
          },
        }),
      },
    ],
  });

function issues(values: ConnectorFormValues, taken: string[] = []) {
  const result = connectorFormSchema({ takenNames: new Set(taken), ownName: 'C' }).safeParse(
    values,
  );
  return result.success
    ? {}
    : Object.fromEntries(result.error.issues.map((i) => [i.path.join('.'), i.message]));
}

describe('connector form values', () => {
  it('round-trips a stored connector unchanged: the update sends no secret and keeps every identity', () => {
    const stored = toConnectorFormValues(connector());
    const input = toConnectorInput(stored, stored, { update: true });
    expect(input.connection.secrets).toEqual({
      clearPassword: undefined,
      encryptedPassword: undefined,
      securedProperties: undefined,
    });
    expect(input.connection).toMatchObject({
      guid: 'conn-guid',
      qualifiedName: 'C:Connection',
      connectorType: {
        guid: 'type-guid',
        qualifiedName: 'Egeria:IntegrationConnector:Files:DataFilesMonitor',
        connectorProviderClassName: FILES,
      },
      endpoint: { guid: 'ep-guid', qualifiedName: 'C:Endpoint', address: 'data/in' },
      // Each value keeps its JSON type through the typed rows.
      configurationProperties: {
        waitForDirectory: true,
        depth: 3,
        tags: ['a'],
        templates: { x: 1 },
      },
    });
    expect(input.additionalProperties).toEqual({ owner: 'ops' });
    expect(issues(stored)).toEqual({});
  });

  it('sends a secret only when a new value is typed, and an empty one to remove it', () => {
    const values = toConnectorFormValues(connector());
    values.connection.secrets.clearPassword = { isSet: true, mode: 'replace', value: 'n3w' };
    values.connection.secrets.encryptedPassword = { isSet: false, mode: 'keep', value: 'ignored' };
    values.connection.secrets.securedProperties = {
      setNames: ['token'],
      mode: 'remove',
      entries: [],
    };
    expect(toConnectorInput(values, undefined, { update: true }).connection.secrets).toEqual({
      clearPassword: 'n3w',
      encryptedPassword: undefined,
      securedProperties: {},
    });
    values.connection.secrets.clearPassword = { isSet: true, mode: 'remove', value: '' };
    values.connection.secrets.securedProperties = {
      setNames: ['token'],
      mode: 'replace',
      entries: [
        { key: 'token', value: 't2' },
        { key: 'apiKey', value: 'k2' },
      ],
    };
    expect(toConnectorInput(values, undefined, { update: true }).connection.secrets).toEqual({
      clearPassword: '',
      encryptedPassword: undefined,
      securedProperties: { token: 't2', apiKey: 'k2' },
    });
  });

  it('never writes a secret into a draft', () => {
    const values = toConnectorFormValues(connector(virtual()));
    values.connection.secrets.clearPassword = { isSet: false, mode: 'replace', value: 'top' };
    values.connection.embedded[0]!.connection.secrets.securedProperties = {
      setNames: [],
      mode: 'replace',
      entries: [{ key: 'k', value: 'v-secret' }],
    };
    values.connection.embedded[1]!.connection.secrets.encryptedPassword = {
      isSet: true,
      mode: 'replace',
      value: 'enc-secret',
    };
    const draft = JSON.stringify(withoutSecrets(values));
    for (const secret of ['top', 'v-secret', 'enc-secret']) expect(draft).not.toContain(secret);
    expect(withoutSecrets(values).connection.secrets.clearPassword.mode).toBe('keep');
  });

  it('sends emptied fields as empty on an update (a merge keeps what is left out), and leaves them out on a create', () => {
    const stored = toConnectorFormValues(connector());
    const values = { ...stored, description: '', additionalProperties: [] };
    values.connection = {
      ...values.connection,
      configuration: { mode: 'rows', rows: [], json: '' },
    };
    const update = toConnectorInput(values, stored, { update: true });
    expect(update.description).toBe('');
    expect(update.additionalProperties).toEqual({});
    expect(update.connection.configurationProperties).toEqual({});
    const create = toConnectorInput(values, undefined, { update: false });
    expect(create.description).toBeUndefined();
    expect(create.additionalProperties).toBeUndefined();
    expect(create.connection.configurationProperties).toBeUndefined();
  });

  it('keeps embedded connections by GUID, in the order shown, when they are reordered and one is added', () => {
    const stored = toConnectorFormValues(connector(virtual()));
    const values = structuredClone(stored);
    const [first, second] = values.connection.embedded;
    const added = structuredClone(second!);
    added.displayName = 'New';
    added.connection.guid = '';
    added.connection.qualifiedName = '';
    values.connection.embedded = [added, second!, first!];
    const input = toConnectorInput(values, stored, { update: true });
    expect(
      input.connection.embeddedConnections?.map((e) => [
        e.position,
        e.displayName,
        e.connection.guid,
      ]),
    ).toEqual([
      [0, 'New', undefined],
      [1, 'Secrets store', 'e-2'],
      [2, 'First', 'e-1'],
    ]);
    expect(input.connection.embeddedConnections?.[1]?.arguments).toEqual({ collection: 'c' });
    expect(connectionChanged(stored, values)).toBe(true);
  });

  it('uses the catalog’s connector type when the provider changes, and a bare class for an unknown one', () => {
    const values = toConnectorFormValues(connector());
    values.connection.connectorType.providerClassName = YAML;
    expect(toConnectorInput(values, undefined, { update: true }).connection.connectorType).toEqual(
      expect.objectContaining({
        qualifiedName: 'Egeria:SecretsStoreConnector:YAMLFile',
        displayName: 'YAML File Secrets Store Connector',
        connectorProviderClassName: YAML,
      }),
    );
    values.connection.connectorType.providerClassName = 'com.example.MyProvider';
    expect(toConnectorInput(values, undefined, { update: true }).connection.connectorType).toEqual({
      connectorProviderClassName: 'com.example.MyProvider',
    });
  });

  it('reads typed rows and JSON into the same map, and reports what does not parse', () => {
    expect(
      configurationMap({
        mode: 'rows',
        rows: [
          { key: 'n', type: 'number', value: '2.5' },
          { key: 'b', type: 'boolean', value: 'false' },
          { key: 'l', type: 'list', value: '[1,"x"]' },
          { key: 'm', type: 'map', value: '{"k":null}' },
          { key: 's', type: 'string', value: '42' },
          { key: '', type: 'string', value: '' },
        ],
        json: '',
      }),
    ).toEqual({ n: 2.5, b: false, l: [1, 'x'], m: { k: null }, s: '42' });
    expect(configurationMap({ mode: 'json', rows: [], json: '{"a": [true]}' })).toEqual({
      a: [true],
    });
    expect(configurationMap({ mode: 'json', rows: [], json: '[1]' })).toBeUndefined();
    expect(
      configurationMap({
        mode: 'rows',
        rows: [{ key: 'n', type: 'number', value: 'x' }],
        json: '',
      }),
    ).toBeUndefined();
  });

  it('puts every problem on the field it concerns', () => {
    const values = toConnectorFormValues(connector(virtual()));
    values.qualifiedName = 'Taken';
    values.connection.connectorType.providerClassName = '';
    values.connection.endpoint.address = 'http://bad host';
    values.connection.configuration = {
      mode: 'rows',
      rows: [
        { key: 'a', type: 'number', value: 'many' },
        { key: 'a', type: 'string', value: 'x' },
      ],
      json: '',
    };
    values.connection.secrets.clearPassword = { isSet: false, mode: 'replace', value: '' };
    values.connection.embedded[1]!.connection.configuration = {
      mode: 'json',
      rows: [],
      json: '{oops',
    };
    values.connection.embedded[1]!.connection.userId = 'x«redacted»';
    expect(issues(values, ['Taken'])).toEqual({
      qualifiedName: expect.stringContaining('Qualified names are unique'),
      'connection.connectorType.providerClassName': expect.stringContaining('the daemon loads'),
      'connection.endpoint.address': expect.stringContaining('spaces'),
      'connection.configuration.rows.0.value': 'Enter a number, such as 60 or 2.5.',
      'connection.configuration.rows.1.key': expect.stringContaining('already used'),
      'connection.secrets.clearPassword.value': expect.stringContaining(
        'Type the new clear password',
      ),
      'connection.embedded.1.connection.configuration.json':
        expect.stringContaining('not valid JSON'),
      'connection.embedded.1.connection.userId': expect.stringContaining('withheld secrets'),
    });
  });

  it('shows secrets in the preview only as set, not set, new value or removed', () => {
    const stored = toConnectorFormValues(connector());
    const values = structuredClone(stored);
    values.connection.secrets.clearPassword = { isSet: true, mode: 'replace', value: 'p4ss' };
    values.connection.secrets.securedProperties = {
      setNames: ['token'],
      mode: 'remove',
      entries: [],
    };
    const fields = connectorDiffFields(values);
    expect(JSON.stringify(fields)).not.toContain('p4ss');
    const value = (key: string) => fields.find((f) => f.key === key)?.value;
    expect(value('connection.secrets.clearPassword')).toBe('new value (not shown)');
    expect(value('connection.secrets.securedProperties')).toBe('removed');
    expect(
      connectorDiffFields(stored).find((f) => f.key === 'connection.secrets.securedProperties')
        ?.value,
    ).toBe('set: token');
  });
});
