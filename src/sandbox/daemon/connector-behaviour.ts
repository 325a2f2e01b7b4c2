/**
 * How each Egeria integration connector behaves in the simulation: which configuration it needs
 * and how it fails when that configuration is wrong, with the messages the real connectors (or the
 * libraries under them) report. Sandbox rules for "the world": a directory whose name contains
 * `does-not-exist` or `missing` does not exist; a host whose name starts with `unreachable` refuses
 * connections.
 */
import catalog from '../../egeria/catalog/connector-catalog.json';
import { formatMessage, MESSAGES } from '../ffdc/message-catalogue';
import type { ConnectionTree } from '../model/estate';
import type { ConnectorStatus } from './statuses';

export type ConnectorKind =
  | 'files'
  | 'csv-lineage'
  | 'kafka'
  | 'jdbc'
  | 'postgres'
  | 'atlas'
  | 'openapi'
  | 'unity'
  | 'platform'
  | 'lineage'
  | 'secrets';

interface CatalogEntry {
  providerClassName: string;
  connectorTypeQualifiedName: string;
  displayName: string;
}

const KIND_BY_SUFFIX: Array<[RegExp, ConnectorKind]> = [
  [/basicfiles\.(DataFiles|DataFolder|OMArchiveFiles)Monitor/, 'files'],
  [/CSVLineageImporterProvider$/, 'csv-lineage'],
  [/KafkaTopicIntegrationProvider$/, 'kafka'],
  [/JDBCIntegrationConnectorProvider$/, 'jdbc'],
  [/PostgresServerIntegrationProvider$/, 'postgres'],
  [/ApacheAtlasIntegrationProvider$/, 'atlas'],
  [/OpenAPIMonitorIntegrationProvider$/, 'openapi'],
  [/unitycatalog\.sync\./, 'unity'],
  [/OMAGServerPlatformCatalogProvider$/, 'platform'],
  [/openlineage\./, 'lineage'],
  [/SecretsStoreProvider$/, 'secrets'],
];

/** Provider classes the simulated daemon can load: the ones in the connector catalog. */
export const KNOWN_PROVIDERS: ReadonlyMap<string, ConnectorKind> = new Map(
  (catalog as CatalogEntry[]).flatMap((entry) => {
    const kind = KIND_BY_SUFFIX.find(([pattern]) => pattern.test(entry.providerClassName))?.[1];
    return kind ? [[entry.providerClassName, kind] as const] : [];
  }),
);

/** What each kind counts in its statistics, besides refreshes and catalog targets. */
export const STATISTIC_NAMES: Record<ConnectorKind, string> = {
  files: 'filesCatalogued',
  'csv-lineage': 'lineageRelationshipsCatalogued',
  kafka: 'topicsCatalogued',
  jdbc: 'tablesCatalogued',
  postgres: 'databasesCatalogued',
  atlas: 'entitiesExchanged',
  openapi: 'apiOperationsCatalogued',
  unity: 'catalogsSynchronized',
  platform: 'serversCatalogued',
  lineage: 'openLineageEventsProcessed',
  secrets: 'secretsRead',
};

export interface CatalogTargetView {
  catalogTargetName?: string;
  qualifiedName?: string;
  typeName: string;
  configurationProperties?: Record<string, unknown>;
}

export type Outcome =
  | { kind: 'ok' }
  | { kind: 'waiting'; reason: string }
  | {
      kind: 'failed';
      status: Extract<ConnectorStatus, 'FAILED' | 'CONFIG_FAILED' | 'INITIALIZE_FAILED'>;
      message: string;
    };

const OK: Outcome = { kind: 'ok' };

const MISSING_DIRECTORY = /does-not-exist|missing/i;
const UNREACHABLE_HOST = /^unreachable/i;

const text = (value: unknown): string | undefined =>
  typeof value === 'string' ? value : undefined;

export function connectionName(connection: ConnectionTree | undefined): string {
  const p = connection?.connection.properties;
  return text(p?.['qualifiedName']) ?? text(p?.['displayName']) ?? 'null';
}

/** The network address of the connection's endpoint. */
export function endpointAddress(connection: ConnectionTree | undefined): string | undefined {
  return text(connection?.endpoint?.properties['networkAddress']);
}

