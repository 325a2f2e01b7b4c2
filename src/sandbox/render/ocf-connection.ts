/**
 * The OCF Connection bean (with its ConnectorType, Endpoint and EmbeddedConnections) as each
 * release writes it, from a connection tree. 5.3's OCF beans extend the element header (type,
 * origin, versions, guid, classifications; no status) and call the endpoint's network address
 * `address` (captured 5.3 05d); 6.x's carry no header, add Referenceable's versionIdentifier and
 * url, and keep `networkAddress` (captured 6.1 03). A tree the daemon was handed in a request
 * rather than read from the store has version 0 and so no header.
 */
import type { ConnectionTree } from '../model/estate';
import type { EntityRecord, Properties } from '../store/metadata-store';
import { compact, isRecord } from '../util/compact';
import { isSix, type Release } from '../wire/releases';
import type { EstateOrigin } from '../model/estate';
import { fiveOcfHeader } from './headers';

const REFERENCEABLE_5 = ['qualifiedName', 'additionalProperties'];
const REFERENCEABLE_6 = [
  'qualifiedName',
  'displayName',
  'description',
  'versionIdentifier',
  'url',
  'additionalProperties',
];
const CONNECTION_FIELDS = [
  'userId',
  'encryptedPassword',
  'clearPassword',
  'configurationProperties',
  'securedProperties',
];
const CONNECTOR_TYPE_FIELDS = [
  'supportedAssetTypeName',
  'supportedDeployedImplementationType',
  'expectedDataFormat',
  'connectorProviderClassName',
  'connectorFrameworkName',
  'connectorInterfaceLanguage',
  'connectorInterfaces',
  'targetTechnologySource',
  'targetTechnologyName',
  'targetTechnologyInterfaces',
  'targetTechnologyVersions',
  'recognizedAdditionalProperties',
  'recognizedConfigurationProperties',
  'recognizedSecuredProperties',
];

/** The instance version that marks an element the daemon was given in a request (never stored). */
export const UNSTORED_VERSION = 0;

function pick(properties: Properties, fields: string[]): Record<string, unknown> {
  return Object.fromEntries(fields.map((f) => [f, properties[f]]));
}

/** Class, header and Referenceable fields, then the bean's own. */
function bean(
  beanClass: string,
  entity: EntityRecord,
  release: Release,
  origin: EstateOrigin,
  own: Record<string, unknown>,
): Record<string, unknown> {
  const p = entity.properties;
  if (isSix(release))
    return compact({
      class: beanClass,
      headerVersion: 0,
      guid: entity.guid || undefined,
      ...pick(p, REFERENCEABLE_6),
      ...own,
    });
  const header =
    entity.version === UNSTORED_VERSION
      ? { guid: entity.guid || undefined }
      : fiveOcfHeader(entity, origin);
  return compact({
    class: beanClass,
    headerVersion: 0,
    ...header,
    ...pick(p, REFERENCEABLE_5),
    displayName: p['displayName'],
    description: p['description'],
    ...own,
  });
}

/**
 * 5.3's converter reads a type that stores no framework or language as the OCF's defaults
 * (OpenMetadataAPIGenericConverter.removeConnectorFrameworkName @e993386a1f51: a type the console
 * created without them came back with them from real 5.3); 6.x's beans do not.
 */
function withFiveDefaults(p: Properties): Properties {
  return {
    ...p,
    connectorFrameworkName: p['connectorFrameworkName'] ?? 'Open Connector Framework (OCF)',
    connectorInterfaceLanguage: p['connectorInterfaceLanguage'] ?? 'Java',
  };
}

function connectorTypeBean(entity: EntityRecord, release: Release, origin: EstateOrigin) {
  const p = isSix(release) ? entity.properties : withFiveDefaults(entity.properties);
  return bean('ConnectorType', entity, release, origin, compact(pick(p, CONNECTOR_TYPE_FIELDS)));
}

