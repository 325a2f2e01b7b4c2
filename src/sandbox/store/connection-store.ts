/**
 * Connections stored the way Egeria stores them: a Connection (or VirtualConnection) entity linked
 * to a ConnectorType (ConnectionConnectorType), an Endpoint (ConnectToEndpoint) and, for a virtual
 * connection, to the connections it embeds (EmbeddedConnection with position, displayName and
 * arguments). Connector types and endpoints are shared: a save reuses one by GUID, else by
 * qualifiedName, so one ConnectorType can serve many connections.
 *
 * Relationship ends: ConnectionConnectorType Connection(1) → ConnectorType(2); ConnectToEndpoint
 * Endpoint(1) → Connection(2); EmbeddedConnection VirtualConnection(1) → Connection(2);
 * AssetConnection Asset(1) → Connection(2).
 */
import type * as W from '../../egeria/v5/wire';
import type { ConnectionBean, ConnectorTypeBean, EndpointBean } from '../services/request-beans';
import { compact, nonEmptyMap } from '../util/compact';
import { isTypeOf } from './type-registry';
import type { EntityRecord, MetadataStore, Properties } from './metadata-store';

export interface SaveContext {
  userId: string;
  /** Merge keeps stored values the request leaves out (secrets included); replace clears them. */
  merge: boolean;
}

const CONNECTOR_TYPE_FIELDS = [
  'qualifiedName',
  'displayName',
  'description',
  'additionalProperties',
  'connectorProviderClassName',
  'supportedAssetTypeName',
  'supportedDeployedImplementationType',
  'expectedDataFormat',
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
] as const;

/** Keeps the defined values of `source` for `fields`, renaming where the entity attribute differs. */
function pick(
  source: Record<string, unknown>,
  fields: readonly string[],
  rename: Record<string, string> = {},
): Properties {
  const out: Properties = {};
  for (const field of fields) {
    const value = source[field];
    if (value !== undefined && value !== null) out[rename[field] ?? field] = value;
  }
  return out;
}

function mergeProperties(stored: Properties, incoming: Properties, merge: boolean): Properties {
  return merge ? { ...stored, ...incoming } : incoming;
}

function sameProperties(a: Properties, b: Properties): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

const asString = (value: unknown): string | undefined =>
  typeof value === 'string' ? value : undefined;
const asStringMap = (value: unknown): Record<string, string> | undefined =>
  value && typeof value === 'object' ? nonEmptyMap(value as Record<string, string>) : undefined;
const asAnyMap = (value: unknown): Record<string, unknown> | undefined =>
  value && typeof value === 'object' ? nonEmptyMap(value as Record<string, unknown>) : undefined;
const asStringList = (value: unknown): string[] | undefined =>
  Array.isArray(value) && value.length > 0 ? (value as string[]) : undefined;

export class ConnectionStore {
  constructor(private readonly store: MetadataStore) {}

  // ------------------------------------------------------------------------------------- read

  /** The connection linked to an asset (an IntegrationConnector), or undefined. */
  connectionGuidOfAsset(assetGuid: string): string | undefined {
    return this.store.relationshipsFromEnd1(assetGuid, 'AssetConnection', 0, 1)[0]?.end2Guid;
  }

  /** The OCF Connection bean for a stored connection, embedded connections included. */
  readConnection(guid: string, depth = 0): W.Connection | undefined {
    const entity = this.store.getEntity(guid);
    if (!entity || depth > 5) return undefined;
    const p = entity.properties;
    const typeLink = this.store.relationshipsFromEnd1(guid, 'ConnectionConnectorType', 0, 1)[0];
    const endpointLink = this.store.relationshipsToEnd2(guid, 'ConnectToEndpoint', 0, 1)[0];
    const connectorType = typeLink ? this.store.getEntity(typeLink.end2Guid) : undefined;
    const endpoint = endpointLink ? this.store.getEntity(endpointLink.end1Guid) : undefined;
    const embedded =
      entity.typeName === 'VirtualConnection'
        ? this.store
            .relationshipsFromEnd1(guid, 'EmbeddedConnection')
            .map((link) => ({ link, connection: this.readConnection(link.end2Guid, depth + 1) }))
            .sort(
              (a, b) =>
                Number(a.link.properties['position'] ?? 0) -
                Number(b.link.properties['position'] ?? 0),
            )
            .map(({ link, connection }) =>
              compact<W.EmbeddedConnection>({
                class: 'EmbeddedConnection',
                headerVersion: 0,
                position: Number(link.properties['position'] ?? 0),
                displayName: asString(link.properties['displayName']),
                arguments: asAnyMap(link.properties['arguments']),
                embeddedConnection: connection,
              }),
            )
        : [];
    return compact<W.Connection>({
      class: entity.typeName === 'VirtualConnection' ? 'VirtualConnection' : 'Connection',
      headerVersion: 0,
      guid: entity.guid,
      qualifiedName: asString(p['qualifiedName']),
      additionalProperties: asStringMap(p['additionalProperties']),
      displayName: asString(p['displayName']),
      description: asString(p['description']),
      connectorType: connectorType ? this.connectorTypeBean(connectorType) : undefined,
      endpoint: endpoint ? this.endpointBean(endpoint) : undefined,
      userId: asString(p['userId']),
      encryptedPassword: asString(p['encryptedPassword']),
      clearPassword: asString(p['clearPassword']),
      configurationProperties: asAnyMap(p['configurationProperties']),
      securedProperties: asStringMap(p['securedProperties']),
      embeddedConnections: embedded,
    });
  }

