/**
 * ElementProperties, the generic property encoding of Egeria's open-metadata-store (5.3 OMF and
 * 6.x metadata-expert): a `propertyValueMap` of typed values (PrimitiveTypePropertyValue,
 * EnumTypePropertyValue, MapTypePropertyValue, ArrayTypePropertyValue, each with its `class`),
 * plus the getters Jackson also writes: `propertyCount`, `propertyNames` and `propertiesAsStrings`
 * (captured 5.3 08b, 6.1 05b). Plain values in the store are typed by attribute name.
 */
import { z } from 'zod';
import { isRecord } from '../util/compact';
import { valueAsString } from './java-string';

interface EnumSpec {
  kind: 'enum';
  enumType: string;
}
type Spec = EnumSpec | { kind: 'date' | 'int' | 'long' | 'stringMap' | 'objectMap' };

/** How Egeria types the attributes the sandbox stores (anything else is a string, boolean or array). */
const ATTRIBUTE_TYPES: Record<string, Spec> = {
  permittedSynchronization: { kind: 'enum', enumType: 'PermittedSynchronization' },
  deleteMethod: { kind: 'enum', enumType: 'DeleteMethod' },
  contentStatus: { kind: 'enum', enumType: 'ContentStatus' },
  activityStatus: { kind: 'enum', enumType: 'ActivityStatus' },
  deploymentStatus: { kind: 'enum', enumType: 'DeploymentStatus' },
  startDate: { kind: 'date' },
  stopDate: { kind: 'date' },
  connectorShutdownDate: { kind: 'date' },
  storeCreateTime: { kind: 'date' },
  storeUpdateTime: { kind: 'date' },
  refreshTimeInterval: { kind: 'long' },
  position: { kind: 'int' },
  priority: { kind: 'int' },
  additionalProperties: { kind: 'stringMap' },
  securedProperties: { kind: 'stringMap' },
  templates: { kind: 'stringMap' },
  configurationProperties: { kind: 'objectMap' },
  arguments: { kind: 'objectMap' },
};

/** Attributes whose stored form is epoch milliseconds (6.x beans carry them as ISO strings). */
export const DATE_ATTRIBUTES = new Set(
  Object.entries(ATTRIBUTE_TYPES)
    .filter(([, spec]) => spec.kind === 'date')
    .map(([name]) => name),
);

export interface ElementPropertiesBean {
  propertyValueMap: Record<string, Record<string, unknown>>;
  propertyCount: number;
  propertyNames: string[];
  propertiesAsStrings: Record<string, string>;
}

function primitive(typeName: string, category: string, value: unknown) {
  return {
    class: 'PrimitiveTypePropertyValue',
    typeName,
    primitiveTypeCategory: category,
    primitiveValue: value,
  };
}

function encodeValue(name: string, value: unknown): Record<string, unknown> | undefined {
  const spec = ATTRIBUTE_TYPES[name];
  if (value === undefined || value === null) return undefined;
  if (spec?.kind === 'enum')
    return { class: 'EnumTypePropertyValue', typeName: spec.enumType, symbolicName: String(value) };
  if (spec?.kind === 'date' && typeof value === 'number')
    return primitive('date', 'OM_PRIMITIVE_TYPE_DATE', value);
  if ((spec?.kind === 'stringMap' || spec?.kind === 'objectMap') && isRecord(value)) {
    const mapValues = encodeElementProperties(value, true);
    return {
      class: 'MapTypePropertyValue',
      typeName: spec.kind === 'stringMap' ? 'map<string,string>' : 'map<string,object>',
      mapValues,
      mapElementCount: mapValues.propertyCount,
    };
  }
  if (Array.isArray(value)) {
    const arrayValues = encodeElementProperties(
      Object.fromEntries(value.map((v, i) => [String(i), v])),
      true,
    );
    return {
      class: 'ArrayTypePropertyValue',
      typeName: 'array<string>',
      arrayCount: value.length,
      arrayValues,
    };
  }
  if (typeof value === 'boolean') return primitive('boolean', 'OM_PRIMITIVE_TYPE_BOOLEAN', value);
  if (typeof value === 'number') {
    if (spec?.kind === 'long' || (!Number.isInteger(value) ? false : Math.abs(value) > 2 ** 31))
      return primitive('long', 'OM_PRIMITIVE_TYPE_LONG', value);
    return Number.isInteger(value)
      ? primitive('int', 'OM_PRIMITIVE_TYPE_INT', value)
      : primitive('double', 'OM_PRIMITIVE_TYPE_DOUBLE', value);
  }
  if (isRecord(value)) {
    const mapValues = encodeElementProperties(value, true);
    return {
      class: 'MapTypePropertyValue',
      typeName: 'map<string,object>',
      mapValues,
      mapElementCount: mapValues.propertyCount,
    };
  }
  return primitive('string', 'OM_PRIMITIVE_TYPE_STRING', String(value));
}

