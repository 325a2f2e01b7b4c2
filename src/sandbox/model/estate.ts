/**
 * The estate as every API sees it: typed entities and relationships in the metadata store, the
 * checks Egeria's repository handlers make on them (existence, type, unique qualifiedName), the
 * Anchors classification new elements get, and the connection of an asset assembled from its
 * links. Attributes are stored under their 6.x names (displayName, versionIdentifier,
 * connectorShutdownDate …); the 5.3 facades translate (model/attribute-names.ts).
 */
import { errors } from '../ffdc/ffdc-error';
import type {
  AnchorRecord,
  EntityRecord,
  MetadataStore,
  OriginCategory,
  Properties,
  RelationshipRecord,
} from '../store/metadata-store';
import {
  anchorDomainOf,
  isTypeOf,
  RELATIONSHIP_ENDS,
  subtypesOf,
} from '../wire/open-metadata-types';
import { DEFAULT_MAX_PAGE_SIZE, pageOf, validatePaging, type PagingCheck } from './paging';

export interface EstateOrigin {
  /** The metadata access server that holds the estate. */
  serverName: string;
  homeMetadataCollectionId: string;
  homeMetadataCollectionName: string;
}

/** Where an error names the failing call: the method, the service, the parameter. */
export interface CallContext {
  methodName: string;
  serviceName: string;
  /** The GUID parameter's name, for exceptionProperties. */
  parameterName?: string;
}

/** `self`: anchored to itself (no anchorGUID, as Egeria sets it before the GUID exists). */
export type AnchorChoice = 'self' | 'none' | { guid: string };

export interface NewElement {
  typeName: string;
  properties: Properties;
  userId: string;
  anchor: AnchorChoice;
  guid?: string;
  originCategory?: OriginCategory;
}

export interface EmbeddedTree {
  position: number;
  displayName?: string;
  arguments?: Record<string, unknown>;
  tree: ConnectionTree;
}

/** A connection with the elements linked to it, as a connector would be configured from it. */
export interface ConnectionTree {
  connection: EntityRecord;
  connectorType?: EntityRecord;
  endpoint?: EntityRecord;
  embedded: EmbeddedTree[];
}

const MAX_EMBEDDING_DEPTH = 5;

export class Estate {
  readonly maxPageSize: number;

  constructor(
    readonly store: MetadataStore,
    readonly origin: EstateOrigin,
    options: { maxPageSize?: number } = {},
  ) {
    this.maxPageSize = options.maxPageSize ?? DEFAULT_MAX_PAGE_SIZE;
  }

  /** One page of `items`, checked against this server's maxPageSize. */
  page<T>(
    items: T[],
    startFrom: number,
    pageSize: number,
    methodName: string,
    check?: PagingCheck,
  ): T[] {
    return pageOf(items, startFrom, pageSize, methodName, this.maxPageSize, check);
  }

  get serverName(): string {
    return this.origin.serverName;
  }

  transaction<T>(fn: () => T): T {
    return this.store.transaction(fn);
  }

  // -------------------------------------------------------------------------------- entities

  entity(guid: string): EntityRecord | undefined {
    return this.store.getEntity(guid);
  }

  /**
   * The entity, known and of `family` (or below): else 404-007 naming `messageType` (the family
   * unless the caller's message names another) or 404-001.
   */
  requireEntity(
    guid: string,
    family: string,
    call: CallContext,
    messageType = family,
  ): EntityRecord {
    const entity = this.store.getEntity(guid);
    const parameterName = call.parameterName ?? 'guid';
    if (!entity)
      throw errors.unknownEntity(
        messageType,
        guid,
        call.methodName,
        call.serviceName,
        this.serverName,
        parameterName,
      );
    if (!isTypeOf(entity.typeName, family))
      throw errors.wrongType(guid, entity.typeName, family, call.methodName, parameterName);
    return entity;
  }

  /** Every stored entity of `family` (or below) in creation order, types outside the registry included. */
  entitiesOf(family: string): EntityRecord[] {
    const known = new Set(subtypesOf(family));
    const types = this.store.entityTypeNames().filter((t) => known.has(t) || isTypeOf(t, family));
    return this.store.listEntities(types, 0, -1);
  }

