/**
 * The Egeria 6.x view services the console uses (asset-maker, connection-maker, metadata-expert)
 * over the same estate as the 5.3 facades, with 6.1's behaviour (@86e1137bf8ff):
 * - creates take the type from the bean (`typeName`, else its class), check `properties` and
 *   `properties.qualifiedName` themselves (OPEN-METADATA-400-002 / 400-004) and anchor the new
 *   element to itself unless told otherwise (AnchorOptions.isOwnAnchor defaults true);
 * - updates merge unless `mergeUpdate` is false (UpdateOptions), and a replace needs a qualifiedName;
 * - searches match literal text (model/search.ts) and default to the service's own type;
 * - errors raised in the metadata store name the store's method and service (captured 6.1 07*).
 * Methods take the calling REST method's name for the checks the view service makes itself.
 */
import { errors, frameworkCheck, SERVICE_NAMES } from '../../ffdc/ffdc-error';
import type { AnchorChoice, CallContext, Estate } from '../../model/estate';
import { sixLiteralMatcher, validateSearchString, type SearchOptions } from '../../model/search';
import {
  openMetadataElement,
  openMetadataRelationship,
  relatedMetadataElement,
  relationshipList,
} from '../../render/generic-elements';
import { RootElementRenderer, type RelationshipOptions } from '../../render/root-elements';
import { attributesFromBean, typeOfBean } from '../../render/typed-beans';
import type { EntityRecord, Properties } from '../../store/metadata-store';
import { isRecord } from '../../util/compact';
import { decodeElementProperties } from '../../wire/element-properties';
import { isRelationshipType, isTypeOf, RELATIONSHIP_ENDS } from '../../wire/open-metadata-types';
import type { Release } from '../../wire/releases';
import { deleteWithAnchored } from '../governance-configuration-service';

export interface NewElementBody {
  properties?: Record<string, unknown>;
  anchorGUID?: string;
  isOwnAnchor?: boolean;
  parentGUID?: string;
  parentRelationshipTypeName?: string;
  parentRelationshipProperties?: Record<string, unknown>;
  parentAtEnd1?: boolean;
}

export interface QueryBody extends RelationshipOptions, SearchOptions {
  metadataElementTypeName?: string;
  filter?: string;
  startFrom?: number;
  pageSize?: number;
}

/** The store's view of a failure: its method and service (captured 6.1 07, 07b, 07d). */
const store = (methodName: string, parameterName = 'elementGUID'): CallContext => ({
  methodName,
  serviceName: SERVICE_NAMES.store,
  parameterName,
});

/** What 6.x view handlers match a name against (exact, case-sensitive). */
const NAME_PROPERTIES = ['qualifiedName', 'displayName', 'resourceName', 'identifier', 'name'];

export class ViewServices {
  readonly renderer: RootElementRenderer;

  constructor(
    readonly estate: Estate,
    readonly release: Release,
  ) {
    this.renderer = new RootElementRenderer(estate, release);
  }

  /** Paging the view-side handler checks itself (by name, related lists): OPEN-METADATA ids. */
  private page<T>(items: T[], body: QueryBody, methodName: string): T[] {
    return this.estate.page(
      items,
      body.startFrom ?? 0,
      body.pageSize ?? 0,
      methodName,
      'framework',
    );
  }

  /**
   * Paging of a search, which the view service passes to the metadata store: the store's
   * generic handler checks it (OMAG-COMMON ids) in its private `findElements`, whose name the
   * error keeps on its way back (OpenMetadataStoreRESTServices.findElements@86e1137bf8ff).
   */
  private searchPage<T>(items: T[], body: QueryBody): T[] {
    return this.estate.page(items, body.startFrom ?? 0, body.pageSize ?? 0, 'findElements');
  }

  private anchor(body: NewElementBody): AnchorChoice {
    if (body.anchorGUID) return { guid: body.anchorGUID };
    return body.isOwnAnchor === false ? 'none' : 'self';
  }

  // --------------------------------------------------------------------------------- elements

