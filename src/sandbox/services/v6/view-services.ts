/**
 * The Egeria 6.x view services the console uses (asset-maker, connection-maker, metadata-expert),
 * over the same metadata store as the 5.3 governance-configuration-service: elements are created,
 * read, found and deleted as typed beans, linked by relationships, and returned as
 * OpenMetadataRootElements with the relationship lists of AttributedMetadataElement. Methods carry
 * the Java REST method names that Egeria quotes in its error messages.
 */
import type * as W from '../../../egeria/v6/wire';
import { toElementProperties, type PropertySpec } from '../../../egeria/property-values';
import { errors } from '../../ffdc/ffdc-error';
import type {
  EntityRecord,
  MetadataStore,
  Properties,
  RelationshipRecord,
} from '../../store/metadata-store';
import { isTypeOf, typeDefinition } from '../../store/type-registry';
import { compact, isRecord } from '../../util/compact';
import { isoDate } from '../../util/time';
import { DEFAULT_MAX_PAGE_SIZE, validatePaging } from '../paging';
import {
  attributesFromBean,
  beanFromAttributes,
  relationshipAttributes,
  relationshipBean,
  relationshipValues,
  sixAttributes,
  typeOfBean,
} from './beans';

export interface ViewOrigin {
  /** The metadata access server behind the view server (it produced the elements). */
  sourceServer: string;
  homeMetadataCollectionId: string;
  homeMetadataCollectionName: string;
}

/** Relationship types and the types their two ends must have. */
export const RELATIONSHIP_ENDS: Record<string, [string, string]> = {
  RegisteredIntegrationConnector: ['IntegrationGroup', 'IntegrationConnector'],
  CatalogTarget: ['IntegrationConnector', 'OpenMetadataRoot'],
  AssetConnection: ['Asset', 'Connection'],
  ConnectionConnectorType: ['Connection', 'ConnectorType'],
  ConnectToEndpoint: ['Endpoint', 'Connection'],
  EmbeddedConnection: ['VirtualConnection', 'Connection'],
};
/** Only catalog targets may link the same two elements more than once. */
const MULTI_LINK = new Set(['CatalogTarget']);

/** Which relationship lists an element carries, from its own end. */
interface ListSpec {
  list: string;
  typeName: string;
  /** The element is at this end of the relationship. */
  end: 1 | 2;
  single?: boolean;
  /** Only for elements of this type. */
  onlyFor?: string;
}
const LISTS: ListSpec[] = [
  { list: 'supportedIntegrationConnectors', typeName: 'RegisteredIntegrationConnector', end: 1 },
  { list: 'includedInIntegrationGroups', typeName: 'RegisteredIntegrationConnector', end: 2 },
  { list: 'catalogTargets', typeName: 'CatalogTarget', end: 1 },
  { list: 'refreshedByConnectors', typeName: 'CatalogTarget', end: 2 },
  { list: 'connections', typeName: 'AssetConnection', end: 1 },
  { list: 'connectedAssets', typeName: 'AssetConnection', end: 2 },
  { list: 'connectorType', typeName: 'ConnectionConnectorType', end: 1, single: true },
  { list: 'connections', typeName: 'ConnectionConnectorType', end: 2 },
  { list: 'endpoint', typeName: 'ConnectToEndpoint', end: 2, single: true },
  { list: 'connections', typeName: 'ConnectToEndpoint', end: 1 },
  { list: 'embeddedConnections', typeName: 'EmbeddedConnection', end: 1 },
  { list: 'parentConnections', typeName: 'EmbeddedConnection', end: 2 },
];

export interface GetOptions {
  includeOnlyRelationships?: string[];
  skipRelationships?: string[];
  relationshipsPageSize?: number;
}

const SECRET_KEYS = new Set(['clearPassword', 'encryptedPassword', 'securedProperties']);

const text = (value: unknown): string | undefined =>
  typeof value === 'string' ? value : undefined;

