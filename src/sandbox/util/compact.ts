/**
 * Egeria's beans are serialised with Jackson NON_NULL and getters that return null for empty lists
 * and maps, so absent, null, empty-list and empty-map values never reach the wire. These helpers
 * give the sandbox the same habit.
 */

/** True for values Egeria would leave out of a response: undefined, null, [] and {}. */
export function isOmitted(value: unknown): boolean {
  if (value === undefined || value === null) return true;
  if (Array.isArray(value)) return value.length === 0;
  if (typeof value === 'object') return Object.keys(value).length === 0;
  return false;
}

/**
 * Drops omitted values from one level of an object, keeping the key order of `value` (the order
 * Jackson writes bean properties in).
 */
export function compact<T extends object>(value: T): T {
  const out: Record<string, unknown> = {};
  for (const [key, entry] of Object.entries(value)) {
    if (!isOmitted(entry)) out[key] = entry;
  }
  return out as T;
}

/** A map with at least one entry, else undefined. */
export function nonEmptyMap<T extends Record<string, unknown>>(
  map: T | undefined | null,
): T | undefined {
  return map && Object.keys(map).length > 0 ? map : undefined;
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
