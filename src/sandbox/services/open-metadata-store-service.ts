/**
 * Egeria 5.3's open-metadata-store (OMF OpenMetadataStoreRESTServices / MetadataElementHandler at
 * e993386a1f51) on the metadata access server: generic elements and relationships with their
 * attributes in ElementProperties, which the console uses on 5.3 to build a connector's
 * ConnectorType, Endpoint and Connection because the governance-configuration-service cannot.
 * Its quirks are kept: createRelatedElementsInStore answers a GUIDResponse without a GUID (the
 * handler returns null); update-properties merges unless `replaceProperties`.
 */
import { errors, SERVICE_NAMES } from '../ffdc/ffdc-error';
import { fromFiveAttributes, toFiveAttributes } from '../model/attribute-names';
import type { AnchorChoice, CallContext, Estate } from '../model/estate';
import { fiveRegexMatcher, validateSearchString } from '../model/search';
import {
  openMetadataElement,
  relatedMetadataElement,
  relationshipList,
} from '../render/generic-elements';
import { MermaidGraph, nodeDisplayName, spacedTypeName } from '../render/mermaid';
import type { EntityRecord, Properties } from '../store/metadata-store';
import { readDate } from '../util/time';
import { DATE_ATTRIBUTES, decodeElementProperties } from '../wire/element-properties';
import { isKnownEntityType, isRelationshipType, isTypeOf } from '../wire/open-metadata-types';
import { deleteWithAnchored } from './governance-configuration-service';

export interface NewElementBody {
  typeName?: string;
  anchorGUID?: string;
  isOwnAnchor?: boolean;
  properties?: Record<string, unknown>;
  parentGUID?: string;
  parentRelationshipTypeName?: string;
  parentRelationshipProperties?: Record<string, unknown>;
  parentAtEnd1?: boolean;
}

const ANCHORING_LINKS = new Set(['AssetConnection', 'ConnectToEndpoint']);

export interface NewRelatedElementsBody {
  typeName?: string;
  metadataElement1GUID?: string;
  metadataElement2GUID?: string;
  properties?: Record<string, unknown>;
}

export interface SearchBody {
  searchString?: string;
  typeName?: string;
}

const fiveAttributes = (entity: EntityRecord) =>
  toFiveAttributes(entity.typeName, entity.properties);

export class OpenMetadataStoreService {
  constructor(readonly estate: Estate) {}

  private call(methodName: string, parameterName = 'elementGUID'): CallContext {
    return { methodName, serviceName: SERVICE_NAMES.store, parameterName };
  }

  /** ElementProperties of a 5.3 request as stored attributes (dates as epoch milliseconds). */
  private attributes(typeName: string, properties: unknown): Properties {
    const values = fromFiveAttributes(typeName, decodeElementProperties(properties));
    return Object.fromEntries(
      Object.entries(values).flatMap(([name, value]) => {
        const stored = DATE_ATTRIBUTES.has(name) ? readDate(value) : value;
        return stored === undefined ? [] : [[name, stored]];
      }),
    );
  }

  private requireType(
    typeName: string | undefined,
    parameterName: string,
    methodName: string,
  ): string {
    if (!typeName) throw errors.nullName(parameterName, methodName);
    if (!isKnownEntityType(typeName) && !isRelationshipType(typeName))
      throw errors.unrecognizedTypeName(typeName, methodName, SERVICE_NAMES.store);
    return typeName;
  }