/** What a SearchStringRequestBody asks for; `*`, `.*` and an empty string find everything. */
export function searchMatcher(body: {
  searchString?: string;
  startsWith?: boolean;
  endsWith?: boolean;
  ignoreCase?: boolean;
}): (stored: Properties) => boolean {
  const raw = body.searchString ?? '';
  if (raw === '' || raw === '*' || raw === '.*') return () => true;
  const fold = (s: string) => (body.ignoreCase ? s.toLowerCase() : s);
  const wanted = fold(raw);
  return (stored) =>
    Object.entries(stored).some(([key, value]) => {
      if (SECRET_KEYS.has(key) || typeof value !== 'string') return false;
      const v = fold(value);
      if (body.startsWith && body.endsWith) return v === wanted;
      if (body.startsWith) return v.startsWith(wanted);
      if (body.endsWith) return v.endsWith(wanted);
      return v.includes(wanted);
    });
}

export class ViewServices {
  private readonly maxPageSize: number;

  constructor(
    readonly store: MetadataStore,
    private readonly origin: ViewOrigin,
    options: { maxPageSize?: number } = {},
  ) {
    this.maxPageSize = options.maxPageSize ?? DEFAULT_MAX_PAGE_SIZE;
  }

  // ------------------------------------------------------------------------------------ beans

  private elementType(typeName: string, category: 'ENTITY_DEF' | 'RELATIONSHIP_DEF') {
    const def = typeDefinition(typeName);
    return compact({
      typeId: def.typeId,
      typeName: def.typeName,
      superTypeNames: def.superTypeNames,
      typeVersion: def.typeVersion,
      typeDescription: def.typeDescription,
      typeCategory: category,
    });
  }

  private versions(instance: EntityRecord | RelationshipRecord) {
    return compact({
      createdBy: instance.createdBy,
      updatedBy: instance.updatedBy,
      maintainedBy: instance.maintainedBy,
      createTime: isoDate(instance.createTime),
      updateTime: instance.updateTime === undefined ? undefined : isoDate(instance.updateTime),
      version: instance.version,
    });
  }

  private elementOrigin(entity: EntityRecord) {
    return {
      sourceServer: this.origin.sourceServer,
      originCategory: entity.originCategory,
      homeMetadataCollectionId: this.origin.homeMetadataCollectionId,
      homeMetadataCollectionName: this.origin.homeMetadataCollectionName,
    };
  }

  /** ElementHeader, 6.x: no classifications are stored, so every named slot is left out. */
  header(entity: EntityRecord): W.ElementHeader6 {
    return {
      class: 'ElementHeader',
      headerVersion: 0,
      status: entity.status,
      type: this.elementType(entity.typeName, 'ENTITY_DEF'),
      origin: this.elementOrigin(entity),
      versions: this.versions(entity),
      guid: entity.guid,
    };
  }

  relationshipHeader(relationship: RelationshipRecord): W.ElementHeader6 {
    return {
      class: 'ElementHeader',
      headerVersion: 0,
      status: relationship.status,
      type: this.elementType(relationship.typeName, 'RELATIONSHIP_DEF'),
      origin: {
        sourceServer: this.origin.sourceServer,
        originCategory: 'LOCAL_COHORT',
        homeMetadataCollectionId: this.origin.homeMetadataCollectionId,
        homeMetadataCollectionName: this.origin.homeMetadataCollectionName,
      },
      versions: this.versions(relationship),
      guid: relationship.guid,
    };
  }

  summary(entity: EntityRecord): W.MetadataElementSummary {
    return {
      elementHeader: this.header(entity),
      properties: beanFromAttributes(entity.typeName, entity.properties),
    };
  }

  private related(
    relationship: RelationshipRecord,
    other: EntityRecord,
    otherAtEnd1: boolean,
  ): W.RelatedMetadataElementSummary {
    return compact({
      relationshipHeader: this.relationshipHeader(relationship),
      relationshipProperties: relationshipBean(relationship.typeName, relationship.properties),
      relatedElement: this.summary(other),
      relatedElementAtEnd1: otherAtEnd1,
    }) as W.RelatedMetadataElementSummary;
  }

