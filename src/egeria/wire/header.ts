/**
 * Element headers, the same beans in 5.3 and 6.x: type, origin and versions. 5.3 lists
 * classifications in `classifications`; 6.x puts them in named slots (anchor, zoneMembership, …)
 * that the console does not read, so headers are parsed loosely and keep what they carry.
 */
import { z } from 'zod';
import { optionalStrings } from './fields';
import type { ElementMeta } from '../model';

export const ElementTypeSchema = z.looseObject({
  typeId: z.string().optional(),
  typeName: z.string(),
  superTypeNames: z.array(z.string()).optional(),
  typeVersion: z.number().optional(),
  typeDescription: z.string().optional(),
  typeCategory: z.string().optional(),
});
export type ElementType = z.infer<typeof ElementTypeSchema>;

export const ElementOriginSchema = z.looseObject({
  ...optionalStrings(
    'sourceServer',
    'originCategory',
    'homeMetadataCollectionId',
    'homeMetadataCollectionName',
    'license',
  ),
});

export const ElementVersionsSchema = z.looseObject({
  createdBy: z.string().optional(),
  updatedBy: z.string().optional(),
  maintainedBy: z.array(z.string()).optional(),
  createTime: z.string().optional(),
  updateTime: z.string().optional(),
  version: z.number().optional(),
  /** 6.x */
  lastRequestId: z.string().optional(),
});
export type ElementVersions = z.infer<typeof ElementVersionsSchema>;

export const ElementHeaderSchema = z.looseObject({
  class: z.string().optional(),
  headerVersion: z.number().optional(),
  status: z.string().optional(),
  type: ElementTypeSchema,
  origin: ElementOriginSchema.optional(),
  versions: ElementVersionsSchema.optional(),
  guid: z.string(),
});
export type ElementHeader = z.infer<typeof ElementHeaderSchema>;

/** A header for the element at the other end of a relationship; `uniqueName` is its qualifiedName. */
export const ElementStubSchema = ElementHeaderSchema.extend({ uniqueName: z.string().optional() });
export type ElementStub = z.infer<typeof ElementStubSchema>;

export function toMeta(header: ElementHeader): ElementMeta {
  return {
    guid: header.guid,
    typeName: header.type.typeName,
    superTypeNames: header.type.superTypeNames ?? [],
    status: header.status,
    version: header.versions?.version,
    createdBy: header.versions?.createdBy,
    updatedBy: header.versions?.updatedBy,
    createTime: header.versions?.createTime,
    updateTime: header.versions?.updateTime,
    originCategory: header.origin?.originCategory,
    metadataCollectionName: header.origin?.homeMetadataCollectionName,
  };
}

/** True when the type is `typeName` or a subtype of it. */
export function isOfType(type: ElementType, typeName: string): boolean {
  return type.typeName === typeName || (type.superTypeNames ?? []).includes(typeName);
}
