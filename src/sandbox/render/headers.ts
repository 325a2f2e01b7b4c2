/**
 * The header beans Egeria puts on every element and relationship, per release: the element's type
 * (6.x adds `typeCategory`), origin, versions (6.x fills updatedBy, maintainedBy and updateTime at
 * creation and adds `lastRequestId`, captured 6.1 10a) and its Anchors classification (5.3: in a
 * `classifications` list; 6.x: in the header's `anchor` slot, with an AnchorsProperties bean).
 * Absent values are left out, as Jackson's NON_NULL does.
 */
import type { AnchorRecord, EntityRecord, RelationshipRecord } from '../store/metadata-store';
import { compact } from '../util/compact';
import { stableGuid } from '../util/guid';
import { isoDate } from '../util/time';
import { encodeElementProperties } from '../wire/element-properties';
import { typeInfo } from '../wire/open-metadata-types';
import { isSix, type Release } from '../wire/releases';
import type { EstateOrigin } from '../model/estate';

type Instance = EntityRecord | RelationshipRecord;

export function elementType(typeName: string, release: Release): Record<string, unknown> {
  const info = typeInfo(typeName, release);
  return compact({
    typeId: info.typeId || undefined,
    typeName: info.typeName,
    superTypeNames: info.superTypeNames,
    typeVersion: info.typeVersion,
    typeDescription: info.typeDescription,
    typeCategory: isSix(release) ? info.typeCategory : undefined,
  });
}

/** A request id for 6.x versions: stable per instance version, so repeated reads agree. */
function lastRequestId(guid: string, version: number): string {
  return stableGuid(`request:${guid}:${version}`);
}

/**
 * @param fromRequest whether a REST request made the instance: 6.x then names the request
 * (content-pack elements carry no `lastRequestId`, captured 6.1 04a).
 */
export function elementVersions(
  instance: Pick<
    Instance,
    'guid' | 'createdBy' | 'createTime' | 'updatedBy' | 'updateTime' | 'maintainedBy' | 'version'
  >,
  release: Release,
  fromRequest = true,
): Record<string, unknown> {
  if (!isSix(release))
    return compact({
      createdBy: instance.createdBy,
      updatedBy: instance.updatedBy,
      maintainedBy: instance.maintainedBy,
      createTime: isoDate(instance.createTime),
      updateTime: instance.updateTime === undefined ? undefined : isoDate(instance.updateTime),
      version: instance.version,
    });
  return {
    createdBy: instance.createdBy,
    updatedBy: instance.updatedBy ?? instance.createdBy,
    maintainedBy: instance.maintainedBy ?? [instance.createdBy],
    createTime: isoDate(instance.createTime),
    updateTime: isoDate(instance.updateTime ?? instance.createTime),
    version: instance.version,
    ...(fromRequest ? { lastRequestId: lastRequestId(instance.guid, instance.version) } : {}),
  };
}

const fromRequest = (entity: EntityRecord) => entity.originCategory !== 'CONTENT_PACK';

export function elementOrigin(
  originCategory: string,
  origin: EstateOrigin,
): Record<string, unknown> {
  return {
    sourceServer: origin.serverName,
    originCategory,
    homeMetadataCollectionId: origin.homeMetadataCollectionId,
    homeMetadataCollectionName: origin.homeMetadataCollectionName,
  };
}

function anchorValues(anchor: AnchorRecord): Record<string, unknown> {
  return compact({
    anchorGUID: anchor.anchorGUID,
    anchorTypeName: anchor.anchorTypeName,
    anchorDomainName: anchor.anchorDomainName,
  });
}

/** The Anchors classification, with `properties` in the form the caller's bean uses. */
function anchorsClassification(
  entity: EntityRecord,
  anchor: AnchorRecord,
  release: Release,
  origin: EstateOrigin,
  beanClass: 'ElementClassification' | 'AttachedClassification',
  properties: unknown,
): Record<string, unknown> {
  return {
    class: beanClass,
    headerVersion: 0,
    status: 'ACTIVE',
    type: elementType('Anchors', release),
    origin: elementOrigin(entity.originCategory, origin),
    versions: elementVersions(
      {
        guid: `${entity.guid}:Anchors`,
        createdBy: anchor.createdBy,
        createTime: anchor.createTime,
        version: 1,
      },
      release,
      fromRequest(entity),
    ),
    classificationOrigin: 'ASSIGNED',
    classificationName: 'Anchors',
    classificationProperties: properties,
  };
}

/** What every ElementHeader of an entity starts with. */
function headerStart(entity: EntityRecord, release: Release, origin: EstateOrigin) {
  return {
    class: 'ElementHeader',
    headerVersion: 0,
    status: entity.status,
    type: elementType(entity.typeName, release),
    origin: elementOrigin(entity.originCategory, origin),
    versions: elementVersions(entity, release, fromRequest(entity)),
    guid: entity.guid,
  };
}

/** The 5.3 GAF ElementHeader (GCS beans): classifications as plain maps. */
export function fiveElementHeader(
  entity: EntityRecord,
  origin: EstateOrigin,
): Record<string, unknown> {
  return compact({
    ...headerStart(entity, '5.3', origin),
    classifications: entity.anchor
      ? [
          anchorsClassification(
            entity,
            entity.anchor,
            '5.3',
            origin,
            'ElementClassification',
            anchorValues(entity.anchor),
          ),
        ]
      : undefined,
  });
}

/** The 5.3 OCF element base of a Connection, ConnectorType or Endpoint bean: the header without status. */
export function fiveOcfHeader(entity: EntityRecord, origin: EstateOrigin): Record<string, unknown> {
  const { status: _status, class: _class, ...rest } = fiveElementHeader(entity, origin);
  return rest;
}

/** The 5.3 ElementStub of a catalog target. */
export function fiveElementStub(
  entity: EntityRecord,
  origin: EstateOrigin,
): Record<string, unknown> {
  const qualifiedName = entity.properties['qualifiedName'];
  return compact({
    ...fiveElementHeader(entity, origin),
    class: 'ElementStub',
    uniqueName: typeof qualifiedName === 'string' ? qualifiedName : undefined,
  });
}

/** The 6.x ElementHeader of an entity: the anchor in its own slot. */
export function sixElementHeader(
  entity: EntityRecord,
  release: Release,
  origin: EstateOrigin,
): Record<string, unknown> {
  return compact({
    ...headerStart(entity, release, origin),
    anchor: entity.anchor
      ? anchorsClassification(entity, entity.anchor, release, origin, 'ElementClassification', {
          class: 'AnchorsProperties',
          typeName: 'Anchors',
          ...anchorValues(entity.anchor),
        })
      : undefined,
  });
}

/** The 6.x ElementHeader of a relationship. */
export function sixRelationshipHeader(
  relationship: RelationshipRecord,
  release: Release,
  origin: EstateOrigin,
): Record<string, unknown> {
  return {
    class: 'ElementHeader',
    headerVersion: 0,
    status: relationship.status,
    type: elementType(relationship.typeName, release),
    origin: elementOrigin('LOCAL_COHORT', origin),
    versions: elementVersions(relationship, release),
    guid: relationship.guid,
  };
}

/** The classifications of a generic OpenMetadataElement (both releases): ElementProperties values. */
export function attachedClassifications(
  entity: EntityRecord,
  release: Release,
  origin: EstateOrigin,
): Array<Record<string, unknown>> | undefined {
  if (!entity.anchor) return undefined;
  return [
    anchorsClassification(
      entity,
      entity.anchor,
      release,
      origin,
      'AttachedClassification',
      encodeElementProperties(anchorValues(entity.anchor)),
    ),
  ];
}