  /** qualifiedName is unique: a second entity may not take one in use (OMAG-COMMON-409-001). */
  requireUniqueQualifiedName(
    qualifiedName: unknown,
    typeName: string,
    call: CallContext,
    exceptGuid?: string,
  ): void {
    if (typeof qualifiedName !== 'string') return;
    if (this.store.findByQualifiedName(qualifiedName).some((e) => e.guid !== exceptGuid))
      throw errors.uniqueNameInUse(call.methodName, call.serviceName, typeName, qualifiedName);
  }

  private anchorFor(
    choice: AnchorChoice,
    typeName: string,
    userId: string,
  ): AnchorRecord | undefined {
    if (choice === 'none') return undefined;
    const time = Date.now();
    if (choice === 'self')
      return {
        anchorTypeName: typeName,
        anchorDomainName: anchorDomainOf(typeName, '6.1'),
        createdBy: userId,
        createTime: time,
      };
    const anchor = this.store.getEntity(choice.guid);
    const anchorType = anchor?.typeName ?? typeName;
    return {
      anchorGUID: choice.guid,
      anchorTypeName: anchorType,
      anchorDomainName: anchorDomainOf(anchorType, '6.1'),
      createdBy: userId,
      createTime: time,
    };
  }

  createEntity(input: NewElement, call: CallContext): EntityRecord {
    this.requireUniqueQualifiedName(input.properties['qualifiedName'], input.typeName, call);
    return this.store.createEntity({
      typeName: input.typeName,
      properties: input.properties,
      userId: input.userId,
      guid: input.guid,
      originCategory: input.originCategory,
      anchor: this.anchorFor(input.anchor, input.typeName, input.userId),
    });
  }

  /** Merge keeps what `incoming` leaves out; replace keeps only `incoming`. */
  updateEntity(
    entity: EntityRecord,
    incoming: Properties,
    merge: boolean,
    userId: string,
    call: CallContext,
  ): EntityRecord {
    this.requireUniqueQualifiedName(incoming['qualifiedName'], entity.typeName, call, entity.guid);
    const properties = merge ? { ...entity.properties, ...incoming } : { ...incoming };
    return this.store.updateEntity(entity.guid, properties, userId);
  }

  /**
   * Anchors an unanchored entity where `to` is anchored (to `to` itself when it is its own
   * anchor), as 5.3's generic handler does when a relationship links them.
   */
  adoptAnchor(guid: string, to: string, userId: string): void {
    const entity = this.store.getEntity(guid);
    const anchorOf = this.store.getEntity(to);
    if (!entity || entity.anchor || !anchorOf) return;
    const root = anchorOf.anchor?.anchorGUID ?? to;
    const anchor = this.anchorFor({ guid: root }, entity.typeName, userId);
    if (anchor) this.store.setAnchor(guid, anchor);
  }

  /** Removes the entity and every relationship attached to it. */
  deleteEntity(guid: string): void {
    this.store.deleteEntity(guid);
  }

  // --------------------------------------------------------------------------- relationships

  relationship(guid: string): RelationshipRecord | undefined {
    return this.store.getRelationship(guid);
  }

  requireRelationship(
    guid: string,
    typeName: string | undefined,
    call: CallContext,
  ): RelationshipRecord {
    const relationship = this.store.getRelationship(guid);
    if (!relationship || (typeName !== undefined && !isTypeOf(relationship.typeName, typeName)))
      throw errors.unknownRelationship(
        typeName ?? 'Relationship',
        guid,
        call.methodName,
        call.serviceName,
        this.serverName,
      );
    return relationship;
  }

  /** The relationship type's end types (undefined for a type the sandbox does not know). */
  endsOf(typeName: string): [string, string] | undefined {
    return RELATIONSHIP_ENDS[typeName];
  }