  /** NewElementRequestBody; `family` is the handler's default type (asset-maker's is Asset). */
  createElement(userId: string, body: NewElementBody, family: string, methodName: string): string {
    const bean = body.properties;
    if (!bean)
      throw frameworkCheck('omfNullObject', ['properties', methodName], 'properties', methodName);
    const typeName = typeOfBean(bean) ?? family;
    const properties = attributesFromBean(bean);
    if (typeof properties['qualifiedName'] !== 'string')
      throw frameworkCheck(
        'omfNullName',
        ['properties.qualifiedName', methodName],
        'properties.qualifiedName',
        methodName,
      );
    const call = store('createMetadataElementInStore');
    return this.estate.transaction(() => {
      const created = this.estate.createEntity(
        { typeName, properties, userId, anchor: this.anchor(body) },
        call,
      );
      if (body.parentGUID) {
        const relationshipType = body.parentRelationshipTypeName;
        if (!relationshipType) throw errors.nullName('parentRelationshipTypeName', call.methodName);
        const atEnd1 = body.parentAtEnd1 ?? true;
        this.estate.link(
          relationshipType,
          atEnd1 ? body.parentGUID : created.guid,
          atEnd1 ? created.guid : body.parentGUID,
          attributesFromBean(body.parentRelationshipProperties),
          userId,
          call,
        );
      }
      return created.guid;
    });
  }

  /** UpdateElementRequestBody: merge unless mergeUpdate is false; a replace needs a qualifiedName. */
  updateElement(
    userId: string,
    guid: string,
    body: { mergeUpdate?: boolean; properties?: Record<string, unknown> },
    methodName: string,
  ): void {
    const bean = body.properties;
    if (!bean)
      throw frameworkCheck('omfNullObject', ['properties', methodName], 'properties', methodName);
    const merge = body.mergeUpdate !== false;
    const incoming = attributesFromBean(bean);
    if (!merge && typeof incoming['qualifiedName'] !== 'string')
      throw frameworkCheck(
        'omfNullName',
        ['properties.qualifiedName', methodName],
        'properties.qualifiedName',
        methodName,
      );
    const call = store('updateMetadataElementInStore', 'metadataElementGUID');
    this.estate.transaction(() => {
      const entity = this.estate.requireEntity(guid, 'OpenMetadataRoot', call);
      this.estate.updateEntity(entity, incoming, merge, userId, call);
    });
  }

  /** Deletes the element, with the elements anchored to it. */
  deleteElement(guid: string): void {
    const call = store('deleteMetadataElementInStore', 'metadataElementGUID');
    this.estate.transaction(() => {
      this.estate.requireEntity(guid, 'OpenMetadataRoot', call);
      deleteWithAnchored(this.estate, guid);
    });
  }

  /** GetRequestBody: the store checks the element against the requested (or default) type. */
  retrieve(guid: string, family: string, body: QueryBody): Record<string, unknown> {
    const type = body.metadataElementTypeName ?? family;
    const entity = this.estate.requireEntity(guid, type, store('getMetadataElementByGUID'));
    return this.renderer.rootElement(entity, body);
  }

  private elementsOf(body: QueryBody, family: string): EntityRecord[] {
    return this.estate.entitiesOf(body.metadataElementTypeName ?? family);
  }

  /** FilterRequestBody: exact, case-sensitive match on the naming attributes. */
  findByName(body: QueryBody, family: string, methodName: string): Array<Record<string, unknown>> {
    const name = body.filter;
    if (!name) throw frameworkCheck('omfNullName', ['name', methodName], 'name', methodName);
    const found = this.elementsOf(body, family).filter((e) =>
      NAME_PROPERTIES.some((attribute) => e.properties[attribute] === name),
    );
    return this.page(found, body, methodName).map((e) => this.renderer.rootElement(e, body));
  }

  /**
   * SearchStringRequestBody over the service's type (so the string is never checked as a regex).
   * Its failures name the store's method, not the view service's (`_methodName`).
   */
  search(body: QueryBody, family: string, _methodName: string): Array<Record<string, unknown>> {
    const matches = sixLiteralMatcher(body);
    const found = this.elementsOf(body, family).filter((e) => matches(e.properties));
    return this.searchPage(found, body).map((e) => this.renderer.rootElement(e, body));
  }

  /** By one attribute's exact value (connector types by provider class, endpoints by address). */
  findByAttribute(
    attribute: string,
    body: QueryBody,
    family: string,
    methodName: string,
  ): Array<Record<string, unknown>> {
    if (!body.filter) throw frameworkCheck('omfNullName', ['name', methodName], 'name', methodName);
    const found = this.elementsOf(body, family).filter(
      (e) => e.properties[attribute] === body.filter,
    );
    return this.page(found, body, methodName).map((e) => this.renderer.rootElement(e, body));
  }

  // ---------------------------------------------------------------------------- relationships