  /** The element with its relationship lists (those `options` allows). */
  rootElement(entity: EntityRecord, options: GetOptions = {}): W.OpenMetadataRootElement {
    const element: Record<string, unknown> = {
      class: 'OpenMetadataRootElement',
      elementHeader: this.header(entity),
      properties: beanFromAttributes(entity.typeName, entity.properties),
    };
    const only = options.includeOnlyRelationships?.length
      ? new Set(options.includeOnlyRelationships)
      : undefined;
    const skip = new Set(options.skipRelationships ?? []);
    const limit =
      options.relationshipsPageSize && options.relationshipsPageSize > 0
        ? options.relationshipsPageSize
        : -1;
    for (const spec of LISTS) {
      if ((only && !only.has(spec.typeName)) || skip.has(spec.typeName)) continue;
      const ends = RELATIONSHIP_ENDS[spec.typeName];
      if (!ends) continue;
      const [end1Type, end2Type] = ends;
      if (!isTypeOf(entity.typeName, spec.end === 1 ? end1Type : end2Type)) continue;
      const relationships =
        spec.end === 1
          ? this.store.relationshipsFromEnd1(entity.guid, spec.typeName, 0, limit)
          : this.store.relationshipsToEnd2(entity.guid, spec.typeName, 0, limit);
      const items = relationships.flatMap((r) => {
        const other = this.store.getEntity(spec.end === 1 ? r.end2Guid : r.end1Guid);
        return other ? [this.related(r, other, spec.end === 2)] : [];
      });
      if (items.length === 0) continue;
      if (spec.single) element[spec.list] = items[0];
      else element[spec.list] = [...((element[spec.list] as unknown[]) ?? []), ...items];
    }
    return element as W.OpenMetadataRootElement;
  }

  // ---------------------------------------------------------------------------------- helpers

  private paging(startFrom: number, pageSize: number, methodName: string) {
    const page = validatePaging(startFrom, pageSize, methodName, this.maxPageSize);
    return { offset: page.startFrom, limit: page.pageSize > 0 ? page.pageSize : -1 };
  }

  /** An entity of `family` (or a subtype); the 5.3 messages, as 6.x handlers still raise them. */
  requireEntity(guid: string, family: string, methodName: string, parameterName = 'guid') {
    const entity = this.store.getEntity(guid);
    if (!entity)
      throw errors.unknownEntity(family, guid, methodName, this.origin.sourceServer, parameterName);
    if (!isTypeOf(entity.typeName, family))
      throw errors.wrongType(guid, entity.typeName, family, methodName, parameterName);
    return entity;
  }

  requireRelationship(guid: string, typeName: string | undefined, methodName: string) {
    const relationship = this.store.getRelationship(guid);
    if (!relationship || (typeName && relationship.typeName !== typeName))
      throw errors.unknownRelationship(
        typeName ?? 'Relationship',
        guid,
        methodName,
        this.origin.sourceServer,
      );
    return relationship;
  }

  private requireUniqueQualifiedName(
    qualifiedName: string,
    typeName: string,
    methodName: string,
    exceptGuid?: string,
  ) {
    if (this.store.findByQualifiedName(qualifiedName).some((e) => e.guid !== exceptGuid))
      throw errors.uniqueNameInUse(methodName, typeName, qualifiedName);
  }

  /** Every stored entity of `family` in creation order (types outside the registry included). */
  private entitiesOf(family: string): EntityRecord[] {
    const types = this.store.entityTypeNames().filter((t) => isTypeOf(t, family));
    return this.store.listEntities(types, 0, -1);
  }

  private page<T>(items: T[], startFrom: number, pageSize: number, methodName: string): T[] {
    const { offset, limit } = this.paging(startFrom, pageSize, methodName);
    return limit < 0 ? items.slice(offset) : items.slice(offset, offset + limit);
  }

  // --------------------------------------------------------------------------------- elements

