/**
 * Beans of Egeria's generic open metadata API, the same in 5.3 (GAF open-metadata-store) and 6.x
 * (metadata-expert): property values and OpenMetadataElement, the element a metadata search
 * returns (header fields flattened, `elementGUID`, properties as `elementProperties`).
 */
import { z } from 'zod';
import type { ElementSummary } from './model';
import { fromElementProperties } from './property-values';
import {
  ElementOriginSchema,
  ElementTypeSchema,
  ElementVersionsSchema,
  ffdcShape,
} from './v5/wire';

export interface PropertyValue {
  class: string;
  typeName?: string;
  primitiveTypeCategory?: string;
  primitiveValue?: unknown;
  symbolicName?: string;
  ordinal?: number;
  mapValues?: ElementProperties;
  arrayCount?: number;
  arrayValues?: ElementProperties;
}
export interface ElementProperties {
  class?: string;
  propertyValueMap?: Record<string, PropertyValue>;
}

export const PropertyValueSchema: z.ZodType<PropertyValue> = z.lazy(() =>
  z.looseObject({
    class: z.string(),
    typeName: z.string().optional(),
    primitiveTypeCategory: z.string().optional(),
    primitiveValue: z.unknown().optional(),
    symbolicName: z.string().optional(),
    ordinal: z.number().optional(),
    mapValues: ElementPropertiesSchema.optional(),
    arrayCount: z.number().optional(),
    arrayValues: ElementPropertiesSchema.optional(),
  }),
);
export const ElementPropertiesSchema: z.ZodType<ElementProperties> = z.lazy(() =>
  z.looseObject({
    class: z.string().optional(),
    propertyValueMap: z.record(z.string(), PropertyValueSchema).optional(),
  }),
);

/** A generic element (metadata-expert searches): header fields flattened, properties as values. */
export const OpenMetadataElementSchema = z.looseObject({
  class: z.string().optional(),
  headerVersion: z.number().optional(),
  status: z.string().optional(),
  type: ElementTypeSchema,
  origin: ElementOriginSchema.optional(),
  versions: ElementVersionsSchema.optional(),
  elementGUID: z.string(),
  elementProperties: ElementPropertiesSchema.optional(),
});
export type OpenMetadataElement = z.infer<typeof OpenMetadataElementSchema>;

/** 5.3's answer to a search (6.x extends it with its own FFDC fields and a mermaid graph). */
export const OpenMetadataElementsResponseSchema = z.object({
  ...ffdcShape,
  elementList: z.array(OpenMetadataElementSchema).optional(),
});
export type OpenMetadataElementsResponse = z.infer<typeof OpenMetadataElementsResponseSchema>;

/** The element as the domain's summary; names are read from the usual name properties. */
export function toElementSummary(element: OpenMetadataElement): ElementSummary {
  const p = fromElementProperties(element.elementProperties);
  const text = (key: string) => (typeof p[key] === 'string' ? (p[key] as string) : undefined);
  return {
    guid: element.elementGUID,
    typeName: element.type.typeName,
    superTypeNames: element.type.superTypeNames ?? [],
    qualifiedName: text('qualifiedName'),
    displayName: text('displayName') ?? text('resourceName') ?? text('name'),
    status: element.status,
    deployedImplementationType: text('deployedImplementationType'),
  };
}

/** True when the element is of one of `typeNames` (or a subtype); any type when the list is empty. */
export function isOfAnyType(element: OpenMetadataElement, typeNames: string[]): boolean {
  return (
    typeNames.length === 0 ||
    typeNames.some(
      (t) => element.type.typeName === t || (element.type.superTypeNames ?? []).includes(t),
    )
  );
}
