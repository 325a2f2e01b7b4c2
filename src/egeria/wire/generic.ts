/**
 * Egeria's generic open metadata beans, the same in 5.3 (the GAF open-metadata-store) and 6.x
 * (metadata-expert): ElementProperties with a `propertyValueMap` of Primitive/Enum/Map/Array
 * TypePropertyValues, and OpenMetadataElement, the element a generic search returns (header fields
 * flattened, `elementGUID`, properties as `elementProperties`). Plain values convert both ways.
 */
import { z } from 'zod';
import type { ElementSummary, Page, PageRequest } from '../model';
import { ffdcShape } from './ffdc';
import { ElementOriginSchema, ElementTypeSchema, ElementVersionsSchema, isOfType } from './header';
import { pageOf } from './values';

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

export const OpenMetadataElementSchema = z.looseObject({
  class: z.string().optional(),
  status: z.string().optional(),
  type: ElementTypeSchema,
  origin: ElementOriginSchema.optional(),
  versions: ElementVersionsSchema.optional(),
  elementGUID: z.string(),
  elementProperties: ElementPropertiesSchema.optional(),
});
export type OpenMetadataElement = z.infer<typeof OpenMetadataElementSchema>;

/**
 * A generic search's answer. 5.3's open-metadata-store names the list `elementList`; 6.0 and 6.1's
 * metadata-expert name it `elements` (captured/6.1-snapshot/05). Either may be absent when empty.
 */
export const OpenMetadataElementsResponseSchema = z.object({
  ...ffdcShape,
  elementList: z.array(OpenMetadataElementSchema).optional(),
  elements: z.array(OpenMetadataElementSchema).optional(),
});
export type OpenMetadataElementsResponse = z.infer<typeof OpenMetadataElementsResponseSchema>;

export const searchResults = (response: OpenMetadataElementsResponse): OpenMetadataElement[] =>
  response.elements ?? response.elementList ?? [];

// ------------------------------------------------------------------------- property values

/** How a plain value is to be typed on the wire; strings, numbers and booleans need no hint. */
export type PropertyKind = 'string' | 'int' | 'long' | 'boolean' | 'date' | 'enum' | 'map';

export interface PropertySpec {
  kind: PropertyKind;
  /** The enum type's name, for `enum` (e.g. PermittedSynchronization). */
  enumType?: string;
}

const PRIMITIVE = {
  string: { typeName: 'string', category: 'OM_PRIMITIVE_TYPE_STRING' },
  int: { typeName: 'int', category: 'OM_PRIMITIVE_TYPE_INT' },
  long: { typeName: 'long', category: 'OM_PRIMITIVE_TYPE_LONG' },
  double: { typeName: 'double', category: 'OM_PRIMITIVE_TYPE_DOUBLE' },
  boolean: { typeName: 'boolean', category: 'OM_PRIMITIVE_TYPE_BOOLEAN' },
  date: { typeName: 'date', category: 'OM_PRIMITIVE_TYPE_DATE' },
} as const;

function primitive(kind: keyof typeof PRIMITIVE, value: unknown): PropertyValue {
  const { typeName, category } = PRIMITIVE[kind];
  return {
    class: 'PrimitiveTypePropertyValue',
    typeName,
    primitiveTypeCategory: category,
    primitiveValue: value,
  };
}

/** A plain value as a property value; dates become epoch milliseconds, as Egeria sends them. */
export function toPropertyValue(value: unknown, spec?: PropertySpec): PropertyValue | undefined {
  if (value === undefined || value === null) return undefined;
  switch (spec?.kind) {
    case 'date': {
      const ms = typeof value === 'number' ? value : Date.parse(String(value));
      return Number.isFinite(ms) ? primitive('date', ms) : undefined;
    }
    case 'enum':
      return {
        class: 'EnumTypePropertyValue',
        typeName: spec.enumType,
        symbolicName: String(value),
      };
    case 'int':
    case 'long':
      return primitive(spec.kind, Math.trunc(Number(value)));
    default:
      break;
  }
  if (typeof value === 'string') return primitive('string', value);
  if (typeof value === 'boolean') return primitive('boolean', value);
  if (typeof value === 'number')
    return primitive(Number.isInteger(value) ? 'long' : 'double', value);
  if (Array.isArray(value)) {
    const entries = value.map((v, i) => [String(i), v] as const);
    return {
      class: 'ArrayTypePropertyValue',
      typeName: 'array<string>',
      arrayCount: value.length,
      arrayValues: toElementProperties(Object.fromEntries(entries)),
    };
  }
  if (typeof value === 'object') {
    const inner = value as Record<string, unknown>;
    const allStrings = Object.values(inner).every((v) => typeof v === 'string');
    return {
      class: 'MapTypePropertyValue',
      typeName: allStrings ? 'map<string,string>' : 'map<string,object>',
      mapValues: toElementProperties(inner),
    };
  }
  return primitive('string', String(value));
}

/** Plain values as ElementProperties; undefined values are left out. */
export function toElementProperties(
  values: Record<string, unknown>,
  specs: Record<string, PropertySpec> = {},
): ElementProperties & { class: 'ElementProperties' } {
  const propertyValueMap: Record<string, PropertyValue> = {};
  for (const [name, value] of Object.entries(values)) {
    const converted = toPropertyValue(value, specs[name]);
    if (converted) propertyValueMap[name] = converted;
  }
  return { class: 'ElementProperties', propertyValueMap };
}

/** A property value as a plain value: enums as their symbolic name, maps as objects, dates as ISO. */
export function fromPropertyValue(value: PropertyValue): unknown {
  switch (value.class) {
    case 'EnumTypePropertyValue':
      return value.symbolicName;
    case 'MapTypePropertyValue':
      return fromElementProperties(value.mapValues);
    case 'ArrayTypePropertyValue': {
      const entries = fromElementProperties(value.arrayValues);
      return Object.keys(entries)
        .sort((a, b) => Number(a) - Number(b))
        .map((key) => entries[key]);
    }
    default:
      if (
        value.primitiveTypeCategory === 'OM_PRIMITIVE_TYPE_DATE' &&
        typeof value.primitiveValue === 'number'
      )
        return new Date(value.primitiveValue).toISOString();
      return value.primitiveValue;
  }
}

export function fromElementProperties(
  properties: ElementProperties | undefined,
): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(properties?.propertyValueMap ?? {})) {
    out[name] = fromPropertyValue(value);
  }
  return out;
}

// -------------------------------------------------------------------------------- to model

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
  return typeNames.length === 0 || typeNames.some((t) => isOfType(element.type, t));
}

/**
 * A page of element summaries from a generic search's answer: of `typeNames` only (a search
 * filters by one type at most), counted against what the platform returned so paging goes on.
 */
export function summaryPage(
  response: OpenMetadataElementsResponse,
  typeNames: string[],
  request: PageRequest,
): Page<ElementSummary> {
  const found = searchResults(response);
  return pageOf(
    found.filter((e) => isOfAnyType(e, typeNames)).map(toElementSummary),
    request,
    found.length,
  );
}