  connectorTypeBean(entity: EntityRecord): W.ConnectorType {
    const p = entity.properties;
    return compact<W.ConnectorType>({
      class: 'ConnectorType',
      headerVersion: 0,
      guid: entity.guid,
      qualifiedName: asString(p['qualifiedName']),
      additionalProperties: asStringMap(p['additionalProperties']),
      displayName: asString(p['displayName']),
      description: asString(p['description']),
      connectorProviderClassName: asString(p['connectorProviderClassName']),
      supportedAssetTypeName: asString(p['supportedAssetTypeName']),
      supportedDeployedImplementationType: asString(p['supportedDeployedImplementationType']),
      expectedDataFormat: asString(p['expectedDataFormat']),
      connectorFrameworkName: asString(p['connectorFrameworkName']),
      connectorInterfaceLanguage: asString(p['connectorInterfaceLanguage']),
      connectorInterfaces: asStringList(p['connectorInterfaces']),
      targetTechnologySource: asString(p['targetTechnologySource']),
      targetTechnologyName: asString(p['targetTechnologyName']),
      targetTechnologyInterfaces: asStringList(p['targetTechnologyInterfaces']),
      targetTechnologyVersions: asStringList(p['targetTechnologyVersions']),
      recognizedAdditionalProperties: asStringList(p['recognizedAdditionalProperties']),
      recognizedConfigurationProperties: asStringList(p['recognizedConfigurationProperties']),
      recognizedSecuredProperties: asStringList(p['recognizedSecuredProperties']),
    });
  }

  /** The Endpoint entity attribute is `networkAddress`; the 5.3 OCF bean calls it `address`. */
  endpointBean(entity: EntityRecord): W.Endpoint {
    const p = entity.properties;
    return compact<W.Endpoint>({
      class: 'Endpoint',
      headerVersion: 0,
      guid: entity.guid,
      qualifiedName: asString(p['qualifiedName']),
      additionalProperties: asStringMap(p['additionalProperties']),
      displayName: asString(p['displayName']),
      description: asString(p['description']),
      address: asString(p['networkAddress']),
      protocol: asString(p['protocol']),
      encryptionMethod: asString(p['encryptionMethod']),
    });
  }

  // ------------------------------------------------------------------------------------ write

  /**
   * Saves `input` as the connection of an asset: updates the asset's current connection (or the
   * one named by GUID / qualifiedName) and links it, else creates one called `defaultQualifiedName`.
   */
  saveAssetConnection(
    assetGuid: string,
    input: ConnectionBean,
    defaultQualifiedName: string,
    ctx: SaveContext,
  ): string {
    const current = this.connectionGuidOfAsset(assetGuid);
    const guid = this.saveConnection(input, current, defaultQualifiedName, ctx);
    if (guid !== current) {
      for (const link of this.store.relationshipsFromEnd1(assetGuid, 'AssetConnection')) {
        this.store.deleteRelationship(link.guid);
        if (link.end2Guid !== guid) this.deleteIfOrphan(link.end2Guid);
      }
      this.store.createRelationship({
        typeName: 'AssetConnection',
        end1Guid: assetGuid,
        end2Guid: guid,
        properties: {},
        userId: ctx.userId,
      });
    }
    return guid;
  }

  /** Removes an asset's connection when no other asset or virtual connection uses it. */
  detachAssetConnection(assetGuid: string): void {
    for (const link of this.store.relationshipsFromEnd1(assetGuid, 'AssetConnection')) {
      this.store.deleteRelationship(link.guid);
      this.deleteIfOrphan(link.end2Guid);
    }
  }

  private findByIdentity(
    guid: string | undefined,
    qualifiedName: string | undefined,
    ancestorType: string,
  ): EntityRecord | undefined {
    if (guid) {
      const byGuid = this.store.getEntity(guid);
      if (byGuid && isTypeOf(byGuid.typeName, ancestorType)) return byGuid;
    }
    if (qualifiedName) {
      return this.store
        .findByQualifiedName(qualifiedName)
        .find((e) => isTypeOf(e.typeName, ancestorType));
    }
    return undefined;
  }