  /** attach: links two elements (the existing link is kept; catalog targets may repeat). */
  link(
    userId: string,
    typeName: string,
    end1Guid: string,
    end2Guid: string,
    properties: Properties,
  ): string {
    return this.estate.transaction(
      () =>
        this.estate.link(
          typeName,
          end1Guid,
          end2Guid,
          properties,
          userId,
          store('createRelatedElementsInStore'),
        ).guid,
    );
  }

  /**
   * detach: removes the relationships of the type running from end 1 to end 2 exactly
   * (OpenMetadataClientBase.detachRelatedElementsInStore); none is not an error.
   */
  unlink(typeName: string, end1Guid: string, end2Guid: string): void {
    const call = store('detachRelatedElementsInStore');
    this.estate.transaction(() => {
      const ends = RELATIONSHIP_ENDS[typeName] ?? ['OpenMetadataRoot', 'OpenMetadataRoot'];
      this.estate.requireEntity(
        end1Guid,
        'OpenMetadataRoot',
        { ...call, parameterName: 'metadataElement1GUID' },
        ends[0],
      );
      this.estate.requireEntity(
        end2Guid,
        'OpenMetadataRoot',
        { ...call, parameterName: 'metadataElement2GUID' },
        ends[1],
      );
      for (const r of this.estate.store.relationshipsBetween(typeName, end1Guid, end2Guid))
        this.estate.deleteRelationship(r.guid);
    });
  }

  updateRelationship(
    userId: string,
    guid: string,
    typeName: string | undefined,
    properties: Properties,
    merge: boolean,
  ): void {
    this.estate.transaction(() => {
      const relationship = this.estate.requireRelationship(
        guid,
        typeName,
        store('updateRelatedElementsInStore', 'relationshipGUID'),
      );
      this.estate.updateRelationship(relationship, properties, merge, userId);
    });
  }

  deleteRelationship(guid: string, typeName: string | undefined): void {
    this.estate.transaction(() => {
      this.estate.requireRelationship(
        guid,
        typeName,
        store('deleteRelatedElementsInStore', 'relationshipGUID'),
      );
      this.estate.deleteRelationship(guid);
    });
  }

  /** A relationship in generic form (OpenMetadataRelationship), as getCatalogTarget answers. */
  relationship(guid: string, typeName: string): Record<string, unknown> {
    const r = this.estate.requireRelationship(
      guid,
      typeName,
      store('getRelationshipByGUID', 'relationshipGUID'),
    );
    return openMetadataRelationship(
      r,
      [this.estate.entity(r.end1Guid), this.estate.entity(r.end2Guid)],
      this.release,
      this.estate.origin,
    );
  }

  /**
   * metadata-expert's relationship search without search properties: every relationship of the
   * type. End GUIDs in the body are not applied, as real 6.1's in-memory repository applies none
   * (captured 06e).
   */
  findRelationshipsOfType(relationshipTypeName: string, body: QueryBody): Record<string, unknown> {
    const methodName = 'findRelationshipsBetweenMetadataElements';
    if (!isRelationshipType(relationshipTypeName))
      throw errors.unrecognizedTypeName(relationshipTypeName, methodName, SERVICE_NAMES.view);
    const page = this.estate.relationshipsOfType(
      relationshipTypeName,
      body.startFrom ?? 0,
      body.pageSize ?? 0,
      methodName,
      'framework',
    );
    return relationshipList(
      page,
      (guid) => this.estate.entity(guid),
      this.release,
      this.estate.origin,
    );
  }

  /**
   * The elements related to one through a relationship type, each with `relatedBy` (the catalog
   * targets of a connector, the groups of a connector); an unknown starting element is the store's
   * 404 for getRelatedMetadataElements (captured 6.1 07d).
   */
  relatedRootElements(
    guid: string,
    typeName: string,
    startAtEnd: 1 | 2,
    body: QueryBody,
    methodName: string,
  ): Array<Record<string, unknown>> {
    this.estate.requireEntity(guid, 'OpenMetadataRoot', store('getRelatedMetadataElements'));
    const related = this.estate.relationshipsAt(guid, typeName, startAtEnd).flatMap((r) => {
      const other = this.estate.entity(startAtEnd === 1 ? r.end2Guid : r.end1Guid);
      return other
        ? [{ ...this.renderer.rootElement(other, body), relatedBy: this.renderer.relatedBy(r) }]
        : [];
    });
    return this.page(related, body, methodName);
  }

  // --------------------------------------------------------------------------- metadata-expert