  /** NewElementRequestBody: the typed bean says the type; `parentGUID` links the new element. */
  createElement(
    userId: string,
    body: {
      properties?: Record<string, unknown>;
      parentGUID?: string;
      parentRelationshipTypeName?: string;
      parentAtEnd1?: boolean;
    },
    family: string,
    methodName: string,
  ): string {
    const bean = body.properties;
    if (!bean) throw errors.nullObject('properties', methodName);
    const typeName = typeOfBean(bean) ?? family;
    if (!isTypeOf(typeName, family))
      throw errors.wrongType('(new element)', typeName, family, methodName, 'properties');
    const qualifiedName = text(bean['qualifiedName']);
    if (!qualifiedName) throw errors.nullName('qualifiedName', methodName);
    return this.store.transaction(() => {
      this.requireUniqueQualifiedName(qualifiedName, typeName, methodName);
      const guid = this.store.createEntity({
        typeName,
        properties: attributesFromBean(typeName, bean),
        userId,
      }).guid;
      if (body.parentGUID) {
        const relationshipType = body.parentRelationshipTypeName;
        if (!relationshipType) throw errors.nullName('parentRelationshipTypeName', methodName);
        const parentAtEnd1 = body.parentAtEnd1 ?? true;
        this.link(
          userId,
          relationshipType,
          parentAtEnd1 ? body.parentGUID : guid,
          parentAtEnd1 ? guid : body.parentGUID,
          {},
          methodName,
        );
      }
      return guid;
    });
  }

  /** UpdateElementRequestBody: merge keeps what the bean leaves out; replace drops it. */
  updateElement(
    userId: string,
    guid: string,
    body: { mergeUpdate?: boolean; properties?: Record<string, unknown> },
    family: string,
    methodName: string,
  ): void {
    const bean = body.properties;
    if (!bean) throw errors.nullObject('properties', methodName);
    this.store.transaction(() => {
      const entity = this.requireEntity(guid, family, methodName);
      const incoming = attributesFromBean(entity.typeName, bean);
      const merge = body.mergeUpdate !== false;
      if (!merge && !incoming['qualifiedName']) throw errors.nullName('qualifiedName', methodName);
      if (typeof incoming['qualifiedName'] === 'string')
        this.requireUniqueQualifiedName(
          incoming['qualifiedName'],
          entity.typeName,
          methodName,
          guid,
        );
      this.store.updateEntity(
        guid,
        merge ? { ...entity.properties, ...incoming } : incoming,
        userId,
      );
    });
  }

  deleteElement(guid: string, family: string, methodName: string): void {
    this.store.transaction(() => {
      this.requireEntity(guid, family, methodName);
      this.store.deleteEntity(guid);
    });
  }

  retrieve(guid: string, family: string, methodName: string, options: GetOptions = {}) {
    return this.rootElement(this.requireEntity(guid, family, methodName), options);
  }

  /** FilterRequestBody: exact qualifiedName or name. */
  findByName(
    body: {
      filter?: string;
      metadataElementTypeName?: string;
      startFrom?: number;
      pageSize?: number;
    },
    family: string,
    methodName: string,
  ): W.OpenMetadataRootElement[] {
    if (!body.filter) throw errors.nullName('filter', methodName);
    const type = body.metadataElementTypeName ?? family;
    const found = this.store
      .findByQualifiedNameOrName(body.filter)
      .concat(this.store.findByDisplayName(body.filter))
      .filter((e, i, all) => all.findIndex((x) => x.guid === e.guid) === i)
      .filter((e) => isTypeOf(e.typeName, family) && isTypeOf(e.typeName, type));
    return this.page(found, body.startFrom ?? 0, body.pageSize ?? 0, methodName).map((e) =>
      this.rootElement(e),
    );
  }

  /** SearchStringRequestBody over the elements of a family. */
  search(
    body: {
      searchString?: string;
      startsWith?: boolean;
      endsWith?: boolean;
      ignoreCase?: boolean;
      metadataElementTypeName?: string;
      startFrom?: number;
      pageSize?: number;
    },
    family: string,
    methodName: string,
  ): W.OpenMetadataRootElement[] {
    const matches = searchMatcher(body);
    const type = body.metadataElementTypeName ?? family;
    const found = this.entitiesOf(family).filter(
      (e) => isTypeOf(e.typeName, type) && matches(e.properties),
    );
    return this.page(found, body.startFrom ?? 0, body.pageSize ?? 0, methodName).map((e) =>
      this.rootElement(e),
    );
  }

