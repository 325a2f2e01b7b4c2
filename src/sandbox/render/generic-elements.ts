/**
 * Egeria's generic element beans (the open-metadata-store of 5.3, metadata-expert of 6.x):
 * OpenMetadataElement (no `class`; attributes as ElementProperties — under 5.3's names on 5.3),
 * RelatedMetadataElement and OpenMetadataRelationship with its element stubs.
 */
import { toFiveAttributes } from '../model/attribute-names';
import type { EstateOrigin } from '../model/estate';
import type { EntityRecord, RelationshipRecord } from '../store/metadata-store';
import { compact } from '../util/compact';
import { encodeElementProperties } from '../wire/element-properties';
import { isSix, type Release } from '../wire/releases';
import { attachedClassifications, elementOrigin, elementType, elementVersions } from './headers';
import { MermaidGraph, nodeDisplayName, spacedTypeName } from './mermaid';

function attributes(typeName: string, properties: Record<string, unknown>, release: Release) {
  const values = isSix(release) ? properties : toFiveAttributes(typeName, properties);
  return Object.keys(values).length > 0 ? encodeElementProperties(values) : undefined;
}

export function openMetadataElement(
  entity: EntityRecord,
  release: Release,
  origin: EstateOrigin,
): Record<string, unknown> {
  return compact({
    headerVersion: 0,
    status: entity.status,
    type: elementType(entity.typeName, release),
    origin: elementOrigin(entity.originCategory, origin),
    versions: elementVersions(entity, release, entity.originCategory !== 'CONTENT_PACK'),
    elementGUID: entity.guid,
    classifications: attachedClassifications(entity, release, origin),
    elementProperties: attributes(entity.typeName, entity.properties, release),
  });
}

/** The control header and properties every generic relationship bean starts with. */
function relationshipHead(
  relationship: RelationshipRecord,
  release: Release,
  origin: EstateOrigin,
) {
  return {
    headerVersion: 0,
    status: relationship.status,
    type: elementType(relationship.typeName, release),
    origin: elementOrigin('LOCAL_COHORT', origin),
    versions: elementVersions(relationship, release),
    relationshipGUID: relationship.guid,
  };
}

/** A relationship seen from one of its ends, with the element at the other end. */
export function relatedMetadataElement(
  relationship: RelationshipRecord,
  other: EntityRecord,
  otherAtEnd1: boolean,
  release: Release,
  origin: EstateOrigin,
): Record<string, unknown> {
  return compact({
    ...relationshipHead(relationship, release, origin),
    relationshipProperties: attributes(relationship.typeName, relationship.properties, release),
    element: openMetadataElement(other, release, origin),
    elementAtEnd1: otherAtEnd1,
  });
}

function stub(entity: EntityRecord | undefined, release: Release, origin: EstateOrigin) {
  if (!entity) return undefined;
  const qualifiedName = entity.properties['qualifiedName'];
  return compact({
    class: 'OpenMetadataElementStub',
    headerVersion: 0,
    status: entity.status,
    type: elementType(entity.typeName, release),
    origin: elementOrigin(entity.originCategory, origin),
    versions: elementVersions(entity, release),
    guid: entity.guid,
    classifications: attachedClassifications(entity, release, origin),
    uniqueName: typeof qualifiedName === 'string' ? qualifiedName : undefined,
  });
}

export function openMetadataRelationship(
  relationship: RelationshipRecord,
  ends: [EntityRecord | undefined, EntityRecord | undefined],
  release: Release,
  origin: EstateOrigin,
): Record<string, unknown> {
  return compact({
    ...relationshipHead(relationship, release, origin),
    relationshipType: elementType(relationship.typeName, release),
    relationshipProperties: attributes(relationship.typeName, relationship.properties, release),
    elementGUIDAtEnd1: relationship.end1Guid,
    elementAtEnd1: stub(ends[0], release, origin),
    elementGUIDAtEnd2: relationship.end2Guid,
    elementAtEnd2: stub(ends[1], release, origin),
  });
}

/** The attribute names of a relationship's ends, as listed relationships carry them (captured). */
const END_LABELS: Record<string, [string, string]> = {
  CatalogTarget: ['cataloguedByConnectors', 'catalogTargets'],
};

function withoutClass(stub: unknown): unknown {
  if (!stub || typeof stub !== 'object') return stub;
  const { class: _class, ...rest } = stub as Record<string, unknown>;
  return rest;
}

/**
 * The RelationshipList `relationships/by-search-conditions` answers: the relationships (5.3 in
 * `elementList`, 6.x in `relationships`) with Egeria's picture of them; `{}` when none match
 * (captured 5.3 06c/06d, 6.1 06e/06f).
 */
export function relationshipList(
  relationships: RelationshipRecord[],
  entity: (guid: string) => EntityRecord | undefined,
  release: Release,
  origin: EstateOrigin,
): Record<string, unknown> {
  if (relationships.length === 0) return {};
  const graph = new MermaidGraph();
  const node = (e: EntityRecord | undefined, guid: string) =>
    graph.node(guid, e?.typeName ?? 'OpenMetadataRoot', nodeDisplayName(e?.properties ?? {}, guid));
  const beans = relationships.map((r) => {
    const ends: [EntityRecord | undefined, EntityRecord | undefined] = [
      entity(r.end1Guid),
      entity(r.end2Guid),
    ];
    node(ends[0], r.end1Guid);
    node(ends[1], r.end2Guid);
    graph.line(r.end1Guid, spacedTypeName(r.typeName), r.end2Guid);
    const { elementAtEnd1, elementAtEnd2, ...bean } = openMetadataRelationship(
      r,
      ends,
      release,
      origin,
    );
    const labels = END_LABELS[r.typeName];
    // Listed, each end is named by its label and its stub carries no `class`.
    return compact({
      ...bean,
      labelAtEnd1: labels?.[0],
      elementAtEnd1: withoutClass(elementAtEnd1),
      labelAtEnd2: labels?.[1],
      elementAtEnd2: withoutClass(elementAtEnd2),
    });
  });
  return {
    [isSix(release) ? 'relationships' : 'elementList']: beans,
    mermaidGraph: graph.render('Relationships matching Query', 'LR'),
  };
}