/** Plain values (the store's form) as ElementProperties; undefined when there are none. */
export function encodeElementProperties(
  values: Record<string, unknown>,
  nested = false,
): ElementPropertiesBean {
  const propertyValueMap: Record<string, Record<string, unknown>> = {};
  for (const [name, value] of Object.entries(values)) {
    // Inside maps and arrays every value is typed by itself, not by the attribute it sits in.
    const encoded =
      nested && !ATTRIBUTE_TYPES[name] ? encodeValue('', value) : encodeValue(name, value);
    if (encoded) propertyValueMap[name] = encoded;
  }
  const names = Object.keys(propertyValueMap);
  return {
    propertyValueMap,
    propertyCount: names.length,
    propertyNames: names,
    propertiesAsStrings: Object.fromEntries(
      Object.entries(propertyValueMap).map(([n, v]) => [n, valueAsString(decodeValue(v))]),
    ),
  };
}

function decodeValue(value: Record<string, unknown>): unknown {
  switch (value['class']) {
    case 'EnumTypePropertyValue':
      return value['symbolicName'];
    case 'MapTypePropertyValue':
      return decodeElementProperties(value['mapValues']);
    case 'ArrayTypePropertyValue':
      return Object.values(decodeElementProperties(value['arrayValues']));
    case 'StructTypePropertyValue':
      return decodeElementProperties(value['attributes']);
    default:
      return value['primitiveValue'];
  }
}

/** ElementProperties from a request body as plain values (dates stay as sent: numbers or strings). */
export function decodeElementProperties(bean: unknown): Record<string, unknown> {
  if (!isRecord(bean) || !isRecord(bean['propertyValueMap'])) return {};
  const out: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(bean['propertyValueMap'])) {
    if (isRecord(value)) {
      const decoded = decodeValue(value);
      if (decoded !== undefined && decoded !== null) out[name] = decoded;
    }
  }
  return out;
}

const PROPERTY_VALUE_CLASSES = [
  'PrimitiveTypePropertyValue',
  'EnumTypePropertyValue',
  'MapTypePropertyValue',
  'ArrayTypePropertyValue',
  'StructTypePropertyValue',
] as const;

/**
 * ElementProperties as Jackson binds it: every property value names its subclass in `class`
 * (PropertyValue's @JsonTypeInfo); a missing or unknown one is a plain HTTP 400.
 */
export const ElementPropertiesSchema: z.ZodType<Record<string, unknown>> = z.lazy(() =>
  z.looseObject({
    propertyValueMap: z
      .record(
        z.string(),
        z.looseObject({
          class: z.enum(PROPERTY_VALUE_CLASSES),
          mapValues: ElementPropertiesSchema.optional(),
          arrayValues: ElementPropertiesSchema.optional(),
          attributes: ElementPropertiesSchema.optional(),
        }),
      )
      .optional(),
  }),
);