  /** By one attribute's exact value (connector types by provider class, endpoints by address). */
  findByAttribute(
    attribute: string,
    body: { filter?: string; startFrom?: number; pageSize?: number },
    family: string,
    methodName: string,
  ): W.OpenMetadataRootElement[] {
    if (!body.filter) throw errors.nullName('filter', methodName);
    const found = this.entitiesOf(family).filter((e) => e.properties[attribute] === body.filter);
    return this.page(found, body.startFrom ?? 0, body.pageSize ?? 0, methodName).map((e) =>
      this.rootElement(e),
    );
  }

  /** Entities of `typeName` (or subtypes) that `matches`, one page of them, in creation order. */
  findEntities(
    matches: (stored: Properties) => boolean,
    typeName: string,
    startFrom: number,
    pageSize: number,
    methodName: string,
  ): EntityRecord[] {
    const found = this.entitiesOf(typeName).filter((e) => matches(e.properties));
    return this.page(found, startFrom, pageSize, methodName);
  }

  /** metadata-expert's search: generic elements with generic property values. */
  findMetadataElements(
    body: {
      searchString?: string;
      startsWith?: boolean;
      endsWith?: boolean;
      ignoreCase?: boolean;
      metadataElementTypeName?: string;
      startFrom?: number;
      pageSize?: number;
    },
    methodName: string,
  ): W.OpenMetadataElement[] {
    const matches = searchMatcher(body);
    const type = body.metadataElementTypeName ?? 'OpenMetadataRoot';
    const found = this.entitiesOf(type).filter((e) => matches(e.properties));
    return this.page(found, body.startFrom ?? 0, body.pageSize ?? 0, methodName).map((e) => ({
      class: 'OpenMetadataElement',
      headerVersion: 0,
      status: e.status,
      type: this.elementType(e.typeName, 'ENTITY_DEF'),
      origin: this.elementOrigin(e),
      versions: this.versions(e),
      elementGUID: e.guid,
      elementProperties: toElementProperties(sixAttributes(e.typeName, e.properties)),
    }));
  }

  // ---------------------------------------------------------------------------- relationships

  /** Creates a relationship after checking both ends; linking twice returns the existing one. */
  link(
    userId: string,
    typeName: string,
    end1Guid: string,
    end2Guid: string,
    properties: Properties,
    methodName: string,
  ): string {
    const ends = RELATIONSHIP_ENDS[typeName];
    if (!ends) throw errors.nullName('typeName', methodName);
    return this.store.transaction(() => {
      this.requireEntity(end1Guid, ends[0], methodName, 'metadataElement1GUID');
      this.requireEntity(end2Guid, ends[1], methodName, 'metadataElement2GUID');
      if (!MULTI_LINK.has(typeName)) {
        const existing = this.store.relationshipsBetween(typeName, end1Guid, end2Guid)[0];
        if (existing) return existing.guid;
      }
      return this.store.createRelationship({
        typeName,
        end1Guid,
        end2Guid,
        properties: relationshipAttributes(typeName, properties),
        userId,
      }).guid;
    });
  }

  /** Removes every relationship of the type between the two elements (detach). */
  unlink(typeName: string, end1Guid: string, end2Guid: string, methodName: string): void {
    const ends = RELATIONSHIP_ENDS[typeName];
    if (!ends) throw errors.nullName('typeName', methodName);
    this.store.transaction(() => {
      this.requireEntity(end1Guid, ends[0], methodName, 'metadataElement1GUID');
      this.requireEntity(end2Guid, ends[1], methodName, 'metadataElement2GUID');
      for (const r of this.store.relationshipsBetween(typeName, end1Guid, end2Guid))
        this.store.deleteRelationship(r.guid);
    });
  }

  updateRelationship(
    userId: string,
    guid: string,
    typeName: string | undefined,
    values: Record<string, unknown>,
    merge: boolean,
    methodName: string,
  ): void {
    this.store.transaction(() => {
      const relationship = this.requireRelationship(guid, typeName, methodName);
      const incoming = relationshipAttributes(relationship.typeName, values);
      this.store.updateRelationship(
        guid,
        merge ? { ...relationship.properties, ...incoming } : incoming,
        userId,
      );
    });
  }

  deleteRelationship(guid: string, typeName: string | undefined, methodName: string): void {
    this.store.transaction(() => {
      this.requireRelationship(guid, typeName, methodName);
      this.store.deleteRelationship(guid);
    });
  }