  createMetadataElementInStore(userId: string, body: NewElementBody): string {
    const methodName = 'createMetadataElementInStore';
    const call = this.call(methodName);
    const typeName = this.requireType(body.typeName, 'metadataElementTypeName', methodName);
    if (body.parentGUID && !body.parentRelationshipTypeName)
      throw errors.nullName('parentRelationshipTypeName', methodName);
    const properties = this.attributes(typeName, body.properties);
    if (isTypeOf(typeName, 'Referenceable') && typeof properties['qualifiedName'] !== 'string')
      throw errors.nullName('qualifiedName', methodName);
    const anchor: AnchorChoice = body.anchorGUID
      ? { guid: body.anchorGUID }
      : body.isOwnAnchor
        ? 'self'
        : 'none';
    return this.estate.transaction(() => {
      if (body.anchorGUID)
        this.estate.requireEntity(body.anchorGUID, 'OpenMetadataRoot', {
          ...call,
          parameterName: 'anchorGUID',
        });
      const guid = this.estate.createEntity({ typeName, properties, userId, anchor }, call).guid;
      if (body.parentGUID && body.parentRelationshipTypeName) {
        const atEnd1 = body.parentAtEnd1 ?? true;
        const relationshipType = body.parentRelationshipTypeName;
        this.estate.link(
          relationshipType,
          atEnd1 ? body.parentGUID : guid,
          atEnd1 ? guid : body.parentGUID,
          this.attributes(relationshipType, body.parentRelationshipProperties),
          userId,
          call,
          atEnd1 ? ['parentGUID', 'metadataElementGUID'] : ['metadataElementGUID', 'parentGUID'],
        );
      }
      return guid;
    });
  }

  getMetadataElementByGUID(guid: string): Record<string, unknown> {
    const entity = this.estate.requireEntity(
      guid,
      'OpenMetadataRoot',
      this.call('getMetadataElementByGUID'),
    );
    return openMetadataElement(entity, '5.3', this.estate.origin);
  }

  updateMetadataElementInStore(
    userId: string,
    guid: string,
    body: { replaceProperties?: boolean; properties?: Record<string, unknown> },
  ): void {
    const call = this.call('updateMetadataElementInStore', 'metadataElementGUID');
    this.estate.transaction(() => {
      const entity = this.estate.requireEntity(guid, 'OpenMetadataRoot', call);
      this.estate.updateEntity(
        entity,
        this.attributes(entity.typeName, body.properties),
        body.replaceProperties !== true,
        userId,
        call,
      );
    });
  }

  deleteMetadataElementInStore(guid: string): void {
    const call = this.call('deleteMetadataElementInStore', 'metadataElementGUID');
    this.estate.transaction(() => {
      this.estate.requireEntity(guid, 'OpenMetadataRoot', call);
      deleteWithAnchored(this.estate, guid);
    });
  }

  /** The relationship is made; the GUIDResponse carries no GUID (5.3's handler returns null). */
  createRelatedElementsInStore(userId: string, body: NewRelatedElementsBody): void {
    const methodName = 'createRelatedElementsInStore';
    const typeName = this.requireType(body.typeName, 'relationshipTypeName', methodName);
    if (!body.metadataElement1GUID) throw errors.nullGuid('metadataElement1GUID', methodName);
    if (!body.metadataElement2GUID) throw errors.nullGuid('metadataElement2GUID', methodName);
    const end1 = body.metadataElement1GUID;
    const end2 = body.metadataElement2GUID;
    this.estate.transaction(() => {
      this.estate.link(
        typeName,
        end1,
        end2,
        this.attributes(typeName, body.properties),
        userId,
        this.call(methodName),
      );
      // Real 5.3 anchors a connection to the asset it is linked to, and an endpoint to its first
      // connection's anchor: deleting the connector then deletes both (e993386a1f51, probed).
      if (ANCHORING_LINKS.has(typeName)) this.estate.adoptAnchor(end2, end1, userId);
    });
  }

  updateRelatedElementsInStore(
    userId: string,
    relationshipGuid: string,
    body: { replaceProperties?: boolean; properties?: Record<string, unknown> },
  ): void {
    const call = this.call('updateRelatedElementsInStore', 'relationshipGUID');
    this.estate.transaction(() => {
      const relationship = this.estate.requireRelationship(relationshipGuid, undefined, call);
      this.estate.updateRelationship(
        relationship,
        this.attributes(relationship.typeName, body.properties),
        body.replaceProperties !== true,
        userId,
      );
    });
  }