/** Instantiating the connector: fails when the provider class is absent or unknown to the JVM. */
export function initialize(
  connection: ConnectionTree | undefined,
): { connectorKind: ConnectorKind } | Extract<Outcome, { kind: 'failed' }> {
  const providerClass = text(connection?.connectorType?.properties['connectorProviderClassName']);
  if (!providerClass) {
    return {
      kind: 'failed',
      status: 'INITIALIZE_FAILED',
      message: formatMessage(MESSAGES.nullConnectorProvider, [connectionName(connection)]),
    };
  }
  const kind = KNOWN_PROVIDERS.get(providerClass);
  if (!kind) {
    return {
      kind: 'failed',
      status: 'INITIALIZE_FAILED',
      message: formatMessage(MESSAGES.unknownConnectorProvider, [
        providerClass,
        connectionName(connection),
      ]),
    };
  }
  return { connectorKind: kind };
}

function isTrue(value: unknown): boolean {
  return value === true || (typeof value === 'string' && value.toLowerCase() === 'true');
}

/** host and port of an address such as `jdbc:postgresql://db:5432/x`, `kafka:9092` or `https://h/p`. */
export function hostOf(address: string): { host: string; port?: string } {
  const withoutScheme = address.replace(/^jdbc:/i, '').replace(/^[a-z][a-z0-9+.-]*:\/\//i, '');
  const authority = withoutScheme.split(/[/?#]/)[0] ?? '';
  const [host = '', port] = authority.replace(/^.*@/, '').split(':');
  return { host, port };
}

function refusedMessage(kind: ConnectorKind, address: string): string {
  const { host, port } = hostOf(address);
  switch (kind) {
    case 'kafka':
      return `org.apache.kafka.common.errors.TimeoutException: Timed out waiting for a node assignment. Call: listTopics (Connection to node -1 (${host}/${port ?? '9092'}) could not be established. Broker may not be available.)`;
    case 'jdbc':
    case 'postgres':
      return `Connection to ${host}:${port ?? '5432'} refused. Check that the hostname and port are correct and that the postmaster is accepting TCP/IP connections.`;
    default: {
      const url = /^[a-z]+:\/\//i.test(address) ? address : `http://${address}`;
      return `I/O error on GET request for "${url}": Connection refused`;
    }
  }
}

/**
 * Starting or refreshing the connector against the world: the checks a real connector's start()
 * and refresh() would trip over.
 */
export function evaluate(
  kind: ConnectorKind,
  connectorName: string,
  connection: ConnectionTree | undefined,
  targets: CatalogTargetView[],
): Outcome {
  const address = endpointAddress(connection);
  const configuration = connection?.connection.properties['configurationProperties'] as
    Record<string, unknown> | undefined;
  switch (kind) {
    case 'files': {
      const directories = [
        ...(address ? [address] : []),
        ...targets.map((t) => t.qualifiedName).filter((q): q is string => !!q),
      ];
      const missing = directories.find((d) => MISSING_DIRECTORY.test(d));
      if (!missing) return OK;
      if (isTrue(configuration?.['waitForDirectory'])) {
        return { kind: 'waiting', reason: `waiting for directory ${missing}` };
      }
      return {
        kind: 'failed',
        status: 'FAILED',
        message: formatMessage(MESSAGES.directoryNotFound, [missing]),
      };
    }
    case 'kafka':
    case 'jdbc':
    case 'postgres':
    case 'atlas':
    case 'openapi':
    case 'unity': {
      if (!address && targets.length === 0) {
        const message =
          kind === 'atlas'
            ? formatMessage(MESSAGES.atlasNullUrl, [connectorName])
            : formatMessage(MESSAGES.nullEndpoint, [connectionName(connection)]);
        return { kind: 'failed', status: 'CONFIG_FAILED', message };
      }
      const candidates = [
        ...(address ? [address] : []),
        ...targets.map((t) => t.qualifiedName ?? ''),
      ];
      const unreachable = candidates.find(
        (c) => UNREACHABLE_HOST.test(hostOf(c).host) || UNREACHABLE_HOST.test(c),
      );
      return unreachable
        ? { kind: 'failed', status: 'FAILED', message: refusedMessage(kind, unreachable) }
        : OK;
    }
    default:
      return OK;
  }
}

/** A small deterministic pseudo-random number in [0, range) from a string. */
export function hashNumber(text: string, range: number): number {
  let h = 2166136261;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 16777619);
  }
  return (h >>> 0) % Math.max(1, range);
}
