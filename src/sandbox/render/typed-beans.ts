/**
 * 6.x typed property beans (IntegrationGroupProperties, CatalogTargetProperties …) and the stored
 * attributes they carry. A bean names its open metadata type in `typeName` (the bean's constructor
 * sets it from its class, so `class` alone is enough on a request); dates travel as ISO strings;
 * the beans' primitive fields are always written (an IntegrationConnectorProperties always has
 * `priority` and `usesBlockingCalls`, captured 6.1 10a).
 */
import type { Properties } from '../store/metadata-store';
import { isoDate, readDate } from '../util/time';
import { DATE_ATTRIBUTES } from '../wire/element-properties';
import { isTypeOf, typeExists, typeInfo } from '../wire/open-metadata-types';
import type { Release } from '../wire/releases';

/** Keys of a bean that are Jackson's or the bean's own, not attributes. */
const BEAN_KEYS = new Set(['class', 'typeName', 'headerVersion', 'effectiveFrom', 'effectiveTo']);

/** Bean field order (ReferenceableProperties, then AssetProperties, ProcessProperties …). */
const FIELD_ORDER = [
  'qualifiedName',
  'identifier',
  'displayName',
  'description',
  'versionIdentifier',
  'category',
  'url',
  'additionalProperties',
  'resourceName',
  'namespacePath',
  'deployedImplementationType',
  'source',
  'pathName',
  'storeCreateTime',
  'storeUpdateTime',
  'fileType',
  'fileName',
  'fileExtension',
  'priority',
  'activityStatus',
  'usesBlockingCalls',
  'patchLevel',
  'userId',
  'encryptedPassword',
  'clearPassword',
  'configurationProperties',
  'securedProperties',
  'networkAddress',
  'protocol',
  'encryptionMethod',
  'connectorName',
  'connectorUserId',
  'metadataCollectionQualifiedName',
  'metadataSourceQualifiedName',
  'startDate',
  'refreshTimeInterval',
  'connectorShutdownDate',
  'permittedSynchronization',
  'generateConnectorActivityReports',
  'catalogTargetName',
  'connectionName',
  'templates',
  'deleteMethod',
  'position',
  'arguments',
];
const rank = (key: string) => {
  const index = FIELD_ORDER.indexOf(key);
  return index < 0 ? FIELD_ORDER.length : index;
};

/** The primitive fields of the beans the sandbox writes, with Java's defaults. */
function primitiveDefaults(typeName: string): Properties {
  if (typeName === 'RegisteredIntegrationConnector')
    return { refreshTimeInterval: 0, generateConnectorActivityReports: false };
  if (typeName === 'EmbeddedConnection') return { position: 0 };
  const defaults: Properties = {};
  if (isTypeOf(typeName, 'Process')) defaults['priority'] = 0;
  if (isTypeOf(typeName, 'IntegrationConnector')) defaults['usesBlockingCalls'] = false;
  return defaults;
}

/** The open metadata type a typed bean describes: its `typeName`, else its class minus "Properties". */
export function typeOfBean(bean: Record<string, unknown>): string | undefined {
  if (typeof bean['typeName'] === 'string' && bean['typeName']) return bean['typeName'];
  const cls = bean['class'];
  return typeof cls === 'string' && cls.endsWith('Properties')
    ? cls.slice(0, -'Properties'.length)
    : undefined;
}

/** A typed bean (or plain values) as stored attributes: null values dropped, dates as epoch ms. */
export function attributesFromBean(bean: Record<string, unknown> | undefined): Properties {
  const out: Properties = {};
  for (const [key, value] of Object.entries(bean ?? {})) {
    if (BEAN_KEYS.has(key) || value === undefined || value === null) continue;
    const stored = DATE_ATTRIBUTES.has(key) ? readDate(value) : value;
    if (stored !== undefined) out[key] = stored;
  }
  return out;
}

/** The bean class of a type in `release`: a type 6.x dropped takes its nearest surviving supertype. */
function beanType(typeName: string, release: Release): string {
  if (typeExists(typeName, release)) return typeName;
  return typeInfo(typeName, '5.3').superTypeNames.find((t) => typeExists(t, release)) ?? typeName;
}

/** Stored attributes as the 6.x typed bean of `typeName`. */
export function beanFromAttributes(
  typeName: string,
  stored: Properties,
  release: Release,
): Record<string, unknown> {
  const type = beanType(typeName, release);
  const values: Properties = { ...primitiveDefaults(type), ...stored };
  const keys = Object.keys(values).sort((a, b) => rank(a) - rank(b));
  const bean: Record<string, unknown> = { class: `${type}Properties`, typeName: type };
  for (const key of keys) {
    const value = values[key];
    if (value === undefined || value === null) continue;
    bean[key] = DATE_ATTRIBUTES.has(key) && typeof value === 'number' ? isoDate(value) : value;
  }
  return bean;
}

/** A relationship's typed bean, or undefined for a relationship that carries no properties. */
export function relationshipBean(
  typeName: string,
  stored: Properties,
  release: Release,
): Record<string, unknown> | undefined {
  return Object.keys(stored).length > 0 ? beanFromAttributes(typeName, stored, release) : undefined;
}
