/**
 * Relationships in generic form (OpenMetadataRelationship), the same bean in 5.3's
 * open-metadata-store and 6.x's metadata-expert: a catalog target read by its GUID, and the
 * CatalogTarget relationships of the whole platform read in pages, which spares the graphs one
 * list per connector.
 */
import { z } from 'zod';
import type * as M from '../model';
import { ffdcShape } from './ffdc';
import { ElementPropertiesSchema, fromElementProperties } from './generic';
import { ElementTypeSchema, ElementVersionsSchema } from './header';

const ElementStubSchema = z.looseObject({
  guid: z.string().optional(),
  type: ElementTypeSchema.optional(),
  status: z.string().optional(),
  uniqueName: z.string().optional(),
});

export const OpenMetadataRelationshipSchema = z.looseObject({
  class: z.string().optional(),
  status: z.string().optional(),
  versions: ElementVersionsSchema.optional(),
  relationshipGUID: z.string(),
  relationshipType: ElementTypeSchema.optional(),
  relationshipProperties: ElementPropertiesSchema.optional(),
  elementGUIDAtEnd1: z.string().optional(),
  elementAtEnd1: ElementStubSchema.optional(),
  elementGUIDAtEnd2: z.string().optional(),
  elementAtEnd2: ElementStubSchema.optional(),
});
export type OpenMetadataRelationship = z.infer<typeof OpenMetadataRelationshipSchema>;

/**
 * `relationships/by-search-conditions`: 5.3 lists them in `elementList`, 6.1 in `relationships`
 * (both captured); either answers an empty object, or no list at all, when none match.
 */
export const OpenMetadataRelationshipListResponseSchema = z.object({
  ...ffdcShape,
  relationshipList: z
    .looseObject({
      elementList: z.array(OpenMetadataRelationshipSchema).optional(),
      relationships: z.array(OpenMetadataRelationshipSchema).optional(),
    })
    .optional(),
});
type RelationshipListResponse = z.infer<typeof OpenMetadataRelationshipListResponseSchema>;

export const listedRelationships = (r: RelationshipListResponse): OpenMetadataRelationship[] =>
  r.relationshipList?.relationships ?? r.relationshipList?.elementList ?? [];

/** The search for every relationship of one type: no search properties, a page at a time. */
export const relationshipsOfTypeBody = (relationshipTypeName: string) => ({
  class: 'FindRelationshipRequestBody' as const,
  relationshipTypeName,
});

type Bag = Record<string, unknown> | undefined;

/** A CatalogTarget relationship's properties, the same names in 5.3 and 6.x. */
export function catalogTargetFields(p: Bag): M.CatalogTargetProperties {
  const text = (key: string) => (typeof p?.[key] === 'string' ? (p[key] as string) : undefined);
  const map = (key: string): Record<string, unknown> => {
    const value = p?.[key];
    return value && typeof value === 'object' && !Array.isArray(value)
      ? (value as Record<string, unknown>)
      : {};
  };
  const templates = Object.entries(map('templates')).filter(
    (entry): entry is [string, string] => typeof entry[1] === 'string',
  );
  return {
    catalogTargetName: text('catalogTargetName') ?? '',
    metadataSourceQualifiedName: text('metadataSourceQualifiedName'),
    metadataCollectionQualifiedName: text('metadataCollectionQualifiedName'),
    connectionName: text('connectionName'),
    permittedSynchronization: text('permittedSynchronization'),
    deleteMethod: text('deleteMethod'),
    configurationProperties: map('configurationProperties'),
    templates: Object.fromEntries(templates),
  };
}

/** A CatalogTarget relationship: the connector at end 1, the element it catalogues at end 2. */
export function toCatalogTargetRelationship(
  relationship: OpenMetadataRelationship,
): M.CatalogTarget {
  const end2 = relationship.elementAtEnd2;
  const guid = end2?.guid ?? relationship.elementGUIDAtEnd2;
  return {
    ...catalogTargetFields(fromElementProperties(relationship.relationshipProperties)),
    relationshipGuid: relationship.relationshipGUID,
    version: relationship.versions?.version,
    updateTime: relationship.versions?.updateTime ?? relationship.versions?.createTime,
    element: guid
      ? {
          guid,
          typeName: end2?.type?.typeName ?? 'OpenMetadataRoot',
          superTypeNames: end2?.type?.superTypeNames ?? [],
          qualifiedName: end2?.uniqueName,
          status: end2?.status,
        }
      : undefined,
  };
}

/** Each listed CatalogTarget relationship with its connector; any without end 1 is left out. */
export function toConnectorCatalogTargets(
  relationships: OpenMetadataRelationship[],
): M.ConnectorCatalogTarget[] {
  return relationships.flatMap((relationship) => {
    const connectorGuid = relationship.elementAtEnd1?.guid ?? relationship.elementGUIDAtEnd1;
    return connectorGuid ? [{ ...toCatalogTargetRelationship(relationship), connectorGuid }] : [];
  });
}