  deleteRelatedElementsInStore(relationshipGuid: string): void {
    const call = this.call('deleteRelatedElementsInStore', 'relationshipGUID');
    this.estate.transaction(() => {
      this.estate.requireRelationship(relationshipGuid, undefined, call);
      this.estate.deleteRelationship(relationshipGuid);
    });
  }

  /**
   * RelatedMetadataElementList of the elements related to one (optionally by one relationship
   * type); `startingAtEnd` 1 or 2 keeps only relationships where the element sits at that end.
   * The list object is always there; with elements it carries their Mermaid picture, whose nodes
   * 5.3 labels with the relationship's type rather than the element's (OpenMetadataMermaidGraphBuilder).
   */
  getRelatedMetadataElements(
    guid: string,
    relationshipTypeName: string | undefined,
    startingAtEnd: number,
    startFrom: number,
    pageSize: number,
  ): { elementList?: Array<Record<string, unknown>>; mermaidGraph?: string } {
    const methodName = 'getRelatedMetadataElements';
    this.estate.requireEntity(guid, 'OpenMetadataRoot', this.call(methodName));
    const related = this.estate.store.relationshipsOf(guid).flatMap((relationship) => {
      if (relationshipTypeName && !isTypeOf(relationship.typeName, relationshipTypeName)) return [];
      const atEnd1 = relationship.end1Guid === guid;
      if ((startingAtEnd === 1 && !atEnd1) || (startingAtEnd === 2 && atEnd1)) return [];
      const other = this.estate.entity(atEnd1 ? relationship.end2Guid : relationship.end1Guid);
      return other ? [{ relationship, other, otherAtEnd1: !atEnd1 }] : [];
    });
    const page = this.estate.page(related, startFrom, pageSize, methodName);
    if (page.length === 0) return {};
    const graph = new MermaidGraph().node(guid, 'StartingFrom', guid);
    for (const { relationship, other } of page)
      graph.node(
        other.guid,
        relationship.typeName,
        nodeDisplayName(fiveAttributes(other), other.guid),
      );
    for (const { relationship, other, otherAtEnd1 } of page) {
      const label = spacedTypeName(relationship.typeName);
      if (otherAtEnd1) graph.line(other.guid, label, guid);
      else graph.line(guid, label, other.guid);
    }
    return {
      elementList: page.map(({ relationship, other, otherAtEnd1 }) =>
        relatedMetadataElement(relationship, other, otherAtEnd1, '5.3', this.estate.origin),
      ),
      mermaidGraph: graph.render(`Starting Element - ${guid}`, 'LR'),
    };
  }

  /**
   * findRelationshipsBetweenMetadataElements without search properties: every relationship of the
   * type, a page at a time (5.3 then calls getRelationshipsByType).
   */
  findRelationshipsOfType(relationshipTypeName: string, startFrom: number, pageSize: number) {
    const methodName = 'findRelationshipsBetweenMetadataElements';
    if (!isRelationshipType(relationshipTypeName))
      throw errors.unrecognizedTypeName(relationshipTypeName, methodName, SERVICE_NAMES.store);
    const page = this.estate.relationshipsOfType(
      relationshipTypeName,
      startFrom,
      pageSize,
      methodName,
    );
    return relationshipList(page, (guid) => this.estate.entity(guid), '5.3', this.estate.origin);
  }

  findMetadataElementsWithString(body: SearchBody, startFrom: number, pageSize: number) {
    const methodName = 'findMetadataElementsWithString';
    if (!body.typeName) validateSearchString(body.searchString, methodName);
    const matches = fiveRegexMatcher(body.searchString);
    const found = this.estate
      .entitiesOf(body.typeName ?? 'OpenMetadataRoot')
      .filter((e) => matches(e.properties));
    return this.estate
      .page(found, startFrom, pageSize, methodName)
      .map((e) => openMetadataElement(e, '5.3', this.estate.origin));
  }
}