  /**
   * Links two entities after checking them against the type's ends. Only catalog targets may link
   * the same two elements twice; otherwise the existing relationship is returned.
   */
  link(
    typeName: string,
    end1Guid: string,
    end2Guid: string,
    properties: Properties,
    userId: string,
    call: CallContext,
    parameterNames: [string, string] = ['metadataElement1GUID', 'metadataElement2GUID'],
  ): RelationshipRecord {
    const ends = RELATIONSHIP_ENDS[typeName] ?? ['OpenMetadataRoot', 'OpenMetadataRoot'];
    this.requireEntity(end1Guid, ends[0], { ...call, parameterName: parameterNames[0] });
    this.requireEntity(end2Guid, ends[1], { ...call, parameterName: parameterNames[1] });
    if (typeName !== 'CatalogTarget') {
      const existing = this.store.relationshipsBetween(typeName, end1Guid, end2Guid)[0];
      if (existing) return existing;
    }
    return this.store.createRelationship({
      typeName,
      end1Guid,
      end2Guid,
      properties,
      userId,
    });
  }

  updateRelationship(
    relationship: RelationshipRecord,
    incoming: Properties,
    merge: boolean,
    userId: string,
  ): RelationshipRecord {
    const properties = merge ? { ...relationship.properties, ...incoming } : { ...incoming };
    return this.store.updateRelationship(relationship.guid, properties, userId);
  }

  deleteRelationship(guid: string): void {
    this.store.deleteRelationship(guid);
  }

  /**
   * One page of every relationship of a type (no subtypes: CatalogTarget has none), read as one
   * page from the store: slicing every relationship of the type made reading 10,000 catalog
   * targets a page at a time cost the square of their number.
   */
  relationshipsOfType(
    typeName: string,
    startFrom: number,
    pageSize: number,
    methodName: string,
    check?: PagingCheck,
  ): RelationshipRecord[] {
    const page = validatePaging(startFrom, pageSize, methodName, this.maxPageSize, check);
    return this.store.relationshipsOfType(typeName, page.startFrom, page.pageSize);
  }

  /** Relationships of a type with `guid` at `end`, in creation order. */
  relationshipsAt(guid: string, typeName: string, end: 1 | 2): RelationshipRecord[] {
    return end === 1
      ? this.store.relationshipsFromEnd1(guid, typeName)
      : this.store.relationshipsToEnd2(guid, typeName);
  }

  // ----------------------------------------------------------------------------- connections

  /**
   * The connection an asset uses, with its connector type, endpoint and embedded connections,
   * following the links Egeria 5.3's ConnectionHandler.getConnectionForAsset follows:
   * AssetConnection (asset at end 1), ConnectionConnectorType (connection at end 1),
   * ConnectToEndpoint (connection at end 1) or the older ConnectionEndpoint (endpoint at end 1),
   * EmbeddedConnection (virtual connection at end 1).
   */
  connectionOfAsset(assetGuid: string): ConnectionTree | undefined {
    const link = this.store.relationshipsFromEnd1(assetGuid, 'AssetConnection', 0, 1)[0];
    return link ? this.connectionTree(link.end2Guid) : undefined;
  }

  connectionTree(connectionGuid: string, depth = 0): ConnectionTree | undefined {
    const connection = this.store.getEntity(connectionGuid);
    if (!connection) return undefined;
    const typeLink = this.store.relationshipsFromEnd1(
      connectionGuid,
      'ConnectionConnectorType',
      0,
      1,
    )[0];
    const endpointGuid =
      this.store.relationshipsFromEnd1(connectionGuid, 'ConnectToEndpoint', 0, 1)[0]?.end2Guid ??
      this.store.relationshipsToEnd2(connectionGuid, 'ConnectionEndpoint', 0, 1)[0]?.end1Guid;
    const embedded: EmbeddedTree[] = [];
    if (depth < MAX_EMBEDDING_DEPTH) {
      for (const link of this.store.relationshipsFromEnd1(connectionGuid, 'EmbeddedConnection')) {
        const tree = this.connectionTree(link.end2Guid, depth + 1);
        if (!tree) continue;
        const args = link.properties['arguments'];
        embedded.push({
          position: Number(link.properties['position'] ?? 0),
          ...(typeof link.properties['displayName'] === 'string'
            ? { displayName: link.properties['displayName'] }
            : {}),
          ...(args && typeof args === 'object'
            ? { arguments: args as Record<string, unknown> }
            : {}),
          tree,
        });
      }
      embedded.sort((a, b) => a.position - b.position);
    }
    return {
      connection,
      connectorType: typeLink ? this.store.getEntity(typeLink.end2Guid) : undefined,
      endpoint: endpointGuid ? this.store.getEntity(endpointGuid) : undefined,
      embedded,
    };
  }
}
