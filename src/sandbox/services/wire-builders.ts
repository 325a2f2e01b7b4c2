/**
 * Builds the header beans Egeria 5.3 puts on every element (ElementHeader, ElementStub,
 * ElementVersions) from stored instances. Key order follows the Java field order; absent values are
 * left out as Jackson NON_NULL does.
 */
import type * as W from '../../egeria/v5/wire';
import type { EntityRecord, RelationshipRecord } from '../store/metadata-store';
import { typeDefinition } from '../store/type-registry';
import { compact } from '../util/compact';
import { isoDate } from '../util/time';

export interface OriginInfo {
  /** The server that produced the response. */
  sourceServer: string;
  homeMetadataCollectionId: string;
  homeMetadataCollectionName: string;
}

export function elementType(typeName: string): W.ElementType {
  const def = typeDefinition(typeName);
  return compact({
    typeId: def.typeId,
    typeName: def.typeName,
    superTypeNames: def.superTypeNames,
    typeVersion: def.typeVersion,
    typeDescription: def.typeDescription,
  });
}

export function elementVersions(instance: EntityRecord | RelationshipRecord): W.ElementVersions {
  return compact({
    createdBy: instance.createdBy,
    updatedBy: instance.updatedBy,
    maintainedBy: instance.maintainedBy,
    createTime: isoDate(instance.createTime),
    updateTime: instance.updateTime === undefined ? undefined : isoDate(instance.updateTime),
    version: instance.version,
  });
}

export class HeaderBuilder {
  constructor(private readonly origin: OriginInfo) {}

  private elementOrigin(entity: EntityRecord): W.ElementOrigin {
    return {
      sourceServer: this.origin.sourceServer,
      originCategory: entity.originCategory,
      homeMetadataCollectionId: this.origin.homeMetadataCollectionId,
      homeMetadataCollectionName: this.origin.homeMetadataCollectionName,
    };
  }

  header(entity: EntityRecord): W.ElementHeader {
    // No classifications are stored, so the key is omitted (the getter returns null for an empty list).
    return {
      class: 'ElementHeader',
      headerVersion: 0,
      status: entity.status,
      type: elementType(entity.typeName),
      origin: this.elementOrigin(entity),
      versions: elementVersions(entity),
      guid: entity.guid,
    };
  }

  stub(entity: EntityRecord): W.ElementStub {
    const qualifiedName = entity.properties['qualifiedName'];
    return compact({
      class: 'ElementStub',
      headerVersion: 0,
      status: entity.status,
      type: elementType(entity.typeName),
      origin: this.elementOrigin(entity),
      versions: elementVersions(entity),
      guid: entity.guid,
      uniqueName: typeof qualifiedName === 'string' ? qualifiedName : undefined,
    });
  }
}
