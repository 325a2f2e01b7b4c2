/**
 * Connection secrets (clearPassword, encryptedPassword, securedProperties) are write-only in the
 * console. Egeria 5.3 returns them on reads, so the console server replaces their values with a
 * marker before anything reaches the browser; the browser can tell "set" from "not set" and no more.
 */

/** Stands in for a secret value that exists but is withheld. */
export const REDACTED = '«redacted»';

const SECRET_STRING_KEYS = new Set(['clearPassword', 'encryptedPassword']);
const SECRET_MAP_KEYS = new Set(['securedProperties']);

/** A deep copy of `value` with every secret value replaced by REDACTED (empty values stay empty). */
export function redactSecrets<T>(value: T): T {
  return redact(value) as T;
}

/**
 * Every primitive value inside a generic property value (6.x and the 5.x open metadata store
 * return attributes as `{class: 'PrimitiveTypePropertyValue', primitiveValue}` and maps as
 * `{class: 'MapTypePropertyValue', mapValues: {propertyValueMap}}`), withheld.
 */
function redactPropertyValue(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(redactPropertyValue);
  if (value === null || typeof value !== 'object') return value;
  const out: Record<string, unknown> = {};
  for (const [key, inner] of Object.entries(value)) {
    out[key] =
      key === 'primitiveValue' && inner !== null && inner !== ''
        ? REDACTED
        : redactPropertyValue(inner);
  }
  return out;
}

const isPropertyValue = (value: object): boolean =>
  typeof (value as { class?: unknown }).class === 'string' &&
  /TypePropertyValue$/.test((value as { class: string }).class);

function redact(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(redact);
  if (value === null || typeof value !== 'object') return value;
  const out: Record<string, unknown> = {};
  for (const [key, inner] of Object.entries(value)) {
    if (SECRET_STRING_KEYS.has(key) && typeof inner === 'string') {
      out[key] = inner.length > 0 ? REDACTED : inner;
    } else if (
      (SECRET_STRING_KEYS.has(key) || SECRET_MAP_KEYS.has(key)) &&
      inner !== null &&
      typeof inner === 'object' &&
      isPropertyValue(inner)
    ) {
      out[key] = redactPropertyValue(inner);
    } else if (
      SECRET_MAP_KEYS.has(key) &&
      inner !== null &&
      typeof inner === 'object' &&
      !Array.isArray(inner)
    ) {
      out[key] = Object.fromEntries(Object.keys(inner).map((k) => [k, REDACTED]));
    } else {
      out[key] = redact(inner);
    }
  }
  return out;
}

/** True when a request body would write the marker back as if it were a real secret. */
export function containsRedactedMarker(text: string): boolean {
  return text.includes(REDACTED);
}

/** Stands in for a NEW secret value in request previews; distinct from REDACTED, which the proxy refuses. */
export const SECRET_MASK = '•••••• (new value, not shown)';

/**
 * A deep copy of a request body with every secret value that would be sent replaced by
 * SECRET_MASK, so a preview can show the exact request without echoing what the user typed. An
 * empty string (a secret being removed) stays visible as such.
 */
export function maskSecrets<T>(value: T): T {
  return mask(value) as T;
}

/** Every primitive value inside a generic property value (5.3 open-metadata-store bodies), masked. */
function maskPropertyValue(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(maskPropertyValue);
  if (value === null || typeof value !== 'object') return value;
  const out: Record<string, unknown> = {};
  for (const [key, inner] of Object.entries(value))
    out[key] =
      key === 'primitiveValue' && inner !== null && inner !== ''
        ? SECRET_MASK
        : maskPropertyValue(inner);
  return out;
}

function mask(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(mask);
  if (value === null || typeof value !== 'object') return value;
  const out: Record<string, unknown> = {};
  for (const [key, inner] of Object.entries(value)) {
    if (
      (SECRET_STRING_KEYS.has(key) || SECRET_MAP_KEYS.has(key)) &&
      inner !== null &&
      typeof inner === 'object' &&
      isPropertyValue(inner)
    ) {
      out[key] = maskPropertyValue(inner);
    } else if (SECRET_STRING_KEYS.has(key) && typeof inner === 'string') {
      out[key] = inner.length > 0 ? SECRET_MASK : inner;
    } else if (
      SECRET_MAP_KEYS.has(key) &&
      inner !== null &&
      typeof inner === 'object' &&
      !Array.isArray(inner)
    ) {
      out[key] = Object.fromEntries(Object.keys(inner).map((k) => [k, SECRET_MASK]));
    } else {
      out[key] = mask(inner);
    }
  }
  return out;
}
