/**
 * Connection secrets (clearPassword, encryptedPassword, securedProperties) are write-only in the
 * console. Egeria 5.3 returns them on reads, so the console server replaces their values with a
 * marker before anything reaches the browser; the browser can tell "set" from "not set" and no more.
 */

/** Stands in for a secret value that exists but is withheld. */
export const REDACTED = '«redacted»';

/** Stands in for a NEW secret value in request previews; distinct from REDACTED, which the proxy refuses. */
export const SECRET_MASK = '•••••• (new value, not shown)';

const SECRET_STRING_KEYS = new Set(['clearPassword', 'encryptedPassword']);
const SECRET_MAP_KEYS = new Set(['securedProperties']);

/** A deep copy of `value` with every secret value replaced by REDACTED (empty values stay empty). */
export function redactSecrets<T>(value: T): T {
  return withhold(value, REDACTED) as T;
}

/**
 * A deep copy of a request body with every secret value that would be sent replaced by
 * SECRET_MASK, so a preview can show the exact request without echoing what the user typed. An
 * empty string (a secret being removed) stays visible as such.
 */
export function maskSecrets<T>(value: T): T {
  return withhold(value, SECRET_MASK) as T;
}

/** True when a request body would write the marker back as if it were a real secret. */
export function containsRedactedMarker(text: string): boolean {
  return text.includes(REDACTED);
}

/**
 * Every primitive value inside a generic property value (6.x and the 5.x open metadata store
 * carry attributes as `{class: 'PrimitiveTypePropertyValue', primitiveValue}` and maps as
 * `{class: 'MapTypePropertyValue', mapValues: {propertyValueMap}}`), replaced by `marker`.
 */
function withholdPropertyValue(value: unknown, marker: string): unknown {
  if (Array.isArray(value)) return value.map((item) => withholdPropertyValue(item, marker));
  if (value === null || typeof value !== 'object') return value;
  const out: Record<string, unknown> = {};
  for (const [key, inner] of Object.entries(value))
    out[key] =
      key === 'primitiveValue' && inner !== null && inner !== ''
        ? marker
        : withholdPropertyValue(inner, marker);
  return out;
}

const isPropertyValue = (value: object): boolean =>
  typeof (value as { class?: unknown }).class === 'string' &&
  /TypePropertyValue$/.test((value as { class: string }).class);

/** A deep copy of `value` with every non-empty secret value replaced by `marker`. */
function withhold(value: unknown, marker: string): unknown {
  if (Array.isArray(value)) return value.map((item) => withhold(item, marker));
  if (value === null || typeof value !== 'object') return value;
  const out: Record<string, unknown> = {};
  for (const [key, inner] of Object.entries(value)) {
    if (SECRET_STRING_KEYS.has(key) && typeof inner === 'string') {
      out[key] = inner.length > 0 ? marker : inner;
    } else if (
      (SECRET_STRING_KEYS.has(key) || SECRET_MAP_KEYS.has(key)) &&
      inner !== null &&
      typeof inner === 'object' &&
      isPropertyValue(inner)
    ) {
      out[key] = withholdPropertyValue(inner, marker);
    } else if (
      SECRET_MAP_KEYS.has(key) &&
      inner !== null &&
      typeof inner === 'object' &&
      !Array.isArray(inner)
    ) {
      out[key] = Object.fromEntries(Object.keys(inner).map((k) => [k, marker]));
    } else {
      out[key] = withhold(inner, marker);
    }
  }
  return out;
}