function endpointBean(entity: EntityRecord, release: Release, origin: EstateOrigin) {
  const p = entity.properties;
  return bean(
    'Endpoint',
    entity,
    release,
    origin,
    compact({
      [isSix(release) ? 'networkAddress' : 'address']: p['networkAddress'],
      protocol: p['protocol'],
      encryptionMethod: p['encryptionMethod'],
    }),
  );
}

/** The Connection (or VirtualConnection) bean of a tree. */
export function connectionBean(
  tree: ConnectionTree,
  release: Release,
  origin: EstateOrigin,
): Record<string, unknown> {
  const entity = tree.connection;
  const virtual = entity.typeName === 'VirtualConnection';
  return bean(virtual ? 'VirtualConnection' : 'Connection', entity, release, origin, {
    connectorType: tree.connectorType
      ? connectorTypeBean(tree.connectorType, release, origin)
      : undefined,
    endpoint: tree.endpoint ? endpointBean(tree.endpoint, release, origin) : undefined,
    ...compact(pick(entity.properties, CONNECTION_FIELDS)),
    embeddedConnections: virtual
      ? tree.embedded.map((e) =>
          compact({
            class: 'EmbeddedConnection',
            headerVersion: 0,
            position: e.position,
            displayName: e.displayName,
            arguments: e.arguments,
            embeddedConnection: connectionBean(e.tree, release, origin),
          }),
        )
      : undefined,
  });
}

// ------------------------------------------------------------------------- requests → trees

function unstored(typeName: string, guid: unknown, properties: Properties): EntityRecord {
  return {
    guid: typeof guid === 'string' ? guid : '',
    typeName,
    properties,
    status: 'ACTIVE',
    version: UNSTORED_VERSION,
    createdBy: '',
    createTime: 0,
    originCategory: 'LOCAL_COHORT',
  };
}

function fields(source: Record<string, unknown>, names: string[]): Properties {
  const out: Properties = {};
  for (const name of names)
    if (source[name] !== undefined && source[name] !== null) out[name] = source[name];
  return out;
}

/**
 * An OCF Connection from a request body (either release's form) as a tree the daemon can run:
 * `address` and `networkAddress` both name the endpoint's network address.
 */
export function treeFromConnectionBody(body: Record<string, unknown>): ConnectionTree {
  const typeName = body['class'] === 'VirtualConnection' ? 'VirtualConnection' : 'Connection';
  const connectorType = isRecord(body['connectorType']) ? body['connectorType'] : undefined;
  const endpoint = isRecord(body['endpoint']) ? body['endpoint'] : undefined;
  const embedded = Array.isArray(body['embeddedConnections']) ? body['embeddedConnections'] : [];
  return {
    connection: unstored(
      typeName,
      body['guid'],
      fields(body, [...REFERENCEABLE_6, ...CONNECTION_FIELDS]),
    ),
    connectorType: connectorType
      ? unstored(
          'ConnectorType',
          connectorType['guid'],
          fields(connectorType, [...REFERENCEABLE_6, ...CONNECTOR_TYPE_FIELDS]),
        )
      : undefined,
    endpoint: endpoint
      ? unstored('Endpoint', endpoint['guid'], {
          ...fields(endpoint, [...REFERENCEABLE_6, 'protocol', 'encryptionMethod']),
          ...((endpoint['networkAddress'] ?? endpoint['address'])
            ? { networkAddress: endpoint['networkAddress'] ?? endpoint['address'] }
            : {}),
        })
      : undefined,
    embedded: embedded.filter(isRecord).flatMap((e, index) =>
      isRecord(e['embeddedConnection'])
        ? [
            {
              position: typeof e['position'] === 'number' ? e['position'] : index,
              ...(typeof e['displayName'] === 'string' ? { displayName: e['displayName'] } : {}),
              ...(isRecord(e['arguments']) ? { arguments: e['arguments'] } : {}),
              tree: treeFromConnectionBody(e['embeddedConnection']),
            },
          ]
        : [],
    ),
  };
}

/** A deep copy, so what a running connector changes never reaches what was read from the store. */
export function copyTree(tree: ConnectionTree): ConnectionTree {
  return JSON.parse(JSON.stringify(tree)) as ConnectionTree;
}