  /** NewOpenMetadataElementRequestBody: a type name and ElementProperties. */
  createMetadataElement(userId: string, body: NewElementBody & { typeName?: string }): string {
    const methodName = 'createMetadataElementInStore';
    const typeName = body.typeName;
    if (!typeName) throw errors.nullName('metadataElementTypeName', methodName);
    const properties = attributesFromBean(decodeElementProperties(body.properties));
    if (isTypeOf(typeName, 'Referenceable') && typeof properties['qualifiedName'] !== 'string')
      throw errors.nullName('qualifiedName', methodName);
    return this.estate.transaction(
      () =>
        this.estate.createEntity(
          { typeName, properties, userId, anchor: this.anchor(body) },
          store(methodName),
        ).guid,
    );
  }

  getMetadataElement(guid: string): Record<string, unknown> {
    const entity = this.estate.requireEntity(
      guid,
      'OpenMetadataRoot',
      store('getMetadataElementByGUID'),
    );
    return openMetadataElement(entity, this.release, this.estate.origin);
  }

  /**
   * metadata-expert's related elements of one element (optionally by relationship type), as
   * 6.1 answers them: RelatedMetadataElementList with the starting element (captured on a 6.1
   * platform for ConnectionConnectorType: `relationshipGUID`, `element`, `elementAtEnd1`).
   */
  getRelatedMetadataElements(
    guid: string,
    relationshipTypeName: string | undefined,
    startFrom: number,
    pageSize: number,
  ): Record<string, unknown> {
    const methodName = 'getRelatedMetadataElements';
    const start = this.estate.requireEntity(guid, 'OpenMetadataRoot', store(methodName));
    const related = this.estate.store.relationshipsOf(guid).flatMap((relationship) => {
      if (relationshipTypeName && !isTypeOf(relationship.typeName, relationshipTypeName)) return [];
      const atEnd1 = relationship.end1Guid === guid;
      const other = this.estate.entity(atEnd1 ? relationship.end2Guid : relationship.end1Guid);
      return other
        ? [relatedMetadataElement(relationship, other, !atEnd1, this.release, this.estate.origin)]
        : [];
    });
    const page = this.estate.page(related, startFrom, pageSize, methodName);
    return {
      startingElement: openMetadataElement(start, this.release, this.estate.origin),
      ...(page.length > 0 ? { elementList: page } : {}),
    };
  }

  /** UpdatePropertiesRequestBody (6.x: UpdateOptions, so `mergeUpdate`, default true). */
  updateMetadataElement(
    userId: string,
    guid: string,
    body: { mergeUpdate?: boolean; properties?: unknown },
  ): void {
    const call = store('updateMetadataElementInStore', 'metadataElementGUID');
    this.estate.transaction(() => {
      const entity = this.estate.requireEntity(guid, 'OpenMetadataRoot', call);
      this.estate.updateEntity(
        entity,
        attributesFromBean(decodeElementProperties(body.properties)),
        body.mergeUpdate !== false,
        userId,
        call,
      );
    });
  }

  /**
   * metadata-expert's search: no type name means the string is first checked as a regular
   * expression (`"*"` → OMAG-COMMON-400-028), then matched as literal text like every 6.x search.
   */
  findMetadataElements(body: QueryBody, methodName: string): Array<Record<string, unknown>> {
    if (!body.metadataElementTypeName) validateSearchString(body.searchString, methodName);
    const matches = sixLiteralMatcher(body);
    const found = this.estate
      .entitiesOf(body.metadataElementTypeName ?? 'OpenMetadataRoot')
      .filter((e) => matches(e.properties));
    return this.searchPage(found, body).map((e) =>
      openMetadataElement(e, this.release, this.estate.origin),
    );
  }

  /** NewRelatedElementsRequestBody: ElementProperties for the relationship. */
  createRelatedElements(
    userId: string,
    body: {
      typeName?: string;
      metadataElement1GUID?: string;
      metadataElement2GUID?: string;
      properties?: unknown;
    },
  ): string {
    const methodName = 'createRelatedElementsInStore';
    if (!body.typeName) throw errors.nullName('relationshipTypeName', methodName);
    if (!body.metadataElement1GUID) throw errors.nullGuid('metadataElement1GUID', methodName);
    if (!body.metadataElement2GUID) throw errors.nullGuid('metadataElement2GUID', methodName);
    const properties = isRecord(body.properties)
      ? attributesFromBean(decodeElementProperties(body.properties))
      : {};
    return this.link(
      userId,
      body.typeName,
      body.metadataElement1GUID,
      body.metadataElement2GUID,
      properties,
    );
  }
}