  // -------------------------------------------------------------------------- catalog targets

  /** The targets of a connector, each element `relatedBy` its CatalogTarget relationship. */
  catalogTargets(
    connectorGuid: string,
    startFrom: number,
    pageSize: number,
    methodName: string,
  ): W.OpenMetadataRootElement[] {
    this.requireEntity(
      connectorGuid,
      'IntegrationConnector',
      methodName,
      'integrationConnectorGUID',
    );
    const { offset, limit } = this.paging(startFrom, pageSize, methodName);
    return this.store
      .relationshipsFromEnd1(connectorGuid, 'CatalogTarget', offset, limit)
      .flatMap((r) => {
        const target = this.store.getEntity(r.end2Guid);
        if (!target) return [];
        return [
          {
            ...this.rootElement(target, { includeOnlyRelationships: ['CatalogTarget'] }),
            relatedBy: compact({
              relationshipHeader: this.relationshipHeader(r),
              relationshipProperties: relationshipBean(r.typeName, r.properties),
            }),
          },
        ];
      });
  }

  /** A relationship in generic form (OpenMetadataRelationship), as getCatalogTarget answers. */
  relationship(guid: string, typeName: string, methodName: string): W.OpenMetadataRelationship {
    const r = this.requireRelationship(guid, typeName, methodName);
    const stub = (entityGuid: string) => {
      const entity = this.store.getEntity(entityGuid);
      return entity
        ? compact({
            class: 'OpenMetadataElementStub',
            guid: entity.guid,
            type: this.elementType(entity.typeName, 'ENTITY_DEF'),
            status: entity.status,
            uniqueName: text(entity.properties['qualifiedName']),
          })
        : undefined;
    };
    return compact({
      class: 'OpenMetadataRelationship',
      headerVersion: 0,
      status: r.status,
      versions: this.versions(r),
      relationshipGUID: r.guid,
      relationshipType: this.elementType(r.typeName, 'RELATIONSHIP_DEF'),
      relationshipProperties: toElementProperties(
        relationshipValues(r.typeName, r.properties),
        RELATIONSHIP_VALUE_SPECS,
      ),
      elementGUIDAtEnd1: r.end1Guid,
      elementAtEnd1: stub(r.end1Guid),
      elementGUIDAtEnd2: r.end2Guid,
      elementAtEnd2: stub(r.end2Guid),
    }) as W.OpenMetadataRelationship;
  }

  /** The groups that register a connector. */
  groupsOfConnector(
    connectorGuid: string,
    startFrom: number,
    pageSize: number,
    methodName: string,
  ): W.OpenMetadataRootElement[] {
    this.requireEntity(
      connectorGuid,
      'IntegrationConnector',
      methodName,
      'integrationConnectorGUID',
    );
    const groups = this.store
      .relationshipsToEnd2(connectorGuid, 'RegisteredIntegrationConnector')
      .flatMap((r) => {
        const group = this.store.getEntity(r.end1Guid);
        return group ? [group] : [];
      });
    return this.page(groups, startFrom, pageSize, methodName).map((g) => this.rootElement(g));
  }
}

/** Enum and date attributes of the relationships answered in generic form. */
const RELATIONSHIP_VALUE_SPECS: Record<string, PropertySpec> = {
  permittedSynchronization: { kind: 'enum', enumType: 'PermittedSynchronization' },
  deleteMethod: { kind: 'enum', enumType: 'DeleteMethod' },
  startDate: { kind: 'date' },
  connectorShutdownDate: { kind: 'date' },
};

/** A typed bean or generic ElementProperties as plain values. */
export function plainValues(properties: unknown): Record<string, unknown> {
  if (!isRecord(properties)) return {};
  if (isRecord(properties['propertyValueMap'])) {
    const out: Record<string, unknown> = {};
    for (const [key, value] of Object.entries(properties['propertyValueMap'])) {
      if (!isRecord(value)) continue;
      if (value['class'] === 'EnumTypePropertyValue') out[key] = value['symbolicName'];
      else if (value['class'] === 'MapTypePropertyValue')
        out[key] = plainValues(value['mapValues']);
      else out[key] = value['primitiveValue'];
    }
    return out;
  }
  return properties;
}
