/**
 * How the sandbox stores 6.x beans. One store serves both dialects, so a 6.x bean is kept under
 * the attribute names the 5.3 facade reads and written back in 6.x form: a display name is kept as
 * `name` (and `displayName`), a capability's `versionIdentifier` as `capabilityVersion`, a
 * registration's `connectorShutdownDate` as `stopDate` and `generateConnectorActivityReports` as
 * `generateIntegrationReports`; dates as epoch milliseconds.
 */
import type { Properties } from '../../store/metadata-store';
import { isTypeOf } from '../../store/type-registry';
import { compact } from '../../util/compact';
import { isoDate, readDate } from '../../util/time';

/** Keys of a bean that are Jackson's, not attributes. */
const BEAN_KEYS = new Set(['class', 'typeName', 'headerVersion']);

const isCapability = (typeName: string) => isTypeOf(typeName, 'SoftwareCapability');

/** The open metadata type a typed properties bean describes: its `typeName`, else its class minus "Properties". */
export function typeOfBean(bean: Record<string, unknown>): string | undefined {
  if (typeof bean['typeName'] === 'string' && bean['typeName']) return bean['typeName'];
  const cls = bean['class'];
  return typeof cls === 'string' && cls.endsWith('Properties')
    ? cls.slice(0, -'Properties'.length)
    : undefined;
}

/** A typed 6.x properties bean as stored attributes (null and undefined values dropped). */
export function attributesFromBean(typeName: string, bean: Record<string, unknown>): Properties {
  const out: Properties = {};
  for (const [key, value] of Object.entries(bean)) {
    if (BEAN_KEYS.has(key) || value === undefined || value === null) continue;
    if (key === 'displayName') {
      out['displayName'] = value;
      out['name'] = value;
    } else if (key === 'versionIdentifier' && isCapability(typeName)) {
      out['capabilityVersion'] = value;
    } else {
      out[key] = value;
    }
  }
  return out;
}

/** Stored attributes as a typed 6.x properties bean. */
export function beanFromAttributes(typeName: string, stored: Properties): Record<string, unknown> {
  const bean: Record<string, unknown> = { class: `${typeName}Properties`, typeName };
  for (const [key, value] of Object.entries(stored)) {
    if (key === 'name' || key === 'capabilityVersion') continue;
    bean[key] = value;
  }
  const displayName = stored['displayName'] ?? stored['name'];
  if (displayName !== undefined) bean['displayName'] = displayName;
  if (stored['capabilityVersion'] !== undefined && bean['versionIdentifier'] === undefined)
    bean['versionIdentifier'] = stored['capabilityVersion'];
  return compact(bean);
}

/** Attribute names in 6.x form (for generic property values of a search result). */
export function sixAttributes(typeName: string, stored: Properties): Properties {
  const bean = beanFromAttributes(typeName, stored);
  delete bean['class'];
  delete bean['typeName'];
  return bean;
}

// ------------------------------------------------------------------------------ relationships

const RENAMED: Record<string, Record<string, string>> = {
  RegisteredIntegrationConnector: {
    connectorShutdownDate: 'stopDate',
    generateConnectorActivityReports: 'generateIntegrationReports',
  },
};
const DATES: Record<string, string[]> = {
  RegisteredIntegrationConnector: ['startDate', 'stopDate'],
};

/** Relationship properties (a typed bean or plain generic values) as stored attributes. */
export function relationshipAttributes(
  typeName: string,
  values: Record<string, unknown>,
): Properties {
  const renamed = RENAMED[typeName] ?? {};
  const dates = new Set(DATES[typeName] ?? []);
  const out: Properties = {};
  for (const [key, value] of Object.entries(values)) {
    if (BEAN_KEYS.has(key) || value === undefined || value === null) continue;
    const attribute = renamed[key] ?? key;
    out[attribute] = dates.has(attribute) ? readDate(value) : value;
  }
  return compact(out);
}

/** Stored relationship attributes under their 6.x names (dates still epoch milliseconds). */
export function relationshipValues(typeName: string, stored: Properties): Properties {
  const back = Object.fromEntries(
    Object.entries(RENAMED[typeName] ?? {}).map(([six, five]) => [five, six]),
  );
  const out: Properties = {};
  for (const [key, value] of Object.entries(stored)) out[back[key] ?? key] = value;
  return out;
}

/** The typed properties bean of a relationship, or undefined for types that carry none. */
export function relationshipBean(
  typeName: string,
  stored: Properties,
): Record<string, unknown> | undefined {
  if (Object.keys(stored).length === 0) return undefined;
  const values = relationshipValues(typeName, stored);
  // The stored date attributes, under their 6.x names.
  const sixName = Object.fromEntries(
    Object.entries(RENAMED[typeName] ?? {}).map(([six, five]) => [five, six]),
  );
  const dates = new Set((DATES[typeName] ?? []).map((five) => sixName[five] ?? five));
  const bean: Record<string, unknown> = { class: `${typeName}Properties` };
  for (const [key, value] of Object.entries(values)) {
    bean[key] = dates.has(key) && typeof value === 'number' ? isoDate(value) : value;
  }
  return compact(bean);
}