  private uniqueQualifiedName(base: string): string {
    if (this.store.findByQualifiedName(base).length === 0) return base;
    for (let n = 2; ; n++) {
      const candidate = `${base}:${n}`;
      if (this.store.findByQualifiedName(candidate).length === 0) return candidate;
    }
  }

  private saveConnection(
    input: ConnectionBean,
    currentGuid: string | undefined,
    defaultQualifiedName: string,
    ctx: SaveContext,
    depth = 0,
  ): string {
    const byIdentity = this.findByIdentity(input.guid, input.qualifiedName, 'Connection');
    const target = byIdentity ?? (currentGuid ? this.store.getEntity(currentGuid) : undefined);
    const incoming = pick(input as unknown as Record<string, unknown>, [
      'qualifiedName',
      'displayName',
      'description',
      'additionalProperties',
      'userId',
      'encryptedPassword',
      'clearPassword',
      'configurationProperties',
      'securedProperties',
    ]);
    const typeName = input.class === 'VirtualConnection' ? 'VirtualConnection' : 'Connection';
    let guid: string;
    if (target) {
      const properties = mergeProperties(target.properties, incoming, ctx.merge);
      if (properties['qualifiedName'] === undefined)
        properties['qualifiedName'] = target.properties['qualifiedName'];
      if (!sameProperties(properties, target.properties) || target.typeName !== typeName) {
        this.store.updateEntity(target.guid, properties, ctx.userId, typeName);
      }
      guid = target.guid;
    } else {
      const qualifiedName =
        asString(incoming['qualifiedName']) ?? this.uniqueQualifiedName(defaultQualifiedName);
      guid = this.store.createEntity({
        typeName,
        properties: { ...incoming, qualifiedName },
        userId: ctx.userId,
      }).guid;
    }
    const connectionQualifiedName =
      asString(this.store.getEntity(guid)?.properties['qualifiedName']) ?? defaultQualifiedName;

    this.saveConnectorTypeLink(guid, input.connectorType, connectionQualifiedName, ctx);
    this.saveEndpointLink(guid, input.endpoint, connectionQualifiedName, ctx);
    if (depth < 5)
      this.saveEmbeddedConnections(guid, typeName, input, connectionQualifiedName, ctx, depth);
    return guid;
  }

  private saveConnectorTypeLink(
    connectionGuid: string,
    input: ConnectorTypeBean | undefined,
    connectionQualifiedName: string,
    ctx: SaveContext,
  ): void {
    const links = this.store.relationshipsFromEnd1(connectionGuid, 'ConnectionConnectorType');
    if (!input) {
      if (!ctx.merge) links.forEach((link) => this.store.deleteRelationship(link.guid));
      return;
    }
    const incoming = pick(input as unknown as Record<string, unknown>, CONNECTOR_TYPE_FIELDS);
    const current = links[0]?.end2Guid;
    const typeGuid = this.saveShared(
      'ConnectorType',
      input.guid,
      incoming,
      current,
      (guid) => this.store.countRelationshipsToEnd2(guid, 'ConnectionConnectorType'),
      `${connectionQualifiedName}:ConnectorType`,
      ctx,
    );
    if (typeGuid !== current) {
      links.forEach((link) => this.store.deleteRelationship(link.guid));
      this.store.createRelationship({
        typeName: 'ConnectionConnectorType',
        end1Guid: connectionGuid,
        end2Guid: typeGuid,
        properties: {},
        userId: ctx.userId,
      });
    }
  }

  private saveEndpointLink(
    connectionGuid: string,
    input: EndpointBean | undefined,
    connectionQualifiedName: string,
    ctx: SaveContext,
  ): void {
    const links = this.store.relationshipsToEnd2(connectionGuid, 'ConnectToEndpoint');
    if (!input) {
      if (!ctx.merge) links.forEach((link) => this.store.deleteRelationship(link.guid));
      return;
    }
    const incoming = pick(
      input as unknown as Record<string, unknown>,
      [
        'qualifiedName',
        'displayName',
        'description',
        'additionalProperties',
        'address',
        'protocol',
        'encryptionMethod',
      ],
      { address: 'networkAddress' },
    );
    const current = links[0]?.end1Guid;
    const endpointGuid = this.saveShared(
      'Endpoint',
      input.guid,
      incoming,
      current,
      (guid) => this.store.relationshipsFromEnd1(guid, 'ConnectToEndpoint').length,
      `${connectionQualifiedName}:Endpoint`,
      ctx,
    );
    if (endpointGuid !== current) {
      links.forEach((link) => this.store.deleteRelationship(link.guid));
      this.store.createRelationship({
        typeName: 'ConnectToEndpoint',
        end1Guid: endpointGuid,
        end2Guid: connectionGuid,
        properties: {},
        userId: ctx.userId,
      });
    }
  }

  /**
   * Finds or creates a shared element (ConnectorType or Endpoint). One named by GUID or
   * qualifiedName is reused and updated by merge, so a save never blanks what other connections
   * share. An unnamed one updates the element this connection already uses when no other
   * connection uses it; otherwise a new element is created.
   */
  private saveShared(
    typeName: 'ConnectorType' | 'Endpoint',
    guid: string | undefined,
    incoming: Properties,
    currentGuid: string | undefined,
    usageCount: (guid: string) => number,
    defaultQualifiedName: string,
    ctx: SaveContext,
  ): string {
    const named = this.findByIdentity(guid, asString(incoming['qualifiedName']), typeName);
    if (named) {
      const properties = { ...named.properties, ...incoming };
      if (!sameProperties(properties, named.properties))
        this.store.updateEntity(named.guid, properties, ctx.userId);
      return named.guid;
    }
    const current = currentGuid ? this.store.getEntity(currentGuid) : undefined;
    if (current && !guid && !incoming['qualifiedName'] && usageCount(current.guid) <= 1) {
      const properties = mergeProperties(current.properties, incoming, ctx.merge);
      properties['qualifiedName'] = current.properties['qualifiedName'];
      if (!sameProperties(properties, current.properties))
        this.store.updateEntity(current.guid, properties, ctx.userId);
      return current.guid;
    }
    const qualifiedName =
      asString(incoming['qualifiedName']) ?? this.uniqueQualifiedName(defaultQualifiedName);
    return this.store.createEntity({
      typeName,
      properties: { ...incoming, qualifiedName },
      userId: ctx.userId,
    }).guid;
  }

  private saveEmbeddedConnections(
    connectionGuid: string,
    typeName: string,
    input: ConnectionBean,
    connectionQualifiedName: string,
    ctx: SaveContext,
    depth: number,
  ): void {
    const links = this.store.relationshipsFromEnd1(connectionGuid, 'EmbeddedConnection');
    const requested = typeName === 'VirtualConnection' ? input.embeddedConnections : [];
    if (requested === undefined) {
      if (ctx.merge) return;
    }
    const byPosition = new Map(
      links.map((link) => [Number(link.properties['position'] ?? 0), link.end2Guid]),
    );
    // A stored connection that an input names (by GUID or qualifiedName) belongs to that input;
    // it must not also be taken by position for an input that names nothing (a new connection
    // inserted where it used to be), or the two would be merged into one.
    const claimed = new Set(
      (requested ?? []).flatMap((embedded) => {
        const input = embedded.embeddedConnection;
        const found = input && this.findByIdentity(input.guid, input.qualifiedName, 'Connection');
        return found ? [found.guid] : [];
      }),
    );
    const keep = new Set<string>();
    const created: Array<{ guid: string; properties: Properties }> = [];
    (requested ?? []).forEach((embedded, index) => {
      if (!embedded.embeddedConnection) return;
      const position = embedded.position ?? index;
      const atPosition = byPosition.get(position);
      const guid = this.saveConnection(
        embedded.embeddedConnection,
        atPosition && !claimed.has(atPosition) ? atPosition : undefined,
        `${connectionQualifiedName}:Embedded:${position}`,
        ctx,
        depth + 1,
      );
      keep.add(guid);
      created.push({
        guid,
        properties: compact({
          position,
          displayName: embedded.displayName,
          arguments: nonEmptyMap(embedded.arguments),
        }),
      });
    });
    for (const link of links) this.store.deleteRelationship(link.guid);
    for (const { guid, properties } of created) {
      this.store.createRelationship({
        typeName: 'EmbeddedConnection',
        end1Guid: connectionGuid,
        end2Guid: guid,
        properties,
        userId: ctx.userId,
      });
    }
    for (const link of links) if (!keep.has(link.end2Guid)) this.deleteIfOrphan(link.end2Guid);
  }

  /**
   * Deletes a connection no asset and no virtual connection uses any more, with the embedded
   * connections that only it used. Connector types and endpoints stay: they are shared.
   */
  deleteIfOrphan(connectionGuid: string): void {
    const usedByAsset =
      this.store.relationshipsToEnd2(connectionGuid, 'AssetConnection', 0, 1).length > 0;
    const usedByVirtual =
      this.store.relationshipsToEnd2(connectionGuid, 'EmbeddedConnection', 0, 1).length > 0;
    if (usedByAsset || usedByVirtual) return;
    const embedded = this.store
      .relationshipsFromEnd1(connectionGuid, 'EmbeddedConnection')
      .map((link) => link.end2Guid);
    this.store.deleteEntity(connectionGuid);
    for (const guid of embedded) this.deleteIfOrphan(guid);
  }
}
